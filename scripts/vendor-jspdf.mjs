// `node scripts/vendor-jspdf.mjs <jsPDF checkout>`: copies the part of jsPDF cert-elements uses into
// src/vendor/jspdf/, from a checkout of its release tag (`git clone https://github.com/parallax/jsPDF
// && git -C jsPDF checkout v4.2.1`). The npm package is one bundle of every plugin (images in six
// formats, HTML, SVG, forms, canvas: 124 KB gz with its PNG decoder); the PDFs here need the core,
// TrueType fonts with Unicode, links, the language entry, Arabic shaping and the bidi algorithm
// (about 44 KB gz). Each file is copied as it is, with the build's one preprocessing step done: the
// `// @if MODULE_FORMAT='cjs'` blocks (Node's fs) left out, the others kept; and the version set.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const checkout = process.argv[2];
if (!checkout) throw new Error('usage: node scripts/vendor-jspdf.mjs <path to a jsPDF checkout at its release tag>');
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'src/vendor/jspdf');
const { version } = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8'));

/** What src/vendor/jspdf/index.js imports, and what those import. */
const FILES = [
  'src/jspdf.js',
  'src/libs/AtobBtoa.js',
  'src/libs/FileSaver.js',
  'src/libs/bidiEngine.js',
  'src/libs/console.js',
  'src/libs/fflate.js',
  'src/libs/globalObject.js',
  'src/libs/md5.js',
  'src/libs/pdfname.js',
  'src/libs/pdfsecurity.js',
  'src/libs/rc4.js',
  'src/libs/rgbcolor.js',
  'src/libs/ttffont.js',
  'src/modules/annotations.js',
  'src/modules/arabic.js',
  'src/modules/filters.js',
  'src/modules/setlanguage.js',
  'src/modules/split_text_to_size.js',
  'src/modules/standard_fonts_metrics.js',
  'src/modules/ttfsupport.js',
  'src/modules/utf8.js',
  'src/modules/vfs.js',
];

/** The ES module build of jsPDF's source: `@if MODULE_FORMAT!='cjs'` blocks kept, `='cjs'` ones dropped. */
function preprocess(source) {
  return source.replace(/^[ \t]*\/\/ @if MODULE_FORMAT(!?)='cjs'\n([\s\S]*?)^[ \t]*\/\/ @endif\n/gm, (_, not, body) =>
    not ? body : '',
  );
}

rmSync(out, { recursive: true, force: true });
for (const file of FILES) {
  const target = join(out, file.slice('src/'.length));
  mkdirSync(dirname(target), { recursive: true });
  let text = preprocess(readFileSync(join(checkout, file), 'utf8'));
  if (file === 'src/jspdf.js') text = text.replace('jsPDF.version = "0.0.0";', `jsPDF.version = "${version}";`);
  if (/@if |@endif/.test(text)) throw new Error(`${file}: a preprocessing block is left`);
  writeFileSync(target, text);
}
copyFileSync(join(checkout, 'LICENSE'), join(out, 'LICENSE'));
// Its types, as the declarations of jspdf.js rather than of a package named "jspdf".
const types = readFileSync(join(checkout, 'types/index.d.ts'), 'utf8');
const opening = 'declare module "jspdf" {\n';
const start = types.indexOf(opening);
const end = types.lastIndexOf('}');
if (start < 0 || types.indexOf(opening, start + 1) >= 0)
  throw new Error('types/index.d.ts: not one `declare module "jspdf"`');
writeFileSync(
  join(out, 'jspdf.d.ts'),
  types.slice(0, start) + types.slice(start + opening.length, end) + types.slice(end + 1),
);
writeFileSync(join(out, 'VERSION'), `${version}\n`);
// The entry: the core and the plugins, in the order jsPDF's own src/index.js imports them.
const plugins = FILES.filter((f) => f.startsWith('src/modules/')).map((f) => `import './${f.slice(4)}';`);
writeFileSync(
  join(out, 'index.js'),
  `// The part of jsPDF ${version} that cert-elements' PDFs use (scripts/vendor-jspdf.mjs writes this folder).
import { jsPDF } from './jspdf.js';
${plugins.join('\n')}
import './libs/bidiEngine.js';
import './libs/ttffont.js';

export { jsPDF };
export default jsPDF;
`,
);
writeFileSync(
  join(out, 'index.d.ts'),
  `// jsPDF's own types (jspdf.d.ts) for the part of it in this folder (index.js).
export * from './jspdf.js';
export { default } from './jspdf.js';
`,
);
console.log(`src/vendor/jspdf: ${FILES.length} files of jsPDF ${version}`);
