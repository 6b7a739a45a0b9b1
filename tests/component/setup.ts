// jsdom lacks a few browser APIs the views use; these stand-ins do nothing observable.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (!('scrollTo' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'scrollTo', { value() {}, writable: true });
}
globalThis.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  addEventListener() {},
  removeEventListener() {},
})) as unknown as typeof matchMedia;

afterEach(() => cleanup());
