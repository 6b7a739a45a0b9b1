/** The two pieces of Svelte's compiled-component runtime that src/app/component-styles.ts uses. */
declare module 'svelte/internal/client' {
  export function effect(fn: () => void): void;
  export const active_effect: { parent: { nodes: { start: Node } | null } | null } | null;
}
