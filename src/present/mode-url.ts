/** The classroom modes as the URL writes them: `?mode=present&session=…`. */
export const MODES = ['app', 'present', 'presenter', 'handout', 'lesson'] as const;
export type Mode = (typeof MODES)[number];

export function readMode(search: string): Mode {
  const mode = new URLSearchParams(search).get('mode');
  return (MODES as readonly string[]).includes(mode ?? '') ? (mode as Mode) : 'app';
}

/** The URL's search with `mode` (and, for presenting, `session`) set or removed. */
export function writeMode(search: string, mode: Mode, session?: string): string {
  const params = new URLSearchParams(search);
  if (mode === 'app') {
    params.delete('mode');
    params.delete('session');
  } else params.set('mode', mode);
  if (session && mode !== 'app') params.set('session', session);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A session id from the URL, or a new one: it names the channel two windows share. */
export function sessionFrom(search: string): string {
  const given = new URLSearchParams(search).get('session');
  if (given && /^[a-z0-9]{4,32}$/.test(given)) return given;
  return Math.random().toString(36).slice(2, 10).padEnd(4, '0');
}
