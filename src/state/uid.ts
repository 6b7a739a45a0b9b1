/**
 * Ids unique on the page to one component instance, as Svelte's `$props.id()` gives, but
 * without the counter it keeps in `window.__svelte`: an embed defines no global but its element.
 * A random part per copy of this module keeps two builds on one page (the element and the
 * standalone app's module, say) from ever giving the same id. Starts with a letter, so an id
 * made from it is a valid CSS selector.
 */
const RUN = `u${Math.random().toString(36).slice(2, 6)}`;
let next = 0;

export function uid(): string {
  return `${RUN}${(next++).toString(36)}`;
}
