import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { labelCharacters } from '../../src/map/glyphs.ts';
import { buildStyle } from '../../src/map/style/index.ts';
import { compileStory, storyData } from './fixtures.ts';

const points = (...properties: Record<string, unknown>[]): SourceSpecification => ({
  type: 'geojson',
  data: {
    type: 'FeatureCollection',
    features: properties.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: p,
    })),
  },
});

const symbol = (
  source: string,
  field: unknown,
  placement?: 'point' | 'line' | 'line-center',
): LayerSpecification =>
  ({
    id: `label-${source}-${placement}`,
    type: 'symbol',
    source,
    layout: { 'text-field': field, ...(placement ? { 'symbol-placement': placement } : {}) },
  }) as LayerSpecification;

const styleOf = (
  sources: Record<string, SourceSpecification>,
  layers: LayerSpecification[],
): StyleSpecification => ({ version: 8, sources, layers });

const sorted = (chars: string) => [...chars].sort().join('');

describe('labelCharacters(style)', () => {
  it.each([
    {
      name: 'a literal text-field, at a point by default',
      style: styleOf({ a: points() }, [symbol('a', 'Fiction · 소설')]),
      point: 'Fciont·소설',
      line: '',
    },
    {
      name: 'the strings of an expression',
      style: styleOf({ a: points() }, [symbol('a', ['concat', ['get', 'name'], ' (ok)'])]),
      point: '()acegkmnot',
      line: '',
    },
    {
      name: 'the string values (not keys) of the source a label reads, each character once',
      style: styleOf(
        { a: points({ label: 'Hyesan', label_ko: '혜산', step: 3 }, { label: 'Hye' }) },
        [symbol('a', '')],
      ),
      point: 'Haensy혜산',
      line: '',
    },
    {
      name: 'labels along a line, or at its centre, apart from those at a point',
      style: styleOf({ a: points({ name: '압록' }), b: points() }, [
        symbol('a', 'Yalu', 'line'),
        symbol('b', '소설', 'line-center'),
        symbol('b', 'X', 'point'),
      ]),
      point: 'X',
      line: 'Yalu압록소설',
    },
    {
      name: 'nothing from sources no label reads',
      style: styleOf({ a: points(), b: points({ name: '북한' }) }, [
        symbol('a', 'A'),
        { id: 'line', type: 'line', source: 'b' },
      ]),
      point: 'A',
      line: '',
    },
    {
      name: 'a GeoJSON source given by URL, which it cannot read',
      style: styleOf({ a: { type: 'geojson', data: 'https://example.org/a.json' } }, [
        symbol('a', 'B'),
      ]),
      point: 'B',
      line: '',
    },
  ])('$name', ({ style, point, line }) => {
    expect(labelCharacters(style)).toEqual({ point: sorted(point), line: sorted(line) });
  });

  it('covers every Korean name on the map: places, countries and rivers', () => {
    const { geometry } = compileStory(storyData());
    const collection = (properties: Record<string, string>) => ({
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [127, 40] },
          properties,
        },
      ],
    });
    const style = buildStyle({
      world: collection({ layer: 'country-label', name_en: 'North Korea', name_ko: '북한' }),
      eastAsia: collection({ layer: 'river', name_en: 'Yalu', name_ko: '압록강' }),
      geometry,
      fontFaces: {},
      font: 'Noto Sans Regular',
    });
    const { point, line } = labelCharacters(style);
    const korean = geometry.points.features.map((f) => f.properties.label_ko).join('');
    expect(korean).toContain('혜산');
    // The fiction's mark is placed once per leg, at its midpoint.
    for (const char of `북한소설${korean}`.replace(/\s/gu, '')) expect(point).toContain(char);
    // The rivers' names run along lines.
    for (const char of '압록강') expect(line).toContain(char);
  });
});
