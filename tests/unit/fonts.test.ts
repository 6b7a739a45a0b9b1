import { describe, expect, it } from 'vitest';
import { facesFor, facesOf, fontsModule, usedRange } from '../../scripts/build/fonts.ts';

const korean = facesOf('@fontsource/noto-sans-kr', 400);

describe('facesFor(faces, text)', () => {
  it('picks only the Korean subsets that hold the characters used', () => {
    const picked = facesFor(korean, '혜산');
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThanOrEqual(2);
    expect(picked.every((f) => f.file.startsWith('@fontsource/noto-sans-kr/files/'))).toBe(true);
  });

  it('picks nothing for text it has no use for', () => {
    expect(facesFor(korean, '')).toEqual([]);
  });
});

describe('usedRange(face, text)', () => {
  it('lists just the used characters the face covers', () => {
    const [face] = facesFor(korean, '혜');
    expect(usedRange(face!, '혜혜 abc')).toBe('U+d61c');
  });
});

describe('fontsModule(koreanText)', () => {
  it('declares Latin faces and the Korean subsets for the text, with their URLs imported', () => {
    const code = fontsModule('서울');
    expect(code).toMatch(
      /import f\d+ from '@fontsource\/noto-sans\/files\/noto-sans-latin-400-normal\.woff2\?url';/,
    );
    expect(code).toContain('noto-sans-kr-');
    expect(code).toContain('U+c11c');
    expect(code).toContain('"Noto Sans Regular"');
  });
});
