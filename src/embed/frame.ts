/**
 * The iframe's page (`embed.html?story=&step=&lang=&theme=&controls=&allow-origins=…`): the same
 * widget as the element, alone in its page. It posts what happens to the host page with the
 * element's event names and payloads, asks for its height (`journey-map:resize`; the optional
 * `embed-resize.js` applies it), and obeys `go`, `next` and `previous` only from the origins
 * in `allow-origins`. Anything else sent to it is ignored without a word.
 */
import { optionsFromSearch } from './options.ts';
import { parseCommand, type EventName } from './messages.ts';
import { preferredHeight } from './size.ts';
import { Widget } from './widget.ts';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element');
target.textContent = '';
const options = optionsFromSearch(location.search);
const framed = window.parent !== window;

/** Events go to the allowed origins when there are some, else to whoever embeds the frame. */
function post(name: EventName, detail: object): void {
  if (!framed) return;
  const message = { type: name, ...detail };
  const origins = options.allowOrigins.length > 0 ? options.allowOrigins : ['*'];
  for (const origin of origins) window.parent.postMessage(message, origin);
}

const widget = new Widget(
  {
    root: target,
    watched: target,
    // The host page's URL is not the frame's to read; its referrer would be, but none is sent.
    hostSearch: () => location.search,
    emit: post,
    url: 'replace',
    ownsPage: true,
  },
  options,
);

window.addEventListener('message', (event) => {
  if (!options.allowOrigins.includes(event.origin)) return;
  const command = parseCommand(event.data);
  if (!command) return;
  if (command.type === 'journey-map:go') widget.go(command.story, command.step);
  else if (command.type === 'journey-map:next') widget.next();
  else widget.previous();
});

// The height the frame would like for its width; the host page decides whether to give it.
let asked = 0;
new ResizeObserver(() => {
  const height = preferredHeight(document.documentElement.clientWidth, options);
  if (height === asked) return;
  asked = height;
  post('journey-map:resize', { height });
}).observe(document.documentElement);
