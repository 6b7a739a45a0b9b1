/** The SVG map's interface strings, until they move into the app's messages. */
import type { Language } from '../../data/types.ts';

export const SVG_WORDS = {
  en: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show the whole step again',
    keys: 'Drag or use Shift and the arrow keys to pan, + and − to zoom.',
  },
  ko: {
    zoomIn: '확대',
    zoomOut: '축소',
    reset: '이 단계 전체 보기',
    keys: '끌거나 Shift와 화살표 키로 이동하고, +와 −로 확대·축소합니다.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type SvgWords = (typeof SVG_WORDS)[Language];
