import { describe, expect, it } from 'vitest';
import { hangulLoads } from '../../src/map/hangul.ts';

const fonts = (load: () => Promise<{ status: string }[]>) => ({ load }) as unknown as FontFaceSet;

describe('hangulLoads', () => {
  it('is true once a Hangul face has loaded', async () => {
    expect(await hangulLoads(fonts(async () => [{ status: 'error' }, { status: 'loaded' }]))).toBe(
      true,
    );
  });
  it('is false when every face failed, none matched, or loading threw', async () => {
    expect(await hangulLoads(fonts(async () => [{ status: 'error' }]))).toBe(false);
    expect(await hangulLoads(fonts(async () => []))).toBe(false);
    expect(
      await hangulLoads(
        fonts(async () => {
          throw new DOMException('failed', 'NetworkError');
        }),
      ),
    ).toBe(false);
  });
  it('assumes the font where there is no font API to ask (not a browser)', async () => {
    expect(await hangulLoads(undefined)).toBe(true);
  });
});
