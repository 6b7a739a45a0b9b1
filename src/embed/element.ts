/**
 * `<journey-map>`: the app as a custom element, for any page, loaded with one
 * `<script type="module" src=".../journey-map.js">`. It draws in its own shadow root, so the
 * host page's CSS cannot reach it nor its CSS the page; it never touches the page's URL or
 * history, hears keys only while it has focus, and defines no global but the element itself.
 * Its files (code, fonts, data) are found from this script's own URL (`import.meta.url`, which
 * the build uses for every asset), so it works from another origin.
 *
 * Attributes (see options.ts): story, step, lang, theme, controls, min-height, max-height,
 * cta-label, cta-href, cta. Events: journey-map:ready, :step, :complete, :cta (bubbling and
 * composed, payload in `detail`). Methods: go(story, step), next(), previous().
 */
import { adoptCss } from '../app/adopt.ts';
import { ATTRIBUTES, readOptions, type EmbedOptions } from './options.ts';
import { HOST_CSS } from './embed-css.ts';
import { Widget } from './widget.ts';

class JourneyMapElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];
  #widget: Widget | undefined;

  connectedCallback(): void {
    if (this.#widget) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptCss(root, 'jm-host', HOST_CSS);
    const options = this.#options();
    this.#size(options);
    this.#widget = new Widget(
      {
        root,
        watched: this,
        hostSearch: () => location.search,
        emit: (name, detail) =>
          this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })),
        url: 'off',
        ownsPage: false,
      },
      options,
    );
  }

  disconnectedCallback(): void {
    // Moved within the page, it is connected again at once: keep it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#widget) return;
      this.#widget.destroy();
      this.#widget = undefined;
    });
  }

  attributeChangedCallback(): void {
    if (!this.#widget) return;
    const options = this.#options();
    this.#size(options);
    this.#widget.update(options);
  }

  /** Opens a journey (or the overview, with `null`) at a step, counted from 0. */
  go(story: string | null, step = 0): void {
    this.#widget?.go(story, step);
  }

  next(): void {
    this.#widget?.next();
  }

  previous(): void {
    this.#widget?.previous();
  }

  #options(): EmbedOptions {
    return readOptions((name) => this.getAttribute(name));
  }

  #size(options: EmbedOptions): void {
    this.style.setProperty('--jm-min-height', options.minHeight);
    this.style.setProperty('--jm-max-height', options.maxHeight);
  }
}

if (!customElements.get('journey-map')) customElements.define('journey-map', JourneyMapElement);
