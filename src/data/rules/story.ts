/** Rules about the story as a whole: its id, the fiction flag, that it has a place at all. */
import { NOT_STATED } from './cues.ts';
import type { Rule } from './context.ts';

export const storyIdMatchesFile: Rule = {
  id: 'story-id-matches-file',
  description: 'The story id is the file name without .yaml.',
  check: ({ data, file, at }) => {
    const expectedId = file
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '');
    return data.id === expectedId
      ? []
      : [
          at(
            ['id'],
            'reference/story',
            `the story id "${data.id}" does not match the file name`,
            `id: ${expectedId}, or rename the file to ${data.id}.yaml`,
          ),
        ];
  },
};

export const fictionFlagsAgree: Rule = {
  id: 'fiction-flags-agree',
  description:
    'A fiction story has a fictional person and consent status "fiction", and only fiction has them.',
  check: ({ data, at }) => [
    ...(data.fiction !== (data.person.name_kind === 'fictional')
      ? [
          at(
            ['fiction'],
            'privacy/fiction',
            data.fiction
              ? 'this story is marked as fiction, but its person is not marked fictional'
              : 'the person is marked fictional, but the story is not marked as fiction',
            'fiction: true together with name_kind: fictional, or neither',
          ),
        ]
      : []),
    ...(data.fiction !== (data.consent.status === 'fiction')
      ? [
          at(
            ['consent', 'status'],
            'privacy/fiction',
            'consent status "fiction" is for fiction, and fiction needs it',
            data.fiction ? 'status: fiction' : 'status: published-by-source or confirmed',
          ),
        ]
      : []),
  ],
};

export const somePlaceStated: Rule = {
  id: 'some-place-stated',
  description: 'At least one step says where it happens, so there is a journey to draw.',
  check: ({ data, at }) =>
    data.steps.every((step) => step.place === NOT_STATED)
      ? [
          at(
            ['steps'],
            'reference/place',
            `no step says where it happens, so there is no journey to draw`,
            'a place on at least one step; a country such as north-korea is enough when the text says no more',
          ),
        ]
      : [],
};
