/**
 * Japanese, Chinese, Korean and Arabic on screen: every element rendered in the language shows none
 * of English's sentences (apart from those the language's table keeps as they are), and showing a
 * language fetches that language's table and no other.
 */
import { expect, fixture, html, waitUntil as waitUntilShort } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import { demoData } from '../../src/demo/demo-data.js';
import type { Messages } from '../../src/i18n/en.js';
import { loadLocale } from '../../src/i18n/messages.js';
import '../../src/define.js';
import { englishLeftIn, shownText, tableOf } from './page-language.js';

// Every module of the page is a resource; the default buffer of 250 entries would drop the later ones.
performance.setResourceTimingBufferSize(100_000);

const LANGUAGES = ['ja', 'zh', 'ko', 'ar'] as const;
const CODE = 'correct horse battery';
const CREDENTIAL = 'NWCA-ADM-7F3K-22QX';

const waitUntil = (condition: () => unknown, message: string) => waitUntilShort(condition, message, { timeout: 8000 });

/** The language tables (`/src/i18n/<tag>.ts`) the page has fetched, English and its parts (`en-core.ts`...) aside. */
function fetchedTables(): string[] {
  const tags = performance
    .getEntriesByType('resource')
    .map((entry) => tableOf(new URL(entry.name).pathname))
    .filter((tag): tag is string => tag !== undefined);
  return [...new Set(tags)].sort();
}

/** Names from the demo data, one of which each section shows once its data is in. */
const DATA_SHOWN = [
  'María José',
  ...demoData().certifications.map((c) => c.title),
  ...demoData().badges.map((b) => b.name),
];

const adapter = () => new MemoryAdapter({ hashIterations: 1000 });
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function rendered(template: TemplateResult, ready: (el: HTMLElement) => unknown, what: string) {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => ready(el), what);
  return el;
}

describe('rendering in Japanese, Chinese, Korean and Arabic', () => {
  let before: string[];
  const seen: string[] = [];

  it('starts with no language table fetched', () => {
    before = fetchedTables();
    expect(before).to.deep.equal([]);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      let own: Messages;
      const expectNoEnglish = (el: Element) => {
        const text = shownText(el);
        expect(text.trim(), 'something is shown').to.not.equal('');
        expect(englishLeftIn(text, own).join('\n'), `English left in <${el.localName} lang="${lang}">`).to.equal('');
      };

      it('<cert-list>, and its certificate preview', async () => {
        const el = await rendered(
          html`<cert-list lang=${lang} .adapter=${adapter()}></cert-list>`,
          (e) => e.shadowRoot?.querySelector('[part=item]'),
          'the list',
        );
        own = await loadLocale(lang);
        expect(shownText(el)).to.include(own.certList.heading);
        expectNoEnglish(el);
        await (el as CertList).preview(demoData().certifications[0].id);
        // The PDF fonts cover Chinese, Japanese and Korean: the certificate is drawn, never refused for want of a font.
        await waitUntil(() => $(el, 'dialog[part=dialog] svg.certificate text'), 'the certificate preview');
        const alerts = [...el.shadowRoot!.querySelectorAll('[role=alert]')].map((a) => shownText(a)).join(' ');
        expect(alerts.trim(), 'no error is shown').to.equal('');
        expectNoEnglish(el);
        expect(shownText(el)).to.include(own.certList.previewVerify);
        expectNoEnglish(el);
      });

      it('<badge-share>', async () => {
        own = await loadLocale(lang);
        const el = await rendered(
          html`<badge-share lang=${lang} .badge=${demoData().badges[0]}></badge-share>`,
          (e) => shownText(e).includes(own.badges.share),
          'the badge and its share buttons',
        );
        expectNoEnglish(el);
      });

      for (const [button, opened] of [
        ['#share-button', (m: Messages) => m.transcript.shareIntro],
        ['#email-button', (m: Messages) => m.transcript.emailIntro],
        ['#pdf-button', (m: Messages) => m.transcript.pdfDialogTitle],
      ] as const) {
        it(`<transcript-viewer> of the learner, and the dialog ${button} opens`, async () => {
          own = await loadLocale(lang);
          const el = await rendered(
            html`<transcript-viewer lang=${lang} .adapter=${adapter()}></transcript-viewer>`,
            (e) => $(e, '[part=transcript]') && shownText(e).includes('María José'),
            'the transcript',
          );
          expectNoEnglish(el);
          $(el, button)!.click();
          await waitUntil(() => shownText(el).includes(opened(own)), `the dialog of ${button}`);
          expectNoEnglish(el);
        });
      }

      it('<transcript-viewer mode="shared">, its form and the transcript it opens', async () => {
        own = await loadLocale(lang);
        const memory = adapter();
        const share = await memory.createTranscriptShare({ accessCode: CODE, includeAddress: false });
        const el = await rendered(
          html`<transcript-viewer
            lang=${lang}
            mode="shared"
            transcript-id=${share.transcriptId}
            .adapter=${memory}
          ></transcript-viewer>`,
          (e) => $(e, '[part=access-form]'),
          'the form',
        );
        expectNoEnglish(el);
        const input = $(el, '#access-code') as HTMLInputElement;
        input.value = CODE;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        $(el, '[part=access-form] button[type=submit]')!.click();
        await waitUntil(() => $(el, '[part=transcript]'), 'the shared transcript');
        expectNoEnglish(el);
      });

      it('<cert-verify>', async () => {
        own = await loadLocale(lang);
        const el = await rendered(
          html`<cert-verify lang=${lang} credential-id=${CREDENTIAL} .adapter=${adapter()}></cert-verify>`,
          (e) => $(e, '[part=verdict]'),
          'the verdict',
        );
        expect(shownText(el)).to.include(own.verify.verdicts.valid);
        expectNoEnglish(el);
      });

      it('<cert-dashboard>, each section', async () => {
        own = await loadLocale(lang);
        const el = await rendered(
          html`<cert-dashboard lang=${lang} .adapter=${adapter()}></cert-dashboard>`,
          (e) => $(e, 'cert-list')?.shadowRoot?.querySelector('[part=item]'),
          'the certificates',
        );
        expect(shownText($(el, 'h1')!)).to.include('María José');
        expectNoEnglish(el);
        for (const tab of el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')) {
          tab.click();
          await waitUntil(() => tab.getAttribute('aria-selected') === 'true', 'the tab opens');
          const panel = el.shadowRoot!.querySelector('section:not([hidden])')!;
          await waitUntil(() => DATA_SHOWN.some((name) => shownText(panel).includes(name)), `the ${panel.id} data`);
          expectNoEnglish(el);
        }
      });

      it(`fetched the ${lang} table and no other`, () => {
        seen.push(lang);
        expect(fetchedTables()).to.deep.equal([...seen].sort());
      });
    });
  }
});
