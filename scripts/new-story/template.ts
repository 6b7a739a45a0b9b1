/**
 * The story a new author starts from. It validates as it stands: its one excerpt quotes the
 * source text file written beside it, so the author's first edit (pasting the real source)
 * makes the validator point at every excerpt still to be replaced.
 */

export const STORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The words the placeholder excerpt quotes from the placeholder source text. */
const PLACEHOLDER_QUOTE = 'Replace this excerpt with words copied exactly from the source text.';

export function placeholderSource(id: string): string {
  return [
    `Paste the text of the source of the story "${id}" here, exactly as it was published,`,
    'replacing all of these lines. Keep it as plain text: no HTML.',
    PLACEHOLDER_QUOTE,
    '',
  ].join('\n');
}

/** A story id made from a name someone typed: "Kim Min" gives "kim-min". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** The first sentence of a text, to quote when the author has already pasted the source. */
export function firstSentence(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  const end = flat.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? flat : flat.slice(0, end + 1);
  if (sentence.length <= 300) return sentence;
  // A long first sentence: quote its first words, cut at a space.
  return sentence.slice(0, 300).replace(/\s+\S*$/, '');
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export interface TemplateOptions {
  /** ISO date of the first entry in the corrections log. */
  today: string;
  /** The source text, when the author has already put one in data/sources/<id>.txt. */
  sourceText?: string;
}

export function storyTemplate(id: string, { today, sourceText }: TemplateOptions): string {
  const name = id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  const quote = (sourceText !== undefined && firstSentence(sourceText)) || PLACEHOLDER_QUOTE;
  return `# ${name}'s story. Made by \`npm run new-story\`; the format is explained in docs/authoring.md.
#
# To fill it in:
#   1. Paste the source text, exactly as published, into data/sources/${id}.txt.
#   2. Fill in each field below. Every excerpt must be copied word for word from that text.
#   3. Run \`npm run validate -- data/stories/${id}.yaml\` and fix what it reports.
#
# Add nothing the sources do not say. Where they are silent, write not-stated (for a place)
# or unknown (for a date); the app then shows "not stated" instead of guessing.
id: ${id}
title: { en: ${yamlString(`${name}: a journey`)} }
person:
  # The name exactly as the source publishes it. Never add a surname or other detail.
  name: ${yamlString(name)}
  # short_name: a shorter label for the timeline and buttons, made of words of the name.
  # pseudonym, first-name, public (a name the person uses in public) or fictional.
  name_kind: pseudonym
# true only for a work of fiction; then name_kind is fictional and consent status is fiction.
fiction: false
# A title, summary or heading that touches a warned subject (such as "sold" or "his father
# died") is shown only after the warning: give it as { neutral: …, full: … }, with a neutral
# form shown first. npm run validate says where one is needed.
summary:
  en: >-
    One to three sentences in your own words: where the journey starts, what happens and where
    it ends, saying only what the source says.
# Content warnings for the whole story, from: starvation, death-of-parent, human-trafficking,
# suicide, imprisonment, child-abandonment. Each step lists its own warnings too.
warnings: []
sources:
  # The first source is the story's own text; excerpts cite it unless they say otherwise.
  - id: ${id}-source
    title: Title of the source, as published
    publisher: Who published it
    # url: https://example.org/the-story
    # published: 2025-03-06
    text: ${id}.txt
    # When the file holds several people's stories, the part that is this person's:
    # section: { heading: The line where it starts, until: The line where the next begins }
  # A fact from an outside source (a public profile, with a link): cite it with
  # basis: cited and source: <its id> on the date, or place_source: <its id> on the step.
  # - id: profile
  #   title: Title of the page
  #   publisher: Who published it
  #   url: https://example.org/profile
consent:
  # published-by-source, confirmed (the person agreed to this use) or fiction.
  status: published-by-source
  note: >-
    How the story was published and whether the person was asked. Replace this text.
  removal_contact: The Journey Map maintainers (see "Corrections and removal" in README.md).
corrections:
  - date: ${today}
    note: First version.
# For teachers (presenter view, lesson page and handout). Our words: they ask and explain, and
# never add a date, name or place the source does not give. Fiction's notes say it is fiction.
teaching:
  # One line on what the story contains, in neutral words (the warnings are listed beside it).
  summary: What the story tells, in one line. Replace this text.
  # The youngest age it suits, such as 13+, or a band such as 12–15.
  age: '13+'
  notes: >-
    Speaker notes for the whole story: what the text says and does not say. Replace this text.
  # Two to four questions for the class: choices, risks, identity, names.
  questions:
    - What choices did this person have?
    - What risks did they take?

steps:
  - id: start
    heading: Where the journey starts
    # A place id from data/gazetteer.yaml, or not-stated. To add a place, see docs/authoring.md.
    place: north-korea
    time:
      # said: the time in the source's own words, such as "winter, age 9 or 10"
      # date: unknown, or { value: '2006', precision: year, basis: estimated }
      #   basis: stated (the text gives it), derived, estimated, or cited (with source:)
      date: unknown
    excerpts:
      - ${yamlString(quote)}
    # context: Your own words, kept apart from the quotes, such as why a place is inferred.
    # notes: Speaker notes for this step, shown only to the teacher.
    # warnings: [starvation]

  # The next step: copy this block, remove the # signs and fill it in.
  # - id: crossing
  #   heading: Across the river
  #   # or, when the heading touches a warned subject:
  #   # heading: { neutral: Across the river, full: Across the river, and sold }
  #   place: nk-china-border
  #   time:
  #     date: unknown
  #   leg:
  #     mode: unknown       # foot, river, train, bus, car, air or unknown
  #     basis: stated       # stated, inferred or typical
  #   excerpts:
  #     - Words copied exactly from the source text.
`;
}
