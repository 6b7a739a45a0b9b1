/**
 * Labels drawn alone on a blank map and captured, to tell real letters from the empty boxes a
 * missing glyph draws. Shared by the Hangul test and the one-file build's test.
 */
import type { Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { waitForMapIdle } from './harness.ts';

const BOX = { width: 160, height: 60 };
/** Private-use characters: no font has them, so they draw as a missing glyph does. */
export const TOFU = '\uE000\uE001';

/** Draws `text` alone on a blank map at its centre, placed as asked, and captures it. */
export async function drawLabel(
  page: Page,
  text: string,
  placement: 'line' | 'point',
): Promise<PNG> {
  await page.evaluate(
    ({ text, placement }) => {
      const el = document.querySelector('.map') as HTMLElement & {
        journeyMap: { map: import('maplibre-gl').Map };
      };
      const map = el.journeyMap.map;
      const font = map.getLayoutProperty('fiction-label', 'text-font') as string[];
      for (const layer of map.getStyle().layers)
        if (layer.id !== 'sea' && !layer.id.startsWith('probe'))
          map.setLayoutProperty(layer.id, 'visibility', 'none');
      if (map.getLayer('probe')) map.removeLayer('probe');
      if (map.getSource('probe')) map.removeSource('probe');
      const { width, height } = map.getCanvas().getBoundingClientRect();
      const at = (x: number) => map.unproject([x, height / 2]).toArray();
      map.addSource('probe', {
        type: 'geojson',
        data: {
          type: 'Feature',
          properties: {},
          geometry:
            placement === 'line'
              ? { type: 'LineString', coordinates: [at(width / 2 - 300), at(width / 2 + 300)] }
              : { type: 'Point', coordinates: at(width / 2) },
        },
      });
      map.addLayer({
        id: 'probe',
        type: 'symbol',
        source: 'probe',
        layout: {
          'text-field': text,
          'text-font': font,
          'text-size': 24,
          'symbol-placement': placement === 'line' ? 'line-center' : 'point',
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#000000' },
      });
    },
    { text, placement },
  );
  await waitForMapIdle(page);
  const box = await page.locator('.map canvas').boundingBox();
  const shot = await page.screenshot({
    clip: {
      x: box!.x + box!.width / 2 - BOX.width / 2,
      y: box!.y + box!.height / 2 - BOX.height / 2,
      ...BOX,
    },
    animations: 'disabled',
  });
  return PNG.sync.read(shot);
}

export function differing(a: PNG, b: PNG): number {
  return pixelmatch(a.data, b.data, undefined, BOX.width, BOX.height, { threshold: 0.2 });
}

/** Dark pixels: the label's ink. */
export function ink(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) n++;
  return n;
}
