import { aTimeout, expect, fixture, html, oneEvent, waitUntil as waitUntilShort } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapter/memory-adapter.js';
import type { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import '../../src/define.js';
import type {
  TranscriptDownloadEvent,
  TranscriptErrorEvent,
  TranscriptShareCreatedEvent,
} from '../../src/events/transcript-events.js';
import { readable, readPdf } from '../export/read-pdf.js';
import { replace, restoreAll } from '../support/stubs.js';

const today = new Date('2026-11-28T12:00:00Z');

/** Generous: the first dialog or form waits for its chunk, and test files run side by side. */
const waitUntil = (condition: () => unknown, message?: string) => waitUntilShort(condition, message, { timeout: 5000 });
const SHARED_PAGE = 'https://school.example.org/shared.html';
const CODE = 'correct horse battery';
const STREET = 'Calle de Alcalá 123';

const adapterWith = (options: MemoryAdapterOptions = {}) =>
  new MemoryAdapter({ now: () => today, hashIterations: 1000, shareBaseUrl: SHARED_PAGE, ...options });

const root = (el: TranscriptViewer) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: TranscriptViewer, selector: string) =>
  root(el).querySelector<T>(selector);
const shown = (el: TranscriptViewer) => root(el).textContent.replace(/\s+/g, ' ');
const active = (el: TranscriptViewer) => root(el).activeElement;
const has = (el: TranscriptViewer, selector: string) => root(el).querySelector(selector) !== null;
const alertText = (el: TranscriptViewer, scope = '') =>
  $(el, `${scope} [role=alert]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const statusText = (el: TranscriptViewer, scope = '') => $(el, `${scope} [role=status]`)?.textContent?.trim() ?? '';
const dialogOpen = (el: TranscriptViewer, id: string) => $<HTMLDialogElement>(el, `#${id}`)?.open === true;

/** Closes a dialog and waits for its `close` event (focus goes back to its button then). */
async function closeDialog(el: TranscriptViewer, id: string): Promise<void> {
  const dialog = $<HTMLDialogElement>(el, `#${id}`)!;
  const closed = oneEvent(dialog, 'close');
  dialog.close();
  await closed;
}

/** Types into an input as a person would, one `input` event. */
async function fill(el: TranscriptViewer, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function owner(adapter = adapterWith(), lang = 'en'): Promise<TranscriptViewer> {
  const el = await fixture<TranscriptViewer>(
    html`<transcript-viewer lang=${lang} .adapter=${adapter}></transcript-viewer>`,
  );
  await waitUntil(() => $(el, '[part=transcript]'), 'the transcript loads');
  return el;
}

async function shared(adapter: MemoryAdapter, transcriptId = '', lang = 'en'): Promise<TranscriptViewer> {
  const el = await fixture<TranscriptViewer>(
    html`<transcript-viewer mode="shared" lang=${lang} transcript-id=${transcriptId} .adapter=${adapter}></transcript-viewer>`,
  );
  await waitUntil(() => $(el, '[part=access-form]'), 'the form loads');
  return el;
}

async function openShare(el: TranscriptViewer): Promise<void> {
  $(el, '#share-button')!.click();
  await waitUntil(
    () => dialogOpen(el, 'share-dialog') && $(el, '.shares ul, .shares p'),
    'the share dialog opens with its list',
  );
}

/** Creates a share through the dialog; resolves with its transcript ID and URL. */
async function createShare(el: TranscriptViewer, code = CODE, includeAddress = false) {
  await openShare(el);
  await fill(el, '#share-code', code);
  await fill(el, '#share-code-again', code);
  if (includeAddress) $(el, '#share-address')!.click();
  const created = oneEvent<TranscriptShareCreatedEvent>(el, 'transcript-share-created');
  $<HTMLFormElement>(el, '#share-dialog form')!.requestSubmit();
  const { detail } = await created;
  await waitUntil(() => $(el, '.transcript-id'));
  return detail;
}

/** Submits the shared-mode form; resolves once a transcript or an error shows. */
async function view(el: TranscriptViewer, code: string, id?: string): Promise<void> {
  if (id !== undefined) await fill(el, '#access-id', id);
  await fill(el, '#access-code', code);
  $<HTMLFormElement>(el, '[part=access-form]')!.requestSubmit();
  await waitUntil(() => $(el, '[part=transcript]') || alertText(el), 'an answer');
}

/** The transcript PDF, not saved. */
function downloadQuietly(el: TranscriptViewer) {
  el.addEventListener('transcript-download', (e) => e.preventDefault(), { once: true });
  return el.downloadPdf();
}

describe('<transcript-viewer>', () => {
  afterEach(restoreAll);

  describe('owner mode', () => {
    it('shows the learner, the address, active and expired certifications apart, and passed exams', async () => {
      const adapter = adapterWith({ transcript: undefined });
      const transcript = await adapter.getTranscript();
      transcript.certifications.push({
        ...transcript.certifications[0],
        id: 'x',
        title: 'Old Networking',
        status: 'expired',
        expiresOn: '2024-01-31',
      });
      const el = await fixture<TranscriptViewer>(
        html`<transcript-viewer .transcript=${transcript}></transcript-viewer>`,
      );
      expect(shown(el)).to.contain(transcript.learner.name).and.contain(STREET).and.contain(transcript.learner.email);
      for (const c of transcript.certifications) expect(shown(el)).to.contain(c.title);
      for (const e of transcript.exams) expect(shown(el)).to.contain(e.code).and.contain(e.title);
      const headings = [...root(el).querySelectorAll('h3')].map((h) => h.textContent);
      expect(headings).to.deep.equal(['Certifications', 'Expired certifications', 'Passed exams']);
      expect(shown(el)).to.contain('Generated November 28, 2026');
      // Given data and no adapter: nothing to e-mail or share through.
      expect(has(el, '#email-button')).to.equal(false);
      expect(has(el, '#share-button')).to.equal(false);
      expect(has(el, '#pdf-button')).to.equal(true);
    });

    it('lists the learner’s expired certification from the adapter under its own heading, newest first', async () => {
      const el = await owner();
      const sections = [...root(el).querySelectorAll('h3')].map((h) => ({
        heading: h.textContent,
        titles: [...(h.nextElementSibling?.querySelectorAll('tbody tr td:first-child .title') ?? [])].map(
          (title) => title.textContent,
        ),
      }));
      expect(sections.map((section) => section.heading)).to.deep.equal([
        'Certifications',
        'Expired certifications',
        'Passed exams',
      ]);
      expect(sections[1].titles).to.deep.equal(['Contoso Networking Fundamentals']);
      expect(sections[0].titles[0]).to.equal(
        'Northwind Certified Kubernetes and Cloud-Native Application Developer – Professional',
      );
      expect(sections[0].titles).not.to.include('Contoso Networking Fundamentals');
      expect(shown(el)).not.to.contain('Contoso Security Operations Analyst'); // in progress
      const pdf = readable((await readPdf((await downloadQuietly(el)).blob)).text);
      expect(pdf).to.contain('Expired certifications').and.contain('Contoso Networking Fundamentals');
      expect(pdf).to.contain('Credential ID: CSI-NET-33A8-PQ5D');
      expect(pdf).to.contain('Verify at https://verify.example.org/credentials/CSI-NET-33A8-PQ5D');
      await expect(el).to.be.accessible();
    });

    it('passes axe, and so does every dialog', async () => {
      const el = await owner();
      await expect(el).to.be.accessible();
      $(el, '#email-button')!.click();
      await waitUntil(() => dialogOpen(el, 'email-dialog'));
      await expect(el).to.be.accessible();
      $<HTMLFormElement>(el, '#email-dialog form')!.requestSubmit();
      await waitUntil(() => $(el, '#email-to-error'));
      await expect(el).to.be.accessible();
      await closeDialog(el, 'email-dialog');

      await openShare(el);
      $<HTMLFormElement>(el, '#share-dialog form')!.requestSubmit();
      await waitUntil(() => $(el, '#share-code-error'));
      await expect(el).to.be.accessible();
      await closeDialog(el, 'share-dialog');
      await createShare(el);
      await waitUntil(() => $(el, '[data-revoke]'));
      await expect(el).to.be.accessible();
      $(el, '[data-revoke]')!.click();
      await waitUntil(() => $(el, '#revoke-keep'));
      await expect(el).to.be.accessible();
      await closeDialog(el, 'share-dialog');

      $(el, '#pdf-button')!.click();
      await waitUntil(() => dialogOpen(el, 'pdf-dialog'));
      await expect(el).to.be.accessible();
    });

    it('shows a failed load with a retry, and fires transcript-error', async () => {
      const adapter = adapterWith({ fail: { getTranscript: new AdapterError('server', 'down') } });
      const error = new Promise<TranscriptErrorEvent>((resolve) =>
        document.addEventListener('transcript-error', resolve as EventListener, { once: true }),
      );
      const el = await fixture<TranscriptViewer>(html`<transcript-viewer .adapter=${adapter}></transcript-viewer>`);
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.contain('Something went wrong on the server');
      expect($(el, '[part=error] button')!.textContent).to.equal('Try again');
      expect(((await error).detail.error as AdapterError).kind).to.equal('server');
      await expect(el).to.be.accessible();
    });
  });

  describe('sharing: the round trip', () => {
    it('creates a share without the address, opens it with the ID and code, refuses a wrong code, and fails after revoking', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      await openShare(el);
      expect($<HTMLInputElement>(el, '#share-address')!.checked, 'address off by default').to.equal(false);
      await closeDialog(el, 'share-dialog');

      const { transcriptId, url } = await createShare(el);
      expect(transcriptId).to.match(/^[2-9A-HJ-NP-Z]{13}$/);
      expect(url).to.equal(`${SHARED_PAGE}?transcript=${transcriptId}`);
      expect($(el, '.transcript-id')!.textContent).to.equal(transcriptId.match(/.{1,4}/g)!.join('-'));
      expect($<HTMLInputElement>(el, '#share-url')!.value).to.equal(url);
      expect(shown(el)).to.contain('The access code is not in the link. Give it to the person separately');
      expect(statusText(el, '#share-dialog')).to.contain('Share created.');
      expect(active(el)?.id).to.equal('share-copy');
      await waitUntil(() => $(el, `[data-share="${transcriptId}"]`));
      expect($(el, `[data-share="${transcriptId}"]`)!.textContent)
        .to.contain('Shared November 28, 2026')
        .and.contain('Address not included');
      // Stored as a hash, never the code.
      expect(JSON.stringify((await adapter.inspectState()).shares)).not.to.contain(CODE);
      await closeDialog(el, 'share-dialog');

      const viewer = await shared(adapter, transcriptId);
      await view(viewer, CODE);
      expect(shown(viewer))
        .to.contain('María José Núñez-Ortega')
        .and.contain('Northwind Certified Cloud Administrator');
      expect(shown(viewer)).not.to.contain(STREET);
      expect(has(viewer, 'address')).to.equal(false);
      expect(active(viewer)?.id).to.equal('learner');
      await expect(viewer).to.be.accessible();

      const wrong = await shared(adapter, transcriptId);
      await view(wrong, 'not the right code');
      const noMatch = 'No shared transcript matches this transcript ID and access code. Check both and try again.';
      expect(alertText(wrong)).to.equal(noMatch);
      expect($<HTMLInputElement>(wrong, '#access-code')!.value).to.equal('not the right code');
      expect(active(wrong)?.id).to.equal('access-code');
      const unknown = await shared(adapter, '2222-2222-2222-2');
      await view(unknown, CODE);
      expect(alertText(unknown), 'an unknown ID gets the same message').to.equal(noMatch);

      await openShare(el);
      $(el, `[data-revoke="${transcriptId}"]`)!.click();
      await waitUntil(() => $(el, '#revoke-confirm'));
      expect(shown(el)).to.contain('Whoever has its access code can no longer view your transcript');
      $(el, '#revoke-confirm')!.click();
      await waitUntil(() => !$(el, `[data-share="${transcriptId}"]`));
      expect(statusText(el, '#share-dialog')).to.contain('revoked');
      expect(shown(el)).to.contain('You have no active shares.');

      const after = await shared(adapter, transcriptId);
      await view(after, CODE);
      expect(alertText(after)).to.equal(noMatch);
      expect(has(after, '[part=transcript]')).to.equal(false);
    });

    it('shares the address only when the learner ticks the box', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      const { transcriptId } = await createShare(el, CODE, true);
      await waitUntil(() => $(el, `[data-share="${transcriptId}"]`));
      expect($(el, `[data-share="${transcriptId}"]`)!.textContent).to.contain('Address included');
      const viewer = await shared(adapter, transcriptId);
      await view(viewer, CODE);
      expect($(viewer, 'address')!.textContent).to.contain(STREET);
    });

    it('builds the URL from share-base-url when the backend gives none, and gives only the ID when neither does', async () => {
      const adapter = adapterWith({ shareBaseUrl: '' });
      const el = await fixture<TranscriptViewer>(
        html`<transcript-viewer share-base-url="/transcript/shared.html" .adapter=${adapter}></transcript-viewer>`,
      );
      await waitUntil(() => $(el, '[part=transcript]'));
      const { transcriptId, url } = await createShare(el);
      expect(url).to.equal(`${location.origin}/transcript/shared.html?transcript=${transcriptId}`);

      const bare = await owner(adapterWith({ shareBaseUrl: 'javascript:alert(1)' }));
      const made = await createShare(bare);
      expect(made.url).to.equal(null);
      expect(has(bare, '#share-url')).to.equal(false);
      expect(shown(bare)).to.contain('Give the person the transcript ID and, separately, the access code.');
    });

    it('copies the link, and says so', async () => {
      const copied: string[] = [];
      replace(navigator.clipboard, 'writeText', (text: string) => Promise.resolve(void copied.push(text)));
      const el = await owner();
      const { url } = await createShare(el);
      $(el, '#share-copy')!.click();
      await waitUntil(() => statusText(el, '#share-dialog') === 'Link copied.');
      expect(copied).to.deep.equal([url]);
    });

    it('checks the access code: 8 to 64 characters, typed the same twice', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      await openShare(el);
      const submit = () => $<HTMLFormElement>(el, '#share-dialog form')!.requestSubmit();
      const fieldErrors = () => [...root(el).querySelectorAll('.field-error')].map((p) => p.textContent);
      submit();
      await el.updateComplete;
      expect(fieldErrors()).to.deep.equal(['Enter an access code.']);
      await fill(el, '#share-code', 'short');
      submit();
      await el.updateComplete;
      expect(fieldErrors()).to.deep.equal(['The access code needs at least 8 characters.']);
      expect($(el, '#share-code')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#share-code')!.getAttribute('aria-describedby')).to.equal('share-code-hint share-code-error');
      await fill(el, '#share-code', '🔑'.repeat(65));
      submit();
      await el.updateComplete;
      expect(fieldErrors()).to.deep.equal(['The access code can have at most 64 characters.']);
      // 64 emoji are 128 UTF-16 units but 64 characters: allowed.
      await fill(el, '#share-code', '🔑'.repeat(64));
      await fill(el, '#share-code-again', '🔑'.repeat(63));
      submit();
      await el.updateComplete;
      expect(fieldErrors()).to.deep.equal(['The two access codes are not the same.']);
      await aTimeout(0);
      expect(active(el)?.id).to.equal('share-code-again');
      expect((await adapter.inspectState()).shares).to.have.length(0);
    });

    it('keeps the typed code when creating fails, and says why', async () => {
      const adapter = adapterWith({ fail: { createTranscriptShare: new AdapterError('network', 'offline') } });
      const el = await owner(adapter);
      await openShare(el);
      await fill(el, '#share-code', CODE);
      await fill(el, '#share-code-again', CODE);
      $<HTMLFormElement>(el, '#share-dialog form')!.requestSubmit();
      await waitUntil(() => alertText(el, '#share-dialog form'));
      expect(alertText(el, '#share-dialog form')).to.equal(
        'The share was not created. We could not reach the server. Check your connection and try again.',
      );
      expect($<HTMLInputElement>(el, '#share-code')!.value).to.equal(CODE);
      expect($<HTMLInputElement>(el, '#share-code-again')!.value).to.equal(CODE);
    });

    it('shows and hides the access code, and lets password managers fill it', async () => {
      const el = await owner();
      await openShare(el);
      const code = $<HTMLInputElement>(el, '#share-code')!;
      expect(code.type).to.equal('password');
      expect(code.autocomplete).to.equal('new-password');
      expect(code.hasAttribute('maxlength')).to.equal(false);
      const toggle = $(el, '#share-dialog .reveal')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(code.type).to.equal('text');
      expect($<HTMLInputElement>(el, '#share-code-again')!.type).to.equal('text');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('shared mode', () => {
    it('passes axe: the form, an error, the transcript', async () => {
      const el = await shared(adapterWith());
      await expect(el).to.be.accessible();
      await view(el, 'whatever code', 'ABCD-EFGH-JKLM-N');
      await expect(el).to.be.accessible();
    });

    it('prefills the ID from transcript-id, else from the page URL', async () => {
      const el = await shared(adapterWith(), 'k7qm2xwn4hd9r');
      expect($<HTMLInputElement>(el, '#access-id')!.value).to.equal('K7QM-2XWN-4HD9-R');
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?transcript=ABCDEFGHJKLMN`);
      try {
        const fromUrl = await fixture<TranscriptViewer>(
          html`<transcript-viewer mode="shared" .adapter=${adapterWith()}></transcript-viewer>`,
        );
        await waitUntil(() => $(fromUrl, '#access-id'));
        expect($<HTMLInputElement>(fromUrl, '#access-id')!.value).to.equal('ABCD-EFGH-JKLM-N');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('asks for both fields before asking the backend', async () => {
      const el = await shared(adapterWith());
      $<HTMLFormElement>(el, '[part=access-form]')!.requestSubmit();
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.field-error')].map((p) => p.textContent)).to.deep.equal([
        'Enter the transcript ID.',
        'Enter an access code.',
      ]);
      await aTimeout(0);
      expect(active(el)?.id).to.equal('access-id');
    });

    it('answers rate-limited with the wait', async () => {
      const adapter = adapterWith({
        fail: { viewSharedTranscript: new AdapterError('rate-limited', 'slow down', { retryAfter: 42 }) },
      });
      const el = await shared(adapter, 'ABCDEFGHJKLMN');
      await view(el, CODE);
      expect(alertText(el)).to.equal('Too many attempts. Try again in 42 seconds.');
      expect($<HTMLInputElement>(el, '#access-code')!.value).to.equal(CODE);
    });

    it('shows the employer the expired certifications too, and passes axe', async () => {
      const adapter = adapterWith();
      const { transcriptId } = await createShare(await owner(adapter));
      const viewer = await shared(adapter, transcriptId);
      await view(viewer, CODE);
      const headings = [...root(viewer).querySelectorAll('h3')].map((h) => h.textContent);
      expect(headings).to.deep.equal(['Certifications', 'Expired certifications', 'Passed exams']);
      expect(shown(viewer)).to.contain('Contoso Networking Fundamentals');
      const pdf = readable((await readPdf((await downloadQuietly(viewer)).blob)).text);
      expect(pdf).to.contain('Expired certifications').and.contain('Contoso Networking Fundamentals');
      await expect(viewer).to.be.accessible();
    });

    it('downloads the shared transcript as a PDF, without the address it does not have', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      const { transcriptId } = await createShare(el);
      const viewer = await shared(adapter, transcriptId);
      await view(viewer, CODE);
      viewer.addEventListener('transcript-download', (e) => e.preventDefault());
      const { blob, filename } = await viewer.downloadPdf();
      expect(filename).to.equal('Transcript - María José Núñez-Ortega - 2026-11-28.pdf');
      const text = readable((await readPdf(blob)).text);
      expect(text).to.contain('María José Núñez-Ortega').and.contain('NW-104');
      expect(text).not.to.contain('Alcalá');
      $(viewer, '#another-button')!.click();
      await viewer.updateComplete;
      expect(has(viewer, '[part=access-form]')).to.equal(true);
      expect($<HTMLInputElement>(viewer, '#access-code')!.value).to.equal('');
    });
  });

  describe('e-mail', () => {
    async function openEmail(el: TranscriptViewer) {
      $(el, '#email-button')!.click();
      await waitUntil(() => dialogOpen(el, 'email-dialog'));
    }
    const send = (el: TranscriptViewer) => $<HTMLFormElement>(el, '#email-dialog form')!.requestSubmit();

    it('checks the recipient before sending', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      await openEmail(el);
      send(el);
      await el.updateComplete;
      expect($(el, '#email-to-error')!.textContent).to.equal('Enter an e-mail address.');
      await fill(el, '#email-to', 'registrar@example');
      send(el);
      await el.updateComplete;
      expect($(el, '#email-to-error')!.textContent).to.equal('Enter an e-mail address such as name@example.com.');
      expect($(el, '#email-to')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#email-to')!.getAttribute('aria-describedby')).to.equal('email-to-error');
      await aTimeout(0);
      expect(active(el)?.id).to.equal('email-to');
      expect(adapter.outbox).to.have.length(0);
    });

    it('offers the learner’s own address, sends through the adapter with the address choice, and says so', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      await openEmail(el);
      $(el, '#email-dialog button.link')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#email-to')!.value).to.equal('maria.jose.nunez@example.com');
      await fill(el, '#email-to', 'registrar@university.example.edu');
      expect($<HTMLInputElement>(el, '#email-address')!.checked).to.equal(false);
      $(el, '#email-address')!.click();
      const sent = oneEvent(el, 'transcript-email-sent');
      send(el);
      expect((await sent).detail).to.deep.equal({ to: 'registrar@university.example.edu' });
      await el.updateComplete;
      expect(statusText(el, '#email-dialog')).to.equal('Your transcript was sent to registrar@university.example.edu.');
      expect(adapter.outbox.map(({ to, includeAddress }) => ({ to, includeAddress }))).to.deep.equal([
        { to: 'registrar@university.example.edu', includeAddress: true },
      ]);
    });

    it('sends the element’s language, and disables Send after a success until the dialog opens again', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter, 'es-MX');
      await openEmail(el);
      await fill(el, '#email-to', 'rrhh@empresa.example.es');
      const submit = $<HTMLButtonElement>(el, '#email-dialog button[type=submit]')!;
      expect(submit.getAttribute('aria-disabled')).to.equal('false');
      const sent: Event[] = [];
      el.addEventListener('transcript-email-sent', (e) => sent.push(e));
      send(el);
      await waitUntil(() => statusText(el, '#email-dialog'));
      expect(statusText(el, '#email-dialog')).to.equal('Tu expediente se envió a rrhh@empresa.example.es.');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
      // A second click sends nothing.
      submit.click();
      send(el);
      await aTimeout(50);
      expect(adapter.outbox.map(({ to, lang }) => ({ to, lang }))).to.deep.equal([
        { to: 'rrhh@empresa.example.es', lang: 'es-MX' },
      ]);
      expect(sent).to.have.length(1);
      await closeDialog(el, 'email-dialog');
      await openEmail(el);
      expect($<HTMLButtonElement>(el, '#email-dialog button[type=submit]')!.getAttribute('aria-disabled')).to.equal(
        'false',
      );
    });

    it('keeps what was typed when sending fails, and says why', async () => {
      const adapter = adapterWith({ fail: { emailTranscript: new AdapterError('server', 'boom') } });
      const el = await owner(adapter);
      await openEmail(el);
      await fill(el, '#email-to', 'registrar@university.example.edu');
      $(el, '#email-address')!.click();
      send(el);
      await waitUntil(() => alertText(el, '#email-dialog'));
      expect(alertText(el, '#email-dialog')).to.equal(
        'The transcript was not sent. Something went wrong on the server. Try again in a moment.',
      );
      expect($<HTMLInputElement>(el, '#email-to')!.value).to.equal('registrar@university.example.edu');
      expect($<HTMLInputElement>(el, '#email-address')!.checked).to.equal(true);
    });
  });

  describe('PDF', () => {
    it('downloadPdf() resolves with the file, fires transcript-download, and leaves the address out by default', async () => {
      const el = await owner();
      const fired: TranscriptDownloadEvent[] = [];
      el.addEventListener('transcript-download', (e) => {
        e.preventDefault();
        fired.push(e);
      });
      const file = await el.downloadPdf();
      expect(fired).to.have.length(1);
      expect(fired[0].detail).to.deep.equal(file);
      expect(file.blob.type).to.equal('application/pdf');
      const text = readable((await readPdf(file.blob)).text);
      expect(text).to.contain('Northwind Certified Data Engineer').and.contain('NW-203').and.contain('Page 1 of 1');
      expect(text).not.to.contain('Alcalá');
    });

    it('saves the file under its name when no listener prevents it, and says so', async () => {
      const saved: { name: string; href: string }[] = [];
      replace(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, href: this.href });
      });
      const el = await owner(adapterWith(), 'es');
      const { filename } = await el.downloadPdf();
      expect(filename).to.equal('Expediente - María José Núñez-Ortega - 2026-11-28.pdf');
      expect(saved.map((s) => s.name)).to.deep.equal([filename]);
      expect(saved[0].href).to.match(/^blob:/);
      expect(statusText(el, '[part=transcript]')).to.equal('PDF descargado.');
    });

    it('says why a PDF cannot be made, and fires transcript-error', async () => {
      const adapter = adapterWith();
      const transcript = await adapter.getTranscript();
      transcript.learner.name = 'สมชาย';
      const el = await fixture<TranscriptViewer>(
        html`<transcript-viewer .transcript=${transcript}></transcript-viewer>`,
      );
      const failed = oneEvent<TranscriptErrorEvent>(el, 'transcript-error');
      const rejected = await el.downloadPdf().then(
        () => null,
        (e: unknown) => e,
      );
      expect((rejected as Error).name).to.equal('PdfFontError');
      expect((await failed).detail.error).to.equal(rejected);
      expect(alertText(el)).to.equal(
        'The PDF could not be made. The PDF cannot show ส ม ช า ย: no font for it is available. Ask the site to add one.',
      );
      await expect(el).to.be.accessible();
    });

    it('asks whether to print the address, and prints it when ticked', async () => {
      const el = await owner();
      el.addEventListener('transcript-download', (e) => e.preventDefault());
      $(el, '#pdf-button')!.click();
      await waitUntil(() => dialogOpen(el, 'pdf-dialog'));
      $(el, '#pdf-address')!.click();
      const download = oneEvent<TranscriptDownloadEvent>(el, 'transcript-download');
      $<HTMLFormElement>(el, '#pdf-dialog form')!.requestSubmit();
      const { detail } = await download;
      expect(dialogOpen(el, 'pdf-dialog')).to.equal(false);
      expect(readable((await readPdf(detail.blob)).text)).to.contain(STREET);
    });
  });

  describe('keyboard', () => {
    it('opens Share with Enter, types a code, reveals it with Space, and returns focus on Escape', async () => {
      const el = await owner();
      $(el, '#email-button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('pdf-button');
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('share-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOpen(el, 'share-dialog'));
      expect(active(el)?.id).to.equal('share-code');
      await sendKeys({ type: 'typed-by-hand' });
      await sendKeys({ press: 'Tab' });
      expect(active(el) === $(el, '#share-dialog .reveal'), 'focus on #share-dialog .reveal').to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#share-code')!.type).to.equal('text');
      expect($<HTMLInputElement>(el, '#share-code')!.value).to.equal('typed-by-hand');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOpen(el, 'share-dialog'));
      expect(active(el)?.id).to.equal('share-button');
    });

    it('creates and revokes a share from the keyboard, the safe answer first', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      $(el, '#share-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOpen(el, 'share-dialog') && $(el, '.shares p, .shares ul'));
      await sendKeys({ type: CODE });
      await sendKeys({ press: 'Tab' }); // reveal toggle
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: CODE });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[data-revoke]'));
      expect(active(el)?.id).to.equal('share-copy');
      $(el, '[data-revoke]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'revoke-keep');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el)?.id).to.equal('revoke-confirm');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'shares-title');
      expect(await adapter.listTranscriptShares()).to.have.length(0);
    });

    it('sends an e-mail from the keyboard', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter);
      $(el, '#email-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOpen(el, 'email-dialog'));
      expect(active(el)?.id).to.equal('email-to');
      await sendKeys({ type: 'registrar@university.example.edu' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => adapter.outbox.length === 1);
      expect(adapter.outbox[0].includeAddress).to.equal(false);
    });

    it('downloads the PDF with the address from the keyboard, and Escape on E-mail returns focus', async () => {
      const el = await owner();
      el.addEventListener('transcript-download', (e) => e.preventDefault());
      $(el, '#pdf-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOpen(el, 'pdf-dialog'));
      expect(active(el)?.id).to.equal('pdf-address');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const download = oneEvent<TranscriptDownloadEvent>(el, 'transcript-download');
      await sendKeys({ press: 'Enter' });
      expect(readable((await readPdf((await download).detail.blob)).text)).to.contain(STREET);
      await waitUntil(() => active(el)?.id === 'pdf-button');

      $(el, '#email-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOpen(el, 'email-dialog'));
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOpen(el, 'email-dialog'));
      expect(active(el)?.id).to.equal('email-button');
    });

    it('opens a shared transcript from the keyboard; a wrong code keeps focus and text in the code field', async () => {
      const adapter = adapterWith();
      const learner = await owner(adapter);
      const { transcriptId } = await createShare(learner);
      // The owner's modal dialog would make the rest of the page inert.
      await closeDialog(learner, 'share-dialog');
      const el = await shared(adapter);
      $(el, '#access-id')!.focus();
      await sendKeys({ type: transcriptId.toLowerCase() });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'wrong code!' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alertText(el));
      expect(active(el)?.id).to.equal('access-code');
      expect($<HTMLInputElement>(el, '#access-code')!.value).to.equal('wrong code!');
      for (let i = 0; i < 'wrong code!'.length; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: CODE });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part=transcript]'));
      expect(active(el)?.id).to.equal('learner');
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish: the transcript, the dialogs and their dates', async () => {
      const adapter = adapterWith();
      const el = await owner(adapter, 'es');
      expect(shown(el)).to.contain('Exámenes aprobados').and.contain('Generado el 28 de noviembre de 2026');
      expect([...root(el).querySelectorAll('[part=actions] button')].map((b) => b.textContent.trim())).to.deep.equal([
        'Enviar por correo',
        'PDF',
        'Compartir',
      ]);
      const { transcriptId } = await createShare(el);
      expect(shown(el)).to.contain('ID del expediente').and.contain('El código de acceso no está en el enlace');
      await waitUntil(() => $(el, `[data-share="${transcriptId}"]`));
      expect($(el, `[data-share="${transcriptId}"]`)!.textContent)
        .to.contain('Compartido el 28 de noviembre de 2026')
        .and.contain('Sin dirección');
      await expect(el).to.be.accessible();

      const viewer = await shared(adapter, transcriptId, 'es');
      expect(shown(viewer)).to.contain('Ver un expediente compartido');
      await view(viewer, 'código equivocado');
      expect(alertText(viewer)).to.equal(
        'Ningún expediente compartido coincide con este ID y este código de acceso. Revisa ambos e inténtalo de nuevo.',
      );
      await expect(viewer).to.be.accessible();
    });
  });
});
