/**
 * The map area's new interface strings (the simpler map's notices), until they move into the
 * app's messages. Short, plain Korean.
 */
import type { Language } from '../data/types.ts';
import type { FallbackReason } from './choose.ts';

export const MAP_WORDS = {
  en: {
    simpler: 'This is a simpler map',
    why: {
      'no-webgl': 'because this browser has WebGL turned off or not available.',
      gpu: 'because this browser could not start its graphics for the full map.',
      worker: 'because part of the full map could not start.',
      'context-lost': 'because the graphics system was reset.',
    },
    noBasemap: 'The basemap didn’t load, so the routes are shown on a plain background.',
    retryBasemap: 'Try the basemap again',
  },
  ko: {
    simpler: '간단한 지도입니다',
    why: {
      'no-webgl': '이 브라우저에서 WebGL을 쓸 수 없기 때문입니다.',
      gpu: '이 브라우저가 전체 지도의 그래픽을 시작하지 못했기 때문입니다.',
      worker: '전체 지도의 일부가 시작되지 않았기 때문입니다.',
      'context-lost': '그래픽 시스템이 초기화되었기 때문입니다.',
    },
    noBasemap: '바탕 지도를 불러오지 못해 경로를 빈 바탕에 보여 줍니다.',
    retryBasemap: '바탕 지도 다시 불러오기',
  },
} as const satisfies Record<
  Language,
  { simpler: string; why: Record<FallbackReason, string>; noBasemap: string; retryBasemap: string }
>;
