/**
 * Lit's css`…` templates as the browser needs them: comments out, runs of whitespace made one
 * space, no space around `{`, `}`, `;` or `,`, nor after a declaration's `:` (a selector's `:` never
 * has one after it). Quoted strings and `${…}` interpolations are
 * kept as they are; a template with a backslash is left whole (its escapes stay exact).
 */
const template = /\bcss`([^`\\]*)`/g;
const keep = /("[^"]*"|'[^']*'|\$\{[^}]*\})/;

/** `code` with each css`…` template minified. */
export function minifyCssTemplates(code) {
  return code.replace(template, (_, body) => `css\`${minifyCss(body)}\``);
}

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(keep)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':'),
    )
    .join('')
    .trim();
}

/** The same for a Vite (or Rollup, rolldown) build: the library's own sources, before they are bundled. */
export function minifyCssTemplatesPlugin() {
  return {
    name: 'cert-elements:minify-css-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = minifyCssTemplates(code);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
