import { describe, expect, it } from 'vitest';
import {
  elementSnippet,
  escapeHtml,
  frameSnippet,
  frameUrl,
  shareLink,
  type ShareState,
} from '../../src/embed/snippets.ts';

const state: ShareState = {
  base: 'https://maps.example/jm/',
  story: 'bella',
  step: 2,
  lang: 'en',
  theme: 'light',
  controls: 'full',
  title: 'Bella’s journey: map, timeline and story',
};

describe('share snippets', () => {
  it('shareLink(state) is the app with story and step, defaults left out', () => {
    expect(shareLink(state)).toBe('https://maps.example/jm/?story=bella&step=2');
    expect(shareLink({ ...state, story: null, lang: 'ko', theme: 'dark' })).toBe(
      'https://maps.example/jm/?lang=ko',
    );
  });

  it('frameUrl(state) carries the language and options as well', () => {
    expect(frameUrl({ ...state, lang: 'ko', theme: 'dark', controls: 'minimal' })).toBe(
      'https://maps.example/jm/embed.html?story=bella&step=2&lang=ko&theme=dark&controls=minimal',
    );
    expect(frameUrl({ ...state, story: null })).toBe('https://maps.example/jm/embed.html');
  });

  it('frameSnippet(state) is an iframe with a title, lazy and without referrer, and the helper', () => {
    expect(frameSnippet(state)).toBe(
      [
        '<iframe src="https://maps.example/jm/embed.html?story=bella&amp;step=2"',
        '  title="Bella’s journey: map, timeline and story"',
        '  loading="lazy" referrerpolicy="no-referrer"',
        '  style="width: 100%; height: 560px; border: 0"></iframe>',
        '<script src="https://maps.example/jm/embed-resize.js"></script>',
      ].join('\n'),
    );
  });

  it('elementSnippet(state) is the script and the element with its attributes', () => {
    expect(elementSnippet({ ...state, theme: 'dark' })).toBe(
      [
        '<script type="module" src="https://maps.example/jm/journey-map.js"></script>',
        '<journey-map story="bella" step="2" theme="dark"></journey-map>',
      ].join('\n'),
    );
  });

  it('escapeHtml escapes what could end an attribute or open a tag', () => {
    expect(escapeHtml('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
    expect(frameSnippet({ ...state, title: '"><script>' })).toContain(
      'title="&quot;&gt;&lt;script&gt;"',
    );
  });
});
