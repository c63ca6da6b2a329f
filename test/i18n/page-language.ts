/**
 * What the language tests read: a message table's leaves, the text a person meets in a page, the
 * English sentences a table says otherwise, and which language tables a page fetched.
 */
import { en, type Messages } from '../../src/i18n/en.js';

/** A message table's strings and sentence functions, by their dotted key (`certList.downloadZip`). */
export type Leaf = string | ((...args: unknown[]) => unknown);

export function leaves(table: object, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(table) as [string, unknown][]) {
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
    else found.set(`${prefix}${key}`, value as Leaf);
  }
  return found;
}

/** The text a person meets in `root` and every shadow root below it: text, and what assistive technology reads. */
export function shownText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'])
        if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const MARKERS = ['Ωalpha', 'Ωbeta', 'Ωgamma', 'Ωdelta'];
/** The fixed pieces of a sentence: the string itself, or a function's text between its arguments. */
function pieces(value: Leaf | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  try {
    const out = value(...MARKERS.slice(0, Math.max(value.length, 1)));
    return typeof out === 'string' ? out.split(/Ωalpha|Ωbeta|Ωgamma|Ωdelta/).map((p) => p.trim()) : [];
  } catch {
    return [];
  }
}

/** English sentences of 12 characters or more that `table` says otherwise (product names and the like say the same), with their keys. */
export function englishSentences(table: Messages): Map<string, string> {
  const own = leaves(table);
  const sentences = new Map<string, string>();
  for (const [key, value] of leaves(en)) {
    const theirs = new Set(pieces(own.get(key)));
    for (const piece of pieces(value)) if (piece.length >= 12 && !theirs.has(piece)) sentences.set(piece, key);
  }
  return sentences;
}

/** The English sentences `table` says otherwise that stand in `text`, as `key: "sentence"`. */
export function englishLeftIn(text: string, table: Messages): string[] {
  return [...englishSentences(table)]
    .filter(([sentence]) => text.includes(sentence))
    .map(([s, key]) => `${key}: "${s}"`);
}

/** The language table a fetched path is (`/src/i18n/fr.ts` is `fr`), English and its parts aside. */
export function tableOf(path: string): string | undefined {
  const tag = /\/src\/i18n\/([a-z]{2,3}(?:-[a-z0-9]+)?)\.(?:ts|js)$/i.exec(path)?.[1];
  return tag && !/^en(-|$)/i.test(tag) ? tag : undefined;
}
