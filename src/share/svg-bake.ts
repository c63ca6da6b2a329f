/**
 * Open Badges in SVG files: `<openbadges:assertion>` (2.0, namespace `http://openbadges.org`) and
 * `<openbadges:credential>` (3.0, namespace `https://purl.imsglobal.org/ob/v3p0`), each with the
 * JSON in a CDATA body and/or a `verify` attribute (a URL or a compact JWS). Works on the text, so
 * it needs no DOMParser (a Trusted Types sink under the strict CSP the widgets support).
 */

export type SvgOpenBadgeVersion = '2.0' | '3.0';

export const SVG_NAMESPACES: Record<SvgOpenBadgeVersion, string> = {
  '2.0': 'http://openbadges.org',
  '3.0': 'https://purl.imsglobal.org/ob/v3p0',
};
const ELEMENT_NAMES: Record<SvgOpenBadgeVersion, string> = { '2.0': 'assertion', '3.0': 'credential' };

/** What a baked SVG holds: the `verify` attribute and the element's text (CDATA or escaped), either may be absent. */
export interface SvgOpenBadge {
  version: SvgOpenBadgeVersion;
  verify: string | null;
  body: string | null;
}

/** The text is no SVG document (no `<svg>` root element). */
export class SvgFormatError extends Error {
  override name = 'SvgFormatError';
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ROOT = /<svg(?=[\s/>])((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;

interface Found extends SvgOpenBadge {
  start: number;
  end: number;
}

interface Root {
  start: number;
  end: number;
  attributes: Map<string, string>;
  selfClosing: boolean;
}

export function isSvg(text: string): boolean {
  return findRoot(mask(text)) !== null;
}

/** The Open Badges element in an SVG document; `null` when it has none. */
export function readSvgOpenBadge(svg: string): SvgOpenBadge | null {
  const found = findOpenBadgeElements(svg)[0];
  return found ? { version: found.version, verify: found.verify, body: found.body } : null;
}

/**
 * The SVG with one Open Badges element as the root's first child and the `openbadges` prefix bound
 * to the namespace of `version` on the root; any Open Badges element it had is replaced.
 * `body` (the JSON) goes in a CDATA section; `verify` in the attribute.
 */
export function bakeSvg(
  svg: string,
  version: SvgOpenBadgeVersion,
  content: { verify?: string | null; body?: string | null },
): string {
  let text = svg;
  for (const found of findOpenBadgeElements(text).reverse()) text = text.slice(0, found.start) + text.slice(found.end);
  const root = findRoot(mask(text));
  if (!root) throw new SvgFormatError('Not an SVG document.');
  const attributes = new Map(root.attributes);
  attributes.set('xmlns:openbadges', SVG_NAMESPACES[version]);
  if (!attributes.has('xmlns')) attributes.set('xmlns', 'http://www.w3.org/2000/svg');
  const startTag = `<svg${[...attributes].map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('')}>`;
  const name = `openbadges:${ELEMENT_NAMES[version]}`;
  const verify = content.verify ? ` verify="${escapeXml(content.verify)}"` : '';
  const element = content.body
    ? `<${name}${verify}><![CDATA[${content.body.replaceAll(']]>', ']]]]><![CDATA[>')}]]></${name}>`
    : `<${name}${verify}/>`;
  const rest = root.selfClosing ? '</svg>' : '';
  return `${text.slice(0, root.start)}${startTag}\n  ${element}${rest}${text.slice(root.end)}`;
}

function findOpenBadgeElements(svg: string): Found[] {
  const masked = mask(svg);
  const root = findRoot(masked);
  if (!root) throw new SvgFormatError('Not an SVG document.');
  const found: Found[] = [];
  const start = /<([^\s=/>:]+):(assertion|credential)(?=[\s/>])((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (let match = start.exec(masked); match; match = start.exec(masked)) {
    const [tag, prefix = '', local = '', attributeText = '', selfClosing] = match;
    const attributes = parseAttributes(attributeText);
    const namespace = attributes.get(`xmlns:${prefix}`) ?? root.attributes.get(`xmlns:${prefix}`);
    const version = (Object.keys(SVG_NAMESPACES) as SvgOpenBadgeVersion[]).find(
      (v) => SVG_NAMESPACES[v] === namespace && ELEMENT_NAMES[v] === local,
    );
    if (!version) continue;
    let end = match.index + tag.length;
    let body: string | null = null;
    if (!selfClosing) {
      const close = masked.indexOf(`</${prefix}:${local}`, end);
      const closeEnd = close < 0 ? -1 : masked.indexOf('>', close);
      if (closeEnd < 0) continue;
      body = elementText(svg.slice(end, close)).trim() || null;
      end = closeEnd + 1;
      start.lastIndex = end;
    }
    found.push({ version, verify: attributes.get('verify')?.trim() || null, body, start: match.index, end });
  }
  return found;
}

function findRoot(masked: string): Root | null {
  const match = ROOT.exec(masked);
  if (!match) return null;
  return {
    start: match.index,
    end: match.index + match[0].length,
    attributes: parseAttributes(match[1] ?? ''),
    selfClosing: match[2] === '/',
  };
}

/** Comments and CDATA blanked out (same length), so that tags are only found where they are tags. */
function mask(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single] of text.matchAll(ATTRIBUTE))
    attributes.set(name, decodeEntities(double ?? single ?? ''));
  return attributes;
}

/** The character data of an element: CDATA sections as they are, other text with entities decoded, tags dropped. */
function elementText(inner: string): string {
  let out = '';
  for (const [, cdata, text] of inner.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)|<[^>]*>/g)) {
    if (cdata !== undefined) out += cdata;
    else if (text !== undefined) out += decodeEntities(text);
  }
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? m;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
