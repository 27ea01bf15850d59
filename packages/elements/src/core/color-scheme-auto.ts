/**
 * `color-scheme="auto"` (core/display.ts loads this on demand, for an element that has it): what
 * the page says where the element sits, and watching it for a change.
 */
import { lineage, parentOf, type DisplayHost, type Resolved, type Warn } from './display.js';

/** `light` or `dark` when a `color-scheme` value names exactly one of them (`light dark` names both). */
function named(value: string | null | undefined): Resolved | undefined {
  const words = (value ?? '').split(/\s+/).filter((w): w is Resolved => w === 'light' || w === 'dark');
  return words.length === 1 ? words[0] : undefined;
}

/** The scheme the host page declares where the element sits: its CSS `color-scheme`, else the meta tag. */
function pageScheme(el: Element): Resolved | undefined {
  const computed = getComputedStyle(parentOf(el) ?? document.documentElement).colorScheme;
  if (computed && computed !== 'normal') return named(computed);
  return named(document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'));
}

const prefersDark = () => matchMedia('(prefers-color-scheme: dark)');

/** The toggle's answer (`color-scheme-source`): dark when the element or an ancestor matches the selector. */
function toggle(host: DisplayHost, warn: Warn): Resolved | undefined {
  const selector = host.colorSchemeSource?.trim();
  if (!selector) return undefined;
  try {
    for (const el of lineage(host)) if (el.matches(selector)) return 'dark';
    return 'light';
  } catch {
    warn(
      `source:${selector}`,
      `<${host.localName}>: color-scheme-source="${selector}" is not a CSS selector; it is ignored.`,
    );
    return undefined;
  }
}

/** What `auto` resolves to now: the page's scheme, else the toggle's, else the reader's system setting. */
export function resolve(host: DisplayHost, warn: Warn): Resolved {
  return pageScheme(host) ?? toggle(host, warn) ?? (prefersDark().matches ? 'dark' : 'light');
}

/** Calls `update` on a change of what `auto` follows: an ancestor's attributes, the head's meta and styles, the system setting. */
export function watch(host: DisplayHost, update: () => void): { stop(): void } {
  const observer = new MutationObserver(update);
  for (const el of lineage(host)) if (el !== host) observer.observe(el, { attributes: true });
  observer.observe(document.head, { subtree: true, childList: true, attributes: true, characterData: true });
  const media = prefersDark();
  media.addEventListener('change', update);
  return {
    stop: () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    },
  };
}
