/**
 * Picks the bundled font files (from @fontsource) that the app's text can need, and writes the
 * module that declares them: as CSS @font-face rules for the page, and as the style's
 * `font-faces` for MapLibre, which draws labels locally with no glyph server.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

export interface Face {
  family: string;
  weight: number;
  /** Module specifier of the woff2 file, for a `?url` import. */
  file: string;
  ranges: [number, number][];
  unicodeRange: string;
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
    const a = parseInt(start!, 16);
    return [a, end ? parseInt(end, 16) : a];
  });
}

export function facesOf(pkg: string, weight: number): Face[] {
  const cssPath = require.resolve(`${pkg}/${weight}.css`);
  const css = readFileSync(cssPath, 'utf8');
  const faces: Face[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!family || !file || !range) continue;
    faces.push({
      family,
      weight,
      file: `${pkg}/files/${file}`,
      ranges: parseRanges(range),
      unicodeRange: range.trim(),
    });
  }
  return faces;
}

export function covers(face: Face, codePoint: number): boolean {
  return face.ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}

/** The faces of a family needed to draw `text`: the subsets that cover any of its characters. */
export function facesFor(faces: Face[], text: string): Face[] {
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!));
  return faces.filter((face) => [...codePoints].some((cp) => covers(face, cp)));
}

/** The characters of `text` that a face covers, as a CSS unicode-range. */
export function usedRange(face: Face, text: string): string {
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0)!))]
    .filter((cp) => covers(face, cp))
    .sort((a, b) => a - b);
  return codePoints.map((cp) => `U+${cp.toString(16)}`).join(',');
}

export const MAP_FONT = 'Noto Sans Regular';

/**
 * The source of `virtual:fonts`. Latin faces cover all English text; Korean subsets are only
 * those that the data's Korean text needs, so a build carries a handful of files, not 124.
 */
export function fontsModule(koreanText: string): string {
  const latin = [400, 600].flatMap((w) =>
    facesOf('@fontsource/noto-sans', w).filter((f) => /latin/.test(f.file)),
  );
  // Korean subsets declare only the characters the data uses: all Korean text on the page or
  // the map comes from the data, and a short range keeps the declarations small.
  const korean = facesFor(facesOf('@fontsource/noto-sans-kr', 400), koreanText).map((face) => ({
    ...face,
    unicodeRange: usedRange(face, koreanText),
  }));
  const faces = [...latin, ...korean];
  const imports = faces.map((f, i) => `import f${i} from '${f.file}?url';`).join('\n');
  const rows = faces
    .map(
      (f, i) =>
        `  [${JSON.stringify(f.family)}, ${f.weight}, f${i}, ${JSON.stringify(f.unicodeRange)}],`,
    )
    .join('\n');
  return `${imports}
/** [family, weight, url, unicode-range] */
const faces = [
${rows}
];

/** @font-face rules for the page; URLs made absolute so they work from any embedding page. */
export function fontCss(base) {
  return faces
    .map(([family, weight, url, range]) =>
      \`@font-face{font-family:'\${family}';font-style:normal;font-weight:\${weight};font-display:swap;src:url(\${new URL(url, base).href}) format('woff2');unicode-range:\${range}}\`)
    .join('\\n');
}

/** The style's font-faces: MapLibre needs absolute URLs, and only the regular weight. */
export function mapFontFaces(base) {
  return {
    ${JSON.stringify(MAP_FONT)}: faces
      .filter(([, weight]) => weight === 400)
      .map(([, , url, range]) => ({ url: new URL(url, base).href, 'unicode-range': range.split(',') })),
  };
}

export const MAP_FONT = ${JSON.stringify(MAP_FONT)};
`;
}
