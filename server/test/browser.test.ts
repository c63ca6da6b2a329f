/**
 * The whole flow in Chromium against the built library: the demo page signs in and shows the
 * dashboard; a share made there opens in another browser context (no session) with its code; no
 * page breaks its Content-Security-Policy. Skipped when dist/ is not built or Chromium is missing.
 */
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPOSITORY_ROOT } from '../src/config.js';
import { startTestServer, type TestServer } from './helpers.js';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const BUILT =
  existsSync(join(REPOSITORY_ROOT, 'dist', 'cert-elements.js')) && existsSync(join(REPOSITORY_ROOT, 'shared.html'));
const skip = !BUILT
  ? 'dist/cert-elements.js is not built (npm run build)'
  : !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM}`
    : false;

/** Records what the page refuses under its CSP and any uncaught error. */
async function watch(page: Page, problems: string[]): Promise<void> {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript({
    content:
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
  });
}

/** A share without the address, made through the API with the learner's session on `page`; its code is `open-sesame-42`. */
function createShare(page: Page): Promise<{ url: string; transcriptId: string }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/transcript/shares', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accessCode: 'open-sesame-42', includeAddress: false }),
    });
    return (await response.json()) as { url: string; transcriptId: string };
  });
}

describe('in Chromium, with the built library', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer({ webRoot: REPOSITORY_ROOT, config: { logLevel: 'warn' } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    // The repository is the web root here: dispose() would delete it.
    await server?.close();
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('shares a transcript on the dashboard and opens it in another browser, without the address', async () => {
    const problems: string[] = [];
    const learnerPage = await (await browser.newContext()).newPage();
    await watch(learnerPage, problems);
    await learnerPage.goto(server.url);
    await learnerPage.getByRole('heading', { name: /María José Núñez-Ortega/ }).waitFor({ timeout: 15_000 });
    const cookies = await learnerPage.context().cookies();
    const session = cookies.find((c) => c.name === 'session');
    assert.ok(session?.httpOnly, 'an HttpOnly session cookie');
    assert.equal(session?.sameSite, 'Lax');

    const share = await createShare(learnerPage);

    const visitor = await (await browser.newContext()).newPage();
    await watch(visitor, problems);
    await visitor.goto(share.url);
    await visitor.getByRole('textbox', { name: 'Access code' }).fill('open-sesame-42');
    await visitor.getByRole('button', { name: 'View transcript' }).click();
    await visitor.getByRole('heading', { name: 'María José Núñez-Ortega' }).waitFor({ timeout: 15_000 });
    assert.equal(await visitor.getByText('Calle de Alcalá').count(), 0, 'no address on the shared page');
    await learnerPage.getByRole('tab', { name: 'Transcript' }).click();
    await learnerPage.getByText('Calle de Alcalá').first().waitFor({ timeout: 5_000 }); // the owner sees it
    assert.deepEqual(problems, []);
  });

  it('previews a certificate on the dashboard under the server’s own CSP, with the learner’s name', async () => {
    const problems: string[] = [];
    const page = await (await browser.newContext()).newPage();
    await watch(page, problems);
    const notFound: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) notFound.push(new URL(response.url()).pathname);
    });
    await page.goto(server.url);
    await page.getByRole('heading', { name: /María José Núñez-Ortega/ }).waitFor({ timeout: 15_000 });
    await page.locator('cert-list input[type=checkbox]:not([disabled])').first().check();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const picture = page.getByRole('img', { name: /^Certificate: .*María José Núñez-Ortega/ });
    await picture.waitFor({ timeout: 15_000 });
    assert.ok(await picture.locator('text', { hasText: 'María José Núñez-Ortega' }).count(), 'the name drawn as text');
    assert.equal(await page.locator('cert-list iframe').count(), 0, 'no PDF frame');
    const dialogText = await page.locator('cert-list dialog[open]').innerText();
    assert.doesNotMatch(dialogText, /security settings/i);
    // The preview asks for an official PDF, which this server has none of: a 404 by the contract, logged by Chromium.
    assert.ok(
      notFound.every((path) => /^\/api\/certifications\/[^/]+\/pdf$/.test(path)),
      notFound.join(', '),
    );
    assert.deepEqual(
      problems.filter((p) => !/Failed to load resource: .* 404/.test(p)),
      [],
    );
  });

  it('opens the shared page in the employer’s language, dark, switchable by keyboard and printable', async () => {
    const problems: string[] = [];
    const learnerPage = await (await browser.newContext()).newPage();
    await learnerPage.goto(server.url);
    await learnerPage.getByRole('heading', { name: /María José Núñez-Ortega/ }).waitFor({ timeout: 15_000 });
    const share = await createShare(learnerPage);

    // A Spanish-speaking employer in dark mode, on a desktop screen.
    const options = { locale: 'es-ES', colorScheme: 'dark', viewport: { width: 1280, height: 900 } } as const;
    const employer = await (await browser.newContext(options)).newPage();
    await watch(employer, problems);
    await employer.goto(share.url);
    await employer.getByRole('heading', { level: 1, name: 'Expediente compartido' }).waitFor({ timeout: 15_000 });
    assert.equal(await employer.getAttribute('html', 'lang'), 'es');
    assert.equal(await employer.title(), 'Expediente compartido');
    // Strings: these run in the page, and the server's TypeScript has no DOM types.
    const background = () => employer.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
    assert.equal(await background(), 'rgb(11, 16, 32)', 'the whole page is dark');
    await employer.getByRole('textbox', { name: 'Código de acceso' }).fill('open-sesame-42');
    await employer.getByRole('button', { name: 'Ver expediente' }).click();
    await employer
      .getByText(/^Compartido por María José Núñez-Ortega el .+, válido hasta el .+$/)
      .waitFor({ timeout: 15_000 });
    assert.ok(await employer.getByText('Northwind Cloud Academy').first().isVisible(), 'the partner’s name');
    const logoLoaded =
      "document.querySelector('transcript-viewer').shadowRoot.querySelector('[part=partner] img').naturalWidth > 0";
    assert.ok(await employer.evaluate<boolean>(logoLoaded), 'the partner’s logo, from this origin');
    const tableWidth = await employer.evaluate<number>(
      "document.querySelector('transcript-viewer').shadowRoot.querySelector('table').getBoundingClientRect().width",
    );
    assert.ok(tableWidth < 1000, `a table ${tableWidth}px wide on a 1280px screen`);

    // The switch, by keyboard: English, in the URL, with the transcript ID kept.
    await employer.getByRole('combobox', { name: 'Idioma' }).focus();
    await employer.keyboard.press('ArrowUp');
    await employer.getByRole('heading', { level: 1, name: 'Shared transcript' }).waitFor({ timeout: 5_000 });
    await employer.getByText(/^Shared by María José Núñez-Ortega on .+, valid until .+$/).waitFor({ timeout: 5_000 });
    const url = new URL(employer.url());
    assert.equal(url.searchParams.get('lang'), 'en');
    assert.equal(url.searchParams.get('transcript'), share.transcriptId);
    assert.equal(await employer.getByRole('combobox', { name: 'Language' }).inputValue(), 'en');

    // On paper: white, no switch, no buttons.
    await employer.emulateMedia({ media: 'print' });
    assert.equal(await background(), 'rgb(255, 255, 255)');
    assert.equal(await employer.locator('#lang').isVisible(), false, 'no language switch on paper');
    assert.equal(await employer.getByRole('button', { name: 'PDF' }).isVisible(), false, 'no buttons on paper');
    assert.equal(await employer.getByText('Northwind Cloud Academy').first().isVisible(), true);
    assert.deepEqual(problems, []);
  });

  it('has no axe violations on the Spanish shared page, light or dark', async () => {
    const { readFileSync } = await import('node:fs');
    const axeSource = readFileSync(join(REPOSITORY_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      // Only axe needs the policy lifted: the test above checks the page under it.
      const page = await (await browser.newContext({ locale: 'es-ES', colorScheme, bypassCSP: true })).newPage();
      await page.goto(`${server.url}shared.html?transcript=K7QM2XWN4HD9R`);
      await page.getByRole('textbox', { name: 'Código de acceso' }).waitFor({ timeout: 15_000 });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate<string[]>('axe.run().then((r) => r.violations.map((v) => v.id))');
      assert.deepEqual(violations, [], colorScheme);
    }
  });

  it('a certificate PDF’s QR code opens verify.html: valid with the holder’s name, and revoked once revoked', async () => {
    const problems: string[] = [];
    const learnerPage = await (await browser.newContext()).newPage();
    await learnerPage.goto(server.url);
    await learnerPage.getByRole('heading', { name: /María José Núñez-Ortega/ }).waitFor({ timeout: 15_000 });
    // The learner's certificate, made by the built library from this server's data, as the dashboard makes it.
    const made = await learnerPage.evaluate<{ pdf: string; credentialId: string }>(`(async () => {
      const [learner, certifications] = await Promise.all(
        ['/api/learner', '/api/certifications'].map((path) => fetch(path).then((r) => r.json())),
      );
      const cert = certifications.find((c) => c.status === 'earned' && c.credentialId);
      const { certificatePdf } = await import('/dist/cert-elements.js');
      const bytes = new Uint8Array(await (await certificatePdf(cert, learner)).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { pdf: btoa(binary), credentialId: cert.credentialId };
    })()`);
    const url = await qrCodeOf(Buffer.from(made.pdf, 'base64'));
    assert.equal(url, new URL(`verify.html?credential=${made.credentialId}`, server.url).href);

    // Whoever scans it: another browser, no session.
    const verifier = await (await browser.newContext()).newPage();
    await watch(verifier, problems);
    await verifier.goto(url);
    await verifier.getByRole('heading', { name: 'Valid credential' }).waitFor({ timeout: 15_000 });
    const text = await verifier.locator('cert-verify section').innerText();
    assert.match(text, /María José Núñez-Ortega/);
    assert.doesNotMatch(text, /@|Calle de Alcalá/, 'no e-mail, no address');

    assert.ok(await server.store.setCredentialStatus(made.credentialId, 'revoked'));
    await verifier.reload();
    await verifier.getByRole('heading', { name: 'Revoked credential' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(problems, []);
  });
});

/** The QR code on a PDF's first page, as a phone reads it: rasterized by poppler (`pdftoppm`, grey), decoded by jsQR. */
async function qrCodeOf(pdf: Buffer): Promise<string | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'cert-elements-qr-'));
  try {
    await writeFile(join(dir, 'c.pdf'), pdf);
    await promisify(execFile)('pdftoppm', [
      '-r',
      '150',
      '-gray',
      '-singlefile',
      '-f',
      '1',
      '-l',
      '1',
      join(dir, 'c.pdf'),
      join(dir, 'page'),
    ]);
    // A binary PGM: "P5", width, height, maximum value, then one byte a pixel.
    const pgm = await readFile(join(dir, 'page.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const grey = pgm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([grey[i], grey[i], grey[i], 255], i * 4);
    // jsqr is CommonJS whose module.exports is the function: Node's default import; TypeScript sees `.default`.
    const decode = jsQR as unknown as typeof jsQR.default;
    return decode(rgba, width, height)?.data;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
