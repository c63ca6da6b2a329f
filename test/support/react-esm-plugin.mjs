/**
 * A @web/test-runner plugin that serves React 19 to browser tests as ES modules. React ships CommonJS
 * only, which the dev server's nodeResolve cannot hand to a browser; esbuild bundles `react`,
 * `react-dom` and `react-dom/client` once, together (one copy of React, as an app's bundler gives),
 * and each bare import gets a small module re-exporting that package's names from the bundle.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PACKAGES = ['react', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react-esm/';
const BUNDLE = `${PREFIX}bundle.js`;

async function bundle() {
  const entry = PACKAGES.map((name, i) => `import m${i} from '${name}';`).join('\n');
  const modules = PACKAGES.map((name, i) => `'${name}': m${i}`).join(', ');
  const result = await build({
    stdin: { contents: `${entry}\nexport const modules = { ${modules} };`, resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    write: false,
    // The development build: its warnings (a bad prop, a missing key) reach the test's console.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The names Node's require finds on a package; in a child process, as React's load-time console use trips the runner's console. */
function exportNames(name) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  return keys.filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
}

/** `export const { createElement, ... } = m`: the package's names, from the shared bundle. */
function facade(name) {
  const names = exportNames(name);
  return [
    `import { modules } from '${BUNDLE}';`,
    `const m = modules[${JSON.stringify(name)}];`,
    'export default m;',
    `export const { ${names.join(', ')} } = m;`,
  ].join('\n');
}

export function reactEsmPlugin() {
  let bundled;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (PACKAGES.includes(source)) return `${PREFIX}${source}.js`;
    },
    async serve({ path }) {
      if (path === BUNDLE) return { body: await (bundled ??= bundle()), type: 'js' };
      const name = path.startsWith(PREFIX) ? path.slice(PREFIX.length, -'.js'.length) : null;
      if (name && PACKAGES.includes(name)) return { body: facade(name), type: 'js' };
    },
  };
}
