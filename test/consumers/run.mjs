#!/usr/bin/env node
/**
 * Consumer tests: the packed package as integrators get it, in small real apps (test/consumers/<app>/).
 * For each app: install its own dependencies from the npm registry (cached in
 * $HOME/.cache/cert-elements-consumers/<app>/, keyed on the app's package.json), install this
 * repository's `npm pack` tarball, build, serve the build on 127.0.0.1, and in Chromium: see the
 * demo learner's dashboard, download one certificate PDF and a ZIP of two, then one certificate PDF with
 * the page in Japanese (CJK font slices), with no failed request.
 * Apps in DEV_SERVERS do the same once more under their bundler's dev server.
 *
 *   npm run build && node test/consumers/run.mjs [--cold] [app ...]
 *
 * `--cold` empties the named apps' caches first. Prints PASS or FAIL per app; exits 1 on any FAIL.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
/** Every folder here with a package.json is an app. */
const APPS = (await readdir(HERE, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(HERE, entry.name, 'package.json')))
  .map((entry) => entry.name);
const CACHE = process.env.CERT_ELEMENTS_CONSUMERS_CACHE || join(homedir(), '.cache', 'cert-elements-consumers');
/** Files the runner keeps in an app's work dir between runs; everything else is copied afresh. */
const KEPT = new Set(['node_modules', 'package-lock.json', '.deps-hash']);
/** The MemoryAdapter's demo learner: what the dashboard's heading and every certificate PDF show. */
const LEARNER_NAME = 'María José Núñez-Ortega';
const STEP_TIMEOUT_MS = 30_000;
/** Lines of a step's output shown in the report. */
const MAX_LINES = 40;

const run = promisify(execFile);

class StepFailure extends Error {
  constructor(message, details = '') {
    super(message);
    this.details = details;
  }
}

function fail(message, details) {
  throw new StepFailure(message, details);
}

