/**
 * custom-elements.json and the two editor files made from it, as integrators and their tools read
 * them: fresh, public API only, paths into the package, typed events, and every part, custom
 * property and attribute the sources really have, each described. The expectations come from src/
 * (templates, stylesheets, decorators, event classes), not from the manifest itself.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { EDITOR_FILES, writeEditorData } from '../../scripts/editor-data.mjs';

await init;

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const TAGS = ['badge-share', 'cert-dashboard', 'cert-list', 'cert-verify', 'transcript-viewer'];
const EVENT_MODULES = ['badge-share', 'cert-events', 'transcript-events'];

const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement).map((element) => ({ module: m, element })),
);

/** Where the npm build writes a source file, and back. */
const sourceOf = (path) => path.replace(/^dist\/(lib|types)\//, 'src/').replace(/(\.d\.ts|\.js)$/, '.ts');

/** Every `path` and `module` the manifest names, wherever it names them. */
function packagePaths(node, found = []) {
  if (Array.isArray(node)) node.forEach((item) => packagePaths(item, found));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node))
      if ((key === 'path' || key === 'module') && typeof value === 'string') found.push(value);
      else packagePaths(value, found);
  return found;
}

/** The project modules a source file loads at run time (static and dynamic imports; type-only ones are no part of what renders). */
function runtimeImports(file) {
  const source = read(file);
  const [imports] = parse(source, file);
  return (
    imports
      .filter(({ n, ss, se, d }) => {
        if (!n?.startsWith('.')) return false;
        if (d > -1) return !/typeof\s*$/.test(source.slice(Math.max(0, ss - 10), ss));
        return !/^(import|export)\s+type\b/.test(source.slice(ss, se));
      })
      .map(({ n }) => relative(root, resolve(dirname(join(root, file)), n)).replace(/\.js$/, '.ts'))
      // jsPDF's copied source draws into PDFs, never into a shadow root.
      .filter((path) => !path.startsWith('src/vendor/'))
  );
}

/**
 * The source files whose templates and styles end up in one element's shadow root: its module and what
 * it loads, up to (not into) the tag definitions and the other elements, which have shadow roots of their own.
 */
function shadowSources(elementFile) {
  const others = new Set(elements.map(({ module }) => sourceOf(module.path)));
  // An element's view module (internal/lazy-view.ts) renders into its shadow root too.
  const view = elementFile.replace(/\.ts$/, '-view.ts');
  const start = existsSync(join(root, view)) ? [elementFile, view] : [elementFile];
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0)
    for (const next of runtimeImports(queue.pop()))
      if (!seen.has(next) && !others.has(next) && !next.endsWith('/define.ts')) {
        seen.add(next);
        queue.push(next);
      }
  return [...seen];
}

/** A closed set as the source writes it: `export const NAME = ['a', 'b'] as const`. */
function closedSet(file, name) {
  const list = new RegExp(`${name} = \\[([^\\]]*)\\]`).exec(read(file))?.[1] ?? '';
  return [...list.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
}

/**
 * The attributes an element class declares in `static override properties = { … }`: every property
 * but the `attribute: false` and `state: true` ones, named by `attribute:` or lowercased.
 */
function sourceAttributes(file) {
  const block = /static override properties = \{([^]*?)\n {2}\};/.exec(read(file))?.[1] ?? '';
  return [...block.matchAll(/^\s+(\w+): \{([^}]*)\},?$/gm)]
    .filter(([, , options]) => !/attribute:\s*false|state:\s*true/.test(options))
    .map(([, field, options]) => /attribute:\s*'([^']+)'/.exec(options)?.[1] ?? field.toLowerCase())
    .sort();
}

test('the committed custom-elements.json and editor files are what `npm run analyze` makes of src/ now', () => {
  // The analyzer takes --outdir relative to the working directory, even an absolute one.
  const out = `node_modules/.cache/cem-check-${process.pid}`;
  try {
    execFileSync(`${root}node_modules/.bin/custom-elements-manifest`, ['analyze', '--outdir', out], {
      cwd: root,
      stdio: 'pipe',
    });
    writeEditorData(join(root, out), pkg);
    for (const file of ['custom-elements.json', ...Object.keys(EDITOR_FILES)]) {
      const fresh = readFileSync(join(root, out, file), 'utf8');
      assert.ok(fresh === read(file), `${file} is stale: run \`npm run analyze\` and commit it`);
    }
  } finally {
    rmSync(join(root, out), { recursive: true, force: true });
  }
});

