/**
 * What the bench's map pages share: reading their query and sizing the map to the app's, so
 * every page draws the same number of pixels.
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The page's `.map`, sized by the bench's `w` and `h` to the app's map. */
export function sizedContainer(params: URLSearchParams): HTMLElement {
  const container = document.querySelector<HTMLElement>('.map')!;
  const width = Number(params.get('w'));
  const height = Number(params.get('h'));
  if (width > 0 && height > 0) {
    container.style.width = `${width}px`;
    container.style.height = `${height}px`;
  }
  return container;
}
