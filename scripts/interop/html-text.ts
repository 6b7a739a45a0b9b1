/**
 * Plain text from the HTML other story tools store (StoryMapJS and TimelineJS keep slide text
 * as HTML). parse5 reads it as a browser would, so odd markup, comments, scripts and every
 * named entity are handled; we keep only the words, with paragraphs as blank lines.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { MARKUP } from '../../src/data/schema.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Elements whose content is never text for readers. */
const SKIP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
]);
/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'pre',
  'hr',
  'address',
  'cite',
]);

/**
 * Characters that would make a story file fail to load (controls, invisible and bidirectional
 * formatting), as the validator refuses them in files.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g;

function walk(node: Node, out: string[]): void {
  if (node.nodeName === '#text') {
    out.push((node as DefaultTreeAdapterTypes.TextNode).value);
    return;
  }
  if (!('tagName' in node)) return; // comments and doctypes
  const tag = node.tagName.toLowerCase();
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n\n');
  for (const child of node.childNodes) walk(child, out);
  if (block) out.push('\n\n');
}

/** One pass: HTML to text, whitespace tidied. */
function once(html: string): string {
  const out: string[] = [];
  for (const node of parseFragment(html).childNodes) walk(node, out);
  return tidy(out.join(''));
}

/** Spaces collapsed within lines, paragraphs separated by one blank line. */
export function tidy(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The readable text of an HTML fragment. Text that was escaped twice (`&amp;lt;b&amp;gt;`)
 * still looks like markup after one pass, so it is read again, a few times at most.
 */
export function htmlToText(html: string): string {
  let text = once(html);
  for (let i = 0; i < 3 && MARKUP.test(text); i++) text = once(text);
  return text;
}

/** Whether a string holds any markup, for the import report. */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}
