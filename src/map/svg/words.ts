/** The SVG map's interface words, from the messages, in the instance's language. */
import type { Language } from '../../data/types.ts';
import { m, say } from '../../i18n/index.ts';

export function svgWords(lang: Language) {
  const o = say(lang);
  return {
    zoomIn: m.map_zoom_in({}, o),
    zoomOut: m.map_zoom_out({}, o),
    reset: m.map_reset_view({}, o),
    keys: m.map_svg_keys({}, o),
    credit: m.map_basemap_credit({}, o),
  };
}

export type SvgWords = ReturnType<typeof svgWords>;
