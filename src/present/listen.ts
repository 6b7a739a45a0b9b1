/**
 * Hears presenter keys the way the app hears its own: inside the instance's root, and, for the
 * page's owner, on the page outside every instance; never keys meant for another instance.
 */
import { on } from 'svelte/events';
import { presentKey } from '../app/keys.ts';
import { Instance } from '../state/instance.svelte.ts';
import type { PresentCommand } from './machine.ts';

export function listenForKeys(
  root: HTMLElement,
  ownsPage: boolean,
  handle: (command: PresentCommand) => void,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    const command = presentKey(event);
    if (command === undefined) return;
    event.preventDefault();
    handle(command);
  };
  const stopRoot = on(root, 'keydown', (event) => {
    if (Instance.ownerOf(event) === root) onKey(event);
  });
  const stopPage = ownsPage
    ? on(document, 'keydown', (event) => {
        if (!Instance.ownerOf(event)) onKey(event);
      })
    : undefined;
  return () => {
    stopRoot();
    stopPage?.();
  };
}
