// `npm run bench`: figures, not a test (see docs/benchmark.md). Headless Chromium, pages served on
// 127.0.0.1 only; prints medians, ranges and ratios, stops what it started, exits 0.
//
//   1. Baseline vs today: the BUILT dist/cert-elements.js of commit 2117288 (the code issue 11 set out
//      to speed up; built here in a temporary folder against its own `npm ci`, cached) and of this
//      checkout, each on its own origin under the same page (bench/built.html): ms per certificate
//      PDF, 100 certificates to a ZIP warm and cold, the longest main-thread task and main-thread CPU
//      during the batch (Chromium trace), and the gzip -9 bytes of JS and fonts the first PDF adds
//   2. ms per certificate PDF: ours vs the same page with pdf-lib (the library choice)
//   3. ZIP of 10, 100, 500 of our PDFs: fflate (`zipCertificates`) vs JSZip
//   4. first render of 1,000 certifications in <cert-list>
//
// Figures 2 to 4 load the TypeScript sources through Vite's dev server (bench/export.ts, element.ts);
// figure 1 builds dist/ first when it is missing or older than src/.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer as createViteServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = {
  // Figure 1, per build: PDFs in rounds alternating between the builds; warm and cold batches.
  pdf: 30,
  pdfRounds: 3,
  pdfWarmUps: 10,
  warm: 5,
  cold: 3,
  // Figures 2 to 4.
  libraryPdf: 30,
  zip: { 10: 15, 100: 11, 500: 7 },
  render: 9,
};
const BATCH = 100;
/** The CJK name of figure 1's bytes: three characters, in two of Noto Sans SC's slices. */
const CJK_NAME = '王小明';
/** A person's pause between selecting and pressing Download, for the second cold figure. */
const PAUSE_MS = 1000;
const ZIP_COUNTS = [10, 100, 500];
const GIVE_UP_MS = 300_000;

/** What this run started, stopped in reverse order at the end (or on a signal or an error). */
const started = [];
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
 * The baseline: a build of BASELINE_COMMIT, made here in a temporary folder
 */
const BASELINE_COMMIT = '2117288';
const CACHE = path.join(os.homedir(), '.cache', 'cert-elements-bench');
const INSTALL_GIVE_UP_MS = 15 * 60_000;

const git = (...args) => execFileSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });

/**
 * The baseline commit's dist/, built by its own `vite build` in a temporary folder (`git archive`
 * of the commit) against its own `npm ci` from the npm registry. The install is kept under
 * ~/.cache/cert-elements-bench/<sha-256 of its package-lock.json>, so later runs do not install
 * again; the build (a few seconds) is made afresh each run. Returns the folder that holds dist/.
 */
