/**
 * TimelineJS3: its JSON (`{ title, events: [...], eras }`, each event with `start_date`
 * { year, month, day, … }, `text` { headline, text } as HTML and `media`) and the CSV of its
 * Google Sheets template (Year, Month, Day, Time, End Year, …, Headline, Text, Media, …).
 * Both become the same entries. TimelineJS shows events in date order, so they are sorted.
 */
import { csvRecords, CsvError, parseCsv } from './csv.ts';
import { htmlToText } from './html-text.ts';
import {
  dateFromParts,
  ImportError,
  isRecord,
  numberOf,
  safeUrl,
  textOf,
  type ImportedDate,
  type ImportedEntry,
  type ImportedStory,
} from './model.ts';

/** An event in the shape of TimelineJS's JSON; the CSV is read into the same shape. */
interface Event {
  label: string;
  start?: Record<string, unknown>;
  end?: Record<string, unknown>;
  displayDate?: string;
  headline: string;
  text: string;
  media?: Record<string, unknown>;
  group?: string;
  background?: unknown;
  location?: unknown;
  type?: string;
}

/** Reads a TimelineJS file, JSON or CSV, telling them apart by their first character. */
export function readTimeline(text: string): ImportedStory {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new ImportError(`this is not valid JSON: ${(error as Error).message}`);
    }
    return readTimelineJson(json);
  }
  return readTimelineCsv(text);
}

export function readTimelineJson(json: unknown): ImportedStory {
  if (!isRecord(json) || !Array.isArray(json.events))
    throw new ImportError('this is not a TimelineJS file: it has no "events": [...] list');
  const notes: string[] = [];
  const events: Event[] = [];
  json.events.forEach((e: unknown, i: number) => {
    const label = `event ${i + 1}`;
    if (!isRecord(e)) {
      notes.push(`${label} is not an event; skipped`);
      return;
    }
    const text = isRecord(e.text) ? e.text : {};
    events.push({
      label,
      ...(isRecord(e.start_date) ? { start: e.start_date } : {}),
      ...(isRecord(e.end_date) ? { end: e.end_date } : {}),
      ...(textOf(e.display_date) ? { displayDate: textOf(e.display_date)! } : {}),
      headline: textOf(text.headline) ?? '',
      text: textOf(text.text) ?? '',
      ...(isRecord(e.media) ? { media: e.media } : {}),
      ...(textOf(e.group) ? { group: textOf(e.group)! } : {}),
      ...(e.background !== undefined ? { background: e.background } : {}),
      ...(e.location !== undefined ? { location: e.location } : {}),
      ...(textOf(e.type) ? { type: textOf(e.type)! } : {}),
    });
  });
  const title = isRecord(json.title) && isRecord(json.title.text) ? json.title.text : undefined;
  if (Array.isArray(json.eras) && json.eras.length > 0)
    notes.push(
      `${json.eras.length} era${json.eras.length === 1 ? '' : 's'} (spans of time drawn behind the events) not kept`,
    );
  if (textOf(json.scale) && json.scale !== 'human')
    notes.push(`the "${textOf(json.scale)}" time scale is not kept`);
  if (isRecord(json.title) && isRecord(json.title.media) && safeUrl(json.title.media.url))
    notes.push(`the title's media (${safeUrl(json.title.media.url)}) is not kept`);
  return fromEvents(
    events,
    notes,
    title ? { headline: textOf(title.headline), text: textOf(title.text) } : undefined,
  );
}

export function readTimelineCsv(text: string): ImportedStory {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      throw new ImportError(`the CSV cannot be read: line ${error.line}: ${error.message}`);
    throw error;
  }
  const { header, records } = csvRecords(rows);
  if (!header.includes('year') || !header.includes('headline'))
    throw new ImportError(
      'this is not a TimelineJS spreadsheet: its first row needs the columns of the TimelineJS template (Year, Month, Day, …, Headline, Text, …)',
    );
  const notes: string[] = [];
  const events: Event[] = [];
  let title: { headline?: string; text?: string } | undefined;
  for (const { row, values: v } of records) {
    const type = (v.type ?? '').toLowerCase();
    if (type === 'title') {
      title ??= { headline: v.headline ?? '', text: v.text ?? '' };
      if (v.media) notes.push(`row ${row} (the title): its media (${v.media}) is not kept`);
      continue;
    }
    if (type === 'era') {
      notes.push(`row ${row} is an era (a span of time drawn behind the events); not kept`);
      continue;
    }
    const part = (value: string | undefined) => (value ? value : undefined);
    events.push({
      label: `row ${row}`,
      start: { year: part(v.year), month: part(v.month), day: part(v.day), time: part(v.time) },
      end: {
        year: part(v['end year']),
        month: part(v['end month']),
        day: part(v['end day']),
        time: part(v['end time']),
      },
      ...(v['display date'] ? { displayDate: v['display date'] } : {}),
      headline: v.headline ?? '',
      text: v.text ?? '',
      media: {
        url: v.media,
        caption: v['media caption'],
        credit: v['media credit'],
        thumbnail: v['media thumbnail'],
      },
      ...(v.group ? { group: v.group } : {}),
      ...(v.background ? { background: v.background } : {}),
    });
  }
  return fromEvents(events, notes, title);
}

/**
 * What a display date adds to the date's parts: TimelineJS authors write "c. 1850" or
 * "about 2006" for an estimate, "the 1990s" for a decade and "winter 2006" for a season,
 * while the parts hold only the year. Our own export writes them the same way.
 */
