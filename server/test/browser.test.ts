/**
 * The whole flow in Chromium against the built library: the demo page signs in and shows the
 * dashboard; a share made there opens in another browser context (no session) with its code; no
 * page breaks its Content-Security-Policy. Skipped when dist/ is not built or Chromium is missing.
 */
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
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

    const share = await learnerPage.evaluate(async () => {
      const response = await fetch('/api/transcript/shares', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ accessCode: 'open-sesame-42', includeAddress: false }),
      });
      return (await response.json()) as { url: string; transcriptId: string };
    });

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
});
