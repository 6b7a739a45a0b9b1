declare module 'virtual:journeys' {
  import type { JourneyIndex } from './data/types.ts';
  import type { Diagnostic } from './data/diagnostics.ts';
  /** The last valid compiled stories. */
  export const index: JourneyIndex;
  /** Problems in `data/`; filled only by the dev server, so authors see them in the page. */
  export const diagnostics: Diagnostic[];
}

declare module 'virtual:journeys-geo' {
  /** URL of the route geometry (a `JourneyGeometry` as JSON), or null when no story is valid. */
  const url: string | null;
  export default url;
}

declare module 'virtual:basemap' {
  /** URL of the 1:50m world GeoJSON. */
  export const world: string;
  /** URL of the 1:10m GeoJSON for the North Korea–China border region. */
  export const eastAsia: string;
  /** URL of the embed poster's simple land (1:110m), a FeatureCollection like the others. */
  export const posterLand: string;
}

declare module 'virtual:fonts' {
  export function fontCss(base: string): string;
  export function mapFontFaces(
    base: string,
  ): Record<string, { url: string; 'unicode-range': string[] }[]>;
  export const MAP_FONT: string;
}

declare module 'virtual:context' {
  import type { ContextSeries } from './data/context.ts';
  /** The valid context series in `data/context/` (arrivals in South Korea, by year). */
  export const series: ContextSeries[];
}

declare module 'virtual:figures' {
  import type { JourneyFigures } from './explore/figures.ts';
  /** Each story's compare figures, measured at build time (src/explore/figures.ts). */
  export const figures: Record<string, JourneyFigures>;
}

declare module 'virtual:synthetic' {
  /** URLs of the synthetic journeys, in a build made with them (`npm run build:synthetic`). */
  export const synthetic: { index: string; geometry: string } | null;
}