/** Runs a command in `cwd`; resolves with its exit code and its stdout and stderr interleaved. */
function command(cmd, args, cwd, timeoutMs) {
  return new Promise((done, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs / 1000} s]`;
      process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output: stripVTControlCharacters(output) });
    });
  });
}

async function mustRun(cmd, args, cwd, timeoutMs, what) {
  const { code, output } = await command(cmd, args, cwd, timeoutMs);
  if (code !== 0) fail(`${what} exited with code ${code}`, output);
  return output;
}

/** The build's warnings: blocks of output (split at blank lines) that a bundler marks as a warning or error. */
export function warningBlocks(output) {
  return output
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => /\bwarn(ing)?\b|\berror\b/i.test(block) || /\(!\)|▲|✘|\[[A-Z_]{6,}\]/.test(block))
    .filter((block) => !/^webpack [\d.]+ compiled with/.test(block));
}

async function packTarball() {
  if (!existsSync(join(ROOT, 'dist'))) fail('dist/ is missing: run `npm run build` first');
  const dir = await mkdtemp(join(tmpdir(), 'cert-elements-pack-'));
  const output = await mustRun('npm', ['pack', '--json', '--pack-destination', dir], ROOT, 120_000, 'npm pack');
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(output.slice(output.indexOf('[')));
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`packed ${filename}: ${kb(size)}, ${kb(unpackedSize)} unpacked, ${entryCount} files`);
  return join(dir, filename);
}

/** Copies the app into its work dir; reinstalls its own dependencies only when its package.json changed. */
async function prepare(app, cold) {
  const source = join(HERE, app);
  const work = join(CACHE, app);
  const packageJson = await readFile(join(source, 'package.json'));
  const hash = createHash('sha256').update(packageJson).update(process.version).digest('hex');
  const hashFile = join(work, '.deps-hash');
  const cached = !cold && existsSync(hashFile) && (await readFile(hashFile, 'utf8')) === hash;
  if (!cached) await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  for (const name of await readdir(work)) {
    if (!KEPT.has(name)) await rm(join(work, name), { recursive: true, force: true });
  }
  await cp(source, work, {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|dist)([/\\]|$)/.test(path.slice(source.length)),
  });
  if (!cached) {
    await mustRun('npm', ['install', '--no-audit', '--no-fund'], work, 600_000, 'npm install');
    await writeFile(hashFile, hash);
  }
  return { work, cached };
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Serves `root` on 127.0.0.1, as any static host would: files only, 404 for the rest. */
async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = resolve(root, `.${path}`);
    try {
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside the root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((c) => server.close(c)) };
}

/** Collects what `cert-error` events say, so that a failed download fails the check at once. */
function recordCertErrors() {
  window.certErrors = [];
  document.addEventListener('cert-error', (event) => window.certErrors.push(String(event.detail.error)));
}

async function downloadBytes(page, click) {
  const failed = page
    .waitForFunction(() => window.certErrors.length > 0, null, { timeout: STEP_TIMEOUT_MS })
    .then(() => page.evaluate(() => window.certErrors.join('\n')));
  const downloaded = page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS });
  await click();
  const download = await Promise.race([downloaded, failed.then((error) => fail(`cert-error: ${error}`))]);
  failed.catch(() => undefined);
  const path = await download.path();
  return { filename: download.suggestedFilename(), bytes: await readFile(path), path };
}

async function pdfText(path) {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  return stdout;
}

/** What a person does and gets in the page: the checks each app must pass. */
async function checkPage(page, url, extraChecks) {
  const checks = [];
  const pass = (what) => checks.push(what);

  await page.goto(url);
  const heading = page.getByRole('heading', { level: 1, name: LEARNER_NAME });
  await heading.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => fail(`no heading with "${LEARNER_NAME}"`));
  pass(`heading "${(await heading.textContent()).trim()}"`);

  const boxes = page.getByRole('checkbox');
  await boxes.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  const titles = await boxes.evaluateAll((els) => els.map((el) => el.labels?.[0]?.textContent?.trim() ?? ''));
  if (titles.length < 2) fail(`expected at least 2 certificates to select, found ${titles.length}`);
  pass(`${titles.length} certificates to select`);

  await boxes.nth(0).check();
  // The preview's code and strings load on first use: its dialog must open with its title.
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.getByRole('heading', { name: `Certificate preview: ${titles[0]}` });
  await preview.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => fail(`the preview of "${titles[0]}" did not open`));
  pass(`preview "${(await preview.textContent()).replace(/\s+/g, ' ').trim()}"`);
  await page.keyboard.press('Escape');
  await preview.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  const pdfButton = page.getByRole('button', { name: 'Download PDF', exact: true });
  const pdf = await downloadBytes(page, () => pdfButton.click());
  if (pdf.bytes.subarray(0, 5).toString('latin1') !== '%PDF-') fail(`${pdf.filename} does not start with %PDF-`);
  if (pdf.bytes.length < 1024) fail(`${pdf.filename} is only ${pdf.bytes.length} bytes`);
  const text = (await pdfText(pdf.path)).replace(/\s+/g, ' ');
  if (!text.includes(LEARNER_NAME)) fail(`${pdf.filename} does not show "${LEARNER_NAME}"`, text.slice(0, 500));
  if (!text.includes(titles[0])) fail(`${pdf.filename} does not show "${titles[0]}"`, text.slice(0, 500));
  pass(`PDF ${pdf.filename} (${(pdf.bytes.length / 1024).toFixed(1)} KB) shows the learner and "${titles[0]}"`);
  await extraChecks?.afterPdf?.(page, pdf, pass);

  await boxes.nth(1).check();
  const zipButton = page.getByRole('button', { name: 'Download 2 as ZIP', exact: true });
  const zip = await downloadBytes(page, () => zipButton.click());
  if (zip.bytes.subarray(0, 2).toString('latin1') !== 'PK') fail(`${zip.filename} does not start with PK`);
  const { stdout } = await run('unzip', ['-Z1', zip.path]);
  const entries = stdout.trim().split('\n');
  if (entries.length !== 2 || !entries.every((e) => e.endsWith('.pdf'))) {
    fail(`${zip.filename} holds ${entries.length} entries, not 2 PDFs`, stdout);
  }
  pass(`ZIP ${zip.filename} holds ${entries.map((e) => `"${e}"`).join(', ')}`);
  await extraChecks?.afterZip?.(page, zip, pass);

  // The page in Japanese: the certificate's wording needs Noto Sans JP, whose slices the bundler must have emitted as files.
  await page.evaluate(() => {
    document.documentElement.lang = 'ja';
  });
  await boxes.nth(1).uncheck();
  const jaButton = page.getByRole('button', { name: 'PDF をダウンロード', exact: true });
  await jaButton.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => fail('no Japanese "PDF をダウンロード" button'));
  const jaPdf = await downloadBytes(page, () => jaButton.click());
  const jaText = (await pdfText(jaPdf.path)).replace(/\s+/g, ' ');
  if (!jaText.includes('認定証') || !jaText.includes(LEARNER_NAME)) {
    fail(`${jaPdf.filename} does not show "認定証" and "${LEARNER_NAME}"`, jaText.slice(0, 500));
  }
  pass(`Japanese PDF ${jaPdf.filename} (${(jaPdf.bytes.length / 1024).toFixed(1)} KB) shows "認定証"`);
  return checks;
}

/**
 * The framework apps listen to `cert-selection-change` and `cert-download` each in their framework's way,
 * and show what they received in a status line: "1 selected, downloaded <file>".
 */
const frameworkEvents = {
  async afterPdf(page, pdf, pass) {
    const status = page.getByRole('status').filter({ hasText: `1 selected, downloaded ${pdf.filename}` });
    await status.waitFor({ timeout: 5000 }).catch(() => fail('the app shows no "1 selected, downloaded …" status'));
    pass(`cert-selection-change and cert-download reach the app: "${(await status.textContent()).trim()}"`);
  },
  async afterZip(page, zip, pass) {
    const status = page.getByRole('status').filter({ hasText: `2 selected, downloaded ${zip.filename}` });
    await status.waitFor({ timeout: 5000 }).catch(() => fail('the app shows no "2 selected, downloaded …" status'));
    pass(`after the ZIP: "${(await status.textContent()).trim()}"`);
  },
};

const EXTRA_CHECKS = {
  'react19-ts': {
    async afterPdf(page, pdf, pass) {
      await frameworkEvents.afterPdf(page, pdf, pass);
      const id = page.getByRole('textbox', { name: /transcript id/i });
      if ((await id.inputValue()) !== 'TR-0001') fail('the plain <transcript-viewer> tag shows no transcript ID');
      pass('plain <transcript-viewer mode="shared"> shows its form with ID TR-0001');
    },
    afterZip: frameworkEvents.afterZip,
  },
  svelte5: frameworkEvents,
  angular: frameworkEvents,
};

/**
 * Apps also checked under their bundler's dev server, which pre-bundles dependencies into
 * node_modules/.vite/deps/. Vite 8 keeps the library's `new URL(…, import.meta.url)` pointing into
 * its package; Vite 7 does not (the fonts come back as the app's page), so its app excludes
 * cert-elements from pre-bundling, as the README tells integrators to. `--force` re-bundles: the
 * freshly installed tarball does not change the app's lockfile.
 */
const VITE_DEV = ['node_modules/vite/bin/vite.js', '--force', '--host', '127.0.0.1', '--strictPort', '--port'];
const DEV_SERVERS = { vite8: VITE_DEV, vite7: VITE_DEV };

/** A free port on 127.0.0.1, for a server that must be told its port. */
async function freePort() {
  const probe = createServer();
  await new Promise((listening) => probe.listen(0, '127.0.0.1', listening));
  const { port } = probe.address();
  await new Promise((closed) => probe.close(closed));
  return port;
}

/** Starts the app's dev server; resolves once it prints its URL. */
async function startDevServer(work, args) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [...args, String(port)], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  await new Promise((ready, failed) => {
    const timer = setTimeout(() => failed(new StepFailure('the dev server did not start', output)), STEP_TIMEOUT_MS);
    const read = (chunk) => {
      output += stripVTControlCharacters(String(chunk));
      if (output.includes(url)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      failed(new StepFailure(`the dev server exited with code ${code}`, output));
    });
  }).catch((error) => {
    stop();
    throw error;
  });
  return { url, output: () => output, close: stop };
}

/** Opens the app at `url` in its own browser context; any failed request or page error fails it. */
async function checkInBrowser(browser, app, url) {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US' });
  await context.addInitScript(recordCertErrors);
  const page = await context.newPage();
  const problems = [];
  const fonts = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    if (/\.woff2?$/.test(new URL(response.url()).pathname)) fonts.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported above with its URL (but for the favicon, which no app has).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${message.text()}`);
  });
  try {
    const checks = await checkPage(page, url, EXTRA_CHECKS[app]).catch((error) => {
      if (problems.length) error.details = [error.details, ...problems].filter(Boolean).join('\n');
      throw error;
    });
    if (!fonts.some((f) => f.startsWith('200 '))) fail('no font file was fetched for the PDF', fonts.join('\n'));
    checks.push(`fonts fetched: ${fonts.map((f) => f.replace(url, '/')).join(', ')}`);
    if (problems.length) fail(`${problems.length} failed request(s) or page error(s)`, problems.join('\n'));
    return checks;
  } finally {
    await context.close();
  }
}

