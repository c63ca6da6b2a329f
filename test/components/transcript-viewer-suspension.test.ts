/**
 * `<transcript-viewer>` when a share is guessed at (issue 14): the learner sees a suspended share in
 * the Share dialog and resumes it; the employer is told the share is suspended rather than that the
 * code is wrong; a common password as access code is refused at the field. English and Spanish.
 */
import { expect, fixture, html, waitUntil as waitUntilShort } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import type { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import '../../src/define.js';

const today = new Date('2026-11-28T12:00:00Z');
const CODE = 'correct horse battery';
/** The share the mock API (test/support/mock-api.mjs) answers 403 share-suspended for. */
const MOCK_SUSPENDED_ID = 'SUSPENDED2345';

const waitUntil = (condition: () => unknown, message?: string) => waitUntilShort(condition, message, { timeout: 5000 });
const adapterWith = (options: MemoryAdapterOptions = {}) =>
  new MemoryAdapter({ now: () => today, hashIterations: 1000, suspendAfterFailures: 3, ...options });
const $ = <T extends HTMLElement = HTMLElement>(el: TranscriptViewer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shown = (el: TranscriptViewer) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');
const alertText = (el: TranscriptViewer, scope = '') => text($(el, `${scope} [role=alert]`));
const statusText = (el: TranscriptViewer) => text($(el, '#share-dialog [role=status]'));
const active = (el: TranscriptViewer) => el.shadowRoot!.activeElement;
const formatted = (id: string) => id.match(/.{1,4}/g)!.join('-');

async function fill(el: TranscriptViewer, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A share of `adapter` suspended as guessing suspends it: three wrong codes. */
async function suspendedShare(adapter: MemoryAdapter): Promise<string> {
  const { transcriptId } = await adapter.createTranscriptShare({ accessCode: CODE, includeAddress: false });
  for (let i = 0; i < 3; i++) {
    await adapter.viewSharedTranscript({ transcriptId, accessCode: `guess ${i}` }).catch(() => {});
  }
  return transcriptId;
}

/** The owner's view with the Share dialog open, once `ready` shows in it (the list of shares by default). */
async function ownerWithDialog(adapter: CertAdapter, lang = 'en', ready = '.shares ul'): Promise<TranscriptViewer> {
  const el = await fixture<TranscriptViewer>(
    html`<transcript-viewer lang=${lang} .adapter=${adapter}></transcript-viewer>`,
  );
  await waitUntil(() => $(el, '[part=transcript]'), 'the transcript loads');
  $(el, '#share-button')!.click();
  await waitUntil(() => $<HTMLDialogElement>(el, '#share-dialog')?.open && $(el, ready), `${ready} in the dialog`);
  return el;
}

async function sharedForm(adapter: CertAdapter, transcriptId: string, lang = 'en'): Promise<TranscriptViewer> {
  const el = await fixture<TranscriptViewer>(
    html`<transcript-viewer mode="shared" lang=${lang} transcript-id=${transcriptId} .adapter=${adapter}></transcript-viewer>`,
  );
  await waitUntil(() => $(el, '[part=access-form]'), 'the form loads');
  await fill(el, '#access-code', CODE);
  $<HTMLFormElement>(el, '[part=access-form]')!.requestSubmit();
  await waitUntil(() => $(el, '[part=transcript]') || alertText(el), 'an answer');
  return el;
}

/** The adapter's calls of `resumeTranscriptShare`, recorded. */
function recordResumes(adapter: MemoryAdapter): string[] {
  const calls: string[] = [];
  const resume = adapter.resumeTranscriptShare.bind(adapter);
  adapter.resumeTranscriptShare = (id, o) => {
    calls.push(id);
    return resume(id, o);
  };
  return calls;
}

describe('<transcript-viewer>: suspended shares and common access codes', () => {
  describe('the learner’s suspended share', () => {
    it('says it is suspended, since when and why, and Resume lifts it: the adapter called, the live region told', async () => {
      const adapter = adapterWith();
      const id = await suspendedShare(adapter);
      const other = (await adapter.createTranscriptShare({ accessCode: CODE, includeAddress: true })).transcriptId;
      const resumes = recordResumes(adapter);
      const el = await ownerWithDialog(adapter);

      const item = $(el, `[data-share="${id}"]`)!;
      expect(text(item)).to.contain(
        'Suspended November 28, 2026: someone tried many wrong access codes. Nobody can open it, even with the right code.',
      );
      expect(text(item)).to.contain('Resume it if you trust its code; if not, revoke it and create a new share.');
      expect(text($(el, `[data-share="${other}"]`)), 'a share nobody guessed at').not.to.contain('Suspended');
      expect($(el, `[data-share="${other}"] [data-resume]`)).to.equal(null);

      const resume = $<HTMLButtonElement>(el, `[data-resume="${id}"]`)!;
      expect(text(resume)).to.equal('Resume');
      expect(resume.getAttribute('aria-label')).to.equal(`Resume share ${formatted(id)}`);
      const note = el.shadowRoot!.getElementById(resume.getAttribute('aria-describedby')!);
      expect(text(note), 'the button is described by why').to.contain('someone tried many wrong access codes');
      await expect(el).to.be.accessible();

      resume.click();
      await waitUntil(() => !$(el, '[data-resume]'), 'the suspension is gone from the list');
      expect(resumes).to.deep.equal([id]);
      expect(statusText(el)).to.equal(`Share ${formatted(id)} resumed.`);
      expect(text($(el, `[data-share="${id}"]`))).not.to.contain('Suspended');
      await waitUntil(() => active(el)?.getAttribute('data-revoke') === id, 'focus stays with the share');
      expect((await adapter.listTranscriptShares()).find((s) => s.transcriptId === id)?.suspendedAt).to.equal(null);
      await expect(el).to.be.accessible();

      const viewer = await sharedForm(adapter, id);
      expect($(viewer, '[part=transcript]'), 'the share opens again').to.not.equal(null);
    });

    it('resumes from the keyboard', async () => {
      const adapter = adapterWith();
      const id = await suspendedShare(adapter);
      const el = await ownerWithDialog(adapter);
      $(el, `[data-resume="${id}"]`)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !$(el, '[data-resume]') && statusText(el), 'resumed');
      expect(statusText(el)).to.contain('resumed');
      await waitUntil(() => active(el)?.getAttribute('data-revoke') === id);
    });

    it('says so in Spanish', async () => {
      const adapter = adapterWith();
      const id = await suspendedShare(adapter);
      const el = await ownerWithDialog(adapter, 'es');
      const item = $(el, `[data-share="${id}"]`)!;
      expect(text(item)).to.contain(
        'Suspendido el 28 de noviembre de 2026: alguien probó muchos códigos de acceso incorrectos. Nadie puede abrirlo, ni con el código correcto.',
      );
      expect(text(item)).to.contain('Reanúdalo si confías en su código; si no, revócalo y crea un enlace nuevo.');
      const resume = $<HTMLButtonElement>(el, `[data-resume="${id}"]`)!;
      expect(text(resume)).to.equal('Reanudar');
      expect(resume.getAttribute('aria-label')).to.equal(`Reanudar el enlace ${formatted(id)}`);
      await expect(el).to.be.accessible();
      resume.click();
      await waitUntil(() => statusText(el));
      expect(statusText(el)).to.equal(`Enlace ${formatted(id)} reanudado.`);
      await expect(el).to.be.accessible();
    });

    it('offers no Resume when the adapter cannot resume, and says to revoke instead', async () => {
      const memory = adapterWith();
      const id = await suspendedShare(memory);
      // A partner's adapter without the optional method, whose backend still reports suspensions.
      const withoutResume = new Proxy(memory, {
        get(target, key) {
          if (key === 'resumeTranscriptShare') return undefined;
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      }) as CertAdapter;
      const el = await ownerWithDialog(withoutResume);
      const item = $(el, `[data-share="${id}"]`)!;
      expect(text(item)).to.contain('Suspended November 28, 2026');
      expect(text(item)).to.contain('Revoke it and create a new share with a new code.');
      expect($(el, '[data-resume]')).to.equal(null);
      expect($(el, `[data-revoke="${id}"]`)).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says when resuming fails, as an alert, and keeps the share suspended with its button', async () => {
      const adapter = adapterWith({
        fail: { resumeTranscriptShare: new AdapterError('network', 'offline') },
      });
      const id = await suspendedShare(adapter);
      const el = await ownerWithDialog(adapter);
      $(el, `[data-resume="${id}"]`)!.click();
      await waitUntil(() => alertText(el, '.shares'));
      expect(alertText(el, '.shares')).to.equal(
        'The share was not resumed. We could not reach the server. Check your connection and try again.',
      );
      expect($(el, `[data-resume="${id}"]`)).to.not.equal(null);
      expect(text($(el, `[data-resume="${id}"]`))).to.equal('Resume');
      await expect(el).to.be.accessible();
    });
  });

  describe('the employer, at a suspended share', () => {
    const message =
      'This shared transcript is suspended: someone tried many wrong access codes. Ask the person who shared it to resume it.';

    it('is told the share is suspended, not that the ID or code is wrong, even with the right code', async () => {
      const adapter = adapterWith();
      const id = await suspendedShare(adapter);
      const el = await sharedForm(adapter, id);
      expect(alertText(el)).to.equal(message);
      expect(shown(el)).not.to.contain('No shared transcript matches');
      expect($(el, '[part=transcript]')).to.equal(null);
      expect($<HTMLInputElement>(el, '#access-code')!.value, 'the typed code stays').to.equal(CODE);
      await expect(el).to.be.accessible();
    });

    it('is told in Spanish', async () => {
      const adapter = adapterWith();
      const id = await suspendedShare(adapter);
      const el = await sharedForm(adapter, id, 'es');
      expect(alertText(el)).to.equal(
        'Este expediente compartido está suspendido: alguien probó muchos códigos de acceso incorrectos. Pide a la persona que lo compartió que lo reanude.',
      );
      await expect(el).to.be.accessible();
    });

    it('is told so from a REST backend’s 403 with the suspended problem type', async () => {
      const el = await sharedForm(new RestAdapter({ baseUrl: '/mock-api/ok' }), MOCK_SUSPENDED_ID);
      expect(alertText(el)).to.equal(message);
    });

    it('still gets the one no-match message for a 403 without that type', async () => {
      const adapter = adapterWith({ fail: { viewSharedTranscript: new AdapterError('forbidden', 'Origin refused') } });
      const el = await sharedForm(adapter, 'ABCDEFGHJKLMN');
      expect(alertText(el)).to.equal(
        'No shared transcript matches this transcript ID and access code. Check both and try again.',
      );
    });
  });

  describe('a common password as access code', () => {
    async function createWith(adapter: CertAdapter, code: string, lang = 'en'): Promise<TranscriptViewer> {
      const el = await ownerWithDialog(adapter, lang, '#share-code');
      await fill(el, '#share-code', code);
      await fill(el, '#share-code-again', code);
      $<HTMLFormElement>(el, '#share-dialog form')!.requestSubmit();
      await waitUntil(() => $(el, '#share-code-error'), 'the field error');
      return el;
    }

    it('is refused at the access-code field with a message of its own, from the REST backend’s 422', async () => {
      const el = await createWith(new RestAdapter({ baseUrl: '/mock-api/ok' }), 'Password1');
      expect(text($(el, '#share-code-error'))).to.equal(
        'This access code is too common; anyone could guess it. Choose another, such as a few unrelated words.',
      );
      expect(text($(el, '#share-code-error'))).not.to.contain('Some of what you entered');
      const input = $<HTMLInputElement>(el, '#share-code')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('share-code-error');
      expect(input.value, 'the typed code stays').to.equal('Password1');
      await waitUntil(() => active(el)?.id === 'share-code', 'focus on the field');
      await expect(el).to.be.accessible();
    });

    it('is refused in Spanish', async () => {
      const adapter = adapterWith({
        fail: {
          createTranscriptShare: new AdapterError('invalid-request', 'HTTP 422', {
            field: 'accessCode',
            reason: 'common-access-code',
          }),
        },
      });
      const el = await createWith(adapter, 'qwertyuiop', 'es');
      expect(text($(el, '#share-code-error'))).to.equal(
        'Este código de acceso es demasiado común: cualquiera podría adivinarlo. Elige otro, por ejemplo unas cuantas palabras sin relación entre sí.',
      );
      await expect(el).to.be.accessible();
    });

    it('other refusals of the field keep the generic wording', async () => {
      const adapter = adapterWith({
        fail: { createTranscriptShare: new AdapterError('invalid-request', 'HTTP 422', { field: 'accessCode' }) },
      });
      const el = await createWith(adapter, 'an ordinary code');
      expect(text($(el, '#share-code-error'))).to.equal(
        'Some of what you entered was not accepted. Check it and try again.',
      );
    });
  });
});