export function refine(
  start: { value: string; precision: 'year' | 'month' | 'day' },
  display: string,
): Pick<ImportedDate, 'value' | 'precision' | 'basis'> {
  const basis = /\b(about|around|approximately|circa|c\.|ca\.|estimated)\s/i.test(`${display} `)
    ? 'estimated'
    : /worked out from/i.test(display)
      ? 'derived'
      : 'stated';
  if (start.precision === 'year') {
    const year = start.value;
    if (new RegExp(`\\b${year}s\\b`).test(display) && year.endsWith('0'))
      return { value: `${year}s`, precision: 'decade', basis };
    const season = /\b(spring|summer|autumn|fall|winter)\b/i.exec(display)?.[1]?.toLowerCase();
    if (season && display.includes(year))
      return {
        value: `${year}-${season === 'fall' ? 'autumn' : season}`,
        precision: 'season',
        basis,
      };
  }
  return { ...start, basis };
}

function fromEvents(
  events: Event[],
  notes: string[],
  title: { headline?: string | undefined; text?: string | undefined } | undefined,
): ImportedStory {
  const entries: { entry: ImportedEntry; sortKey: number }[] = [];
  let times = 0;
  const groups = new Set<string>();
  let backgrounds = 0;
  for (const e of events) {
    const entry: ImportedEntry = {
      label: e.label,
      headline: htmlToText(e.headline),
      text: htmlToText(e.text),
    };
    const start = e.start ? dateFromParts(e.start.year, e.start.month, e.start.day) : undefined;
    const display = htmlToText(e.displayDate ?? textOf(e.start?.display_date) ?? '');
    if (start) {
      // The date is stated by the source; "said" gives it as the source does.
      const said =
        display && display.includes(start.value.slice(0, 4))
          ? display
          : display
            ? `${display} (${start.value})`
            : start.value;
      entry.date = { ...refine(start, display), said };
    } else if (display || textOf(e.start?.year)) {
      entry.said = display || `year ${textOf(e.start?.year)}`;
      notes.push(
        `${e.label}: the date "${entry.said}" is not one a story file can hold; kept as words, with the date unknown`,
      );
    }
    const end = e.end ? dateFromParts(e.end.year, e.end.month, e.end.day) : undefined;
    if (end && entry.date) {
      entry.date.said = `${entry.date.said} to ${end.value}`;
      notes.push(
        `${e.label}: its end date, ${end.value}, is kept only in the words of the date ("said")`,
      );
    }
    if ([e.start?.hour, e.start?.minute, e.start?.time].some((v) => textOf(v)?.trim())) times++;
    if (e.group) groups.add(e.group);
    if (e.background !== undefined && e.background !== '' && e.background !== null) backgrounds++;
    if (e.type && !['', 'overview'].includes(e.type.toLowerCase()))
      notes.push(`${e.label}: its type "${e.type}" is not kept`);
    const media = e.media;
    if (media) {
      const url = safeUrl(media.url);
      const caption = htmlToText(textOf(media.caption) ?? '') || undefined;
      const credit = htmlToText(textOf(media.credit) ?? '') || undefined;
      const quoted = textOf(media.url)?.trim() && !url ? htmlToText(textOf(media.url)!) : '';
      if (quoted) {
        // TimelineJS lets a slide's media be a quotation written as HTML: it is the source's text.
        entry.text = entry.text ? `${entry.text}\n\n${quoted}` : quoted;
        notes.push(`${e.label}: its media is a quotation, kept as text`);
      } else if (textOf(media.url)?.trim() && !url)
        notes.push(`${e.label}: its media is not an http(s) link and is not kept`);
      if (url || caption || credit)
        entry.media = {
          ...(url ? { url } : {}),
          ...(caption ? { caption } : {}),
          ...(credit ? { credit } : {}),
        };
    }
    // Not part of TimelineJS: written by our own export so that places come back.
    if (isRecord(e.location)) {
      const lat = numberOf(e.location.lat);
      const lon = numberOf(e.location.lon);
      const name = htmlToText(textOf(e.location.name) ?? '') || undefined;
      const coords =
        lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
      if (coords || name)
        entry.location = { ...(coords ? { lat, lon } : {}), ...(name ? { name } : {}) };
    }
    const sortKey = start
      ? Date.UTC(
          Number(start.value.slice(0, 4)),
          Number(start.value.slice(5, 7) || 1) - 1,
          Number(start.value.slice(8, 10) || 1),
        )
      : Infinity;
    entries.push({ entry, sortKey });
  }
  if (times > 0)
    notes.push(
      `times of day on ${times} event${times === 1 ? '' : 's'} are not kept: story dates go no finer than a day`,
    );
  if (groups.size > 0) notes.push(`groups (${[...groups].join(', ')}) are not kept`);
  if (backgrounds > 0)
    notes.push(
      `slide backgrounds on ${backgrounds} event${backgrounds === 1 ? '' : 's'} are not kept`,
    );
  const inOrder = entries.every((e, i) => i === 0 || entries[i - 1]!.sortKey <= e.sortKey);
  if (!inOrder) notes.push('the events are put in date order, as TimelineJS shows them');
  // A stable sort: events without a date keep their place after the dated ones.
  entries.sort((a, b) => (a.sortKey === b.sortKey ? 0 : a.sortKey < b.sortKey ? -1 : 1));
  const headline = title?.headline ? htmlToText(title.headline) : '';
  const summary = title?.text ? htmlToText(title.text) : '';
  return {
    format: 'timeline',
    ...(headline ? { title: headline } : {}),
    ...(summary ? { summary } : {}),
    entries: entries.map((e) => e.entry),
    notes,
  };
}
