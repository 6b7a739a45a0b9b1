/** Rules about dates: a value that fits its precision, and "stated" only where a text says it. */
import { DATE_FORMATS, parseDateValue, SEASONS, yearOf } from '../dates.ts';
import type { Rule } from './context.ts';

export const dateFitsPrecision: Rule = {
  id: 'date-fits-precision',
  description: 'A date’s value is written as its precision needs, e.g. 2006 for a year.',
  check: ({ data, at }) =>
    data.steps.flatMap((step, i) => {
      const date = step.time.date;
      if (date === 'unknown' || parseDateValue(date.value, date.precision) !== null) return [];
      return [
        at(
          ['steps', i, 'time', 'date', 'value'],
          'schema/date',
          date.value === undefined
            ? `a date with precision ${date.precision} needs a value`
            : `the date "${date.value}" does not fit precision ${date.precision}`,
          DATE_FORMATS[date.precision],
        ),
      ];
    }),
};

export const statedDateInText: Rule = {
  id: 'stated-date-in-text',
  description:
    'A date marked stated, from a source with a text, is given by the step’s excerpts or its "said".',
  check: ({ data, sources, mainSource, at }) =>
    data.steps.flatMap((step, i) => {
      const date = step.time.date;
      if (date === 'unknown' || date.basis !== 'stated' || !date.value) return [];
      const dateSource = date.source ? sources.get(date.source) : mainSource;
      if (!dateSource?.text) return [];
      const said = [
        ...step.excerpts.map((e) => (typeof e === 'string' ? e : e.text)),
        typeof step.time.said === 'string' ? step.time.said : (step.time.said?.en ?? ''),
      ].join(' ');
      const year = yearOf(date.value);
      const season = SEASONS.find((s) => date.value!.endsWith(s));
      const supported =
        (!year || said.includes(year)) && (!season || said.toLowerCase().includes(season));
      return supported
        ? []
        : [
            at(
              ['steps', i, 'time', 'date', 'basis'],
              'privacy/stated-date',
              `this date is marked as stated, but neither the step's excerpts nor its "said" text give "${date.value}"`,
              'basis: estimated or derived, or a source that gives the date',
            ),
          ];
    }),
};
