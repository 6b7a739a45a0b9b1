/**
 * The embed's own frame round the app: its tokens (light and dark), its height bounds, the
 * minimal controls and the call-to-action bar. Kept in the widget's root like the app's sheet.
 */
export const EMBED_CSS = `
.jm-embed {
  --jm-text: #1f1d1a;
  --jm-muted: #5f5a52;
  --jm-surface: #fffdf9;
  --jm-accent: #0b5fa5;
  --jm-fiction: #7b3fa0;
  --jm-fiction-bg: #f3ebf8;
  box-sizing: border-box;
  position: relative;
  width: 100%;
  height: 100%;
  display: flex;
  flex-direction: column;
  container: jm-embed / inline-size;
  font: 16px/1.5 'Noto Sans', 'Noto Sans KR', system-ui, sans-serif;
  color: var(--jm-text);
  background: var(--jm-surface);
  text-align: left;
}
.jm-embed[data-theme='dark'] {
  --jm-text: #f1ede5;
  --jm-muted: #c9c1b3;
  --jm-surface: #1d1f22;
  --jm-accent: #7cb8f0;
  --jm-fiction: #d6b0ec;
  --jm-fiction-bg: #3a2a45;
}
.jm-embed[data-theme='dark'] .journey-map {
  --text: #f1ede5;
  --muted: #c9c1b3;
  --surface: #1d1f22;
  --surface-raised: #26292d;
  --page: #151618;
  --border: #44464a;
  --band: #26292d;
  --accent: #7cb8f0;
  --focus: #7cb8f0;
  --fiction: #d6b0ec;
  --fiction-bg: #3a2a45;
  --estimate: #f0c274;
  --warning-bg: #4a3a12;
  --warning-fg: #ffe6a8;
}
.jm-embed[data-theme='dark'] .jm-poster-start { color: #111; }
.jm-embed-stage { position: relative; flex: 1; min-height: 0; }
.jm-embed-stage > .journey-map { height: 100%; }
/* Minimal: the map and the story, without the timeline or the classroom buttons. */
.jm-embed[data-controls='minimal'] .timeline-area,
.jm-embed[data-controls='minimal'] .present-button { display: none; }
.jm-embed-cta {
  display: flex;
  justify-content: center;
  padding: 0.5em;
  border-top: 1px solid #d9d2c5;
  background: var(--jm-surface);
}
.jm-embed-cta[hidden] { display: none; }
.jm-embed-cta-link {
  display: inline-block;
  padding: 0.4em 1.2em;
  border-radius: 0.4em;
  background: var(--jm-accent);
  color: #fff;
  font-weight: 600;
  text-decoration: none;
}
.jm-embed[data-theme='dark'] .jm-embed-cta-link { color: #111; }
.jm-embed-cta-link:focus-visible { outline: 3px solid var(--jm-accent); outline-offset: 2px; }
`;

/** The element's host box: as wide as its container, as tall as its bounds allow. */
export const HOST_CSS = `
:host {
  display: block;
  position: relative;
  width: 100%;
  aspect-ratio: 16 / 10;
  min-height: var(--jm-min-height, 420px);
  max-height: var(--jm-max-height, 900px);
  contain: content;
}
:host([hidden]) { display: none; }
`;
