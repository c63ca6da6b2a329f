// `npm run bench`: figures, not a test (see docs/benchmark.md). One run in headless Chromium,
// pages served on 127.0.0.1 only; prints medians and ratios, stops what it started, exits 0.
//
//   1. ms per certificate PDF: ours (jsPDF, Noto Sans subset embedded) vs the same page with pdf-lib
//   2. ZIP of 10, 100, 500 of our PDFs: fflate (`zipCertificates`) vs JSZip, same bytes and names
//   3. <cert-list> with 100 certificates: selectAll() + downloadSelected() to the ZIP; long tasks
//   4. gzip -9 bytes of JS and fonts a page using the BUILT dist loads, before and after a first PDF
//   5. first render of 1,000 certifications in <cert-list>
//
// Figures 1, 2, 3 and 5 load the TypeScript sources through Vite's dev server (bench/*.ts);
// figure 4 builds dist/ first when it is missing or older than src/.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = { pdf: 30, pdfWarmUps: 10, zip: { 10: 15, 100: 11, 500: 7 }, endToEnd: 5, render: 9 };
const ZIP_COUNTS = [10, 100, 500];
const GIVE_UP_MS = 300_000;

const log = (message) => process.stderr.write(`bench: ${message}\n`);

/* ------------------------------------------------------------------------------------------------
 * Numbers and tables
 */
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (v) => (!Number.isFinite(v) ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const times = (ratio) => `${ratio.toFixed(2)}×`;

/** A text table: first column left-aligned, the others right-aligned. */
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('   ');
  return [
    '  ' + line(headers),
    '  ' + widths.map((w) => '─'.repeat(w)).join('   '),
    ...rows.map((r) => '  ' + line(r)),
  ].join('\n');
}

/* ------------------------------------------------------------------------------------------------
 * The machine
 */
function machine(chromiumVersion) {
  let cores = os.availableParallelism?.() ?? os.cpus().length;
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cores;
  } catch {
    /* no nproc: keep Node's count */
  }
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    /* not Linux */
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores,
    cpu,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    load: os.loadavg()[0].toFixed(2),
  };
}

/* ------------------------------------------------------------------------------------------------
 * dist/: built when missing or older than what it is built from
 */
function newest(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((name) => newest(path.join(p, name))));
}

function ensureDist() {
  const entry = path.join(root, 'dist/cert-elements.js');
  const inputs = ['src', 'package.json', 'vite.config.ts'].map((p) => path.join(root, p)).filter(existsSync);
  const stale = !existsSync(entry) || statSync(entry).mtimeMs < Math.max(...inputs.map(newest));
  if (!stale) return { built: false, note: 'dist/ was up to date' };
  log('dist/ is missing or older than src/: npm run build');
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) return { built: true, note: `built by this run (npm run build, ${seconds} s)` };
  const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
  log(`npm run build failed (exit ${result.status}):\n${tail}`);
  if (!existsSync(entry)) return { built: false, note: 'npm run build failed and there is no dist/', missing: true };
  return {
    built: false,
    note: `npm run build FAILED (exit ${result.status}); measured the dist/ of ${statSync(entry).mtime.toISOString()}`,
  };
}

/* ------------------------------------------------------------------------------------------------
 * Servers: Vite for the TypeScript pages, a static server for dist/. Both on 127.0.0.1.
 */
