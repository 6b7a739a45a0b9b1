/**
 * The map's data files: the basemap and the route geometry. Fetching them starts as soon as the
 * page opens, alongside the story, so the map is not kept waiting for them; they are small
 * enough to load with the page's first script.
 */
import geometryUrl from 'virtual:journeys-geo';
import { world as worldUrl, eastAsia as eastAsiaUrl } from 'virtual:basemap';
import type { FeatureCollection } from 'geojson';
import type { JourneyGeometry } from '../data/types.ts';

/** A map file that did not arrive: the view says which, and offers to try again. */
export class MapAssetError extends Error {
  constructor(
    readonly asset: string,
    readonly status: number | string,
  ) {
    super(`The map’s ${asset} could not be loaded (${status}).`);
    this.name = 'MapAssetError';
  }
}

async function fetchJson<T>(url: string | null, asset: string): Promise<T> {
  if (!url) throw new MapAssetError(asset, 'missing from the build');
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new MapAssetError(asset, error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw new MapAssetError(asset, `HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new MapAssetError(asset, 'not valid JSON');
  }
}

export interface MapAssets {
  world: FeatureCollection;
  eastAsia: FeatureCollection;
  geometry: JourneyGeometry;
  /**
   * Set when a basemap file failed: its collections are then empty, and the routes and places
   * are drawn on a plain background while the view offers to fetch it again.
   */
  basemapError?: MapAssetError;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** `lines`: the journeys' geometry, the build's own unless another set is shown. */
export async function fetchMapAssets(lines: string | null = geometryUrl): Promise<MapAssets> {
  const [world, eastAsia, geometry] = await Promise.allSettled([
    fetchJson<FeatureCollection>(worldUrl, 'world basemap'),
    fetchJson<FeatureCollection>(eastAsiaUrl, 'East Asia basemap'),
    fetchJson<JourneyGeometry>(lines, 'journey geometry'),
  ]);
  // Without the journeys' own geometry there is nothing worth drawing: that one is fatal.
  if (geometry.status === 'rejected') throw geometry.reason;
  const failed = [world, eastAsia].find((r) => r.status === 'rejected');
  return {
    world: world.status === 'fulfilled' ? world.value : EMPTY,
    eastAsia: eastAsia.status === 'fulfilled' ? eastAsia.value : EMPTY,
    geometry: geometry.value,
    ...(failed ? { basemapError: failed.reason as MapAssetError } : {}),
  };
}
