/**
 * What an /embed/ URL may ask for, read from the elements' Custom Elements Manifest
 * (packages/elements/custom-elements.json): the tags, each one's attributes and the values an
 * attribute takes. Closed lists come from @pact/schema, named by the type the manifest gives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  EVENT_KINDS,
  LOCALES,
  MEMBERSHIP_IDS,
  PARTNER_KINDS,
  PLAN_ROLES,
  PROJECT_STATUSES,
  REGION_IDS,
  ROUTE_IDS,
} from '@pact/schema';

/** The values an attribute takes: a closed list, a whole number, a flag (present or absent), or text. */
export type AttributeKind =
  { kind: 'enum'; values: readonly string[] } | { kind: 'number' } | { kind: 'boolean' } | { kind: 'text' };

export interface EmbeddableElement {
  tag: string;
  /** The summary the manifest gives (first sentence of the class's doc comment), in English. */
  summary: string;
  attributes: ReadonlyMap<string, AttributeKind>;
}

/** Closed lists by the TypeScript name the manifest writes for an attribute's type. */
const NAMED: Record<string, readonly string[]> = {
  PartnerKind: PARTNER_KINDS,
  MembershipId: MEMBERSHIP_IDS,
  RouteId: ROUTE_IDS,
  RegionId: REGION_IDS,
  ProjectStatus: PROJECT_STATUSES,
  EventKind: EVENT_KINDS,
  PlanRole: PLAN_ROLES,
  LocaleCode: LOCALES,
};

/**
 * Attributes an embed URL may not set: the page chooses the API itself (an embed of this server
 * shows this server's data), `lang` is the page's own parameter, `sync-url` would rewrite the
 * frame's address, `color-scheme-source` names a toggle of the host page, which a frame
 * cannot see (`color-scheme=auto` in a frame follows the reader's system setting), and `loading`
 * belongs on the frame itself (`<iframe loading="lazy">`: the browser then delays the whole frame).
 */
const RESERVED = new Set(['api', 'lang', 'sync-url', 'color-scheme-source', 'loading']);

/**
 * `<pact-provider>` shows nothing itself: there is nothing to embed. `<pact-project-form>` writes
 * with a partner's key: it belongs in the desk (/desk/), never in a public page's frame.
 */
const NOT_EMBEDDABLE = new Set(['pact-provider', 'pact-project-form']);

/** The kind of values of a manifest type text such as `'cards' | 'table'`, `number`, `MembershipId | ''`. */
export function attributeKind(typeText: string | undefined): AttributeKind {
  if (!typeText) return { kind: 'text' };
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== "''" && p !== 'null' && p !== 'undefined');
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number' };
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  const values: string[] = [];
  for (const part of parts) {
    const literal = /^'([^']*)'$/.exec(part);
    const named = NAMED[part];
    if (literal?.[1] !== undefined) values.push(literal[1]);
    else if (named) values.push(...named);
    else return { kind: 'text' };
  }
  return values.length ? { kind: 'enum', values } : { kind: 'text' };
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: { name: string; type?: { text?: string } }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** The embeddable elements of a manifest, by tag in alphabetical order (the manifest's own order varies). */
export function readManifest(manifest: Manifest): ReadonlyMap<string, EmbeddableElement> {
  const out = new Map<string, EmbeddableElement>();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) {
      if (!d.tagName || NOT_EMBEDDABLE.has(d.tagName)) continue;
      const attributes = new Map<string, AttributeKind>();
      for (const a of d.attributes ?? [])
        if (!RESERVED.has(a.name)) attributes.set(a.name, attributeKind(a.type?.text));
      const text = d.summary ?? d.description ?? '';
      out.set(d.tagName, { tag: d.tagName, summary: text.split(/(?<=\.)\s/)[0] ?? '', attributes });
    }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

let loaded: ReadonlyMap<string, EmbeddableElement> | undefined;

/** The elements of @pact/elements' own manifest (read once). */
export function embeddableElements(): ReadonlyMap<string, EmbeddableElement> {
  loaded ??= readManifest(
    JSON.parse(
      readFileSync(fileURLToPath(import.meta.resolve('@pact/elements/custom-elements.json')), 'utf8'),
    ) as Manifest,
  );
  return loaded;
}
