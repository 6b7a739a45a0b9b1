/**
 * Where everything on the timeline goes. Pure: stories and a width in, positions out, so the
 * scales can be tested without a DOM.
 *
 * Dated steps sit on a time axis, one lane per journey. Steps the text gives no date for are
 * never given one: the open journey's undated steps sit in a separate, labelled band, in story
 * order.
 */
import { scaleLinear, scalePoint, type ScaleLinear, type ScalePoint } from 'd3-scale';
import type { DateBasis, Story } from '../data/types.ts';

export interface TimelineMark {
  story: string;
  step: number;
  /** Centre of the mark. */
  x: number;
  y: number;
  r: number;
  /** Placed by its date (true) or by its order in the undated band (false). */
  dated: boolean;
  basis: DateBasis;
  /** The span of time the date covers, in x, for a year or a decade. */
  span?: [number, number];
  selected: boolean;
  color: string;
  fiction: boolean;
}

export interface Lane {
  story: Story;
  y: number;
  height: number;
  selected: boolean;
  hasDates: boolean;
}

/** A year on the time axis, at 1 January UTC. */
export interface AxisTick {
  year: number;
  x: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  axisY: number;
  showAxis: boolean;
  /**
   * Time (ms since the epoch, UTC) to x. A linear scale, not d3's UTC time scale: the axis
   * labels only years, and the time scale would bring d3-time-format's locale into the bundle.
   */
  x: ScaleLinear<number, number>;
  ticks: AxisTick[];
  lanes: Lane[];
  band: { y: number; height: number };
  order: ScalePoint<number>;
  marks: TimelineMark[];
  /** Whether the open journey has any dated step. */
  selectedHasDates: boolean;
}

const YEAR = 365.25 * 24 * 3600 * 1000;

export const DEFAULT_DOMAIN: [Date, Date] = [
  new Date(Date.UTC(1990, 0, 1)),
  new Date(Date.UTC(2025, 0, 1)),
];

/** The time extent of the given stories' dated steps, padded by a year on each side. */
export function timeDomain(stories: readonly Story[]): [Date, Date] {
  let start = Infinity;
  let end = -Infinity;
  for (const story of stories)
    for (const step of story.steps) {
      const { start: s, end: e } = step.time.date;
      if (s === undefined || e === undefined) continue;
      start = Math.min(start, s);
      end = Math.max(end, e);
    }
  if (!Number.isFinite(start)) return DEFAULT_DOMAIN;
  return [new Date(start - YEAR), new Date(end + YEAR)];
}

export interface LayoutOptions {
  width: number;
  compact?: boolean;
}

export function layoutTimeline(
  stories: readonly Story[],
  selected: Story | null,
  { width, compact = false }: LayoutOptions,
): TimelineLayout {
  const left = 8;
  const right = Math.max(left + 40, width - 12);
  const selectedHasDates = !!selected?.steps.some((s) => s.time.date.start !== undefined);
  // On a phone, a journey with no dates at all needs no time axis: only its band of steps.
  const showAxis = !(compact && selected && !selectedHasDates);
  const axisY = 22;
  const [from, to] = timeDomain(selectedHasDates && selected ? [selected] : stories);
  const x = scaleLinear()
    .domain([from.getTime(), to.getTime()])
    .range([left + 10, right - 10]);
  const axisTicks = showAxis
    ? yearTicks(from, to, tickCount(width)).map((year) => ({ year, x: x(Date.UTC(year, 0, 1)) }))
    : [];

  const laneHeight = compact ? 9 : 12;
  const selectedLaneHeight = compact ? 22 : 26;
  const lanes: Lane[] = [];
  let y = showAxis ? axisY + 8 : 0;
  // On a phone an open journey keeps only its own lane: there is no room to compare.
  const shown = compact && selected ? (showAxis ? [selected] : []) : stories;
  for (const story of shown) {
    const isSelected = story === selected;
    const height = isSelected ? selectedLaneHeight : laneHeight;
    lanes.push({
      story,
      y,
      height,
      selected: isSelected,
      hasDates: story.steps.some((s) => s.time.date.start !== undefined),
    });
    y += height + 2;
  }
  const band = { y: y + 6, height: compact ? 30 : 38 };
  const height = band.y + band.height + 4;

  const marks: TimelineMark[] = [];
  for (const lane of lanes) {
    const { story } = lane;
    for (const step of story.steps) {
      const { start, end, basis } = step.time.date;
      if (start === undefined || end === undefined) continue;
      const x0 = x(start);
      const x1 = x(end);
      marks.push({
        story: story.id,
        step: step.index,
        x: (x0 + x1) / 2,
        y: lane.y + lane.height / 2,
        r: lane.selected ? (compact ? 8 : 9) : compact ? 2.5 : 3.5,
        dated: true,
        basis,
        span: [x0, x1],
        selected: lane.selected,
        color: story.color,
        fiction: story.fiction,
      });
    }
  }

  const undated = selected ? selected.steps.filter((s) => s.time.date.start === undefined) : [];
  const order = scalePoint<number>()
    .domain(selected ? selected.steps.map((s) => s.index) : [])
    .range([left + 14, right - 14])
    .padding(0.5);
  for (const step of undated)
    marks.push({
      story: selected!.id,
      step: step.index,
      x: order(step.index) ?? left,
      y: band.y + band.height / 2,
      r: compact ? 8 : 9,
      dated: false,
      basis: step.time.date.basis,
      selected: true,
      color: selected!.color,
      fiction: selected!.fiction,
    });

  return {
    width,
    height,
    left,
    right,
    axisY,
    showAxis,
    x,
    ticks: axisTicks,
    lanes,
    band,
    order,
    marks,
    selectedHasDates,
  };
}

/** The open journey's mark nearest a pointer, for clicks and drags. */
export function nearestMark(
  layout: TimelineLayout,
  px: number,
  py: number,
): TimelineMark | undefined {
  let best: TimelineMark | undefined;
  let bestDistance = Infinity;
  for (const mark of layout.marks) {
    if (!mark.selected) continue;
    // Horizontal distance matters most: dragging along a row should not jump rows.
    const d = Math.abs(mark.x - px) + 0.5 * Math.abs(mark.y - py);
    if (d < bestDistance) {
      bestDistance = d;
      best = mark;
    }
  }
  return best;
}

/** About how many years to label: more as the timeline widens, 3 to 12. */
export function tickCount(width: number): number {
  const scale = scaleLinear().domain([320, 1600]).range([3, 12]).clamp(true);
  return Math.round(scale(width));
}

/**
 * Round years within [from, to], about `count` of them, every 1, 2, 5, 10… years, as d3's time
 * scale would place them. Never a fraction of a year: a short span gets fewer ticks rather than
 * two labelled with one year.
 */
export function yearTicks(from: Date, to: Date, count: number): number[] {
  return scaleLinear()
    .domain([fractionalYear(from), fractionalYear(to)])
    .ticks(count)
    .filter((year) => Number.isInteger(year));
}

function fractionalYear(date: Date): number {
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (date.getTime() - start) / (Date.UTC(year + 1, 0, 1) - start);
}
