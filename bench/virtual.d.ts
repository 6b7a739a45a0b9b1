declare module 'virtual:bench-steps' {
  import type { BBox, LngLat } from '../src/data/types.ts';
  /** Per story id: what the baseline's camera and marker need. */
  const stories: Record<
    string,
    { color: string; fiction: boolean; steps: { anchor: LngLat; frame: BBox }[] }
  >;
  export default stories;
}
