/**
 * Whether the bundled Hangul font can be had. When its files fail to load, Korean names would
 * draw as empty boxes, so the map names places in English instead (and says so).
 */
export const HANGUL_FAMILY = 'Noto Sans KR';

export async function hangulLoads(fonts: FontFaceSet | undefined = globalThis.document?.fonts) {
  if (!fonts) return true;
  try {
    const faces = await fonts.load(`16px "${HANGUL_FAMILY}"`, '한국');
    return faces.some((face) => face.status === 'loaded');
  } catch {
    return false;
  }
}
