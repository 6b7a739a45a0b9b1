/** Small statistics for the bench: medians of runs and percentiles of frame times. */

/** The value below which `p` (0–1) of the sorted values lie, by linear interpolation. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Differences between successive timestamps. */
export function deltas(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((t, i) => t - timestamps[i]!);
}

/** Rounded for reading; the bench's figures are milliseconds and bytes, not nanoseconds. */
export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function ratio(value: number, baseline: number): number {
  return round(value / baseline, 3);
}
