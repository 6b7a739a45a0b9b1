import { describe, expect, it, vi } from 'vitest';
import {
  callToAction,
  cssLength,
  optionsFromSearch,
  parseOrigins,
  readOptions,
} from '../../src/embed/options.ts';
import { preferredHeight } from '../../src/embed/size.ts';

const attrs = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('readOptions', () => {
  it('readOptions({}) is the overview at step 0, in English, light, full, default heights', () => {
    expect(readOptions(attrs({}))).toEqual({
      story: null,
      step: 0,
      lang: 'en',
      theme: 'light',
      controls: 'full',
      minHeight: '420px',
      maxHeight: '900px',
      ctaLabel: null,
      ctaHref: null,
      ctaAlways: false,
      allowOrigins: [],
    });
  });

  it.each([
    [
      { story: ' bella ', step: '3' },
      { story: 'bella', step: 3 },
    ],
    [
      { story: '', step: '-2' },
      { story: null, step: 0 },
    ],
    [{ step: 'two' }, { step: 0 }],
    [
      { lang: 'ko', theme: 'dark', controls: 'minimal' },
      { lang: 'ko', theme: 'dark', controls: 'minimal' },
    ],
    [
      { lang: 'fr', theme: 'neon', controls: 'none' },
      { lang: 'en', theme: 'light', controls: 'full' },
    ],
    [{ cta: 'always' }, { ctaAlways: true }],
    [{ cta: 'yes' }, { ctaAlways: false }],
  ])('readOptions(%j) has %j', (given, expected) => {
    expect(readOptions(attrs(given))).toMatchObject(expected);
  });

  it('optionsFromSearch reads the iframe’s query with the same names', () => {
    expect(
      optionsFromSearch('?story=joseph&step=2&min-height=300&allow-origins=https://a.example'),
    ).toMatchObject({
      story: 'joseph',
      step: 2,
      minHeight: '300px',
      allowOrigins: ['https://a.example'],
    });
  });
});

describe('cssLength', () => {
  it.each([
    ['480', '480px'],
    ['480px', '480px'],
    ['30em', '30em'],
    ['60vh', '60vh'],
    ['calc(100% - 1px)', 'D'],
    ['-5px', 'D'],
    ['', 'D'],
    ['1e3', 'D'],
  ])('cssLength(%j) is %j', (value, expected) => {
    expect(cssLength(value, 'D')).toBe(expected);
  });
});

describe('parseOrigins', () => {
  it('parseOrigins keeps origins only, without paths, repeats or other schemes', () => {
    expect(
      parseOrigins(
        'https://a.example/page, http://b.example:8080 https://a.example javascript:x junk',
      ),
    ).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(parseOrigins(null)).toEqual([]);
  });
});

describe('callToAction', () => {
  const cta = (ctaHref: string | null, ctaLabel: string | null = 'Give', ctaAlways = false) => ({
    ctaHref,
    ctaLabel,
    ctaAlways,
  });

  it('callToAction passes the host’s utm_ parameters on, and keeps the link’s own', () => {
    const warn = vi.fn();
    expect(
      callToAction(
        cta('https://give.example/now?utm_source=own&x=1'),
        '?utm_source=host&utm_medium=email&other=2',
        warn,
      ),
    ).toEqual({
      label: 'Give',
      href: 'https://give.example/now?utm_source=own&x=1&utm_medium=email',
      always: false,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,x',
    'http://give.example/',
    '/give',
    'give.example',
  ])('callToAction refuses %j with a warning', (href) => {
    const warn = vi.fn();
    expect(callToAction(cta(href), '', warn)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('callToAction without a label or a link shows nothing, and warns only when one is missing', () => {
    const warn = vi.fn();
    expect(callToAction(cta(null, null), '', warn)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(callToAction(cta('https://give.example/', null), '', warn)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('preferredHeight', () => {
  it.each([
    [900, {}, 563],
    [320, {}, 420],
    [2400, {}, 900],
    [900, { minHeight: '600px' }, 600],
    [900, { maxHeight: '400px' }, 420],
    [900, { minHeight: '30em' }, 563],
  ])('preferredHeight(%d, %j) is %d', (width, bounds, expected) => {
    expect(preferredHeight(width, { minHeight: '420px', maxHeight: '900px', ...bounds })).toBe(
      expected,
    );
  });
});
