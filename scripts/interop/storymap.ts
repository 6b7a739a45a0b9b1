/**
 * StoryMapJS's JSON export: `{ storymap: { slides: [...] } }`. Each slide has `text`
 * ({ headline, text } as HTML), `location` ({ lat, lon, name, zoom, line }), `media`
 * ({ url, caption, credit }) and sometimes a free-text `date`. An `overview` slide introduces
 * the story.
 */
import { htmlToText } from './html-text.ts';
import {
  dateFromValue,
  ImportError,
  isRecord,
  numberOf,
  safeUrl,
  textOf,
  type ImportedEntry,
  type ImportedStory,
} from './model.ts';

/** Slide fields that only style the map or slide, with what the report says about them. */
const STYLE_FIELDS = ['background', 'icon', 'uniqueid', 'unique_id'];

export function readStoryMap(json: unknown): ImportedStory {
  const root = isRecord(json) && isRecord(json.storymap) ? json.storymap : json;
  if (!isRecord(root) || !Array.isArray(root.slides))
    throw new ImportError(
      'this is not a StoryMapJS file: it has no "storymap": { "slides": [...] } list',
    );
  const notes: string[] = [];
  const entries: ImportedEntry[] = [];
  let title: string | undefined;
  let summary: string | undefined;
  const styleSeen = new Set<string>();

  root.slides.forEach((slide: unknown, i: number) => {
    const label = `slide ${i + 1}`;
    if (!isRecord(slide)) {
      notes.push(
        `${label} is not a slide (it is ${slide === null ? 'empty' : typeof slide}); skipped`,
      );
      return;
    }
    const text = isRecord(slide.text) ? slide.text : {};
    const headline = htmlToText(textOf(text.headline) ?? '');
    const body = htmlToText(textOf(text.text) ?? '');
    if (slide.type === 'overview') {
      title ??= headline || undefined;
      summary ??= body || undefined;
      if (isRecord(slide.location))
        notes.push(`${label} is the overview; its map position is not kept`);
      if (isRecord(slide.media) && safeUrl(slide.media.url))
        notes.push(`${label} is the overview; its media (${safeUrl(slide.media.url)}) is not kept`);
      return;
    }
    for (const key of STYLE_FIELDS) if (key in slide && slide[key]) styleSeen.add(key);
    const entry: ImportedEntry = { label, headline, text: body };

    const dateText = textOf(slide.date)?.trim();
    if (dateText) {
      const date = dateFromValue(dateText);
      if (date) entry.date = { ...date, basis: 'stated', said: dateText };
      else entry.said = htmlToText(dateText);
    }

    if (isRecord(slide.location)) {
      const loc = slide.location;
      const lat = numberOf(loc.lat);
      const lon = numberOf(loc.lon);
      const name = htmlToText(textOf(loc.name) ?? '') || undefined;
      const zoom = numberOf(loc.zoom);
      if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
        entry.location = {
          lat,
          lon,
          ...(name ? { name } : {}),
          ...(zoom !== undefined ? { zoom } : {}),
        };
      else if (name) entry.location = { name };
      else if (loc.lat !== undefined || loc.lon !== undefined)
        notes.push(
          `${label}: its coordinates are not usable (${JSON.stringify([loc.lat, loc.lon]).slice(0, 60)}), so its place is not stated`,
        );
      if (loc.line === false)
        notes.push(
          `${label}: the original draws no line to this slide; a leg is drawn, marked as inferred`,
        );
    }

    if (isRecord(slide.media)) {
      const url = safeUrl(slide.media.url);
      const caption = htmlToText(textOf(slide.media.caption) ?? '') || undefined;
      const credit = htmlToText(textOf(slide.media.credit) ?? '') || undefined;
      if (textOf(slide.media.url)?.trim() && !url)
        notes.push(`${label}: its media link is not an http(s) address and is not kept`);
      if (url || caption || credit)
        entry.media = {
          ...(url ? { url } : {}),
          ...(caption ? { caption } : {}),
          ...(credit ? { credit } : {}),
        };
    }
    entries.push(entry);
  });
  if (styleSeen.size > 0)
    notes.push(
      `map styling (${[...styleSeen].sort().join(', ')}) is not kept: the app draws every journey in its own style`,
    );
  for (const key of [
    'map_type',
    'map_as_image',
    'map_subdomains',
    'call_to_action',
    'language',
    'font_css',
  ])
    if (key in root) notes.push(`the story map's "${key}" setting is not kept`);
  return {
    format: 'storymap',
    ...(title ? { title } : {}),
    ...(summary ? { summary } : {}),
    entries,
    notes,
  };
}
