/**
 * Keeps the audience window and the presenter view on the same step, both ways, through a
 * BroadcastChannel named for the story and the session. Each side validates what it hears and
 * ignores anything else; either window can close and the other goes on alone.
 */
import type { Moment } from '../state/moment.svelte.ts';
import type { MomentAdapter } from '../state/instance.svelte.ts';

export interface StateMessage {
  app: 'journey-map';
  kind: 'state';
  sender: string;
  story: string;
  step: number;
  /** Indexes of the warned steps shown so far. */
  revealed: number[];
}

export interface HelloMessage {
  app: 'journey-map';
  kind: 'hello';
  sender: string;
}

export type ChannelMessage = StateMessage | HelloMessage;

export function channelName(story: string, session: string): string {
  return `journey-map:present:${story}:${session}`;
}

const isIndex = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) < 1000;

/** The message, when it is one of ours and well formed; `undefined` for anything else. */
export function parseMessage(data: unknown): ChannelMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.app !== 'journey-map' || typeof m.sender !== 'string' || m.sender.length > 40)
    return undefined;
  if (m.kind === 'hello') return { app: 'journey-map', kind: 'hello', sender: m.sender };
  if (m.kind !== 'state') return undefined;
  if (typeof m.story !== 'string' || m.story.length > 64 || !isIndex(m.step)) return undefined;
  if (!Array.isArray(m.revealed) || m.revealed.length > 1000 || !m.revealed.every(isIndex))
    return undefined;
  return {
    app: 'journey-map',
    kind: 'state',
    sender: m.sender,
    story: m.story,
    step: m.step,
    revealed: [...m.revealed],
  };
}

export interface ChannelAdapter extends MomentAdapter {
  /** False when the browser has no BroadcastChannel: the view says so. */
  readonly supported: boolean;
}

type ChannelLike = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
};

export function syncWithChannel(
  moment: Moment,
  name: string,
  open: ((name: string) => ChannelLike) | undefined = typeof BroadcastChannel === 'function'
    ? (n) => new BroadcastChannel(n)
    : undefined,
): ChannelAdapter {
  if (!open) return { supported: false, write() {}, destroy() {} };
  const sender = Math.random().toString(36).slice(2, 10);
  const channel = open(name);
  let last = '';

  const state = (): StateMessage | undefined => {
    const story = moment.story;
    if (!story) return undefined;
    const revealed = story.steps.filter((s) => !moment.isGated(s)).map((s) => s.index);
    return {
      app: 'journey-map',
      kind: 'state',
      sender,
      story: story.id,
      step: moment.step,
      revealed,
    };
  };
  const key = (m: StateMessage) => `${m.story}/${m.step}/${m.revealed.join(',')}`;
  const send = (force = false) => {
    const message = state();
    if (!message || (!force && key(message) === last)) return;
    last = key(message);
    channel.postMessage(message);
  };

  channel.onmessage = (event) => {
    const message = parseMessage(event.data);
    if (!message || message.sender === sender) return;
    if (message.kind === 'hello') return send(true);
    const story = moment.story;
    if (!story || message.story !== story.id) return;
    // Remember what arrived, so the change it causes is not echoed back.
    last = key(message);
    for (const index of message.revealed) {
      const step = story.steps[index];
      if (step) moment.reveal(step);
    }
    moment.goTo(message.step, 'channel');
  };
  channel.postMessage({ app: 'journey-map', kind: 'hello', sender } satisfies HelloMessage);

  return {
    supported: true,
    write: () => send(),
    destroy: () => {
      channel.onmessage = null;
      channel.close();
    },
  };
}