function buildBaseline() {
  let commit;
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${BASELINE_COMMIT}^{commit}`).toString().trim();
  } catch {
    throw new Error(
      `The baseline commit ${BASELINE_COMMIT} is not in this clone's history (a shallow clone? git fetch --unshallow)`,
    );
  }
  const lock = git('show', `${commit}:package-lock.json`);
  const modules = path.join(CACHE, createHash('sha256').update(lock).digest('hex').slice(0, 16));
  if (!existsSync(path.join(modules, 'installed'))) {
    log(`baseline: npm ci of ${commit.slice(0, 7)}'s package-lock.json into ${modules} (once; about a minute)`);
    // Installed beside and renamed into place when complete, so an interrupted install is never used.
    const partial = `${modules}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    writeFileSync(path.join(partial, 'package.json'), git('show', `${commit}:package.json`));
    writeFileSync(path.join(partial, 'package-lock.json'), lock);
    const started = Date.now();
    // No install scripts: the build needs none (better-sqlite3's compile is for the server only).
    const result = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: partial,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: INSTALL_GIVE_UP_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      rmSync(partial, { recursive: true, force: true });
      throw new Error(`npm ci for the baseline failed (exit ${result.status}):\n${result.stderr}`);
    }
    writeFileSync(path.join(partial, 'installed'), `${new Date().toISOString()} ${commit}\n`);
    rmSync(modules, { recursive: true, force: true });
    renameSync(partial, modules);
    log(`baseline: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'cert-elements-bench-'));
  started.push(async () => rmSync(dir, { recursive: true, force: true }));
  const archive = spawnSync('git', ['archive', '--format=tar', commit], {
    cwd: root,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr}`);
  execFileSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  symlinkSync(path.join(modules, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const t = Date.now();
  // Only the script-tag build (dist/cert-elements.js); the commit's npm build and types are not measured.
  const build = spawnSync(process.execPath, [path.join(dir, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0 || !existsSync(path.join(dir, 'dist/cert-elements.js')))
    throw new Error(`vite build of ${commit} failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
  log(`baseline: built ${commit.slice(0, 7)} in ${((Date.now() - t) / 1000).toFixed(1)} s (${dir})`);
  return { commit, dir, modules };
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
        'lit/directive.js',
        'lit/directives/guard.js',
        'lit/directives/keyed.js',
        'lit/directives/if-defined.js',
        '@lit/context',
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

/**
 * One build on its own 127.0.0.1 origin: `/dist/...` from `buildRoot`/dist (chunks in dist/chunks/,
 * fonts where that build put them: dist/lib/assets/ today, dist/assets/ in the baseline; both builds
 * find them relative to the chunk), and the measuring pages from this checkout's bench/, the same
 * for every build (`/bench/x.js` is bench/x.ts, its types stripped by esbuild).
 */
async function startStatic(buildRoot) {
  const server = createHttpServer((req, res) => {
    void (async () => {
      const rel = path.posix.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
      if (rel === '/favicon.ico') return void res.writeHead(204).end();
      const headers = {
        'cache-control': 'no-store',
        // Cross-origin isolated, so performance.now() is precise to 5 µs instead of 100 µs.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      };
      const dist = path.join(buildRoot, 'dist');
      const benchDir = path.join(root, 'bench');
      let file = rel.startsWith('/dist/')
        ? path.join(buildRoot, rel)
        : rel.startsWith('/bench/')
          ? path.join(root, rel)
          : '';
      const inside = file.startsWith(dist + path.sep) || file.startsWith(benchDir + path.sep);
      if (inside && file.startsWith(benchDir) && file.endsWith('.js') && !existsSync(file))
        file = file.replace(/\.js$/, '.ts');
      if (!inside || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404, headers).end();
      if (file.endsWith('.ts')) {
        const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', target: 'es2022' });
        return void res.writeHead(200, { ...headers, 'content-type': TYPES['.js'] }).end(code);
      }
      res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    })().catch((error) => {
      log(`static server: ${error.message}`);
      res.writeHead(500).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  started.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
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
 * Baseline vs today, each on its built bundle: pages, traces, bytes
 */
/** A fresh page (in a fresh context) of one build, its `bench/built.ts` loaded and the build checked. */
async function builtPage(browser, build) {
  const context = await browser.newContext();
  const page = await context.newPage();
  watchPage(page, build.label);
  await page.goto(`${build.url}/bench/built.html`);
  await page.evaluate(() => window.benchReady);
  if (!(await page.evaluate(() => window.crossOriginIsolated)))
    log(`${build.label}: not cross-origin isolated; times are rounded to 0.1 ms`);
  const names = await page.evaluate(() => window.bench.load());
  build.exports ??= names;
  return { context, page };
}

// `toplevel` has an event for every task of every thread (RunTask, the microtask checkpoint after it,
// Mojo messages) with its wall time (dur); the user-timing marks say which thread is the page's and
// when the batch ran, and carry that thread's CPU clock (tts).
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];
/** A microtask checkpoint this soon after a task's RunTask event is the end of that task, as the page sees it. */
const SAME_TASK_GAP_US = 100;

/**
 * From a Chromium trace of one batch, the page's main thread between the `bench-batch-start` and
 * `-end` marks: its CPU time (the marks' thread clocks) and its longest task (a RunTask together with
 * the microtask checkpoint that runs right after it, where most of the async work is), by wall time
 * and by the most CPU time one task took.
 */
function mainThreadTasks(traceJson, marks = 'bench-batch') {
  const parsed = JSON.parse(traceJson);
  const events = parsed.traceEvents ?? parsed;
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark(`${marks}-start`);
  const end = mark(`${marks}-end`);
  if (!start || !end || start.tts === undefined) throw new Error(`The trace has no ${marks} marks with thread times`);
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const slice of slices) {
    const last = tasks.at(-1);
    const lastEnd = last ? last.ts + last.dur : -Infinity;
    if (slice.ts < lastEnd) {
      // Nested in the last task (or overlapping it): part of it.
      last.dur = Math.max(last.dur, slice.ts + slice.dur - last.ts);
    } else if (/MicrotaskCheckpoint/.test(slice.name) && slice.ts - lastEnd < SAME_TASK_GAP_US) {
      last.dur = slice.ts + slice.dur - last.ts;
      last.tdur += slice.tdur ?? 0;
    } else tasks.push({ ts: slice.ts, dur: slice.dur, tdur: slice.tdur ?? 0 });
  }
  const during = tasks.filter((t) => t.ts < end.ts && t.ts + t.dur > start.ts);
  if (during.length === 0) throw new Error('The trace has no main-thread tasks during the batch');
  return {
    tasks: during.length,
    longestMs: Math.max(...during.map((t) => t.dur)) / 1000,
    // On a busy machine a task's wall time includes time the thread waited for a core; this is without it.
    longestCpuMs: Math.max(...during.map((t) => t.tdur)) / 1000,
    cpuMs: (end.tts - start.tts) / 1000,
    windowMs: (end.ts - start.ts) / 1000,
  };
}

let traceCount = 0;

/** `evaluate()` in `page` under a Chromium trace; returns its result and the trace's text. */
async function traced(browser, page, evaluate) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const result = await evaluate();
  const trace = await browser.stopTracing();
  // BENCH_TRACES=<folder> keeps each trace, to open in Perfetto or the DevTools Performance panel.
  if (process.env.BENCH_TRACES) {
    mkdirSync(process.env.BENCH_TRACES, { recursive: true });
    writeFileSync(path.join(process.env.BENCH_TRACES, `trace-${++traceCount}.json`), trace);
  }
  return { result, trace: trace.toString('utf8') };
}

/** One batch (`bench.batch(pauseMs)`) in `page`, under a Chromium trace. */
async function tracedBatch(browser, page, pauseMs = 0) {
  const { result, trace } = await traced(browser, page, () =>
    page.evaluate((pause) => window.bench.batch(pause), pauseMs),
  );
  return { ...result, ...mainThreadTasks(trace) };
}

/** A fresh page of `build` with a <cert-list> of `count` shown, the network quiet: nothing of the PDF code loaded yet. */
async function coldPage(browser, build, count) {
  const cold = await builtPage(browser, build);
  await cold.page.evaluate((n) => window.bench.showList(n), count);
  await cold.page.waitForLoadState('networkidle');
  return cold;
}

/**
 * The figures, alternating between the builds run by run (so that a change in the machine's load
 * falls on both): PDFs, then warm batches in one page per build, then cold batches in fresh pages.
 */
async function compare(browser, builds) {
  const out = new Map(
    builds.map((b) => [b, { pdf: { firstMs: null, ms: [], bytes: [], cpuMs: [] }, warm: [], cold: [], paused: [] }]),
  );
  const pages = new Map();
  for (const b of builds) pages.set(b, await builtPage(browser, b));

  log(`1/4 certificate PDFs: ${RUNS.pdfWarmUps} warm-ups, then ${RUNS.pdf} timed per build, alternating`);
  for (let round = 0; round < RUNS.pdfRounds; round++) {
    for (const b of round % 2 ? [...builds].reverse() : builds) {
      const { page } = pages.get(b);
      const { result: r, trace } = await traced(browser, page, () =>
        page.evaluate(
          ([runs, warmUps]) => window.bench.pdfs(runs, warmUps),
          [RUNS.pdf / RUNS.pdfRounds, round === 0 ? RUNS.pdfWarmUps : 0],
        ),
      );
      const f = out.get(b).pdf;
      f.firstMs ??= r.firstMs;
      f.ms.push(...r.ms);
      f.bytes.push(...r.bytes);
      // The thread's CPU clock over the round's timed calls, per PDF: robust to a busy machine.
      f.cpuMs.push(mainThreadTasks(trace, 'bench-pdfs').cpuMs / r.ms.length);
    }
  }

  log(`2/4 ${BATCH} certificates to a ZIP, warm: 1 untimed + ${RUNS.warm} per build, alternating, traced`);
  for (const b of builds) {
    const { page } = pages.get(b);
    await page.evaluate((n) => window.bench.showList(n), BATCH);
    await page.evaluate(() => window.bench.batch(0));
  }
  for (let round = 0; round < RUNS.warm; round++)
    for (const b of round % 2 ? [...builds].reverse() : builds)
      out.get(b).warm.push(await tracedBatch(browser, pages.get(b).page));
  for (const b of builds) await pages.get(b).context.close();

  log(
    `3/4 ${BATCH} certificates to a ZIP, cold (a fresh page each): ${RUNS.cold} at once and ${RUNS.cold} after a ${PAUSE_MS} ms pause per build`,
  );
  for (const [key, pause] of [
    ['cold', 0],
    ['paused', PAUSE_MS],
  ])
    for (let round = 0; round < RUNS.cold; round++)
      for (const b of round % 2 ? [...builds].reverse() : builds) {
        const cold = await coldPage(browser, b, BATCH);
        out.get(b)[key].push(await tracedBatch(browser, cold.page, pause));
        await cold.context.close();
      }

  log('4/4 bytes a page loads, per build');
  for (const b of builds) out.get(b).bytes = await bytesLoaded(browser, b.url);
  return out;
}

/**
 * What the built package makes a page load: the page with a <cert-list>, then its first PDF, then a
 * Greek one, then one for a three-character Chinese name (the baseline has no CJK fonts: no PDF).
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
  const cjkBytes = await page.evaluate((name) => window.makePdf(name).catch(() => null), CJK_NAME);
  const cjkPdf = await phase();
  await context.close();
  return { before, firstPdf, greekPdf, cjkPdf, pdfBytes: { latin: latinBytes, greek: greekBytes, cjk: cjkBytes } };
}

/* ------------------------------------------------------------------------------------------------
 * The run
 */
async function stopAll() {
  while (started.length) {
    const stop = started.pop();
    await stop().catch((error) => log(`while stopping: ${error.message}`));
  }
}

async function main() {
  const t0 = Date.now();
  const dist = ensureDist();
  if (dist.missing) throw new Error('No dist/cert-elements.js to measure');
  const baseline = buildBaseline();
  const head = git('rev-parse', '--short', 'HEAD').toString().trim();
  const dirty = git('status', '--porcelain', '--', 'src', 'package.json', 'vite.config.ts').toString().trim() !== '';
  // The install may take minutes; the measuring has its own limit.
  giveUpAfter(GIVE_UP_MS);

  const builds = [
    { label: `baseline ${baseline.commit.slice(0, 7)}`, ...(await startStatic(baseline.dir)) },
    { label: `today ${head}${dirty ? '+changes' : ''}`, ...(await startStatic(root)) },
  ];
  const vite = await startVite();
  started.push(() => vite.server.close());
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  started.push(() => browser.close());
  const host = machine(browser.version());

  const compared = await compare(browser, builds);

  log(`library figures: our PDF vs pdf-lib, fflate vs JSZip, first render of 1,000 (TypeScript sources through Vite)`);
  const exp = await benchPage(browser, vite.url, 'export');
  const pdf = await exp.page.evaluate(
    ([runs, warmUps]) => window.bench.pdfs(runs, warmUps),
    [RUNS.libraryPdf, RUNS.pdfWarmUps],
  );
  const zips = await exp.page.evaluate(([counts, runs]) => window.bench.zips(counts, runs), [ZIP_COUNTS, RUNS.zip]);
  await exp.context.close();
  const el = await benchPage(browser, vite.url, 'element');
  const render = await el.page.evaluate((runs) => window.bench.firstRender(1000, runs), RUNS.render);
  await el.context.close();

  const loadEnd = os.loadavg();
  await stopAll();
  print({ host, dist, builds, compared, pdf, zips, render, loadEnd, seconds: (Date.now() - t0) / 1000 });
}

const spread = (values, digits = ms) =>
  values.length > 1 ? `${digits(Math.min(...values))}–${digits(Math.max(...values))}` : '';
const ratio = (today, old) => (Number.isFinite(today / old) && old > 0 ? times(today / old) : '—');

function print({ host, dist, builds, compared, pdf, zips, render, loadEnd, seconds }) {
  const out = [];
  out.push(`cert-elements benchmark, ${host.date}`);
  out.push(
    `machine: ${host.cores} cores (nproc), ${host.cpu}, ${host.memory} RAM, ${host.os}; Node ${host.node}; Chromium ${host.chromium}`,
  );
  out.push(
    `load average (1, 5, 15 min) at the start: ${host.load}; at the end: ${loadEnd.map((l) => l.toFixed(2)).join(', ')} (other work on the machine skews every figure)`,
  );
  out.push('');

  // 1: baseline vs today
  const [oldB, newB] = builds;
  const [o, n] = [compared.get(oldB), compared.get(newB)];
  out.push(`1. Baseline vs today, each on its BUILT dist/cert-elements.js, driven the same way through the public API`);
  out.push(`   ${oldB.label} (its own npm ci and vite build) and ${newB.label} (dist/: ${dist.note})`);
  const rows = [];
  const timed = (label, pick, digits = ms) => {
    const [a, b] = [pick(o), pick(n)];
    rows.push([
      label,
      digits(median(a)),
      digits(median(b)),
      ratio(median(b), median(a)),
      spread(a, digits),
      spread(b, digits),
    ]);
  };
  const longest = (runs) => runs.map((r) => r.longestMs);
  const longestCpu = (runs) => runs.map((r) => r.longestCpuMs);
  const cpu = (runs) => runs.map((r) => r.cpuMs);
  const over50 = (runs) => runs.map((r) => r.longTasks.length);
  timed(`ms per certificate PDF (median of ${o.pdf.ms.length})`, (x) => x.pdf.ms);
  timed(`  main-thread CPU per PDF, ms (median of ${RUNS.pdfRounds} rounds)`, (x) => x.pdf.cpuMs);
  rows.push([
    'first PDF of a page, ms (one call)',
    ms(o.pdf.firstMs),
    ms(n.pdf.firstMs),
    ratio(n.pdf.firstMs, o.pdf.firstMs),
    '',
    '',
  ]);
  timed(`${BATCH} certificates → ZIP ready, warm, ms (median of ${o.warm.length})`, (x) => x.warm.map((r) => r.ms));
  timed(`${BATCH} certificates → ZIP ready, cold, ms (median of ${o.cold.length})`, (x) => x.cold.map((r) => r.ms));
  timed(`  cold, Download ${PAUSE_MS / 1000} s after selecting, ms`, (x) => x.paused.map((r) => r.ms));
  timed('longest main-thread task, warm, ms', (x) => longest(x.warm));
  timed('most CPU one main-thread task took, warm, ms', (x) => longestCpu(x.warm));
  timed('longest main-thread task, cold, ms', (x) => longest(x.cold));
  timed('most CPU one task took, cold, ms', (x) => longestCpu(x.cold));
  timed(`longest task, cold, Download ${PAUSE_MS / 1000} s after selecting, ms`, (x) => longest(x.paused));
  timed('  most CPU one task took, ms', (x) => longestCpu(x.paused));
  timed('tasks over 50 ms, warm (count)', (x) => over50(x.warm), String);
  timed('tasks over 50 ms, cold (count)', (x) => over50(x.cold), String);
  timed('main-thread CPU during the batch, warm, ms', (x) => cpu(x.warm));
  timed('main-thread CPU during the batch, cold, ms', (x) => cpu(x.cold));
  timed(`  cold, Download ${PAUSE_MS / 1000} s after selecting, ms`, (x) => cpu(x.paused));
  const sum = (files, key = 'gz', test = () => true) => files.filter(test).reduce((t, f) => t + f[key], 0);
  const isFont = (f) => /\.(woff2?|ttf|otf)$/.test(f.path);
  for (const [label, test] of [
    ['first PDF adds: JS, gzip -9', (f) => !isFont(f)],
    ['first PDF adds: fonts, gzip -9', isFont],
    ['first PDF adds: all, gzip -9', () => true],
  ]) {
    const [a, b] = [sum(o.bytes.firstPdf, 'gz', test), sum(n.bytes.firstPdf, 'gz', test)];
    rows.push([label, kb(a), kb(b), ratio(b, a), '', '']);
  }
  {
    const [a, b] = [sum(o.bytes.before), sum(n.bytes.before)];
    rows.push(['page with <cert-list> before any PDF, gzip -9', kb(a), kb(b), ratio(b, a), '', '']);
    const [c, d] = [median(o.pdf.bytes), median(n.pdf.bytes)];
    rows.push(['certificate PDF size', kb(c), kb(d), ratio(d, c), '', '']);
  }
  out.push(table(['', 'baseline', 'today', 'today ÷ baseline', 'baseline range', 'today range'], rows));
  out.push(
    `   Longest task and CPU: Chromium trace (categories ${TRACE_CATEGORIES.join(', ')}), the page's main-thread RunTask events between`,
  );
  out.push(
    "   the bench-batch-start and -end marks: a task is a RunTask and the microtask checkpoint right after it; CPU is the thread's",
  );
  out.push(
    '   CPU clock (tts) from mark to mark. Wall time includes waiting for a core on a busy machine. Tasks over 50 ms: the Long Tasks API.',
  );
  out.push(
    `   Cold: a fresh page (own context) with the list shown and the network quiet, then selectAll() + downloadSelected() at once,`,
  );
  out.push(`   or ${PAUSE_MS} ms apart (timed from downloadSelected(); task and CPU figures from selectAll()).`);
  const name = (p) => p.replace(/^\/dist\//, '').replace(/-[\w-]{8}(\.\w+)$/, '$1');
  const list = (files) => files.map((f) => `${name(f.path)} ${kb(f.gz)}`).join(', ');
  for (const [b, x] of [
    [oldB, o],
    [newB, n],
  ]) {
    out.push(`   ${b.label}, first PDF loads: ${list(x.bytes.firstPdf)}`);
    out.push(`   ${b.label}, a Greek name then adds: ${list(x.bytes.greekPdf) || 'nothing'}`);
    const cjk = x.bytes.pdfBytes.cjk === null ? ' (no PDF: no font for it)' : '';
    out.push(`   ${b.label}, ${CJK_NAME} then adds: ${list(x.bytes.cjkPdf) || 'nothing'}${cjk}`);
  }
  {
    // WOFF is compressed already: a server sends it as it is, so its transfer is its size; JS as gzip -9.
    const files = n.bytes.cjkPdf;
    const fonts = sum(files, 'raw', isFont);
    const js = sum(files, 'gz', (f) => !isFont(f));
    out.push(
      `   CJK: a three-character name (${CJK_NAME}) on an English page adds ${kb(fonts + js)} transferred to the first PDF` +
        ` (${files.filter(isFont).length} font slices ${kb(fonts)} as sent, WOFF being compressed already; the family's list of` +
        ` slices ${kb(js)} gzip -9); goal at most 150 KB. Its certificate PDF: ${kb(n.bytes.pdfBytes.cjk ?? 0)}.`,
    );
  }
  out.push(
    `   ZIP: ${mb(n.warm[0].zipBytes)} today, ${mb(o.warm[0].zipBytes)} baseline, ${BATCH} entries, "${n.warm[0].filename}".`,
  );
  out.push('');

  // 2
  const [ours, lib] = [pdf.ours, pdf.pdfLib];
  out.push(
    `2. Library choice: one certificate PDF from the TypeScript sources (Vite), ms, median of ${ours.ms.length}`,
  );
  out.push(
    table(
      ['', 'ours (jsPDF + Noto Sans)', 'pdf-lib (Helvetica)', 'ours / pdf-lib'],
      [
        ['ms per PDF', ms(median(ours.ms)), ms(median(lib.ms)), times(median(ours.ms) / median(lib.ms))],
        ['first call (cold)', ms(ours.firstMs), ms(lib.firstMs), times(ours.firstMs / lib.firstMs)],
        ['PDF size', kb(median(ours.bytes)), kb(median(lib.bytes)), times(median(ours.bytes) / median(lib.bytes))],
      ],
    ),
  );
  out.push('');

  // 3
  out.push('3. Library choice: ZIP of certificate PDFs (stored, not deflated), ms, same bytes and entry names');
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

  // 4
  out.push(
    `4. First render of ${render.count.toLocaleString('en')} certifications in <cert-list> (sources), ms (median of ${render.updateMs.length}; ${render.items} items rendered)`,
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

let giveUp;
function giveUpAfter(limitMs) {
  clearTimeout(giveUp);
  giveUp = setTimeout(() => {
    log(`gave up after ${limitMs / 1000} s`);
    void stopAll().finally(() => process.exit(1));
  }, limitMs);
}
/** Set on SIGINT or SIGTERM: what fails while everything is being stopped is not worth reporting. */
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
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
  if (!interrupted) log(error?.stack ?? String(error));
  process.exit(interrupted ? 130 : 1);
}
