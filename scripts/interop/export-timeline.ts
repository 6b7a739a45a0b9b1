/**
 * A story as TimelineJS3 JSON, so it can go back to that tool. Only real dates are given:
 * an estimate says so in its display date ("about 2006"), and a step without a date is left
 * out (TimelineJS needs a date for every event) and listed, never given an invented one.
 */
import type { Step, Story } from '../../src/data/types.ts';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineEvent {
  unique_id: string;
  start_date: TimelineDate;
  display_date?: string;
  text: { headline: string; text: string };
  /**
   * Not read by TimelineJS, which ignores it: where the step happened, coarsened as on our
   * map (a river has a name and no point), so that importing the file again keeps places.
   */
  location?: { name: string; lat?: number; lon?: number };
}

export interface TimelineJson {
  title: { text: { headline: string; text: string } };
  events: TimelineEvent[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** TimelineJS renders text as HTML: our plain text must be escaped to stay plain. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** The date TimelineJS places the step at, and the words it shows; undefined when undated. */
export function timelineDate(step: Step): { start: TimelineDate; display?: string } | undefined {
  const { value, precision, basis } = step.time.date;
  if (!value) return undefined;
  let start: TimelineDate;
  let words: string;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)) && precision === 'day') {
    start = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    words = `${+m[3]!} ${MONTHS[+m[2]! - 1]} ${m[1]}`;
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && precision === 'month') {
    start = { year: +m[1]!, month: +m[2]! };
    words = `${MONTHS[+m[2]! - 1]} ${m[1]}`;
  } else if ((m = /^(\d{4})$/.exec(value)) && precision === 'year') {
    start = { year: +m[1]! };
    words = m[1]!;
  } else if (
    (m = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(value)) &&
    precision === 'season'
  ) {
    // The year is known, the month is not: placed at the year, with the season in words.
    start = { year: +m[1]! };
    words = `${m[2]} ${m[1]}`;
  } else if ((m = /^(\d{3}0)s$/.exec(value)) && precision === 'decade') {
    start = { year: +m[1]! };
    words = `the ${value}`;
  } else return undefined;
  const shown =
    basis === 'estimated'
      ? `about ${words}`
      : basis === 'derived'
        ? `${words} (worked out from the sources)`
        : basis === 'cited'
          ? `${words} (from an outside source)`
          : words;
  const exact =
    basis === 'stated' && (precision === 'day' || precision === 'month' || precision === 'year');
  return exact ? { start } : { start, display: shown };
}

export function toTimeline(story: Story): { json: TimelineJson; left: Step[] } {
  const events: TimelineEvent[] = [];
  const left: Step[] = [];
  for (const step of story.steps) {
    const date = timelineDate(step);
    if (!date) {
      left.push(step);
      continue;
    }
    const parts: string[] = [];
    if (step.warnings.length > 0)
      parts.push(
        paragraph(`Content warning: ${step.warnings.map((w) => w.replace(/-/g, ' ')).join(', ')}.`),
      );
    for (const excerpt of step.excerpts) parts.push(paragraph(excerpt.text));
    if (step.context) parts.push(paragraph(step.context.en));
    const place = step.place;
    events.push({
      unique_id: `${story.id}-${step.id}`,
      start_date: { ...date.start, ...(date.display ? { display_date: date.display } : {}) },
      ...(date.display ? { display_date: date.display } : {}),
      text: { headline: escapeHtml(step.heading.en), text: parts.join('') },
      ...(place
        ? {
            location:
              place.precision === 'river'
                ? { name: place.name.en }
                : { name: place.name.en, lat: place.point[1], lon: place.point[0] },
          }
        : {}),
    });
  }
  const source = story.sources[0];
  const titleParts = [
    ...(story.fiction ? [paragraph('This is fiction.')] : []),
    paragraph(story.summary.en),
    ...(story.warnings.length > 0
      ? [
          paragraph(
            `Content warnings: ${story.warnings.map((w) => w.replace(/-/g, ' ')).join(', ')}.`,
          ),
        ]
      : []),
    ...(source
      ? [
          `<p>Quoted from ${source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title)}, ${escapeHtml(source.publisher)}.</p>`,
        ]
      : []),
    ...(left.length > 0
      ? [
          paragraph(
            `${left.length} of the story’s ${story.steps.length} steps have no date, so they are not on this timeline; they are in the full story on the Journey Map.`,
          ),
        ]
      : []),
  ];
  return {
    json: {
      title: { text: { headline: escapeHtml(story.title.en), text: titleParts.join('') } },
      events,
    },
    left,
  };
}
