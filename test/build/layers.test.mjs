/**
 * The import structure the design promises (shared/DESIGN.md, "Layout"): no import cycle between
 * files or between folders, and each folder imports only from the folders below it. Every import
 * counts: static, dynamic and type-only (a type import is still a dependency of the design).
 * The allowed edges are written down here, once.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What each layer may import, besides itself. `entry` is every file directly in src/ but the model: the package's entry points. */
export const ALLOWED = {
  model: [],
  // Third-party source copied as it is (jsPDF's, by scripts/vendor-jspdf.mjs): it imports nothing of ours.
  vendor: [],
  rules: ['model'],
  demo: ['model'],
  i18n: ['model', 'rules'],
  adapter: ['model', 'rules', 'demo'],
  share: ['model', 'rules', 'i18n', 'adapter'],
  export: ['model', 'rules', 'i18n', 'adapter', 'share', 'vendor'],
  events: ['model', 'rules', 'share'],
  internal: ['model', 'rules', 'i18n', 'adapter', 'share', 'export', 'events'],
  components: ['model', 'rules', 'i18n', 'adapter', 'share', 'export', 'events', 'internal'],
  react: ['model', 'events', 'components'],
  entry: ['model', 'rules', 'demo', 'i18n', 'adapter', 'share', 'export', 'events', 'internal', 'components', 'react'],
  // The reference server shares the domain, never the browser library's internals.
  server: ['model', 'rules', 'demo'],
};

/** The layer a source file belongs to; `null` for files this test does not govern. */
export function layerOf(file) {
  const path = relative(root, file).split('\\').join('/');
  if (path.startsWith('server/src/')) return 'server';
  if (path === 'src/model.ts') return 'model';
  if (/^src\/[^/]+\.ts$/.test(path)) return 'entry';
  const folder = /^src\/([^/]+)\//.exec(path)?.[1];
  return folder ?? null;
}

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project files `file` imports (relative specifiers only), resolved from `.js` to `.ts`. */
function importsOf(file) {
  const source = readFileSync(file, 'utf8');
  const [imports] = parse(source, file);
  const targets = [];
  for (const { n: specifier } of imports) {
    if (!specifier || !specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier);
    const ts = target.replace(/\.js$/, '.ts');
    targets.push(existsSync(ts) ? ts : target);
  }
  return targets;
}

/** The cycles of a directed graph (Map<node, Set<node>>), each as a path that returns to its start. */
export function cyclesOf(graph) {
  const cycles = [];
  const state = new Map(); // 1: on the stack, 2: done
  const stack = [];
  const visit = (node) => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 1) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 2);
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

await init;
const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'server', 'src'))];
const fileGraph = new Map(files.map((f) => [f, new Set(importsOf(f))]));
const name = (f) => relative(root, f);

test('the layer test reads the source tree', () => {
  assert.ok(files.length > 50, `only ${files.length} source files found`);
  assert.ok([...fileGraph.values()].some((targets) => targets.size > 0));
});

test('no import cycle between files', () => {
  const cycles = cyclesOf(fileGraph).map((c) => c.map(name).join(' -> '));
  assert.deepEqual(cycles, []);
});

test('no import cycle between folders', () => {
  const folderGraph = new Map();
  for (const [file, targets] of fileGraph) {
    const from = layerOf(file);
    if (!from) continue;
    for (const target of targets) {
      const to = layerOf(target);
      if (to && to !== from) (folderGraph.get(from) ?? folderGraph.set(from, new Set()).get(from)).add(to);
    }
  }
  assert.deepEqual(
    cyclesOf(folderGraph).map((c) => c.join(' -> ')),
    [],
  );
});

test('every import follows an allowed layer edge', () => {
  const unknown = files.filter((f) => !(layerOf(f) in ALLOWED)).map(name);
  assert.deepEqual(unknown, [], 'files outside every layer: add the folder to ALLOWED on purpose');
  const refused = [];
  for (const [file, targets] of fileGraph) {
    const from = layerOf(file);
    for (const target of targets) {
      const to = layerOf(target);
      if (!to) {
        refused.push(`${name(file)} -> ${name(target)} (outside src/ and server/src/)`);
      } else if (to !== from && !ALLOWED[from].includes(to)) {
        refused.push(`${name(file)} -> ${name(target)} (${from} may not import ${to})`);
      }
    }
  }
  assert.deepEqual(refused, []);
});