test('the manifest declares the four tags', () => {
  const tags = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  assert.deepEqual([...tags].sort(), TAGS);
  assert.deepEqual(elements.map(({ element }) => element.tagName).sort(), TAGS);
});

test('the manifest holds the public API only: entry, element, definition and event modules, no private member', () => {
  const expected = [
    'dist/lib/index.js',
    'dist/lib/classes.js',
    'dist/lib/define.js',
    ...TAGS.flatMap((tag) => [
      `dist/lib/${tag}.js`,
      `dist/lib/components/${tag}/${tag}.js`,
      `dist/lib/components/${tag}/define.js`,
    ]),
    ...EVENT_MODULES.map((name) => `dist/lib/events/${name}.js`),
  ];
  const paths = manifest.modules.map((m) => m.path);
  for (const path of expected) assert.ok(paths.includes(path), `${path} is missing`);
  // Besides these, only entry modules (files directly in src/) may appear: nothing from internal/, adapter/, ...
  for (const path of paths)
    assert.ok(expected.includes(path) || /^dist\/lib\/[^/]+\.js$/.test(path), `${path} is no public module`);
  for (const mod of manifest.modules) {
    const exported = new Set((mod.exports ?? []).map((e) => e.declaration.name));
    for (const declaration of mod.declarations ?? []) {
      assert.ok(exported.has(declaration.name), `${mod.path} declares ${declaration.name}, which it does not export`);
      for (const member of declaration.members ?? []) {
        const where = `${mod.path}: ${declaration.name}.${member.name}`;
        assert.ok(!['private', 'protected'].includes(member.privacy), `${where} is ${member.privacy}`);
        assert.ok(!member.name.startsWith('#'), `${where} is private`);
      }
    }
  }
});

test('every path in the manifest is a file the npm build writes', () => {
  const paths = [...new Set(packagePaths(manifest.modules))];
  assert.ok(paths.length > 20, `only ${paths.length} paths`);
  for (const path of paths) {
    assert.match(path, /^dist\/(lib\/.+\.js|types\/.+\.d\.ts)$/, `${path} is outside the npm build`);
    const built = path.split('/').slice(0, 2).join('/');
    // `npm test` builds before test:build; on its own this test checks the path against its source.
    const target = existsSync(join(root, built)) ? path : sourceOf(path);
    assert.ok(existsSync(join(root, target)), `${path}: there is no ${target}`);
  }
});

test('each of the 8 events is typed as its event class declares: CustomEvent<Detail>', () => {
  const declared = new Map();
  for (const name of EVENT_MODULES) {
    const file = `src/events/${name}.ts`;
    const source = read(file);
    const details = new Map(
      [...source.matchAll(/class (\w+) extends CustomEvent<(\w+)>/g)].map(([, klass, detail]) => [klass, detail]),
    );
    for (const [, event, klass] of source.matchAll(/'([a-z-]+)': (\w+);/g))
      declared.set(event, { detail: details.get(klass), dts: `dist/types/events/${name}.d.ts` });
  }
  assert.equal(declared.size, 8);
  const events = elements.flatMap(({ element }) => element.events ?? []);
  assert.deepEqual(events.map((e) => e.name).sort(), [...declared.keys()].sort());
  for (const event of events) {
    const { detail, dts } = declared.get(event.name);
    assert.equal(event.type?.text, `CustomEvent<${detail}>`, event.name);
    const [reference] = event.type.references;
    assert.deepEqual(
      { name: reference.name, module: reference.module, text: event.type.text.slice(reference.start, reference.end) },
      { name: detail, module: dts, text: detail },
    );
  }
});