/** Runs the app's steps in order; the first that fails ends the app. Each step returns `{ note, details, value }`. */
async function runApp(app, tarball, browser, cold) {
  const steps = [];
  const step = async (name, fn) => {
    const start = performance.now();
    const seconds = () => (performance.now() - start) / 1000;
    try {
      const { note = '', details = '', value } = (await fn()) ?? {};
      steps.push({ name, ok: true, seconds: seconds(), note, details });
      return value;
    } catch (error) {
      steps.push({ name, ok: false, seconds: seconds(), note: error.message, details: error.details ?? error.stack });
      throw error;
    }
  };
  try {
    const work = await step('install the app', async () => {
      const { work, cached } = await prepare(app, cold);
      return { value: work, note: cached ? 'dependencies from the cache' : 'dependencies installed' };
    });
    await step('install the tarball', async () => {
      await mustRun('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], work, 300_000, 'npm install');
    });
    await step('build', async () => {
      const output = await mustRun('npm', ['run', 'build'], work, 300_000, 'npm run build');
      const warnings = warningBlocks(output);
      // webpack's and Angular's warnings are few and all worth acting on; the other bundlers' only when about us.
      const ours = warnings.filter((w) => ['webpack5', 'angular'].includes(app) || /cert-elements/.test(w));
      if (ours.length) fail(`${ours.length} warning(s) from cert-elements`, ours.join('\n\n'));
      return { details: warnings.map((w) => `other warning:\n${w}`).join('\n') };
    });
    await step('in Chromium', async () => {
      const server = await serve(join(work, 'dist'));
      try {
        return { note: (await checkInBrowser(browser, app, server.url)).join('\n') };
      } finally {
        await server.close();
      }
    });
    if (DEV_SERVERS[app]) {
      await step('dev server in Chromium', async () => {
        const dev = await startDevServer(work, DEV_SERVERS[app]);
        try {
          const checks = await checkInBrowser(browser, app, dev.url);
          const warnings = warningBlocks(dev.output()).filter((w) => /cert-elements/.test(w));
          if (warnings.length)
            fail(`${warnings.length} warning(s) about cert-elements from the dev server`, warnings.join('\n\n'));
          return { note: checks.join('\n') };
        } finally {
          dev.close();
        }
      });
    }
  } catch {
    // Reported with the step that failed.
  }
  return steps;
}

function report(app, steps) {
  const failed = steps.find((s) => !s.ok);
  console.log(`\n${failed ? 'FAIL' : 'PASS'} ${app}`);
  for (const s of steps) {
    console.log(
      `  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)${s.note && !s.ok ? `: ${s.note}` : ''}`,
    );
    const lines = [s.ok ? s.note : '', s.details].join('\n').trim().split('\n');
    const shown =
      lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more lines`] : lines;
    if (lines.join('')) console.log(shown.join('\n').replace(/^/gm, '         '));
  }
  return !failed;
}

async function main() {
  const args = process.argv.slice(2);
  const cold = args.includes('--cold');
  const apps = args.filter((a) => !a.startsWith('--'));
  for (const app of apps) if (!APPS.includes(app)) throw new Error(`unknown app ${app}; the apps: ${APPS.join(', ')}`);
  const start = performance.now();
  const tarball = await packTarball();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const app of apps.length ? apps : APPS) {
      const appStart = performance.now();
      const ok = report(app, await runApp(app, tarball, browser, cold));
      results.push({ app, ok, seconds: (performance.now() - appStart) / 1000 });
    }
  } finally {
    await browser.close();
    await rm(dirname(tarball), { recursive: true, force: true });
  }
  console.log('\nconsumer apps:');
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'} ${r.app} (${r.seconds.toFixed(1)} s)`);
  console.log(`total ${((performance.now() - start) / 1000).toFixed(1)} s`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

await main();
