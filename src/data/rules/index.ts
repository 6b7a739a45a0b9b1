/**
 * Every rule a story is checked by beyond the schema, one function each. `compile.ts` runs them
 * all and reports every diagnostic at once; `docs/authoring.md` explains them.
 */
import type { Rule } from './context.ts';
import { dateFitsPrecision, statedDateInText } from './dates.ts';
import { legStartKnown } from './legs.ts';
import {
  borderCrossedAtRiver,
  firstStepHasNoLeg,
  hiddenPlaceCoarse,
  moveHasLeg,
  placeKnown,
  stepIdsUnique,
} from './places.ts';
import {
  excerptSourceHasText,
  excerptVerbatim,
  noSuicideMethod,
  translationsQuoted,
} from './quotes.ts';
import { sourceIdsUnique, sourceReferencesKnown, sourceTextExists } from './sources.ts';
import { citedFromOutsideSource, outsideSourceLinked, statedNeedsText } from './outside.ts';
import { excerptInSection, sectionFound } from './sections.ts';
import { neutralTextFirst, shortNameFromName } from './text.ts';
import { fictionFlagsAgree, somePlaceStated, storyIdMatchesFile } from './story.ts';
import {
  fictionNotesSaySo,
  questionsAsk,
  teachingAddsNoFacts,
  teachingSummaryNeutral,
} from './teaching.ts';
import { excerptCuesWarned, excerptWarningsInStep, stepWarningsInStory } from './warnings.ts';

export type { Rule, RuleContext } from './context.ts';
export { createContext, runRules } from './context.ts';

export const RULES: Rule[] = [
  storyIdMatchesFile,
  fictionFlagsAgree,
  somePlaceStated,
  sourceIdsUnique,
  sourceTextExists,
  sourceReferencesKnown,
  stepIdsUnique,
  placeKnown,
  borderCrossedAtRiver,
  firstStepHasNoLeg,
  moveHasLeg,
  hiddenPlaceCoarse,
  legStartKnown,
  dateFitsPrecision,
  statedDateInText,
  stepWarningsInStory,
  excerptWarningsInStep,
  excerptCuesWarned,
  excerptSourceHasText,
  excerptVerbatim,
  noSuicideMethod,
  translationsQuoted,
  neutralTextFirst,
  shortNameFromName,
  citedFromOutsideSource,
  statedNeedsText,
  outsideSourceLinked,
  sectionFound,
  excerptInSection,
  teachingAddsNoFacts,
  questionsAsk,
  fictionNotesSaySo,
  teachingSummaryNeutral,
];