test('every custom property and every part in an element’s shadow root is documented there, and only those', () => {
  for (const { module, element } of elements) {
    const sources = shadowSources(sourceOf(module.path)).map(read).join('\n');
    const used = new Set([...sources.matchAll(/var\((--(?!_)[\w-]+)/g)].map((m) => m[1]));
    const props = element.cssProperties ?? [];
    assert.deepEqual(props.map((p) => p.name).sort(), [...used].sort(), `<${element.tagName}> custom properties`);
    for (const prop of props) assert.ok(prop.default, `<${element.tagName}> ${prop.name} has no default`);

    assert.doesNotMatch(
      sources,
      /(?<![\w-])part=\$\{/,
      `<${element.tagName}>: a part named at run time cannot be checked`,
    );
    const parts = new Set([...sources.matchAll(/(?<![\w-])part="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
    const documented = (element.cssParts ?? []).map((p) => p.name);
    assert.deepEqual([...documented].sort(), [...parts].sort(), `<${element.tagName}> parts`);
  }
});

test('every public member of an element has a description', () => {
  for (const { element } of elements) {
    const kinds = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'];
    for (const kind of kinds)
      for (const item of element[kind] ?? [])
        assert.ok(item.description?.trim(), `<${element.tagName}> ${kind} ${item.name} has no description`);
    for (const method of element.members ?? [])
      for (const parameter of method.parameters ?? [])
        assert.ok(parameter.description, `<${element.tagName}> ${method.name}(${parameter.name}) has no description`);
    assert.ok(element.description && element.summary, `<${element.tagName}> has no description or summary`);
  }
});

test('the VS Code custom data and the web-types list the four tags with their attributes and values', () => {
  const vscode = JSON.parse(read('vscode.html-custom-data.json'));
  const webTypes = JSON.parse(read('web-types.json'));
  assert.equal(vscode.version, 1.1);
  assert.deepEqual([webTypes.name, webTypes.version], [pkg.name, pkg.version]);
  const vsTags = new Map(vscode.tags.map((t) => [t.name, t]));
  const wtElements = new Map(webTypes.contributions.html.elements.map((e) => [e.name, e]));
  assert.deepEqual([...vsTags.keys()].sort(), TAGS);
  assert.deepEqual([...wtElements.keys()].sort(), TAGS);

  for (const { module, element } of elements) {
    const tag = element.tagName;
    const attributes = sourceAttributes(sourceOf(module.path));
    const vsTag = vsTags.get(tag);
    const wtElement = wtElements.get(tag);
    assert.deepEqual(vsTag.attributes.map((a) => a.name).sort(), attributes, `${tag} in VS Code`);
    assert.deepEqual(wtElement.attributes.map((a) => a.name).sort(), attributes, `${tag} in web-types`);
    for (const attribute of [...vsTag.attributes, ...wtElement.attributes])
      assert.ok(attribute.description, `${tag} ${attribute.name} has no description`);
    assert.match(vsTag.description.value, new RegExp(`::part\\(${element.cssParts[0].name}\\)`));
    assert.deepEqual(
      wtElement.css.parts.map((p) => p.name),
      element.cssParts.map((p) => p.name),
    );
    assert.deepEqual(
      wtElement.js.events.map((e) => e.name),
      (element.events ?? []).map((e) => e.name),
    );
  }

  const values = (tag, name) =>
    vsTags
      .get(tag)
      .attributes.find((a) => a.name === name)
      .values?.map((v) => v.name);
  const dashboard = 'src/components/cert-dashboard/cert-dashboard.ts';
  const viewer = 'src/components/transcript-viewer/transcript-viewer.ts';
  assert.deepEqual(values('transcript-viewer', 'mode'), closedSet(viewer, 'TRANSCRIPT_VIEWER_MODES'));
  assert.deepEqual(values('cert-dashboard', 'sections'), closedSet(dashboard, 'DASHBOARD_SECTIONS'));
  assert.deepEqual(values('badge-share', 'networks'), closedSet('src/share/social.ts', 'SHARE_NETWORKS'));
  assert.equal(values('cert-list', 'help-url'), undefined);
  const mode = wtElements.get('transcript-viewer').attributes.find((a) => a.name === 'mode');
  const modes = closedSet(viewer, 'TRANSCRIPT_VIEWER_MODES');
  assert.deepEqual(mode.value, { type: modes.map((m) => `'${m}'`).join(' | ') });
  assert.equal(mode.default, 'owner');
});
