/**
 * The path the marker follows to each step: the leg's segments joined end to end. Built from the
 * drawn legs themselves, so the marker always travels exactly the line on the map.
 */
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { LegProperties, LngLat } from '../data/types.ts';

export type LegPaths = Map<string, LngLat[]>;

export function pathKey(story: string, step: number): string {
  return `${story}/${step}`;
}

export function legPaths(
  legs: FeatureCollection<LineString | MultiLineString, LegProperties>,
): LegPaths {
  const paths: LegPaths = new Map();
  for (const feature of legs.features) {
    const key = pathKey(feature.properties.story, feature.properties.step);
    const lines =
      feature.geometry.type === 'LineString'
        ? [feature.geometry.coordinates]
        : feature.geometry.coordinates;
    const path = paths.get(key) ?? [];
    for (const line of lines)
      for (const [lng, lat] of line) {
        const last = path.at(-1);
        if (!last || last[0] !== lng || last[1] !== lat) path.push([lng!, lat!]);
      }
    paths.set(key, path);
  }
  return paths;
}
