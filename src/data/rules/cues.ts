/** Words and values several rules (and the importers) look for. */
import type { Warning } from '../types.ts';

/** The place of a step whose text does not say where. */
export const NOT_STATED = 'not-stated';

/**
 * Words that touch a warned subject (DOMAIN rule 6): in an excerpt they call for a content
 * warning on its step; in a title, summary or heading, for a neutral form shown by default.
 */
export const WARNING_CUES: [Warning, RegExp][] = [
  ['starvation', /\b(starv\w*|famine)\b/i],
  ['human-trafficking', /\b(sold|trafficked|trafficking)\b/i],
  ['suicide', /\bsuicid\w*/i],
  ['imprisonment', /\b(prison\w*|imprisoned|jail\w*|detention)\b/i],
  [
    'death-of-parent',
    /\b(mother|father|parent|mom|dad)\b[^.]*\b(died|dies|death|killed)\b|\b(died|death)\b[^.]*\b(mother|father|parent)\b/i,
  ],
  ['child-abandonment', /\b(orphan\w*|on the streets|homeless|abandon\w*)\b/i],
];

/** Never quoted, whatever the story: how someone might end their life (WHO guidance). */
export const SUICIDE_METHOD =
  /\b(poison\w*|razor\w*|overdose\w*|hang(ed|ing) (him|her|them)sel\w+)\b/i;

/** The warned subjects a text's words touch, in the order of WARNING_CUES. */
export function cuesIn(text: string): Warning[] {
  return WARNING_CUES.filter(([, cue]) => cue.test(text)).map(([warning]) => warning);
}
