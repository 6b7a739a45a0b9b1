/**
 * embed-resize.js: an optional helper for a host page. Every Journey Map iframe on the page gets
 * the height it asks for (`{type: 'journey-map:resize', height}`). No dependencies, under 1 KiB;
 * load it with a plain <script src>. It applies a height only to the frame that sent it.
 */
addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'journey-map:resize' || typeof data.height !== 'number') return;
  const height = Math.round(data.height);
  if (!(height > 0 && height < 10000)) return;
  for (const frame of document.querySelectorAll('iframe'))
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
});
