import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { en } from '../../src/i18n/en.js';
import { registerLocale } from '../../src/i18n/messages.js';
import type { Certification } from '../../src/model.js';
import { certification, learner } from '../export/fixtures.js';
import '../../src/define.js';

/*
 * Right to left, checked by geometry: where the start of each element is, in English and in the
 * right-to-left languages. The Arabic and Hebrew tables registered here are copies of English on
 * purpose (the words do not matter here, the layout does): an element lays out right to left when
 * the table it shows is a right-to-left language's.
 */
registerLocale('ar', { ...en });
registerLocale('he', { ...en });

type Lang = 'en' | 'ar' | 'he';
const LANGS: Lang[] = ['en', 'ar', 'he'];
const startSide = (lang: Lang) => (lang === 'en' ? 'left' : 'right');
const endSide = (lang: Lang) => (lang === 'en' ? 'right' : 'left');

/** The first element matching `selector` in `root` or in any open shadow root under it. */
function deep<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | null {
  if (root instanceof Element && root.shadowRoot) return deep<T>(root.shadowRoot, selector);
  const here = root.querySelector<T>(selector);
  if (here) return here;
  for (const el of root.querySelectorAll('*')) {
    const found = el.shadowRoot ? deep<T>(el.shadowRoot, selector) : null;
    if (found) return found;
  }
  return null;
}

/** Every element under `root`, through open shadow roots. */
function allElements(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

async function found<T extends Element = HTMLElement>(root: Element, selector: string, timeout = 5000): Promise<T> {
  await waitUntil(() => deep(root, selector), `${selector} rendered`, { timeout });
  return deep<T>(root, selector)!;
}

const box = (el: Element) => el.getBoundingClientRect();
const middle = (el: Element) => box(el).left + box(el).width / 2;

/** Which half of `container` the middle of `el` is in. */
const sideIn = (el: Element, container: Element): 'left' | 'right' =>
  middle(el) < middle(container) ? 'left' : 'right';

/** Whether `a` is wholly to the left of `b`. */
const leftOf = (a: Element, b: Element) => box(a).right <= box(b).left + 1;

/** The box of the text inside `el` (not of `el`, which may be as wide as its container). */
function textBox(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/** Which edge of `el` its text is against: `'left'`, `'right'`, or `'centre'`. */
function textEdge(el: Element): 'left' | 'right' | 'centre' {
  const outer = box(el);
  const style = getComputedStyle(el);
  const inner = textBox(el);
  const left = inner.left - (outer.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth));
  const right = outer.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) - inner.right;
  return Math.abs(left) < 2 ? 'left' : Math.abs(right) < 2 ? 'right' : 'centre';
}

const direction = (el: Element) => getComputedStyle(el).direction;

/** `[r, g, b]` of each CSS pixel along the middle of `el`, as the screen shows it. */
async function pixelRow(el: Element): Promise<number[][]> {
  el.scrollIntoView({ block: 'center' });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const r = box(el);
  const { pixels } = await executeServerCommand<{ pixels: number[][] }, { x: number; y: number; width: number }>(
    'pixel-row',
    {
      x: Math.round(r.left) + 2,
      y: Math.round(r.top + r.height / 2),
      width: Math.round(r.width) - 4,
    },
  );
  return pixels;
}

/** Accent blue (the filled part of a progress bar), not the grey track. */
const isFilled = ([r, , b]: number[]) => b - r > 60;

async function settle() {
  await new Promise((r) => setTimeout(r, 50));
}

function inProgress(): Certification {
  return certification({
    id: 'cert-dp',
    title: 'Data Engineer Associate',
    code: 'DP-203',
    status: 'in-progress',
    earnedOn: null,
    expiresOn: null,
    credentialId: null,
    verificationUrl: null,
    exams: [
      { code: 'DP-900', title: 'Data Fundamentals', passedOn: '2025-02-10' },
      { code: 'DP-203', title: 'Data Engineering', passedOn: null },
      { code: 'DP-300', title: 'Database Administration', passedOn: null },
    ],
  });
}

/** Enough certifications for the search and sort filters to show. */
const certifications = () => [
  certification(),
  inProgress(),
  ...Array.from({ length: 6 }, (_, i) => certification({ id: `cert-${i}`, title: `Certification ${i + 1}` })),
];

