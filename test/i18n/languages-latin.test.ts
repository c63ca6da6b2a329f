/**
 * French, German, Portuguese, Italian, Dutch and Polish on screen: each element, rendered with the
 * demo data and `lang` set, shows none of English's sentences (nested shadow roots, text and the
 * labels a screen reader reads), and the page fetched that language's table and no other. Then the
 * certificate and transcript PDFs in each, as pdftotext reads them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/cert-verify.js';
import '../../src/define.js';
import { demoData } from '../../src/demo/demo-data.js';
import { en, type Messages } from '../../src/i18n/en.js';
import { loadLocale, registeredLocales } from '../../src/i18n/messages.js';
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import { transcriptPdfBytes } from '../../src/export/transcript-pdf.js';
import { transcriptOf } from '../../src/rules/transcript.js';
import { certification, learner as pdfLearner, TODAY } from '../export/fixtures.js';
import { readPdf, readable } from '../export/read-pdf.js';
import { englishLeftIn, englishSentences, shownText, tableOf } from './page-language.js';

const LANGUAGES = ['es', 'fr', 'de', 'pt', 'it', 'nl', 'pl'] as const;
const CODE = 'violet staple anchor';

// Every module the page fetches, even past the resource timing buffer's 250 entries.
const fetched: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) fetched.push(new URL(entry.name).pathname);
}).observe({ type: 'resource', buffered: true });

const tablesFetched = () => new Set(fetched.map(tableOf).filter((t): t is string => t !== undefined));

const firstCertification = demoData().certifications[0];

async function shown(template: TemplateResult, ready: (text: string) => boolean, what: string): Promise<string> {
  const el = await fixture(template);
  await waitUntil(() => ready(shownText(el)), `${what} renders`, { timeout: 8000 });
  await new Promise((r) => setTimeout(r, 100));
  return shownText(el);
}

describe('French, German, Portuguese, Italian, Dutch and Polish on screen', () => {
  it('ships each of these languages', () => {
    expect(registeredLocales()).to.include.members([...LANGUAGES]);
  });

  it('fetches no language table before an element needs one', () => {
    expect([...tablesFetched()]).to.deep.equal([]);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const screens = new Map<string, string>();
      let fetchedBefore: Set<string>;
      let table: Messages;

      before(async function () {
        this.timeout(60_000);
        fetchedBefore = tablesFetched();
        const t = await loadLocale(lang);
        table = t;
        const loading = (text: string) => text.includes(t.common.loading) || text.includes(en.common.loading);
        const adapter = () =>
          new MemoryAdapter({ hashIterations: 1000, shareBaseUrl: 'https://school.example.org/shared.html' });

        screens.set(
          'cert-list',
          await shown(
            html`<cert-list lang=${lang} .adapter=${adapter()}></cert-list>`,
            (text) => text.includes(firstCertification.title) && text.includes(t.certList.selectAll) && !loading(text),
            'cert-list',
          ),
        );
        screens.set(
          'badge-share',
          await shown(
            html`<badge-share lang=${lang} badge-id="badge-cloud-administrator" .adapter=${adapter()}></badge-share>`,
            (text) => text.includes(t.badges.criteria) && !loading(text),
            'badge-share',
          ),
        );
        const learner = await fixture<HTMLElement>(
          html`<transcript-viewer lang=${lang} .adapter=${adapter()}></transcript-viewer>`,
        );
        const inOwner = <T extends HTMLElement = HTMLElement>(selector: string) =>
          learner.shadowRoot!.querySelector<T>(selector);
        const ownerSays = async (screen: string, ready: () => unknown) => {
          await waitUntil(ready, `${screen} renders`, { timeout: 8000 });
          await new Promise((r) => setTimeout(r, 50));
          screens.set(screen, shownText(learner));
        };
        const fill = async (selector: string, value: string) => {
          const input = inOwner<HTMLInputElement>(selector)!;
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await new Promise((r) => setTimeout(r, 0));
        };
        const isOpen = (id: string) => inOwner<HTMLDialogElement>(`#${id}`)?.open;
        await ownerSays('transcript-viewer (owner)', () => {
          const text = shownText(learner);
          return text.includes(t.transcript.exams) && !loading(text);
        });
        // Each dialog, and what it says when the form is sent empty.
        inOwner('#email-button')!.click();
        await ownerSays('transcript-viewer (e-mail dialog)', () => isOpen('email-dialog'));
        inOwner<HTMLFormElement>('#email-dialog form')!.requestSubmit();
        await ownerSays('transcript-viewer (e-mail dialog, empty)', () => inOwner('#email-to-error'));
        inOwner<HTMLDialogElement>('#email-dialog')!.close();
        inOwner('#share-button')!.click();
        await ownerSays(
          'transcript-viewer (share dialog)',
          () => isOpen('share-dialog') && inOwner('.shares ul, .shares p'),
        );
        inOwner<HTMLFormElement>('#share-dialog form')!.requestSubmit();
        await ownerSays('transcript-viewer (share dialog, empty)', () => inOwner('#share-code-error'));
        await fill('#share-code', CODE);
        await fill('#share-code-again', CODE);
        inOwner<HTMLFormElement>('#share-dialog form')!.requestSubmit();
        await ownerSays(
          'transcript-viewer (share created)',
          () => inOwner('.transcript-id') && inOwner('[data-revoke]'),
        );
        inOwner('[data-revoke]')!.click();
        await ownerSays('transcript-viewer (revoke?)', () => inOwner('#revoke-keep'));
        inOwner<HTMLDialogElement>('#share-dialog')!.close();
        inOwner('#pdf-button')!.click();
        await ownerSays('transcript-viewer (PDF dialog)', () => isOpen('pdf-dialog'));
        inOwner<HTMLDialogElement>('#pdf-dialog')!.close();

        const sharing = adapter();
        const share = await sharing.createTranscriptShare({ accessCode: CODE, includeAddress: false });
        const employer = await fixture<HTMLElement>(
          html`<transcript-viewer
            mode="shared"
            lang=${lang}
            partner-name="Northwind Cloud Academy"
            transcript-id=${share.transcriptId}
            .adapter=${sharing}
          ></transcript-viewer>`,
        );
        const $ = (selector: string) => employer.shadowRoot!.querySelector<HTMLElement>(selector);
        await waitUntil(() => $('[part=access-form]'), 'the shared form renders', { timeout: 8000 });
        screens.set('transcript-viewer (shared, form)', shownText(employer));
        const code = $('#access-code') as HTMLInputElement;
        code.value = CODE;
        code.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        $('[part=access-form] button[type=submit]')!.click();
        await waitUntil(() => $('[part=transcript]'), 'the shared transcript opens', { timeout: 8000 });
        await new Promise((r) => setTimeout(r, 100));
        screens.set('transcript-viewer (shared)', shownText(employer));

        screens.set(
          'cert-verify',
          await shown(
            html`<cert-verify
              lang=${lang}
              credential-id=${firstCertification.credentialId!}
              .adapter=${adapter()}
            ></cert-verify>`,
            (text) => text.includes(t.verify.verdicts.valid),
            'cert-verify',
          ),
        );
        screens.set(
          'cert-verify (form)',
          await shown(
            html`<cert-verify lang=${lang} .adapter=${adapter()}></cert-verify>`,
            (text) => text.includes(t.verify.formHint),
            'cert-verify form',
          ),
        );
        screens.set(
          'cert-dashboard',
          await shown(
            html`<cert-dashboard lang=${lang} .adapter=${adapter()}></cert-dashboard>`,
            (text) => text.includes(firstCertification.title) && !loading(text),
            'cert-dashboard',
          ),
        );
      });

      it('shows no English sentence in any element', () => {
        const english = englishSentences(table);
        expect(english.size, 'English sentences to look for').to.be.greaterThan(100);
        for (const [screen, text] of screens) expect(englishLeftIn(text, table), `${lang} ${screen}`).to.deep.equal([]);
      });

      it('shows its own wording', () => {
        const says = (screen: string, text: string) => {
          const wanted = text.replace(/\s+/g, ' ');
          expect(screens.get(screen)!.includes(wanted), `${lang} ${screen} says “${wanted}”`).to.equal(true);
        };
        says('cert-list', table.certList.helpText);
        says('badge-share', table.badges.criteria);
        says('transcript-viewer (owner)', table.transcript.exams);
        says('transcript-viewer (e-mail dialog, empty)', table.transcript.emailRequired);
        says('transcript-viewer (share dialog)', table.transcript.shareIntro);
        says('transcript-viewer (share created)', table.transcript.codeNotInUrl);
        says('transcript-viewer (PDF dialog)', table.transcript.pdfDialogTitle);
        says('transcript-viewer (shared, form)', table.transcript.sharedFormIntro);
        says('transcript-viewer (shared)', table.transcript.expiredCertifications);
        says('cert-verify', table.verify.explain.valid);
        says('cert-dashboard', table.dashboard.sections);
      });

      it(`fetched the ${lang} table and no other language's`, () => {
        const added = [...tablesFetched()].filter((tag) => !fetchedBefore.has(tag));
        expect(added).to.deep.equal([lang]);
      });
    });
  }
});

describe('French, German, Portuguese, Italian, Dutch and Polish in the PDFs', function () {
  this.timeout(60_000);
  /** pdftotext's words, one space apart; a table's sentence the same way. */
  const flat = (text: string) => readable(text).replace(/\s+/g, ' ');
  const NAME = 'Łukasz Żółkiewski';

  for (const lang of LANGUAGES)
    it(`${lang}: the certificate and the transcript in ${lang}, no English sentence left`, async () => {
      const t = await loadLocale(lang);
      const english = [...englishSentences(t)].filter(
        ([, key]) => key.startsWith('pdf.') || key.startsWith('transcript.'),
      );
      const expired = certification({
        id: 'c2',
        title: 'Network Fundamentals',
        status: 'expired',
        expiresOn: '2025-01-31',
      });
      const certificate = flat(
        (await readPdf(await certificatePdfBytes(certification(), pdfLearner(NAME), { today: TODAY, lang }))).text,
      );
      for (const wording of [t.pdf.heading, t.pdf.certifies, t.pdf.hasEarned, t.pdf.credentialId, NAME])
        expect(certificate, `${lang} certificate`).to.include(flat(wording));
      const transcript = flat(
        (
          await readPdf(
            await transcriptPdfBytes(transcriptOf(pdfLearner(NAME), [certification(), expired], true, TODAY), { lang }),
          )
        ).text,
      );
      for (const wording of [
        t.transcript.pdfTitle,
        t.transcript.certifications,
        t.transcript.expiredCertifications,
        t.transcript.pageOf(1, 1),
      ])
        expect(transcript, `${lang} transcript`).to.include(flat(wording));
      for (const [pdf, text] of [
        ['certificate', certificate],
        ['transcript', transcript],
      ] as const)
        expect(
          english.filter(([sentence]) => text.includes(sentence)).map(([s, key]) => `${key}: ${s}`),
          `${lang} ${pdf}`,
        ).to.deep.equal([]);
    });
});
