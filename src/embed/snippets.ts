/**
 * What the Share dialog offers to copy: a link to the app, an iframe and an element, each for
 * the journey, step, language and options on screen. Pure, so it is unit-tested
 * (tests/unit/embed-snippets.test.ts). Everything put into HTML is escaped.
 */
import type { Language } from '../data/types.ts';
import type { Controls, Theme } from './options.ts';

export interface ShareState {
  /** The folder the app is served from, ending with a slash. */
  base: string;
  story: string | null;
  step: number;
  lang: Language;
  theme: Theme;
  controls: Controls;
  /** The frame's accessible name, e.g. "Bella’s journey: map, timeline and story". */
  title: string;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The parameters, in a fixed order, leaving out those that are already the default. */
function params(s: ShareState, withLook: boolean): [string, string][] {
  const out: [string, string][] = [];
  if (s.story !== null) out.push(['story', s.story], ['step', String(s.step)]);
  if (s.lang !== 'en') out.push(['lang', s.lang]);
  if (withLook && s.theme !== 'light') out.push(['theme', s.theme]);
  if (withLook && s.controls !== 'full') out.push(['controls', s.controls]);
  return out;
}

function query(pairs: [string, string][]): string {
  const text = new URLSearchParams(pairs).toString();
  return text ? `?${text}` : '';
}

export function shareLink(s: ShareState): string {
  return `${s.base}${query(params(s, false))}`;
}

export function frameUrl(s: ShareState): string {
  return `${s.base}embed.html${query(params(s, true))}`;
}

export function frameSnippet(s: ShareState): string {
  return [
    `<iframe src="${escapeHtml(frameUrl(s))}"`,
    `  title="${escapeHtml(s.title)}"`,
    '  loading="lazy" referrerpolicy="no-referrer"',
    '  style="width: 100%; height: 560px; border: 0"></iframe>',
    `<script src="${escapeHtml(`${s.base}embed-resize.js`)}"></script>`,
  ].join('\n');
}

export function elementSnippet(s: ShareState): string {
  const attributes = params(s, true)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeHtml(`${s.base}journey-map.js`)}"></script>`,
    `<journey-map${attributes}></journey-map>`,
  ].join('\n');
}
