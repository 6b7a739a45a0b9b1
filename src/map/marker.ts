/**
 * The marker that stands for the person: it travels along the leg to a new step, or jumps
 * there when the reader prefers reduced motion, and rings a few times when it arrives.
 */
import * as maplibregl from 'maplibre-gl';
import along from '@turf/along';
import length from '@turf/length';
import { lineString } from '@turf/helpers';
import type { LngLat, Step, Story } from '../data/types.ts';
// Its CSS is adopted with the map's, into the map's root node (new-map.ts).

/**
 * The marker travels a leg only from one point to the next over a leg whose way is known: on a
 * leg the text does not give, it would pass through countries the text never names.
 */
export function canTravel(from: Step, to: Step): boolean {
  return from.mark === 'point' && to.mark === 'point' && to.leg?.basis !== 'not-stated';
}

const MIN_MS = 700;
const MAX_MS = 2400;

export class MarkerMotion {
  readonly element: HTMLDivElement;
  #marker: maplibregl.Marker;
  #map: maplibregl.Map;
  #frame = 0;
  #added = false;
  #rings = 0;
  #arrivals = 0;
  /** The map has drawn for the first time: rings before that would be frames its load needs. */
  #drawn = false;
  position: LngLat | null = null;
  /** A leg is being travelled; any new step cancels it (for tests, through the test hook). */
  travelling = false;

  constructor(map: maplibregl.Map) {
    this.#map = map;
    this.element = document.createElement('div');
    this.element.className = 'jm-marker';
    // The marker is decoration: the story panel and the route in words say where the person is.
    this.element.setAttribute('aria-hidden', 'true');
    this.#marker = new maplibregl.Marker({ element: this.element });
    map.once('idle', () => (this.#drawn = true));
  }

  /** Longer legs take longer, within bounds that keep the story moving. */
  durationFor(path: LngLat[] | undefined): number {
    if (!path || path.length < 2) return 0;
    const km = length(lineString(path), { units: 'kilometers' });
    return Math.round(Math.min(MAX_MS, MIN_MS + km * 0.25));
  }

  show(color: string, fiction: boolean): void {
    this.element.style.setProperty('--marker-color', color);
    this.element.classList.toggle('fiction', fiction);
    this.element.hidden = false;
  }

  hide(): void {
    this.#stop();
    this.#arrivals++;
    this.element.hidden = true;
  }

  /**
   * Stands the marker at a step, as its place allows: a pin only on a point. On an area step
   * (a river band, a country, a halo) the area itself, highlighted as the current step, is the
   * marker; where the place is not stated, nothing is drawn.
   */
  place(step: Step, story: Pick<Story, 'color' | 'fiction'>): void {
    this.element.dataset.mark = step.mark;
    if (step.mark !== 'point') {
      this.hide();
      return;
    }
    this.show(story.color, story.fiction);
    this.jumpTo(step.anchor);
  }

  jumpTo(point: LngLat): void {
    this.#stop();
    this.#set(point);
    this.#ringWhenStill();
  }

  /**
   * Draws the eye to the marker, a few rings and then rest (see marker.css), once the map has
   * first drawn and the camera has stopped: rings drawn while the map loads or moves are frames
   * the map needs. Only the latest arrival rings.
   */
  #ringWhenStill(): void {
    const arrival = ++this.#arrivals;
    const ring = () => {
      if (arrival === this.#arrivals) this.element.dataset.ring = String(this.#rings++ % 2);
    };
    if (!this.#drawn) this.#map.once('idle', ring);
    else if (this.#map.isMoving()) this.#map.once('moveend', ring);
    else ring();
  }

  travel(path: LngLat[], duration: number): void {
    this.#stop();
    this.travelling = true;
    this.#arrivals++;
    const line = lineString(path);
    const total = length(line, { units: 'kilometers' });
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      // Ease in and out, like the camera.
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      const point = along(line, eased * total, { units: 'kilometers' }).geometry
        .coordinates as LngLat;
      this.#set(t >= 1 ? path[path.length - 1]! : point);
      if (t < 1) this.#frame = requestAnimationFrame(frame);
      else {
        this.travelling = false;
        this.#ringWhenStill();
      }
    };
    this.#frame = requestAnimationFrame(frame);
  }

  #set(point: LngLat): void {
    this.position = point;
    this.#marker.setLngLat(point);
    this.element.dataset.lngLat = `${point[0].toFixed(3)},${point[1].toFixed(3)}`;
    if (!this.#added) {
      this.#marker.addTo(this.#map);
      this.#added = true;
    }
  }

  remove(): void {
    this.#stop();
    this.#marker.remove();
  }

  #stop(): void {
    cancelAnimationFrame(this.#frame);
    this.travelling = false;
  }
}
