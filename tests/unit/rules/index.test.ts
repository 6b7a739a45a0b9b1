import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/data/rules/index.ts';
import * as dates from '../../../src/data/rules/dates.ts';
import * as legs from '../../../src/data/rules/legs.ts';
import * as places from '../../../src/data/rules/places.ts';
import * as quotes from '../../../src/data/rules/quotes.ts';
import * as sources from '../../../src/data/rules/sources.ts';
import * as storyRules from '../../../src/data/rules/story.ts';
import * as warnings from '../../../src/data/rules/warnings.ts';
import * as text from '../../../src/data/rules/text.ts';
import * as sections from '../../../src/data/rules/sections.ts';
import * as outside from '../../../src/data/rules/outside.ts';
import * as teaching from '../../../src/data/rules/teaching.ts';

const modules = {
  dates,
  legs,
  places,
  quotes,
  sources,
  storyRules,
  warnings,
  text,
  sections,
  outside,
  teaching,
};

describe('RULES', () => {
  it('RULES has one entry a rule, each with a unique id and a one-line description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description).toMatch(/^[A-Z`].*\.$/);
      expect(rule.description).not.toContain('\n');
    }
  });

  it('RULES holds every rule the rule modules export', () => {
    const exported = Object.values(modules).flatMap((m) =>
      Object.values(m).filter(
        (v): v is (typeof RULES)[number] =>
          typeof v === 'object' && v !== null && 'check' in v && 'id' in v,
      ),
    );
    expect(new Set(RULES)).toEqual(new Set(exported));
  });
});
