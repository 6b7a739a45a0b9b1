import { describe, expect, it } from 'vitest';
import { channelName, parseMessage } from '../../src/present/channel.ts';
import { readMode, sessionFrom, writeMode } from '../../src/present/mode-url.ts';

const state = {
  app: 'journey-map',
  kind: 'state',
  sender: 'a1',
  story: 'bella',
  step: 2,
  revealed: [0],
};

describe('parseMessage(data)', () => {
  it.each([
    { name: 'a state', data: state, ok: true },
    { name: 'a hello', data: { app: 'journey-map', kind: 'hello', sender: 'a1' }, ok: true },
    { name: 'a string', data: 'next', ok: false },
    { name: 'null', data: null, ok: false },
    { name: 'another app', data: { ...state, app: 'other' }, ok: false },
    { name: 'an unknown kind', data: { ...state, kind: 'jump' }, ok: false },
    { name: 'a negative step', data: { ...state, step: -1 }, ok: false },
    { name: 'a fractional step', data: { ...state, step: 1.5 }, ok: false },
    { name: 'no revealed list', data: { ...state, revealed: undefined }, ok: false },
    { name: 'a bad revealed entry', data: { ...state, revealed: ['x'] }, ok: false },
    { name: 'no sender', data: { ...state, sender: 7 }, ok: false },
  ])('parseMessage($name) is $ok', ({ data, ok }) => {
    expect(parseMessage(data) !== undefined).toBe(ok);
  });

  it('parseMessage(state) keeps only the known fields', () => {
    expect(parseMessage({ ...state, extra: '<b>' })).toEqual(state);
  });
});

describe('modes in the URL', () => {
  it.each([
    { search: '?mode=present&story=bella', mode: 'present' },
    { search: '?mode=presenter', mode: 'presenter' },
    { search: '?mode=handout', mode: 'handout' },
    { search: '?mode=other', mode: 'app' },
    { search: '', mode: 'app' },
  ])('readMode($search) is $mode', ({ search, mode }) => {
    expect(readMode(search)).toBe(mode);
  });

  it('writeMode(search, mode, session) sets or removes mode and session, keeping the rest', () => {
    expect(writeMode('?story=bella&step=2', 'present', 'abcd1234')).toBe(
      '?story=bella&step=2&mode=present&session=abcd1234',
    );
    expect(writeMode('?story=bella&mode=present&session=abcd1234', 'app')).toBe('?story=bella');
  });

  it('sessionFrom(search) keeps a well-formed session and makes one otherwise', () => {
    expect(sessionFrom('?session=abcd1234')).toBe('abcd1234');
    expect(sessionFrom('?session=<x>')).toMatch(/^[a-z0-9]{4,32}$/);
    expect(sessionFrom('')).toMatch(/^[a-z0-9]{4,32}$/);
    expect(channelName('bella', 'abcd1234')).toBe('journey-map:present:bella:abcd1234');
  });
});
