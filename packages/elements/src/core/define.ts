/**
 * Registers a custom element unless the tag is already taken (for example by a second
 * copy of the bundle on the same page): then it warns instead of throwing, and the
 * first definition keeps working.
 */
export function safeDefine(tag: string, ctor: CustomElementConstructor): void {
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
