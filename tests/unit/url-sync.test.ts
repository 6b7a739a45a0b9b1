import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Moment, Origin } from '../../src/state/moment.svelte.ts';
import { syncWithUrl } from '../../src/app/url.ts';

/** A window with just what syncWithUrl uses: location, history and popstate. */
function fakeWindow(search = '') {
  const listeners = new Set<() => void>();
  const entries: string[] = [search];
  const calls: ['push' | 'replace', string][] = [];
  let index = 0;
  const location = { pathname: '/app/', hash: '', search };
  const go = (url: string) => (location.search = new URL(url, 'http://x').search);
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        calls.push(['push', url]);
        entries.splice(++index, Infinity, url);
        go(url);
      },
      replaceState: (_: unknown, __: string, url: string) => {
        calls.push(['replace', url]);
        entries[index] = url;
        go(url);
      },
    },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'popstate') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: () => void) => {
      if (type === 'popstate') listeners.delete(listener);
    },
  };
  /** The browser's Back: the previous entry, then popstate. */
  const back = () => {
    go(entries[--index]!);
    listeners.forEach((listener) => listener());
  };
  return { win: win as unknown as Window, calls, back, listeners };
}

/** A moment with just what syncWithUrl reads and calls. */
function fakeMoment() {
  const moment = {
    storyId: null as string | null,
    step: 0,
    origin: 'init' as Origin,
    missingStoryId: null as string | null,
    lang: 'en' as 'en' | 'ko',
    select(storyId: string | null, step = 0, origin: Origin = 'button') {
      Object.assign(moment, { storyId, step, origin });
    },
  };
  return moment;
}

let now = 0;
beforeEach(() => {
  now = 10_000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => vi.restoreAllMocks());

function setup(search = '', options?: { push?: boolean }) {
  const { win, calls, back, listeners } = fakeWindow(search);
  const moment = fakeMoment();
  const sync = syncWithUrl(moment as unknown as Moment, win, options);
  /** The moment moves, then the app's effect writes it. */
  const move = (step: number, origin: Origin, storyId = moment.storyId) => {
    Object.assign(moment, { storyId, step, origin });
    sync.write();
  };
  return { moment, sync, calls, back, listeners, move };
}

describe('syncWithUrl(moment, window, { push })', () => {
  it('restores the moment from the URL it starts with', () => {
    const { moment } = setup('?story=bella&step=2');
    expect(moment).toMatchObject({ storyId: 'bella', step: 2, origin: 'url' });
  });

  it.each<{ origin: Origin; push?: boolean; expected: 'push' | 'replace' }>([
    { origin: 'key', expected: 'push' },
    { origin: 'timeline', expected: 'push' },
    { origin: 'map', expected: 'push' },
    { origin: 'button', expected: 'push' },
    { origin: 'scroll', expected: 'push' },
    { origin: 'init', expected: 'replace' },
    { origin: 'url', expected: 'replace' },
    { origin: 'history', expected: 'replace' },
    { origin: 'key', push: false, expected: 'replace' },
  ])('a step by $origin (push: $push) is a $expected', ({ origin, push, expected }) => {
    const { calls, move } = setup('?story=bella&step=0', push === undefined ? {} : { push });
    move(1, origin);
    expect(calls).toEqual([[expected, '/app/?story=bella&step=1']]);
  });

  it('writes nothing when the URL already says the moment', () => {
    const { calls, move } = setup('?story=bella&step=1');
    move(1, 'key');
    expect(calls).toEqual([]);
  });

  it('keeps other parameters and the path', () => {
    const { calls, move } = setup('?lang=ko&story=bella&step=0');
    move(3, 'key');
    expect(calls).toEqual([['push', '/app/?lang=ko&story=bella&step=3']]);
  });

  it('a burst of scrolled steps is one history entry; a pause starts another', () => {
    const { calls, move } = setup('?story=bella&step=0');
    move(1, 'scroll');
    now += 100;
    move(2, 'scroll');
    now += 599;
    move(3, 'scroll');
    now += 600;
    move(4, 'scroll');
    expect(calls.map(([kind]) => kind)).toEqual(['push', 'replace', 'replace', 'push']);
  });

  it('a key step after scrolling is its own entry, however soon', () => {
    const { calls, move } = setup('?story=bella&step=0');
    move(1, 'scroll');
    now += 10;
    move(2, 'key');
    now += 10;
    move(3, 'scroll');
    expect(calls.map(([kind]) => kind)).toEqual(['push', 'push', 'push']);
  });

  it('a missing story stays in the URL, so the reader sees what was asked for', () => {
    const { moment, sync, calls } = setup('?story=bella&step=0');
    Object.assign(moment, { storyId: null, missingStoryId: 'nobody', step: 0, origin: 'button' });
    sync.write();
    expect(calls).toEqual([['push', '/app/?story=nobody&step=0']]);
  });

  it('closing the story removes story and step', () => {
    const { calls, move } = setup('?lang=ko&story=bella&step=2');
    move(0, 'button', null);
    expect(calls).toEqual([['push', '/app/?lang=ko']]);
  });

  it('Back (popstate) moves the moment with origin "history", and that write adds no entry', () => {
    const { moment, sync, calls, back, move } = setup('?story=bella&step=0');
    move(1, 'key');
    move(2, 'key');
    back();
    expect(moment).toMatchObject({ storyId: 'bella', step: 1, origin: 'history' });
    sync.write();
    expect(calls.map(([kind]) => kind)).toEqual(['push', 'push']);
  });

  it('?lang= sets the language; one the app does not speak leaves it English, and is dropped', () => {
    expect(setup('?lang=ko&story=bella&step=0').moment.lang).toBe('ko');
    const { moment, calls, move } = setup('?lang=fr&story=bella&step=0');
    expect(moment.lang).toBe('en');
    move(1, 'key');
    expect(calls).toEqual([['push', '/app/?story=bella&step=1']]);
  });

  it('a change of language alone rewrites the URL without a history entry', () => {
    const { moment, sync, calls } = setup('?story=bella&step=2');
    moment.origin = 'key';
    moment.lang = 'ko';
    sync.write();
    moment.lang = 'en';
    sync.write();
    expect(calls).toEqual([
      ['replace', '/app/?story=bella&step=2&lang=ko'],
      ['replace', '/app/?story=bella&step=2'],
    ]);
  });

  it('Back to an entry that names no language keeps the language', () => {
    const { moment, back, move } = setup('?story=bella&step=0');
    move(1, 'key');
    moment.lang = 'ko';
    move(2, 'key');
    back();
    expect(moment).toMatchObject({ step: 1, lang: 'ko' });
  });

  it('destroy() stops listening for popstate', () => {
    const { sync, listeners } = setup('?story=bella&step=0');
    expect(listeners.size).toBe(1);
    sync.destroy();
    expect(listeners.size).toBe(0);
  });
});
