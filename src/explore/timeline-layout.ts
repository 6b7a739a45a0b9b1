/**
 * Where everything on the explore timeline goes. Pure: stories and a width in, positions out.
 * Only journeys with a dated step get a lane on the time axis; the rest are listed apart, in
 * the "no date given" band, and are never placed in time.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { DateBasis, Story } from '../data/types.ts';
import { tickCount, timeDomain, yearTicks, type AxisTick } from '../timeline/layout.ts';
import { isDated, yearStart } from './brush.ts';

export interface ExploreMark {
  story: string;
  step: number;
  x: number;
  y: number;
  basis: DateBasis;
}

export interface ExploreLane {
  story: Story;
  y: number;
}

export interface ExploreLayout {
  width: number;
  /** Height of the plot (axis and lanes), in px. */
  height: number;
  left: number;
  right: number;
  axisY: number;
  /** Top and bottom of the lanes: the brush's extent. */
  top: number;
  bottom: number;
  x: ScaleLinear<number, number>;
  ticks: AxisTick[];
  lanes: ExploreLane[];
  marks: ExploreMark[];
  /** Journeys with no dated step, in story order: the "no date given" band. */
  undated: Story[];
  /** Dated journeys beyond `maxLanes`, not drawn as lanes (said on screen). */
  moreLanes: number;
  /** First and last whole years on the axis. */
  years: [number, number];
}

const LANE = 14;

/**
 * `extraYears`: years the axis must also cover (the context series), so both share one scale.
 */
export function layoutExplore(
  stories: readonly Story[],
  width: number,
  extraYears: readonly number[] = [],
  maxLanes = 40,
): ExploreLayout {
  const left = 8;
  const right = Math.max(left + 40, width - 12);
  const dated = stories.filter(isDated);
  const [from, to] = timeDomain(dated);
  const start = Math.min(from.getTime(), ...extraYears.map(yearStart));
  const end = Math.max(to.getTime(), ...extraYears.map((y) => yearStart(y + 1)));
  const x = scaleLinear()
    .domain([start, end])
    .range([left + 6, right - 6]);
  const axisY = 20;
  const top = axisY + 4;
  const lanes = dated
    .slice(0, maxLanes)
    .map((story, i) => ({ story, y: top + 4 + i * LANE + LANE / 2 }));
  const bottom = Math.max(top + 28, top + 8 + lanes.length * LANE);
  const marks: ExploreMark[] = [];
  for (const lane of lanes)
    for (const step of lane.story.steps) {
      const { start: s, end: e, basis } = step.time.date;
      if (s === undefined || e === undefined) continue;
      marks.push({
        story: lane.story.id,
        step: step.index,
        x: (x(s) + x(e)) / 2,
        y: lane.y,
        basis,
      });
    }
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end - 1).getUTCFullYear();
  return {
    width,
    height: bottom + 2,
    left,
    right,
    axisY,
    top,
    bottom,
    x,
    ticks: yearTicks(new Date(start), new Date(end), tickCount(width)).map((year) => ({
      year,
      x: x(yearStart(year)),
    })),
    lanes,
    marks,
    undated: stories.filter((s) => !isDated(s)),
    moreLanes: Math.max(0, dated.length - maxLanes),
    years: [first, last],
  };
}

/**
 * A brushed span in px to whole years, `to` inclusive: from the year the left edge falls in to
 * the year just before the right edge. Null for a span too small to hold a day.
 */
export function pxToYears(
  x: ScaleLinear<number, number>,
  [x0, x1]: readonly [number, number],
): [number, number] | null {
  const a = x.invert(Math.min(x0, x1));
  const b = x.invert(Math.max(x0, x1));
  if (b - a < 24 * 3600 * 1000) return null;
  return [new Date(a).getUTCFullYear(), new Date(b - 1).getUTCFullYear()];
}
