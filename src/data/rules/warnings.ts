/** Rules about content warnings (DOMAIN rule 6): flagged text is gated, and gated by its step. */
import type { Diagnostic } from '../diagnostics.ts';
import { WARNING_CUES } from './cues.ts';
import type { Rule } from './context.ts';

export const stepWarningsInStory: Rule = {
  id: 'step-warnings-in-story',
  description: 'Every warning on a step is also in the story’s warnings.',
  check: ({ data, at }) => {
    const story = new Set(data.warnings);
    return data.steps.flatMap((step, i) =>
      [...new Set(step.warnings ?? [])]
        .filter((w) => !story.has(w))
        .map((w) =>
          at(
            ['steps', i, 'warnings'],
            'privacy/warning',
            `the step has the warning "${w}" but the story's warnings do not list it`,
            `"${w}" in the story's warnings at the top of the file`,
          ),
        ),
    );
  },
};

export const excerptWarningsInStep: Rule = {
  id: 'excerpt-warnings-in-step',
  description: 'Every warning on an excerpt is also on its step, so the step is gated.',
  check: ({ excerpts, at }) =>
    excerpts.flatMap(({ step, excerpt, path }) => {
      const stepWarnings = new Set(step.warnings ?? []);
      const own = typeof excerpt === 'string' ? [] : (excerpt.warnings ?? []);
      return own
        .filter((w) => !stepWarnings.has(w))
        .map((w) =>
          at(
            [...path, 'warnings'],
            'privacy/warning',
            `the excerpt has the warning "${w}" but its step does not list it, so the step would not be gated`,
            `"${w}" in the step's warnings`,
          ),
        );
    }),
};

export const excerptCuesWarned: Rule = {
  id: 'excerpt-cues-warned',
  description:
    'An excerpt whose words touch a warned subject sits on a step with that warning (a warning, since words can mean something else).',
  check: ({ excerpts, at }) =>
    excerpts.flatMap(({ step, text, path }): Diagnostic[] => {
      const stepWarnings = new Set(step.warnings ?? []);
      return WARNING_CUES.filter(([w, cue]) => cue.test(text) && !stepWarnings.has(w)).map(
        ([warning]) =>
          at(
            path,
            'privacy/warning-missing',
            `this excerpt mentions ${warning.replace(/-/g, ' ')} but the step has no "${warning}" content warning; flagged text stays collapsed until the reader chooses to see it (DOMAIN rule 6)`,
            `warnings: [${warning}] on the step and in the story's warnings, unless the words mean something else here`,
            'warning',
          ),
      );
    }),
};
