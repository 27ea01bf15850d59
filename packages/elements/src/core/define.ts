import { nextTurn } from './turns.js';

/**
 * Registers a custom element unless the tag is already taken (for example by a second
 * copy of the bundle on the same page): then it warns instead of throwing, and the
 * first definition keeps working.
 */
export function safeDefine(tag: string, ctor: CustomElementConstructor): void {
  if (later) return void later.then(() => safeDefine(tag, ctor));
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `<${tag}> is already defined by another copy of Pact Embed; this copy uses the existing definition.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}

/** The next turn while registrations wait for it ({@link defineInNextTurn}). */
let later: Promise<void> | undefined;

/**
 * Holds the registrations made from now on until the next turn (core/turns.ts), then makes them in
 * the order they were asked for. The CDN file calls it before its own elements register
 * (cdn.ts): registering a tag upgrades and connects every such element on the page, and on a phone
 * that made the core's evaluation one long task (issue 18).
 */
export function defineInNextTurn(): void {
  later = nextTurn().then(() => (later = undefined));
}
