/**
 * What an embed is told, by the element's attributes or the iframe's query parameters (the same
 * names for both), read into one typed shape. Pure, so it is unit-tested
 * (tests/unit/embed-options.test.ts); anything it does not recognise falls back to a default.
 */
import type { Language } from '../data/types.ts';

export type Controls = 'full' | 'minimal';
export type Theme = 'light' | 'dark';

export interface CallToAction {
  label: string;
  /** Already checked: an `https:` URL. */
  href: string;
  /** Shown from the first step, not only at the end. */
  always: boolean;
}

export interface EmbedOptions {
  /** `null`: the overview of all journeys. */
  story: string | null;
  step: number;
  lang: Language;
  theme: Theme;
  controls: Controls;
  /** CSS lengths for the element's height bounds. */
  minHeight: string;
  maxHeight: string;
  /** The raw `cta-label`, `cta-href` and `cta`: checked by `callToAction`, which may warn. */
  ctaLabel: string | null;
  ctaHref: string | null;
  ctaAlways: boolean;
  /** Origins whose messages an iframe obeys (`allow-origins`); empty: none. */
  allowOrigins: string[];
}

/** The attributes the element follows after it loads. */
export const ATTRIBUTES = [
  'story',
  'step',
  'lang',
  'theme',
  'controls',
  'min-height',
  'max-height',
  'cta-label',
  'cta-href',
  'cta',
] as const;

export const DEFAULT_MIN_HEIGHT = '420px';
export const DEFAULT_MAX_HEIGHT = '900px';

const LENGTH = /^\d+(\.\d+)?(px|em|rem|vh|svh|dvh|%)?$/;

/** A plain number is px; anything that is not a simple positive length is the default. */
export function cssLength(value: string | null, fallback: string): string {
  const text = value?.trim() ?? '';
  if (!LENGTH.test(text)) return fallback;
  return /\d$/.test(text) ? `${text}px` : text;
}

function step(value: string | null): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/** Origins as `scheme://host:port`, from a comma- or space-separated list; junk is dropped. */
export function parseOrigins(value: string | null): string[] {
  const origins = new Set<string>();
  for (const part of (value ?? '').split(/[\s,]+/)) {
    if (!part) continue;
    try {
      const url = new URL(part);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // Not a URL: not an origin anyone can send from.
    }
  }
  return [...origins];
}

export function readOptions(get: (name: string) => string | null): EmbedOptions {
  const story = get('story')?.trim();
  const lang = get('lang');
  return {
    story: story ? story : null,
    step: step(get('step')),
    lang: lang === 'ko' ? 'ko' : 'en',
    theme: get('theme') === 'dark' ? 'dark' : 'light',
    controls: get('controls') === 'minimal' ? 'minimal' : 'full',
    minHeight: cssLength(get('min-height'), DEFAULT_MIN_HEIGHT),
    maxHeight: cssLength(get('max-height'), DEFAULT_MAX_HEIGHT),
    ctaLabel: get('cta-label')?.trim() || null,
    ctaHref: get('cta-href')?.trim() || null,
    ctaAlways: get('cta') === 'always',
    allowOrigins: parseOrigins(get('allow-origins')),
  };
}

/** The iframe's options, from its own query string. */
export function optionsFromSearch(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  return readOptions((name) => params.get(name));
}

/**
 * The call to action, or null. Only an `https:` link is followed; anything else (`javascript:`,
 * `data:`, plain `http:`) is refused with a warning for the embedder, who is the one to fix it.
 * UTM parameters on the host page's URL are passed on, so a campaign can see where a reader
 * came from; a `utm_` parameter already in the link is kept as it is.
 */
export function callToAction(
  options: Pick<EmbedOptions, 'ctaLabel' | 'ctaHref' | 'ctaAlways'>,
  hostSearch: string,
  warn: (message: string) => void = console.warn,
): CallToAction | null {
  const { ctaLabel: label, ctaHref: href } = options;
  if (!label && !href) return null;
  if (!label || !href) {
    warn('journey-map: a call to action needs both cta-label and cta-href; none is shown.');
    return null;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    warn(`journey-map: cta-href "${href}" is not an absolute URL; the call to action is hidden.`);
    return null;
  }
  if (url.protocol !== 'https:') {
    warn(
      `journey-map: cta-href must be an https: URL, not "${url.protocol}"; the call to action is hidden.`,
    );
    return null;
  }
  for (const [name, value] of new URLSearchParams(hostSearch))
    if (/^utm_[a-z_]+$/i.test(name) && !url.searchParams.has(name))
      url.searchParams.set(name, value);
  return { label, href: url.href, always: options.ctaAlways };
}
