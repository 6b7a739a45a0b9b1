/** What the lesson page says of a journey's length: an estimate, and always called one. */
import type { JourneyIndex, Story } from '../data/types.ts';

/** Words a minute when reading aloud to a class: slower than silent reading. */
const READ_ALOUD_WPM = 130;

/** Minutes to read every excerpt aloud, rounded up; warned passages count too. */
export function readAloudMinutes(story: Story): number {
  const words = story.steps
    .flatMap((step) => step.excerpts)
    .reduce((n, excerpt) => n + excerpt.text.split(/\s+/).filter(Boolean).length, 0);
  return Math.max(1, Math.ceil(words / READ_ALOUD_WPM));
}

/** The glossary entries a story's steps use, in glossary order. */
export function termsOf(index: JourneyIndex, story: Story): JourneyIndex['glossary'] {
  const used = new Set(story.steps.flatMap((step) => step.terms));
  return index.glossary.filter((entry) => used.has(entry.id));
}