async function startVite() {
  const page = readFileSync(path.join(root, 'bench/index.html'));
  const server = await createViteServer({
    configFile: false,
    root,
    // No HTML transforms, no HMR client, no file watching: others may edit src/ while this runs,
    // and nothing may reload a page mid-measurement.
    appType: 'custom',
    logLevel: 'warn',
    clearScreen: false,
    cacheDir: path.join(root, 'node_modules/.cache/bench-vite'),
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      hmr: false,
      ws: false,
      watch: null,
      // Cross-origin isolated, so performance.now() is precise to 5 µs instead of 100 µs.
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    },
    // Production builds of the dependencies (Lit without its dev-mode checks), as a site would ship.
    resolve: { conditions: ['module', 'browser', 'production'] },
    optimizeDeps: {
      noDiscovery: true,
      include: [
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directives/repeat.js',
        'lit/directives/if-defined.js',
        '@lit/context',
        'jspdf',
        'fflate',
        'uqr',
        'pdf-lib',
        'jszip',
      ],
    },
    plugins: [
      {
        name: 'bench-page',
        configureServer(vite) {
          vite.middlewares.use((req, res, next) => {
            const url = req.url?.split('?')[0];
            if (url === '/favicon.ico') return void res.writeHead(204).end();
            if (url !== '/bench/index.html') return next();
            res.writeHead(200, {
              'content-type': 'text/html; charset=utf-8',
              'cache-control': 'no-store',
              'cross-origin-opener-policy': 'same-origin',
              'cross-origin-embedder-policy': 'require-corp',
            });
            res.end(page);
          });
        },
      },
    ],
  });
  await server.listen();
  const { port } = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${port}` };
}

const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

async function startStatic() {
  const server = createHttpServer((req, res) => {
    let rel = path.posix.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    if (rel === '/favicon.ico') return void res.writeHead(204).end();
    // The build's base is '/', so its chunks ask for fonts at the site root (/assets/...), not
    // beside dist/cert-elements.js; serve them there too (figure 4 says when that happened).
    if (rel.startsWith('/assets/')) rel = `/dist${rel}`;
    const file = path.join(root, rel);
    const allowed = rel.startsWith('/dist/') || rel === '/bench/size.html';
    if (!allowed || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/* ------------------------------------------------------------------------------------------------
 * The browser
 */
// CHROMIUM_ARGS from ./chromium.mjs; no --js-flags=--expose-gc: forcing a full GC before each run made later runs 2-4 times slower.

function watchPage(page, label) {
  page.on('pageerror', (error) => log(`${label}: page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log(`${label}: HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      log(`${label}: console ${message.type()}: ${message.text()}`);
  });
}

/** A fresh page (in `context`, else a fresh context) with bench/<module>.ts loaded as `window.bench`. */
async function benchPage(browser, viteUrl, module, context) {
  context ??= await browser.newContext();
  const page = await context.newPage();
  watchPage(page, module);
  await page.goto(`${viteUrl}/bench/index.html?module=${module}`);
  await page.evaluate(() => window.benchReady);
  if (!(await page.evaluate(() => window.crossOriginIsolated)))
    log(`${module}: not cross-origin isolated; times are rounded to 0.1 ms`);
  return { context, page };
}

/* ------------------------------------------------------------------------------------------------
 * Figure 4: what the built package makes a page load
 */
async function bytesLoaded(browser, staticUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  watchPage(page, 'size');
  let current = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!/\.(m?js|woff2?|ttf|otf)$/.test(pathname)) return;
    current.push(
      response.body().then(
        (body) => ({ path: pathname, raw: body.length, gz: gzipSync(body, { level: 9 }).length }),
        () => ({ path: pathname, raw: 0, gz: 0, failed: true }),
      ),
    );
  });
  const phase = async () => {
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(current);
    current = [];
    return files;
  };
  await page.goto(`${staticUrl}/bench/size.html`);
  await page.waitForFunction(() => window.sizeReady === true);
  const before = await phase();
  const latinBytes = await page.evaluate(() => window.makePdf('María José Núñez-Ortega'));
  const firstPdf = await phase();
  const greekBytes = await page.evaluate(() => window.makePdf('Αλέξανδρος Παπαδόπουλος'));
  const greekPdf = await phase();
  await context.close();
  return { before, firstPdf, greekPdf, pdfBytes: { latin: latinBytes, greek: greekBytes } };
}

/* ------------------------------------------------------------------------------------------------
 * The run
 */
const started = [];
async function stopAll() {
  while (started.length) {
    const stop = started.pop();
    await stop().catch((error) => log(`while stopping: ${error.message}`));
  }
}

async function main() {
  const t0 = Date.now();
  const dist = ensureDist();

  const vite = await startVite();
  started.push(() => vite.server.close());
  const files = await startStatic();
  started.push(
    () =>
      new Promise((resolve) => {
        files.server.closeAllConnections();
        files.server.close(() => resolve());
      }),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  started.push(() => browser.close());
  const host = machine(browser.version());

  log(`1/5 certificate PDFs (1 + ${RUNS.pdfWarmUps} + ${RUNS.pdf} each way)`);
  const exp = await benchPage(browser, vite.url, 'export');
  const pdf = await exp.page.evaluate(
    ([runs, warmUps]) => window.bench.pdfs(runs, warmUps),
    [RUNS.pdf, RUNS.pdfWarmUps],
  );
  log(`2/5 ZIPs of ${ZIP_COUNTS.join(', ')} PDFs`);
  const zips = await exp.page.evaluate(([counts, runs]) => window.bench.zips(counts, runs), [ZIP_COUNTS, RUNS.zip]);
  await exp.context.close();

  log(`3/5 end to end: 100 certificates to a ZIP (1 cold + ${RUNS.endToEnd})`);
  const el = await benchPage(browser, vite.url, 'element');
  const endToEnd = [];
  for (let i = 0; i <= RUNS.endToEnd; i++) endToEnd.push(await el.page.evaluate(() => window.bench.endToEnd(100)));
  await el.page.close();

  log(`4/5 bytes loaded by the built package (${dist.note})`);
  const bytes = dist.missing ? null : await bytesLoaded(browser, files.url);

  log(`5/5 first render of 1,000 certifications (${RUNS.render} + warm-up)`);
  const renderPage = await benchPage(browser, vite.url, 'element', el.context);
  const render = await renderPage.page.evaluate((runs) => window.bench.firstRender(1000, runs), RUNS.render);
  await el.context.close();

  await stopAll();
  print({ host, dist, pdf, zips, endToEnd, bytes, render, seconds: (Date.now() - t0) / 1000 });
}

function print({ host, dist, pdf, zips, endToEnd, bytes, render, seconds }) {
  const out = [];
  out.push(`cert-elements benchmark, ${host.date}`);
  out.push(
    `machine: ${host.cores} cores (nproc), ${host.cpu}, ${host.memory} RAM, ${host.os}; Node ${host.node}; Chromium ${host.chromium}`,
  );
  out.push(
    `load average (1 min) at the start: ${host.load}, at the end: ${os.loadavg()[0].toFixed(2)} (other work on the machine skews every figure)`,
  );
  out.push('');

  // 1
  const [o, l] = [pdf.ours, pdf.pdfLib];
  out.push(
    `1. One certificate PDF, ms (median of ${o.ms.length} after ${RUNS.pdfWarmUps} untimed warm-ups; the first call of each is shown apart)`,
  );
  out.push(
    table(
      ['', 'ours (jsPDF + Noto Sans)', 'pdf-lib (Helvetica)', 'ours / pdf-lib'],
      [
        ['ms per PDF', ms(median(o.ms)), ms(median(l.ms)), times(median(o.ms) / median(l.ms))],
        ['first call (cold)', ms(o.firstMs), ms(l.firstMs), times(o.firstMs / l.firstMs)],
        ['PDF size', kb(median(o.bytes)), kb(median(l.bytes)), times(median(o.bytes) / median(l.bytes))],
      ],
    ),
  );
  out.push('  Ours embeds a Noto Sans subset (regular + bold) and checks every glyph; pdf-lib uses the');
  out.push('  standard Helvetica, which is not embedded and is WinAnsi only (Latin names only).');
  out.push('');

  // 2
  out.push('2. ZIP of certificate PDFs (stored, not deflated), ms, same bytes and entry names');
  out.push(
    table(
      ['PDFs', 'input', 'fflate (ours)', 'JSZip', 'JSZip / fflate', 'runs', 'ZIP size fflate / JSZip'],
      zips.map((z) => [
        String(z.count),
        mb(z.inputBytes),
        ms(median(z.fflate.ms)),
        ms(median(z.jszip.ms)),
        times(median(z.jszip.ms) / median(z.fflate.ms)),
        String(z.fflate.ms.length),
        `${mb(z.fflate.bytes)} / ${mb(z.jszip.bytes)}`,
      ]),
    ),
  );
  out.push('');

  // 3
  const [cold, ...warm] = endToEnd;
  const longest = (run) => Math.max(0, ...run.longTasks);
  // Every entry is a long task: the API reports tasks over 50 ms (durations rounded to 1 ms).
  const over50 = (run) => run.longTasks.length;
  const taskText = (v) => (v === 0 ? 'none' : ms(v));
  out.push('3. End to end: <cert-list> with 100 certificates, selectAll() + downloadSelected() until the ZIP is ready');
  out.push(
    table(
      ['', 'ms', 'longest task, ms', 'tasks > 50 ms'],
      [
        ['first download in a fresh page (cold)', ms(cold.ms), taskText(longest(cold)), String(over50(cold))],
        [
          `median of the next ${warm.length}`,
          ms(median(warm.map((r) => r.ms))),
          taskText(median(warm.map(longest))),
          String(median(warm.map(over50))),
        ],
        [
          'worst of those',
          ms(Math.max(...warm.map((r) => r.ms))),
          taskText(Math.max(...warm.map(longest))),
          String(Math.max(...warm.map(over50))),
        ],
      ],
    ),
  );
  out.push(
    `  ${ms(median(warm.map((r) => r.ms)) / 100)} ms per certificate; ZIP ${mb(cold.zipBytes)}, ${cold.entries} entries, "${cold.filename}".`,
  );
  out.push('  The cold run loads jsPDF, fflate and the Latin fonts from the Vite dev server (unbundled sources).');
  out.push('');

  // 4
  out.push(`4. Bytes a page loads (JS and fonts, each gzipped -9), built dist/cert-elements.js: ${dist.note}`);
  if (!bytes) out.push('  skipped: no dist/');
  else {
    const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);
    const name = (p) => p.replace(/^\/(dist\/)?/, '').replace(/^((?:chunks|assets)\/.+)-[\w-]{8}(\.\w+)$/, '$1$2');
    const list = (files) => files.map((f) => `${name(f.path)} ${kb(f.gz)}`).join(', ');
    const total = [bytes.before, bytes.firstPdf, bytes.greekPdf].reduce((t, files, i, all) => {
      t.push((t[i - 1] ?? 0) + sum(all[i], 'gz'));
      return t;
    }, []);
    out.push(
      table(
        ['', 'files', 'raw', 'gzip', 'total gzip'],
        [
          [
            'page with the package and a <cert-list>',
            String(bytes.before.length),
            kb(sum(bytes.before, 'raw')),
            kb(sum(bytes.before, 'gz')),
            kb(total[0]),
          ],
          [
            '+ first PDF (Latin name)',
            `+${bytes.firstPdf.length}`,
            `+${kb(sum(bytes.firstPdf, 'raw'))}`,
            `+${kb(sum(bytes.firstPdf, 'gz'))}`,
            kb(total[1]),
          ],
          [
            '+ a PDF with a Greek name',
            `+${bytes.greekPdf.length}`,
            `+${kb(sum(bytes.greekPdf, 'raw'))}`,
            `+${kb(sum(bytes.greekPdf, 'gz'))}`,
            kb(total[2]),
          ],
        ],
      ),
    );
    out.push(`  before: ${list(bytes.before)}`);
    out.push(`  first PDF: ${list(bytes.firstPdf)}`);
    out.push(`  Greek name: ${list(bytes.greekPdf)}`);
    const rootAssets = [...bytes.before, ...bytes.firstPdf, ...bytes.greekPdf].filter((f) =>
      f.path.startsWith('/assets/'),
    );
    if (rootAssets.length > 0) {
      out.push(
        `  NOTE: ${rootAssets.length} font files were requested from the site root (/assets/...), not from dist/assets/ beside`,
      );
      out.push(
        "  the bundle: the build's base is '/', so a bundle served from any other path (a CDN, node_modules) cannot load them.",
      );
    }
    out.push(
      `  (the PDFs: Latin ${kb(bytes.pdfBytes.latin)}, Greek ${kb(bytes.pdfBytes.greek)}; fonts are WOFF, already compressed)`,
    );
  }
  out.push('');

  // 5
  out.push(
    `5. First render of ${render.count.toLocaleString('en')} certifications in <cert-list>, ms (median of ${render.updateMs.length}; ${render.items} items rendered)`,
  );
  out.push(
    table(
      ['from setting .certifications to', 'ms'],
      [
        ['updateComplete', ms(median(render.updateMs))],
        ['+ one animation frame', ms(median(render.frameMs))],
        ["+ that frame's style, layout and paint", ms(median(render.paintedMs))],
      ],
    ),
  );
  out.push('');
  out.push(`Finished in ${seconds.toFixed(0)} s.`);
  process.stdout.write(out.join('\n') + '\n');
}

const giveUp = setTimeout(() => {
  log(`gave up after ${GIVE_UP_MS / 1000} s`);
  void stopAll().finally(() => process.exit(1));
}, GIVE_UP_MS);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void stopAll().finally(() => process.exit(130));
  });
}

try {
  await main();
  clearTimeout(giveUp);
} catch (error) {
  clearTimeout(giveUp);
  await stopAll();
  log(error?.stack ?? String(error));
  process.exit(1);
}