async function list(lang: Lang) {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang}><cert-list .certifications=${certifications()} .learner=${learner()}></cert-list></div>`,
  );
  const el = wrap.querySelector('cert-list')!;
  await found(el, '[part=checkbox]');
  await settle();
  return el;
}

async function transcript(lang: Lang, adapter = new MemoryAdapter()) {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang}><transcript-viewer .adapter=${adapter}></transcript-viewer></div>`,
  );
  const el = wrap.querySelector('transcript-viewer')!;
  await found(el, '#share-button');
  await settle();
  return el;
}

async function openDialog(el: Element, button: string, dialog: string) {
  deep(el, button)!.click();
  await waitUntil(() => deep<HTMLDialogElement>(el, dialog)?.open, `${dialog} open`, { timeout: 5000 });
  await settle();
  return deep<HTMLDialogElement>(el, dialog)!;
}

describe('right to left', () => {
  describe('<cert-list>', () => {
    for (const lang of LANGS) {
      it(`${lang}: the checkbox, the toolbar and the filters start on the ${startSide(lang)}`, async () => {
        const el = await list(lang);
        const checkbox = deep(el, '[part=checkbox]')!;
        const row = checkbox.closest('li')!;
        const title = deep(row, '.title')!;
        expect(sideIn(checkbox, row), 'checkbox').to.equal(startSide(lang));
        expect(leftOf(checkbox, title), 'checkbox before the title').to.equal(lang === 'en');
        expect(textEdge(title), 'title text').to.equal(startSide(lang));

        const toolbar = deep(el, '[part=toolbar]')!;
        const selectAll = deep(toolbar, '.selection button')!;
        const download = deep(toolbar, 'button.download')!;
        expect(sideIn(selectAll, toolbar), 'Select all').to.equal(startSide(lang));
        expect(leftOf(selectAll, download), 'Select all before Download').to.equal(lang === 'en');

        const filters = deep(el, '[part=filters]')!;
        const search = deep(filters, 'label')!;
        expect(sideIn(search, filters), 'the search field').to.equal(startSide(lang));
        const words = document.createRange();
        words.selectNode([...search.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!);
        const label = words.getBoundingClientRect();
        const input = box(deep(filters, 'input[type=search]')!);
        expect(label.right <= input.left + 1, 'its label before it').to.equal(lang === 'en');
      });

      it(`${lang}: a progress bar fills from the ${startSide(lang)}`, async () => {
        // The light theme's accent against its grey track.
        await emulateMedia({ colorScheme: 'light' });
        const el = await list(lang);
        const bar = deep(el, '[part=exam-progress] progress')!;
        const pixels = await pixelRow(bar);
        const at = (fraction: number) => pixels[Math.floor(pixels.length * fraction)];
        // One exam of three passed: the start third is filled, the end is the track.
        const filled = { left: isFilled(at(0.1)), right: isFilled(at(0.9)) };
        expect(filled, JSON.stringify([at(0.1), at(0.9)])).to.deep.equal({
          left: lang === 'en',
          right: lang !== 'en',
        });
        expect(direction(bar)).to.equal(lang === 'en' ? 'ltr' : 'rtl');
      });

      it(`${lang}: the preview dialog's heading starts on the ${startSide(lang)}, Close is at its ${endSide(lang)} end`, async () => {
        const el = await list(lang);
        void el.preview('cert-az104');
        const dialog = await found<HTMLDialogElement>(el, 'dialog[open]');
        await found(el, 'svg.certificate', 8000);
        const buttons = [...dialog.querySelectorAll('.dialog-actions button')];
        const [download, close] = [buttons[0], buttons.at(-1)!];
        expect(close.textContent.trim()).to.equal('Close');
        expect(sideIn(close, dialog), 'Close').to.equal(endSide(lang));
        expect(leftOf(download, close), 'Download before Close').to.equal(lang === 'en');
        expect(textEdge(dialog.querySelector('h2')!), 'heading').to.equal(startSide(lang));
        if (lang !== 'en') await expect(el).to.be.accessible();
        dialog.close();
      });
    }

    it('keeps the code, the credential ID, exam codes and the verification URL left to right', async () => {
      const el = await list('ar');
      const row = deep(el, '[part=checkbox]')!.closest('li')!;
      expect(direction(row)).to.equal('rtl');
      expect(direction(deep(row, '.code')!), 'certification code').to.equal('ltr');
      expect(direction(deep(row, '.credential')!), 'credential ID').to.equal('ltr');
      expect(direction(deep(el, '.exams .code')!), 'exam code').to.equal('ltr');
      void el.preview('cert-az104');
      const link = await found(el, 'dialog[open] .verify a');
      expect(direction(link), 'verification URL').to.equal('ltr');
      deep<HTMLDialogElement>(el, 'dialog[open]')!.close();
    });
  });

  describe('<badge-share>', () => {
    const badge = () => new MemoryAdapter().listBadges().then((b) => b[0]);

    for (const lang of LANGS) {
      it(`${lang}: image and actions start on the ${startSide(lang)}; the Share menu opens from there, its items too`, async () => {
        const wrap = await fixture<HTMLElement>(
          html`<div lang=${lang}><badge-share .badge=${await badge()}></badge-share></div>`,
        );
        const el = wrap.querySelector('badge-share')!;
        const card = await found(el, '[part=card]');
        const image = await found(el, '[part=image]');
        expect(sideIn(image, card), 'image').to.equal(startSide(lang));
        expect(leftOf(image, deep(card, '.body')!), 'image before the text').to.equal(lang === 'en');
        expect(textEdge(deep(card, '[part=name]')!), 'name').to.equal(startSide(lang));

        const actions = deep(card, '[part=actions]')!;
        const first = actions.querySelector('button, a')!;
        expect(sideIn(first, actions), 'first action').to.equal(startSide(lang));
        const toggle = deep(card, '#share-toggle')!;
        expect(leftOf(first, toggle), 'Add to LinkedIn before Share').to.equal(lang === 'en');

        toggle.click();
        const menu = await found(el, '[part=menu]:not([hidden])');
        const edge = lang === 'en' ? 'left' : 'right';
        expect(Math.abs(box(menu)[edge] - box(actions)[edge]), 'menu from the start edge').to.be.below(2);
        const item = menu.querySelector('button, a')!;
        expect(textEdge(item), 'menu item text').to.equal(startSide(lang));
        if (lang !== 'en') await expect(el).to.be.accessible();

        deep(menu, '[data-network=embed]')!.click();
        const embed = await found(el, '[part=embed]');
        expect(textEdge(embed.querySelector('label')!), 'embed label').to.equal(startSide(lang));
        expect(direction(embed.querySelector('textarea')!), 'the HTML snippet').to.equal('ltr');
      });
    }
  });

  describe('<badge-share> text', () => {
    it('ar: a criteria address shown as text (not a link) stays left to right', async () => {
      const badge = { ...(await new MemoryAdapter().listBadges())[0], criteriaUrl: 'ftp://example.org/criteria' };
      const wrap = await fixture<HTMLElement>(html`<div lang="ar"><badge-share .badge=${badge}></badge-share></div>`);
      const card = await found(wrap.querySelector('badge-share')!, '[part=card]');
      const shown = [...card.querySelectorAll('p span')].find((s) => s.textContent === badge.criteriaUrl);
      expect(shown, 'the address in a span of its own').to.exist;
      expect(direction(shown!)).to.equal('ltr');
    });
  });

  describe('<transcript-viewer>', () => {
    for (const lang of LANGS) {
      it(`${lang}: buttons and table columns start on the ${startSide(lang)}; each dialog's Close at its ${endSide(lang)} end`, async () => {
        const el = await transcript(lang);
        const email = deep(el, '#email-button')!;
        const pdf = deep(el, '#pdf-button')!;
        const share = deep(el, '#share-button')!;
        expect(sideIn(email, deep(el, '[part=transcript]')!), 'E-mail').to.equal(startSide(lang));
        expect([leftOf(email, pdf), leftOf(pdf, share)], 'E-mail, PDF, Share').to.deep.equal(
          lang === 'en' ? [true, true] : [false, false],
        );
        const headers = [...deep(el, 'table')!.querySelectorAll('th')];
        expect(leftOf(headers[0], headers[1]), 'first column').to.equal(lang === 'en');
        expect(textEdge(deep(el, '#learner')!), 'learner name').to.equal(startSide(lang));

        for (const [button, id] of [
          ['#email-button', '#email-dialog'],
          ['#pdf-button', '#pdf-dialog'],
          ['#share-button', '#share-dialog'],
        ]) {
          const dialog = await openDialog(el, button, id);
          const buttons = [...dialog.querySelectorAll<HTMLElement>('.dialog-actions button')];
          const close = buttons.at(-1)!;
          expect(sideIn(close, dialog), `${id}: its last button`).to.equal(endSide(lang));
          expect(textEdge(dialog.querySelector('h2')!), `${id}: heading`).to.equal(startSide(lang));
          const check = dialog.querySelector('.check input');
          if (check)
            expect(leftOf(check, dialog.querySelector('.check label')!), `${id}: checkbox before its label`).to.equal(
              lang === 'en',
            );
          if (lang !== 'en') await expect(el).to.be.accessible();
          dialog.close();
          await settle();
        }
      });
    }

    it('ar: a share keeps its transcript ID, URL and access code left to right, each against the start edge', async () => {
      const adapter = new MemoryAdapter({
        hashIterations: 1000,
        shareBaseUrl: 'https://school.example.org/shared.html',
      });
      await adapter.createTranscriptShare({ accessCode: 'correct horse battery', includeAddress: false });
      const el = await transcript('ar', adapter);
      const dialog = await openDialog(el, '#share-button', '#share-dialog');
      expect(direction(dialog)).to.equal('rtl');
      expect(direction(dialog.querySelector('#share-code')!), 'access code field').to.equal('ltr');
      const listed = await found(el, '#share-dialog .share-id');
      expect(direction(listed.firstElementChild!), 'ID in the list of shares').to.equal('ltr');
      expect(textEdge(listed), 'ID in the list, against the start edge').to.equal('right');
      const revoke = dialog.querySelector('[data-revoke]')!;
      expect(sideIn(revoke, listed.closest('li')!), 'Revoke').to.equal('right');

      const code = dialog.querySelector<HTMLInputElement>('#share-code')!;
      const again = dialog.querySelector<HTMLInputElement>('#share-code-again')!;
      for (const input of [code, again]) {
        input.value = 'another good code';
        input.dispatchEvent(new Event('input'));
      }
      dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const id = await found(el, '#share-dialog .transcript-id');
      expect(direction(id.firstElementChild!), 'new transcript ID').to.equal('ltr');
      expect(textEdge(id), 'new transcript ID, against the start edge').to.equal('right');
      expect(direction(deep(el, '#share-url')!), 'share URL').to.equal('ltr');
      dialog.close();
    });

    it('ar: codes and the e-mail address in the transcript stay left to right', async () => {
      const el = await transcript('ar');
      const table = deep(el, 'table')!;
      const code = table.querySelector('td[data-label=Code] > *');
      expect(code, 'the code is a span of its own').to.exist;
      expect(direction(code!)).to.equal('ltr');
      expect(direction(deep(el, 'dl.learner dd')!.firstElementChild!), 'e-mail address').to.equal('ltr');
    });

    for (const lang of LANGS) {
      it(`${lang}: the shared-mode form starts on the ${startSide(lang)}; ID and access code are typed left to right`, async () => {
        const wrap = await fixture<HTMLElement>(
          html`<div lang=${lang}><transcript-viewer mode="shared" .adapter=${new MemoryAdapter()}></transcript-viewer></div>`,
        );
        const el = wrap.querySelector('transcript-viewer')!;
        const form = await found(el, '[part=access-form]');
        await settle();
        expect(textEdge(form.querySelector('h2')!), 'heading').to.equal(startSide(lang));
        expect(textEdge(form.querySelector('label[for=access-id]')!), 'label').to.equal(startSide(lang));
        expect(sideIn(form.querySelector('button[type=submit]')!, form), 'submit').to.equal(startSide(lang));
        const code = form.querySelector('#access-code')!;
        expect(leftOf(code, form.querySelector('.reveal')!), 'Show after the field').to.equal(lang === 'en');
        expect(direction(form.querySelector('#access-id')!), 'transcript ID field').to.equal('ltr');
        expect(direction(code), 'access code field').to.equal('ltr');
      });
    }
  });

  describe('<cert-verify>', () => {
    const adapter = () =>
      new MemoryAdapter({
        learner: learner(),
        certifications: [certification()],
        badges: [],
        now: () => new Date('2025-06-01'),
      });

    for (const lang of LANGS) {
      it(`${lang}: the verdict's sign and each label start on the ${startSide(lang)}; IDs stay left to right`, async () => {
        const wrap = await fixture<HTMLElement>(
          html`<div lang=${lang}><cert-verify credential-id="CRED-8F2K-19QA" .adapter=${adapter()}></cert-verify></div>`,
        );
        const el = wrap.querySelector('cert-verify')!;
        const verdict = await found(el, '#verdict');
        await settle();
        const words = textBox(verdict);
        // The sign is drawn before the words: on the start side.
        if (lang === 'en') expect(words.left - box(verdict).left).to.be.above(20);
        else expect(box(verdict).right - words.right).to.be.above(20);
        const details = deep(el, '[part=details]')!;
        const [dt, dd] = [details.querySelector('dt')!, details.querySelector('dd')!];
        expect(leftOf(dt, dd), 'label before value').to.equal(lang === 'en');
        expect(sideIn(deep(el, '[part=actions] button')!, details), 'first action').to.equal(startSide(lang));
        const dds = [...details.querySelectorAll('dd')];
        const id = dds.at(-1)!.firstElementChild;
        expect(id?.textContent).to.equal('CRED-8F2K-19QA');
        expect(direction(id!), 'credential ID').to.equal('ltr');
        const code = dds.find((d) => d.textContent.trim() === 'AZ-104')!.firstElementChild;
        expect(direction(code!), 'certification code').to.equal('ltr');
      });
    }

    it('ar: the form types the credential ID left to right', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="ar"><cert-verify credential-id="" .adapter=${adapter()}></cert-verify></div>`,
      );
      const input = await found(wrap.querySelector('cert-verify')!, '#credential-id');
      expect(direction(input.closest('form')!)).to.equal('rtl');
      expect(direction(input)).to.equal('ltr');
      expect(textEdge(deep(wrap, 'label[for=credential-id]')!)).to.equal('right');
    });
  });

  describe('<cert-dashboard>', () => {
    for (const lang of LANGS) {
      const next = lang === 'en' ? 'ArrowRight' : 'ArrowLeft';
      const back = lang === 'en' ? 'ArrowLeft' : 'ArrowRight';
      it(`${lang}: the first tab is on the ${startSide(lang)}; ${next} moves to the next tab, ${back} back`, async () => {
        const wrap = await fixture<HTMLElement>(
          html`<div lang=${lang}><cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard></div>`,
        );
        const el = wrap.querySelector('cert-dashboard')!;
        await found(el, '[role=tab]');
        await settle();
        const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')];
        const tablist = el.shadowRoot!.querySelector('[role=tablist]')!;
        expect(sideIn(tabs[0], tablist), 'first tab').to.equal(startSide(lang));
        expect(leftOf(tabs[0], tabs[1]) && leftOf(tabs[1], tabs[2]), 'tabs in reading order').to.equal(lang === 'en');
        expect(textEdge(el.shadowRoot!.querySelector('[part=heading]')!), 'heading').to.equal(startSide(lang));

        tabs[0].focus();
        await sendKeys({ press: next });
        await waitUntil(() => tabs[1].getAttribute('aria-selected') === 'true', `${next} selects the second tab`);
        expect(el.shadowRoot!.activeElement).to.equal(tabs[1]);
        await sendKeys({ press: back });
        await waitUntil(() => tabs[0].getAttribute('aria-selected') === 'true', `${back} goes back`);
        history.replaceState(null, '', location.pathname + location.search);
      });
    }
  });

  describe('loading and failure, on a page that is left to right', () => {
    const failing = () =>
      new MemoryAdapter({
        fail: {
          listCertifications: new AdapterError('network', 'offline'),
          listBadges: new AdapterError('network', 'offline'),
          getTranscript: new AdapterError('network', 'offline'),
        },
      });
    const cases: Array<[string, (adapter: MemoryAdapter) => TemplateResult]> = [
      ['cert-list', (adapter) => html`<cert-list .adapter=${adapter}></cert-list>`],
      [
        'badge-share',
        (adapter) => html`<badge-share badge-id="badge-cloud-administrator" .adapter=${adapter}></badge-share>`,
      ],
      ['transcript-viewer', (adapter) => html`<transcript-viewer .adapter=${adapter}></transcript-viewer>`],
    ];
    for (const [name, template] of cases) {
      it(`${name}: in Arabic, "Loading" and the error with its Retry button start on the right`, async () => {
        const slow = await fixture<HTMLElement>(
          html`<div lang="ar">${template(new MemoryAdapter({ latencyMs: 60_000 }))}</div>`,
        );
        const status = await found(slow.firstElementChild!, '[part=status]');
        expect(direction(status), 'the loading line').to.equal('rtl');
        expect(textEdge(status), 'the loading line').to.equal('right');

        const wrap = await fixture<HTMLElement>(html`<div lang="ar">${template(failing())}</div>`);
        const alert = await found(wrap.firstElementChild!, '[role=alert]');
        expect(direction(alert), 'the error').to.equal('rtl');
        expect(textEdge(alert.querySelector('p')!), 'the error').to.equal('right');
        expect(sideIn(alert.querySelector('button')!, alert), 'Retry').to.equal('right');
      });
    }
  });

  describe('Arabic on a phone (360 by 740)', () => {
    before(async () => {
      await setViewport({ width: 360, height: 740 });
      document.documentElement.lang = 'ar';
      document.documentElement.dir = 'rtl';
    });
    after(async () => {
      document.documentElement.lang = 'en';
      document.documentElement.removeAttribute('dir');
      await setViewport({ width: 800, height: 600 });
    });

    const cases: Array<[string, () => TemplateResult, string]> = [
      ['cert-dashboard', () => html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`, '[part=item]'],
      [
        'cert-list',
        () => html`<cert-list .certifications=${[certification(), inProgress()]}></cert-list>`,
        '[part=item]',
      ],
      [
        'badge-share',
        () => html`<badge-share badge-id="badge-cloud-administrator" .adapter=${new MemoryAdapter()}></badge-share>`,
        '[part=card]',
      ],
      [
        'transcript-viewer',
        () => html`<transcript-viewer .adapter=${new MemoryAdapter()}></transcript-viewer>`,
        '[part=transcript]',
      ],
      [
        'transcript-viewer shared',
        () => html`<transcript-viewer mode="shared" .adapter=${new MemoryAdapter()}></transcript-viewer>`,
        'form',
      ],
      [
        'cert-verify',
        () =>
          html`<cert-verify
            credential-id="CRED-8F2K-19QA"
            .adapter=${new MemoryAdapter({ learner: learner(), certifications: [certification()], badges: [] })}
          ></cert-verify>`,
        '#verdict',
      ],
    ];

    for (const [name, template, ready] of cases) {
      it(`${name}: right to left, no sideways scrolling, and axe finds nothing`, async () => {
        const el = await fixture<HTMLElement>(template());
        await found(el, ready);
        await new Promise((r) => setTimeout(r, 300));
        const rendered = allElements(el.shadowRoot!).find((e) => e.matches('[dir]'))!;
        expect(direction(rendered), 'the element lays out right to left').to.equal('rtl');
        const page = document.documentElement;
        expect(page.scrollWidth, 'page').to.be.at.most(page.clientWidth);
        // What is clipped to one pixel for screen readers only (a table's header row on a phone) does not count.
        const overflowing = [el, ...allElements(el.shadowRoot!)].filter(
          (e) =>
            e.scrollWidth > e.clientWidth + 1 &&
            getComputedStyle(e).overflowX === 'visible' &&
            e.clientWidth > 0 &&
            !e.closest('thead, .visually-hidden'),
        );
        expect(
          overflowing.map((e) => `${e.localName}.${e.className}`),
          'elements wider than their box',
        ).to.deep.equal([]);
        const outside = allElements(el.shadowRoot!).filter((e) => {
          const r = box(e);
          return r.width > 0 && (r.left < -1 || r.right > 361);
        });
        expect(
          outside.map((e) => `${e.localName}.${e.className}`),
          'outside the screen',
        ).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });
});
