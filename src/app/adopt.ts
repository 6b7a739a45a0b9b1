/**
 * Puts a stylesheet into the root node an element lives in: the document, or the shadow root
 * that hides the element from the document's own styles. Each sheet is parsed once per
 * document and shared by every root that adopts it; adopting twice changes nothing.
 */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

export type StyleRoot = Document | ShadowRoot;

/** The document or shadow root a node is (or will be) drawn in. */
export function styleRootOf(node: Node): StyleRoot {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : (node.ownerDocument ?? document);
}

export function adoptCss(root: StyleRoot, name: string, css: string): void {
  const doc = root instanceof ShadowRoot ? root.ownerDocument : root;
  const constructible =
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype;
  if (!constructible) {
    const parent = root instanceof ShadowRoot ? root : doc.head;
    if (parent.querySelector(`style[data-journey-map-css="${name}"]`)) return;
    const style = doc.createElement('style');
    style.dataset.journeyMapCss = name;
    style.textContent = css;
    parent.append(style);
    return;
  }
  let byName = sheets.get(doc);
  if (!byName) sheets.set(doc, (byName = new Map()));
  let sheet = byName.get(name);
  if (!sheet) {
    const view = doc.defaultView ?? window;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    byName.set(name, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
