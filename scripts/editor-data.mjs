// Editor data from custom-elements.json, run by `npm run analyze` right after the analyzer:
// - vscode.html-custom-data.json, VS Code's HTML custom data (the `html.customData` setting);
// - web-types.json, JetBrains Web Types (named by `web-types` in package.json).
// Usage: node scripts/editor-data.mjs [dir]  (reads dir/custom-elements.json, writes both files beside it;
// the package root by default). package.json gives the name, version and documentation link.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_TYPES_SCHEMA = 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json';

/** The custom element classes of a manifest, in tag order. */
export function customElements(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `'owner' | 'shared'` -> ['owner', 'shared']; undefined for any other type. */
function literalUnion(text) {
  const parts = (text ?? '').split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/** The words an attribute takes: one of a closed set, or (`tokenList`) several of one, space-separated. */
function attributeValues(attribute) {
  return attribute.tokenList ?? literalUnion(attribute.type?.text);
}

const withDefault = (prop) => (prop.default ? `${prop.description} Default: \`${prop.default}\`.` : prop.description);

/** An attribute's default as written in HTML: `'owner'` -> `owner`; none for null. */
function htmlDefault(attribute) {
  const value = attribute.default;
  if (value === undefined || value === 'null') return undefined;
  return /^'[^']*'$/.test(value) ? value.slice(1, -1) : value;
}

/** An element's description, then what the attribute list cannot say: events, parts, custom properties. */
function elementMarkdown(element) {
  const list = (title, items, line) =>
    items?.length ? [`**${title}**`, ...items.map((item) => `- ${line(item)}`)].join('\n') : '';
  return [
    element.description ?? element.summary ?? '',
    list('Events', element.events, (e) => `\`${e.name}\` (\`${e.type.text}\`): ${e.description}`),
    list('Slots', element.slots, (s) => `\`${s.name || '(default)'}\`: ${s.description}`),
    list('CSS parts', element.cssParts, (p) => `\`::part(${p.name})\`: ${p.description}`),
    list('CSS custom properties', element.cssProperties, (p) => `\`${p.name}\`: ${withDefault(p)}`),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** VS Code's HTML custom data, format version 1.1. */
export function vscodeCustomData(manifest, pkg) {
  return {
    version: 1.1,
    tags: customElements(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementMarkdown(element) },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = attributeValues(attribute);
        return {
          name: attribute.name,
          description: attribute.description,
          ...(values && { values: values.map((name) => ({ name })) }),
        };
      }),
      ...(pkg.homepage && { references: [{ name: `${pkg.name} documentation`, url: pkg.homepage }] }),
    })),
  };
}

/** Web Types (JetBrains), the framework-agnostic `html` contributions. */
export function webTypes(manifest, pkg) {
  const named = (items) => (items ?? []).map(({ name, description }) => ({ name, description }));
  return {
    $schema: WEB_TYPES_SCHEMA,
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: customElements(manifest).map((element) => ({
          name: element.tagName,
          description: element.description ?? element.summary,
          ...(pkg.homepage && { 'doc-url': pkg.homepage }),
          // The symbol is exported by the package's main entry.
          source: { symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = attribute.tokenList;
            return {
              name: attribute.name,
              description: values
                ? `${attribute.description}\n\nWords: ${values.map((v) => `\`${v}\``).join(', ')}.`
                : attribute.description,
              ...(htmlDefault(attribute) !== undefined && { default: htmlDefault(attribute) }),
              // An attribute's value is a string; a missing attribute is the property's null.
              value: { type: (attribute.type?.text ?? 'string').replace(/ \| null$/, '') },
            };
          }),
          js: {
            properties: (element.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((field) => ({
                name: field.name,
                description: field.description,
                type: field.type?.text,
                ...(field.readonly && { 'read-only': true }),
              })),
            events: (element.events ?? []).map((event) => ({
              name: event.name,
              description: `${event.description}\n\n\`${event.type.text}\``,
            })),
          },
          css: {
            properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: withDefault(p) })),
            parts: named(element.cssParts),
          },
        })),
      },
    },
  };
}

export const EDITOR_FILES = {
  'vscode.html-custom-data.json': vscodeCustomData,
  'web-types.json': webTypes,
};

/** Writes both editor files into `dir`, from `dir`'s custom-elements.json. */
export function writeEditorData(dir, pkg) {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  for (const [file, make] of Object.entries(EDITOR_FILES))
    writeFileSync(join(dir, file), `${JSON.stringify(make(manifest, pkg), null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeEditorData(resolve(process.argv[2] ?? root), pkg);
}
