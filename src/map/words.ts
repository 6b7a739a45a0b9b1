/** The map area's interface words, from the messages, in the instance's language. */
import type { Language, Story } from '../data/types.ts';
import { m, say } from '../i18n/index.ts';
import { localize } from '../story/format.ts';
import type { FallbackReason } from './choose.ts';

export interface MapWords {
  simpler: string;
  why: Record<FallbackReason, string>;
  noBasemap: string;
  retryBasemap: string;
  loading: string;
  failed: string;
  notStarted: string;
  stillWorks: string;
  retry: string;
  dataFailed: (status: string) => string;
}

export function mapWords(lang: Language): MapWords {
  const o = say(lang);
  return {
    simpler: m.map_simpler({}, o),
    why: {
      'no-webgl': m.map_why_no_webgl({}, o),
      gpu: m.map_why_gpu({}, o),
      worker: m.map_why_worker({}, o),
      'context-lost': m.map_why_context_lost({}, o),
    },
    noBasemap: m.map_no_basemap({}, o),
    retryBasemap: m.map_retry_basemap({}, o),
    loading: m.map_loading({}, o),
    failed: m.map_failed({}, o),
    notStarted: m.map_not_started({}, o),
    stillWorks: m.map_still_works({}, o),
    retry: m.map_retry({}, o),
    dataFailed: (status) => m.map_data_failed({ status }, o),
  };
}

/** The map's accessible name: the open journey's, or every journey's. */
export function mapLabel(story: Story | null, lang: Language): string {
  const o = say(lang);
  if (!story) return m.map_label_all({}, o);
  const title = localize(story.title, lang).text;
  return story.fiction ? m.map_label_fiction({ title }, o) : m.map_label_story({ title }, o);
}
