/**
 * `<transcript-viewer mode="shared">` as the employer sees it: the partner's header, who shared the
 * transcript and until when, the wait after too many attempts, in English and Spanish; the link a
 * learner copies from a Spanish screen; dark and print.
 */
import { expect, fixture, html, waitUntil as waitUntilShort } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapter/memory-adapter.js';
import type { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import '../../src/define.js';

const today = new Date('2026-11-28T12:00:00Z');
const SHARED_PAGE = 'https://school.example.org/shared.html';
const CODE = 'correct horse battery';
const LOGO = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="40" height="40"%3E%3C/svg%3E';

const waitUntil = (condition: () => unknown, message?: string) => waitUntilShort(condition, message, { timeout: 5000 });
const adapterWith = (options: MemoryAdapterOptions = {}) =>
  new MemoryAdapter({ now: () => today, hashIterations: 1000, shareBaseUrl: SHARED_PAGE, ...options });
const $ = <T extends HTMLElement = HTMLElement>(el: TranscriptViewer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const shown = (el: TranscriptViewer) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');
const alertText = (el: TranscriptViewer) => $(el, '[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function fill(el: TranscriptViewer, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function sharedPage(adapter: MemoryAdapter, transcriptId: string, lang = 'en', logo = LOGO) {
  const el = await fixture<TranscriptViewer>(
    html`<transcript-viewer
      mode="shared"
      lang=${lang}
      partner-name="Northwind Cloud Academy"
      partner-logo=${logo}
      transcript-id=${transcriptId}
      .adapter=${adapter}
    ></transcript-viewer>`,
  );
  await waitUntil(() => $(el, '[part=access-form]'), 'the form loads');
  return el;
}

async function open(el: TranscriptViewer, code = CODE): Promise<void> {
  await fill(el, '#access-code', code);
  $(el, '[part=access-form] button[type=submit]')!.click();
  await waitUntil(() => $(el, '[part=transcript]') || alertText(el), 'the transcript or an error');
}

async function sharedTranscript(lang = 'en') {
  const adapter = adapterWith();
  const share = await adapter.createTranscriptShare({ accessCode: CODE, includeAddress: false });
  const el = await sharedPage(adapter, share.transcriptId, lang);
  await open(el);
  return el;
}

describe('transcript-viewer, the employer’s page', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

  describe('the partner’s header', () => {
    it('shows the partner’s name and logo above the form and above the transcript', async () => {
      const adapter = adapterWith();
      const share = await adapter.createTranscriptShare({ accessCode: CODE, includeAddress: false });
      const el = await sharedPage(adapter, share.transcriptId);
      const header = () => $(el, '[part=partner]')!;
      expect(header().textContent.trim()).to.equal('Northwind Cloud Academy');
      expect(header().querySelector('img')!.getAttribute('src')).to.equal(LOGO);
      expect(header().querySelector('img')!.alt, 'decorative next to the name').to.equal('');
      await expect(el).to.be.accessible();
      await open(el);
      expect(header().textContent.trim()).to.equal('Northwind Cloud Academy');
      await expect(el).to.be.accessible();
    });

    it('shows no logo from a URL that is no image URL, and names a logo that stands alone', async () => {
      const el = await sharedPage(adapterWith(), '', 'en', 'javascript:alert(1)');
      expect($(el, '[part=partner] img')).to.equal(null);
      el.partnerName = null;
      el.partnerLogo = LOGO;
      await el.updateComplete;
      expect($<HTMLImageElement>(el, '[part=partner] img')!.alt).to.equal(
        'Logo of the site that shares this transcript',
      );
      el.partnerLogo = null;
      await el.updateComplete;
      expect($(el, '[part=partner]'), 'no empty header').to.equal(null);
    });
  });

  describe('who shared it, when and until when', () => {
    it('says it in English', async () => {
      const el = await sharedTranscript();
      expect($(el, '.shared-notice')!.textContent).to.equal(
        'Shared by María José Núñez-Ortega on November 28, 2026, valid until February 26, 2027',
      );
      await expect(el).to.be.accessible();
    });

    it('and in Spanish', async () => {
      const el = await sharedTranscript('es-ES');
      expect($(el, '.shared-notice')!.textContent).to.equal(
        'Compartido por María José Núñez-Ortega el 28 de noviembre de 2026, válido hasta el 26 de febrero de 2027',
      );
      expect(shown(el)).to.contain('Northwind Cloud Academy');
    });

    it('keeps the plain notice when the backend gives no share dates', async () => {
      const adapter = adapterWith();
      const el = await fixture<TranscriptViewer>(
        html`<transcript-viewer mode="shared" .transcript=${await adapter.getTranscript()}></transcript-viewer>`,
      );
      expect($(el, '.shared-notice')!.textContent).to.equal('A transcript shared with you. Read-only.');
    });
  });

  describe('too many attempts', () => {
    const limited = (retryAfter: number) =>
      adapterWith({ fail: { viewSharedTranscript: new AdapterError('rate-limited', 'slow down', { retryAfter }) } });

    it('says the wait in minutes, in English and in Spanish', async () => {
      const en = await sharedPage(limited(446), 'ABCDEFGHJKLMN');
      await open(en);
      expect(alertText(en)).to.equal('Too many attempts. Try again in about 8 minutes.');
      const es = await sharedPage(limited(446), 'ABCDEFGHJKLMN', 'es');
      await open(es);
      expect(alertText(es)).to.equal('Demasiados intentos. Vuelve a intentarlo en unos 8 minutos.');
      await expect(es).to.be.accessible();
    });
  });

  describe('the link a learner copies', () => {
    async function createdUrl(lang: string): Promise<string> {
      const el = await fixture<TranscriptViewer>(
        html`<transcript-viewer lang=${lang} .adapter=${adapterWith()}></transcript-viewer>`,
      );
      await waitUntil(() => $(el, '[part=transcript]'), 'the transcript loads');
      $(el, '#share-button')!.click();
      await waitUntil(() => $(el, '#share-code'), 'the share dialog opens');
      await fill(el, '#share-code', CODE);
      if ($(el, '#share-code-again')) await fill(el, '#share-code-again', CODE);
      $(el, '#share-dialog form button[type=submit]')!.click();
      await waitUntil(() => $(el, '#share-url'), 'the share is created');
      return $<HTMLInputElement>(el, '#share-url')!.value;
    }

    it('opens the shared page in Spanish when made on a Spanish screen, and adds nothing in English', async () => {
      expect(await createdUrl('es-ES')).to.match(
        /^https:\/\/school\.example\.org\/shared\.html\?transcript=\w{13}&lang=es$/,
      );
      expect(await createdUrl('en')).to.match(/^https:\/\/school\.example\.org\/shared\.html\?transcript=\w{13}$/);
    });
  });

  describe('dark and print', () => {
    it('is dark in dark mode, and axe-clean there', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await sharedTranscript('es');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 24, 39)');
      await expect(el).to.be.accessible();
    });

    it('prints black on white with no buttons or form', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const form = await sharedPage(adapterWith(), '');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(form, '[part=access-form]')!).display).to.equal('none');
      const el = await sharedTranscript();
      expect(getComputedStyle($(el, '#pdf-button')!).display).to.equal('none');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, 'h2')!).color).to.equal('rgb(0, 0, 0)');
      expect($(el, '[part=partner]')!.checkVisibility(), 'the partner header prints').to.equal(true);
    });
  });
});
