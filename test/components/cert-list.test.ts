import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import { unzipSync } from 'fflate';
import { css } from 'lit';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { demoData } from '../../src/demo/demo-data.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import type { CertDownloadEvent, CertErrorEvent, CertSelectionChangeEvent } from '../../src/events/cert-events.js';
import { deepActiveElement } from '../../src/internal/dialog.js';
import type { Certification } from '../../src/model.js';
import type { Certification as CertificationData } from '../../src/model.js';
import { certification as pdfCertification, learner } from '../export/fixtures.js';

/** The PDF tests' certification, valid for years from whatever day the list is shown on (the list reads the real clock). */
const certification = (overrides: Partial<CertificationData> = {}) =>
  pdfCertification({ expiresOn: '2099-03-14', ...overrides });
import { readable, readPdf } from '../export/read-pdf.js';
import { replace, restoreAll } from '../support/stubs.js';
import '../../src/define.js';
import { expectFocusOn } from '../support/focus.js';

const root = (el: CertList) => el.shadowRoot!;
const items = (el: CertList) => [...root(el).querySelectorAll<HTMLLIElement>('[part=item]')];
const textOf = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const item = (el: CertList, title: string) => items(el).find((li) => textOf(li).includes(title))!;
const checkbox = (el: CertList, title: string) =>
  item(el, title).querySelector<HTMLInputElement>('input[type=checkbox]');
const button = (el: CertList, label: string | RegExp) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof label === 'string' ? textOf(b) === label : label.test(textOf(b)),
  )!;
const statusText = (el: CertList) => textOf(root(el).querySelector('.job-status')!);
const alertText = (el: CertList) => textOf(root(el).querySelector('[role=alert]') ?? document.createElement('p'));

/** A list with its own data, so tests control titles and names. */
async function listOf(certs: Certification[], name = 'María José Núñez') {
  return fixture<CertList>(html`<cert-list .certifications=${certs} .learner=${learner(name)}></cert-list>`);
}

/** The next `name` event `el` fires, typed as `HTMLElementEventMap` declares it. */
const nextEvent = <K extends keyof HTMLElementEventMap>(el: HTMLElement, name: K) =>
  oneEvent<HTMLElementEventMap[K]>(el, name);

/** A node of the accessibility tree as Chromium gives it to screen readers (`a11ySnapshot`). */
interface AXNode {
  role: string;
  name?: string;
  value?: number | string;
  valuemin?: number;
  valuemax?: number;
  children?: AXNode[];
}

const axNodes = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(axNodes)];

/** The page's accessibility tree once `ready` holds for it: Chromium updates the tree after the DOM, not with it. */
async function accessibilityTree(ready: (nodes: AXNode[]) => boolean): Promise<AXNode[]> {
  let nodes: AXNode[] = [];
  await waitUntil(
    async () => ready((nodes = axNodes((await a11ySnapshot({})) as unknown as AXNode))),
    'the accessibility tree never showed what the test waits for',
  );
  return nodes;
}

/** The text a screen reader reads through a node: the names of its leaves, in order. */
const spoken = (node: AXNode) =>
  axNodes(node)
    .filter((n) => !n.children?.length && n.name)
    .map((n) => n.name)
    .join(' ');

/** A list whose official PDFs arrive only when the test says so; the job honours Cancel meanwhile. */
async function gatedList(count: number) {
  let release: (outcome?: Error) => void = () => undefined;
  const gate = new Promise<void>((resolve, reject) => {
    release = (outcome) => (outcome ? reject(outcome) : resolve());
  });
  gate.catch(() => undefined);
  const certs = Array.from({ length: count }, (_, i) => certification({ id: `c${i}`, title: `Certification ${i}` }));
  const adapter = new MemoryAdapter({ certifications: certs, learner: learner(), badges: [], certificatePdfs: {} });
  replace(adapter, 'getCertificatePdf', (_id: string, o?: { signal?: AbortSignal }) => {
    const abort = new Promise<never>((_, reject) =>
      o?.signal?.addEventListener('abort', () => reject(o.signal!.reason as Error)),
    );
    return Promise.race([gate.then(() => new Blob(['%PDF-1.7 official'])), abort]);
  });
  const el = await fixture<CertList>(
    html`<cert-list .adapter=${adapter} .certifications=${certs} .learner=${learner()}></cert-list>`,
  );
  el.selectAll();
  await el.updateComplete;
  return { el, release };
}

/** Starts a gated ZIP of `count` the way a keyboard user does (Enter on Download) and waits for focus on Cancel. */
async function zipByKeyboard(count: number) {
  captureSaves();
  const list = await gatedList(count);
  button(list.el, `Download ${count} as ZIP`).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepActiveElement() === button(list.el, 'Cancel'), 'focus is not on Cancel');
  return list;
}

/** Relative luminance and contrast ratio of CSS rgb() colours (WCAG 2.2). */
function rgb(css: string): [number, number, number, number] {
  const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}
function contrast(foreground: string, background: string, opacity: number, backdrop: string): number {
  const under = rgb(backdrop);
  const [br, bg, bb, ba] = rgb(background);
  const bgMix = [br, bg, bb].map((c, i) => c * ba + under[i] * (1 - ba));
  const seenBg = bgMix.map((c, i) => c * opacity + under[i] * (1 - opacity));
  const seenFg = rgb(foreground)
    .slice(0, 3)
    .map((c, i) => c * opacity + under[i] * (1 - opacity));
  const luminance = (c: number[]) =>
    c
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [luminance(seenFg), luminance(seenBg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

/** Keeps the browser from saving files during the tests; returns the names it was asked to save. */
function captureSaves(): string[] {
  const saved: string[] = [];
  replace(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
    if (this.download) saved.push(this.download);
  });
  return saved;
}

describe('<cert-list>', () => {
  afterEach(() => restoreAll());

  it('a subclass that lists super.styles beside its own draws the list as <cert-list> does', async () => {
    const { CertList: Base } = await import('../../src/components/cert-list/cert-list.js');
    class BrandedList extends Base {
      static override styles = [...Base.styles, css`:host { outline: 2px solid rgb(1, 2, 3); }`];
    }
    customElements.define('branded-cert-list', BrandedList);
    const el = await fixture<CertList>(
      html`<branded-cert-list .certifications=${[certification()]} .learner=${learner('Ana')}></branded-cert-list>`,
    );
    expect(getComputedStyle(el).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root(el).querySelector('.toolbar')!).position).to.equal('sticky');
    expect(items(el)).to.have.length(1);
  });

  describe('accessibility', () => {
    it('passes axe with the demo data, a selection and the help link', async () => {
      const el = await fixture<CertList>(
        html`<cert-list help-url="https://example.org/help" .adapter=${new MemoryAdapter()}></cert-list>`,
      );
      await waitUntil(() => items(el).length > 0);
      checkbox(el, 'Cloud Administrator')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in Spanish with the search shown', async () => {
      const el = await fixture<CertList>(
        html`<cert-list lang="es" .certifications=${demoData().certifications}></cert-list>`,
      );
      expect(root(el).querySelector('input[type=search]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('what each certification shows', () => {
    it('shows every certification from the adapter with title, code, status and credential ID', async () => {
      const data = demoData();
      const el = await fixture<CertList>(html`<cert-list .adapter=${new MemoryAdapter()}></cert-list>`);
      await waitUntil(() => items(el).length === data.certifications.length);
      const first = data.certifications[0];
      const shown = textOf(item(el, first.title));
      expect(shown).to.contain(first.code);
      expect(shown).to.contain('Earned');
      expect(shown).to.contain(first.credentialId!);
    });

    it('in progress: exams passed, which remain, that the certificate follows the final exam, and no checkbox', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${demoData().certifications}></cert-list>`);
      const secOps = item(el, 'Security Operations Analyst');
      expect(textOf(secOps)).to.contain('1 of 2 exams passed');
      expect(textOf(secOps)).to.contain('Still to pass: SEC-202 Incident Handling in Practice');
      expect(textOf(secOps)).to.contain('The certificate is issued once the final exam is passed.');
      expect(checkbox(el, 'Security Operations Analyst')).to.equal(null);
      expect(textOf(item(el, 'Solutions Architect'))).to.contain('0 of 3 exams passed');
    });

    it('revoked: shown as such, with no checkbox', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${demoData().certifications}></cert-list>`);
      const revoked = item(el, 'Agile Delivery Practitioner');
      expect(textOf(revoked)).to.contain('Revoked');
      expect(textOf(revoked)).to.contain('no longer valid');
      expect(checkbox(el, 'Agile Delivery Practitioner')).to.equal(null);
      expect(checkbox(el, 'Networking Fundamentals'), 'an expired certificate still downloads').to.exist;
    });

    it('says "expires in N days" within 90 days, with the renewal link', async () => {
      const inTwelveDays = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
      const el = await listOf([
        certification({ expiresOn: inTwelveDays, renewalUrl: 'https://learn.example.com/renew' }),
      ]);
      expect(textOf(items(el)[0])).to.contain('Expires in 12 days');
      expect(items(el)[0].querySelector<HTMLAnchorElement>('.expiring a')!.href).to.equal(
        'https://learn.example.com/renew',
      );
    });

    it('never links a renewal URL that is not http(s)', async () => {
      const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
      const el = await listOf([certification({ expiresOn: soon, renewalUrl: 'javascript:alert(1)' })]);
      expect(items(el)[0].querySelector('.expiring a')).to.equal(null);
    });

    it('offers "Add to LinkedIn profile" for an earned certification, with its details', async () => {
      const el = await listOf([
        certification({ issuer: { name: 'Contoso Learning', linkedInOrganizationId: '1337' } }),
      ]);
      const link = items(el)[0].querySelector<HTMLAnchorElement>('[part=linkedin]')!;
      const url = new URL(link.href);
      expect(url.origin + url.pathname).to.equal('https://www.linkedin.com/profile/add');
      expect(url.searchParams.get('name')).to.equal('Azure Administrator Associate');
      expect(url.searchParams.get('organizationId')).to.equal('1337');
      expect(url.searchParams.get('issueYear')).to.equal('2025');
      expect(url.searchParams.get('issueMonth')).to.equal('3');
      expect(url.searchParams.get('certId')).to.equal('CRED-8F2K-19QA');
      expect(link.rel).to.contain('noopener');
    });

    it('renders text from data as text', async () => {
      const el = await listOf([certification({ title: '<img src=x onerror=alert(1)>' })]);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(textOf(items(el)[0])).to.contain('<img src=x onerror=alert(1)>');
    });

    it('speaks Spanish, dates included', async () => {
      const el = await fixture<CertList>(
        html`<cert-list lang="es" .certifications=${[certification({ earnedOn: '2025-03-01' })]}></cert-list>`,
      );
      expect(textOf(items(el)[0])).to.contain('Obtenida el 1 de marzo de 2025');
      expect(textOf(root(el))).to.contain('Ningún certificado seleccionado');
    });

    it('links help for a missing certificate, explaining multi-exam certifications', async () => {
      const el = await fixture<CertList>(
        html`<cert-list help-url="https://example.org/help" .certifications=${[certification()]}></cert-list>`,
      );
      const help = root(el).querySelector('[part=help]')!;
      expect(textOf(help)).to.contain('only after you pass the final exam');
      expect(help.querySelector('a')!.href).to.equal('https://example.org/help');
      expect(textOf(help.querySelector('a')!)).to.equal('I don’t see a certificate I earned');
    });
  });

  describe('search and sort', () => {
    it('finds by title or code, ignoring case and accents, and sorts by title', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${demoData().certifications}></cert-list>`);
      const search = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
      search.value = 'especialista accesibilidad';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(items(el).map(textOf)).to.have.length(1);
      search.value = 'nw-305';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      search.value = '';
      search.dispatchEvent(new Event('input'));
      const select = root(el).querySelector('select')!;
      select.value = 'title';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const titles = items(el).map((li) => textOf(li.querySelector('.title')!));
      expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    });

    it('finds María when the person types maria, and maria when they type MARÍA', async () => {
      const el = await listOf([
        certification({ id: 'a', title: 'Programa María Montessori', code: 'PM-1' }),
        certification({ id: 'b', title: 'maria basics', code: 'MB-2' }),
        ...['Azure', 'Security', 'Network', 'Data', 'Cloud'].map((t, i) =>
          certification({ id: `x${i}`, title: `${t} Fundamentals`, code: `X-${i}` }),
        ),
      ]);
      const shownTitles = () =>
        items(el)
          .map((li) => textOf(li.querySelector('.title')!))
          .sort();
      const search = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
      search.focus();
      await sendKeys({ type: 'maria' });
      await el.updateComplete;
      expect(shownTitles()).to.deep.equal(['Programa María Montessori', 'maria basics']);
      search.select();
      await sendKeys({ type: 'MARÍA' });
      await el.updateComplete;
      expect(search.value).to.equal('MARÍA');
      expect(shownTitles()).to.deep.equal(['Programa María Montessori', 'maria basics']);
    });

    it('lists the newest first, or the oldest first, as the sort select says', async () => {
      const earned = (id: string, title: string, earnedOn: string) => certification({ id, title, earnedOn });
      const el = await listOf([
        earned('c1', 'Security Operations', '2024-05-01'),
        earned('c2', 'Azure Administrator', '2025-03-14'),
        earned('c3', 'Network Fundamentals', '2023-01-20'),
        earned('c4', 'Data Engineer', '2022-11-02'),
        earned('c5', 'Cloud Architect', '2025-09-30'),
        earned('c6', 'Accessibility Specialist', '2024-12-24'),
        earned('c7', 'Power Platform', '2021-06-15'),
      ]);
      const shownTitles = () => items(el).map((li) => textOf(li.querySelector('.title')!));
      const newest = [
        'Cloud Architect',
        'Azure Administrator',
        'Accessibility Specialist',
        'Security Operations',
        'Network Fundamentals',
        'Data Engineer',
        'Power Platform',
      ];
      expect(shownTitles(), 'newest first by default').to.deep.equal(newest);
      const select = root(el).querySelector('select')!;
      select.value = 'oldest';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shownTitles()).to.deep.equal([
        'Power Platform',
        'Data Engineer',
        'Network Fundamentals',
        'Security Operations',
        'Accessibility Specialist',
        'Azure Administrator',
        'Cloud Architect',
      ]);
      select.value = 'newest';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shownTitles()).to.deep.equal(newest);
    });

    it('renders 1,000 certifications', async () => {
      const many = Array.from({ length: 1000 }, (_, i) => certification({ id: `c${i}`, title: `Certification ${i}` }));
      const el = await listOf(many);
      expect(items(el)).to.have.length(1000);
      el.selectAll();
      expect(el.selectedIds).to.have.length(1000);
    });
  });

  describe('when the certifications change', () => {
    it('keeps focus on the control that had it, in a row that moved down', async () => {
      const a = certification({ id: 'a', title: 'Alpha', earnedOn: '2024-05-01' });
      const b = certification({ id: 'b', title: 'Beta', earnedOn: '2023-05-01' });
      const el = await listOf([a, b]);
      checkbox(el, 'Beta')!.focus();
      el.certifications = [certification({ id: 'c', title: 'Gamma', earnedOn: '2025-05-01' }), a, b];
      await el.updateComplete;
      expect(
        items(el)
          .map(textOf)
          .map((t) => t.split(' ')[0]),
      ).to.deep.equal(['Gamma', 'Alpha', 'Beta']);
      expect(deepActiveElement() === checkbox(el, 'Beta'), 'focus is on Beta’s checkbox').to.equal(true);
      item(el, 'Alpha').querySelector<HTMLElement>('[part=linkedin]')!.focus();
      el.certifications = [certification({ id: 'd', title: 'Delta', earnedOn: '2026-01-01' }), ...el.certifications];
      await el.updateComplete;
      expect(
        deepActiveElement() === item(el, 'Alpha').querySelector('[part=linkedin]'),
        'focus is on Alpha’s LinkedIn link',
      ).to.equal(true);
    });
  });

  describe('selection', () => {
    it('by mouse: a click on the checkbox or the title selects, and the event names the IDs', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${demoData().certifications}></cert-list>`);
      const changed = oneEvent<CertSelectionChangeEvent>(el, 'cert-selection-change');
      checkbox(el, 'Cloud Administrator')!.click();
      expect((await changed).detail.ids).to.deep.equal(['cert-cloud-administrator']);
      item(el, 'Data Engineer').querySelector('label')!.click();
      await el.updateComplete;
      expect(el.selectedIds).to.deep.equal(['cert-cloud-administrator', 'cert-data-engineer']);
      expect(textOf(root(el).querySelector('.count')!)).to.equal('2 certificates selected');
    });

    it('by keyboard: Tab to a checkbox, Space selects', async () => {
      const el = await listOf([certification({ id: 'a', title: 'Alpha' }), certification({ id: 'b', title: 'Beta' })]);
      checkbox(el, 'Alpha')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expectFocusOn(items(el)[0].querySelector('[part=linkedin]'));
      await sendKeys({ press: 'Tab' });
      expectFocusOn(checkbox(el, 'Beta'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.selectedIds).to.deep.equal(['a', 'b']);
    });

    it('select all takes every certificate that exists; clear empties it', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${demoData().certifications}></cert-list>`);
      const changed = oneEvent<CertSelectionChangeEvent>(el, 'cert-selection-change');
      button(el, 'Select all').click();
      const ids = (await changed).detail.ids;
      const expected = demoData()
        .certifications.filter((c) => c.status === 'earned' || c.status === 'expired')
        .map((c) => c.id);
      expect(ids).to.deep.equal(expected);
      el.clearSelection();
      expect(el.selectedIds).to.deep.equal([]);
    });
  });

  describe('preview', () => {
    it('opens a dialog with the certificate drawn, moves focus in, closes on Escape and gives focus back', async () => {
      const el = await listOf([certification()]);
      checkbox(el, 'Azure Administrator')!.click();
      await el.updateComplete;
      const trigger = button(el, 'Preview');
      trigger.focus();
      trigger.click();
      const dialog = root(el).querySelector('dialog')!;
      await waitUntil(() => dialog.querySelector('svg.certificate'), 'no preview', { timeout: 8000 });
      expect(dialog.open).to.be.true;
      expect(dialog.contains(deepActiveElement())).to.be.true;
      expect(textOf(dialog.querySelector('svg.certificate')!)).to.contain('María José Núñez');
      // Its styles come with the preview code: the dialog's frame, and the certificate drawn to its width.
      const frame = getComputedStyle(dialog);
      expect(frame.borderTopStyle).to.equal('solid');
      expect(frame.borderTopLeftRadius).to.equal('8px');
      const svg = dialog.querySelector('svg.certificate')!;
      expect(getComputedStyle(svg).display).to.equal('block');
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(dialog.clientWidth * 0.8);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expectFocusOn(trigger);
    });

    it('is offered only with exactly one selected', async () => {
      const el = await listOf([certification({ id: 'a' }), certification({ id: 'b', title: 'Other' })]);
      expect(button(el, 'Preview').disabled).to.be.true;
      el.selectAll();
      await el.updateComplete;
      expect(button(el, 'Preview').disabled).to.be.true;
    });
  });

  describe('download', () => {
    it('one selected: a PDF whose text, read by pdftotext, has the learner’s name in each script', async () => {
      const saved = captureSaves();
      for (const name of ['Дмитрий Шостакович', 'محمد عبد الله', 'דוד לוי', 'Γιώργος Παπαδόπουλος', 'Łukasz Żółć']) {
        const el = await listOf([certification()], name);
        el.selectAll();
        const { blob, filename } = await el.downloadSelected();
        expect(filename).to.equal(`AZ-104 Azure Administrator Associate - ${name}.pdf`);
        expect(readable((await readPdf(blob)).text)).to.contain(name);
      }
      expect(saved).to.have.length(5);
    });

    it('several: one ZIP with one valid PDF per certificate, safe unique names, and the cert-download event', async () => {
      const saved = captureSaves();
      const titles = [
        '../../x',
        'CON',
        'Intro',
        'Intro',
        'intro',
        'Evil\u202Egnp.exe',
        'Tab\tand\u0007bell',
        'A'.repeat(300),
      ];
      const certs = titles.map((title, i) => certification({ id: `c${i}`, title, code: '' }));
      const el = await listOf(certs, 'Ana');
      el.selectAll();
      const event = oneEvent<CertDownloadEvent>(el, 'cert-download');
      const { blob, filename } = await el.downloadSelected();
      const { detail } = await event;
      expect(detail.ids).to.deep.equal(certs.map((c) => c.id));
      expect(detail.filename).to.equal(filename);
      expect(filename).to.match(/^Certificates - Ana - \d{4}-\d{2}-\d{2}\.zip$/);
      expect(saved).to.deep.equal([filename]);
      const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
      const names = Object.keys(entries);
      expect(names).to.have.length(certs.length);
      for (const [name, bytes] of Object.entries(entries)) {
        expect(new TextDecoder().decode(bytes.slice(0, 5)), name).to.equal('%PDF-');
        // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
        expect(name).to.not.match(/[/\\\u0000-\u001f\u202a-\u202e\u2066-\u2069]|\.\./);
        expect(name).to.match(/\.pdf$/);
        expect(new TextEncoder().encode(name).length).to.be.at.most(200);
      }
      expect(new Set(names.map((n) => n.toLowerCase())).size).to.equal(names.length);
      expect(names.some((n) => /^CON\b/i.test(n))).to.be.false;
    });

    it('a listener can take the file instead: preventDefault and the browser saves nothing', async () => {
      const saved = captureSaves();
      const el = await listOf([certification()]);
      el.addEventListener('cert-download', (e) => e.preventDefault());
      el.selectAll();
      await el.downloadSelected();
      expect(saved).to.deep.equal([]);
    });

    it('shows progress while the ZIP is made; Cancel stops it and keeps the selection', async () => {
      captureSaves();
      const certs = Array.from({ length: 40 }, (_, i) => certification({ id: `c${i}`, title: `Certification ${i}` }));
      const el = await listOf(certs);
      el.selectAll();
      const download = el.downloadSelected();
      await waitUntil(() => root(el).querySelector('progress'), 'no progress bar');
      expect(statusText(el)).to.match(/^Making certificate \d+ of 40…$/);
      button(el, 'Cancel').click();
      let error: unknown;
      await download.catch((e: unknown) => (error = e));
      expect((error as DOMException).name).to.equal('AbortError');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Download cancelled. Your selection is kept.');
      expect(el.selectedIds).to.have.length(40);
      expect(root(el).querySelector('progress')).to.equal(null);
    });

    it('a failure says what went wrong, fires cert-error, and keeps the selection', async () => {
      captureSaves();
      const adapter = new MemoryAdapter({
        certifications: [certification()],
        learner: learner(),
        badges: [],
        certificatePdfs: {},
      });
      replace(adapter, 'getCertificatePdf', () => Promise.reject(new AdapterError('server', 'down', { status: 503 })));
      const el = await fixture<CertList>(html`<cert-list .adapter=${adapter}></cert-list>`);
      await waitUntil(() => items(el).length === 1);
      el.selectAll();
      await el.updateComplete;
      const failed = oneEvent<CertErrorEvent>(el, 'cert-error');
      button(el, 'Download PDF').click();
      expect(((await failed).detail.error as AdapterError).kind).to.equal('server');
      await el.updateComplete;
      expect(alertText(el)).to.equal('Something went wrong on the server. Try again in a moment.');
      expect(el.selectedIds).to.deep.equal(['cert-az104']);
    });

    it('a name no font can draw is a clear error, not garbled text', async () => {
      captureSaves();
      const el = await listOf([certification()], 'สมชาย');
      el.selectAll();
      await el.downloadSelected().catch(() => undefined);
      await el.updateComplete;
      expect(alertText(el)).to.match(/^The PDF cannot show ส ม ช า ย/);
    });

    it('uses the official PDF when the adapter has one', async () => {
      captureSaves();
      const official = new Blob(['%PDF-1.7 official'], { type: 'application/pdf' });
      const adapter = new MemoryAdapter({
        certifications: [certification()],
        learner: learner(),
        badges: [],
        certificatePdfs: { 'cert-az104': official },
      });
      const el = await fixture<CertList>(html`<cert-list .adapter=${adapter}></cert-list>`);
      await waitUntil(() => items(el).length === 1);
      el.selectAll();
      const { blob } = await el.downloadSelected();
      expect(await blob.text()).to.equal('%PDF-1.7 official');
    });

    it('says so when nothing is selected', async () => {
      const el = await listOf([certification()]);
      let error: Error | undefined;
      await el.downloadSelected().catch((e: Error) => (error = e));
      expect(error!.message).to.equal('Select at least one certificate first.');
      expect(button(el, 'Download PDF').disabled).to.be.true;
    });

    it('removing the element at once, before its download code has loaded, cancels the download too', async () => {
      captureSaves();
      const el = await listOf([certification({ id: 'a', title: 'A' }), certification({ id: 'b', title: 'B' })]);
      el.selectAll();
      const download = el.downloadSelected();
      el.remove();
      let error: unknown;
      await download.catch((e: unknown) => (error = e));
      expect((error as DOMException | undefined)?.name).to.equal('AbortError');
    });

    it('removing the element cancels its work', async () => {
      captureSaves();
      const certs = Array.from({ length: 30 }, (_, i) => certification({ id: `c${i}`, title: `C ${i}` }));
      const el = await listOf(certs);
      el.selectAll();
      const download = el.downloadSelected();
      await aTimeout(20);
      el.remove();
      let error: unknown;
      await download.catch((e: unknown) => (error = e));
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });

  describe('the toolbar', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('stays in view, with the surface behind it, while the page scrolls, at 360 px wide', async () => {
      await setViewport({ width: 360, height: 640 });
      const certs = Array.from({ length: 30 }, (_, i) => certification({ id: `c${i}`, title: `Certification ${i}` }));
      const el = await listOf(certs);
      el.selectAll();
      await el.updateComplete;
      const toolbar = root(el).querySelector<HTMLElement>('[part=toolbar]')!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 2000);
      await nextFrame();
      expect(window.scrollY, 'the page scrolled').to.be.greaterThan(1500);
      expect(items(el)[0].getBoundingClientRect().bottom, 'the first item scrolled away').to.be.below(0);
      const box = toolbar.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(box.right).to.be.at.most(360);
      const download = button(el, 'Download 30 as ZIP').getBoundingClientRect();
      expect(download.top).to.be.at.least(0);
      expect(download.bottom).to.be.at.most(window.innerHeight);
      expect(getComputedStyle(toolbar).backgroundColor).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
      window.scrollTo(0, 0);
    });

    it('disabled buttons look disabled, not only faded, and their text keeps 3:1 contrast', async () => {
      const el = await listOf([certification({ id: 'a', title: 'Alpha' }), certification({ id: 'b', title: 'Beta' })]);
      const backdrop = getComputedStyle(el).backgroundColor;
      const look = (b: HTMLButtonElement) => {
        const style = getComputedStyle(b);
        return {
          color: style.color,
          background: style.backgroundColor,
          border: style.borderTopStyle,
          cursor: style.cursor,
          contrast: contrast(style.color, style.backgroundColor, Number(style.opacity), backdrop),
        };
      };
      const disabledDownload = look(button(el, 'Download PDF'));
      const disabledClear = look(button(el, 'Clear selection'));
      const enabledSelectAll = look(button(el, 'Select all'));
      checkbox(el, 'Alpha')!.click();
      await el.updateComplete;
      const enabledDownload = look(button(el, 'Download PDF'));
      const enabledClear = look(button(el, 'Clear selection'));
      for (const [disabled, enabled] of [
        [disabledDownload, enabledDownload],
        [disabledClear, enabledClear],
        [disabledClear, enabledSelectAll],
      ]) {
        expect(disabled.cursor).to.equal('not-allowed');
        expect(enabled.cursor).to.equal('pointer');
        expect(disabled.color).not.to.equal(enabled.color);
        expect(disabled.background).not.to.equal(enabled.background);
        expect(disabled.border).to.equal('dashed');
        expect(enabled.border).to.equal('solid');
        expect(disabled.contrast, 'disabled text contrast').to.be.at.least(3);
      }
    });
  });

  describe('focus and status during a ZIP', () => {
    it('by keyboard: Enter on Download puts focus on Cancel while the ZIP is made, and back on Download after', async () => {
      const { el, release } = await zipByKeyboard(3);
      expect(root(el).querySelector('[part=progress] progress'), 'the ZIP is being made').to.exist;
      const saved = nextEvent(el, 'cert-download');
      await expect(el).to.be.accessible();
      release();
      await saved;
      await waitUntil(() => deepActiveElement() === button(el, 'Download 3 as ZIP'), 'focus did not come back');
      expect(statusText(el)).to.equal('Your 3 certificates are ready.');
      await expect(el).to.be.accessible();
    });

    it('by keyboard: Enter on Cancel stops the ZIP and gives focus back to Download', async () => {
      const { el } = await zipByKeyboard(3);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement() === button(el, 'Download 3 as ZIP'), 'focus did not come back');
      expect(statusText(el)).to.equal('Download cancelled. Your selection is kept.');
      expect(root(el).querySelector('progress')).to.equal(null);
    });

    it('a failed ZIP gives focus back to Download and says what went wrong', async () => {
      const { el, release } = await zipByKeyboard(2);
      release(new AdapterError('server', 'down', { status: 503 }));
      await waitUntil(() => deepActiveElement() === button(el, 'Download 2 as ZIP'), 'focus did not come back');
      expect(alertText(el)).to.equal('Something went wrong on the server. Try again in a moment.');
      await expect(el).to.be.accessible();
    });

    it('gives focus to the list when the Download button is disabled by the time the ZIP ends', async () => {
      const { el, release } = await zipByKeyboard(2);
      el.clearSelection();
      release();
      await waitUntil(() => deepActiveElement() === root(el).querySelector('[part=list]'), 'focus is not on the list');
    });

    it('leaves focus alone when the person moved it elsewhere during the ZIP', async () => {
      const { el, release } = await zipByKeyboard(2);
      const other = checkbox(el, 'Certification 0')!;
      other.focus();
      const saved = nextEvent(el, 'cert-download');
      release();
      await saved;
      await el.updateComplete;
      // A comparison, not .equal(element): a failing DOM-element diff takes the test page down with it.
      expect(deepActiveElement() === other, 'focus stayed where the person put it').to.be.true;
    });

    it('clears "Your certificates are ready." and a past error when the selection changes', async () => {
      captureSaves();
      const el = await listOf([
        certification({ id: 'a', title: 'Alpha' }),
        certification({ id: 'b', title: 'Beta' }),
        certification({ id: 'c', title: 'Gamma' }),
      ]);
      checkbox(el, 'Alpha')!.click();
      checkbox(el, 'Beta')!.click();
      await el.downloadSelected();
      await el.updateComplete;
      expect(statusText(el)).to.equal('Your 2 certificates are ready.');
      checkbox(el, 'Gamma')!.click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(root(el).querySelector('.job-status')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });
  });

  describe('exam progress', () => {
    const multiExam = (overrides: Partial<Certification> = {}) =>
      certification({
        id: 'dp',
        title: 'Data Engineer Associate',
        code: 'DP-ENG',
        status: 'in-progress',
        earnedOn: null,
        expiresOn: null,
        credentialId: null,
        exams: [
          { code: 'DP-900', title: 'Data Fundamentals', passedOn: '2025-02-10' },
          { code: 'DP-203', title: 'Data Engineering', passedOn: null },
          { code: 'DP-300', title: 'Database Administration', passedOn: null },
        ],
        ...overrides,
      });
    const listTexts = (el: CertList, label: string) => {
      const heading = [...root(el).querySelectorAll('.exam-progress p')].find((p) => textOf(p) === label)!;
      const list = root(el).querySelector(`ul[aria-labelledby="${heading.id}"]`)!;
      return [...list.querySelectorAll('li')].map(textOf);
    };

    it('is a progress bar named after the certification, with the passed exams (dated) and those to pass', async () => {
      const el = await listOf([multiExam()]);
      const bar = root(el).querySelector<HTMLProgressElement>('[part=exam-progress] progress')!;
      expect(bar.max).to.equal(3);
      expect(bar.value).to.equal(1);
      const tree = await accessibilityTree((nodes) => nodes.some((n) => n.role === 'progressbar'));
      const node = tree.find((n) => n.role === 'progressbar')!;
      expect(node.name).to.equal('Exam progress: Data Engineer Associate');
      expect([node.valuemin, node.value, node.valuemax]).to.deep.equal([0, 1, 3]);
      expect(listTexts(el, 'Passed:')).to.deep.equal(['DP-900 Data Fundamentals (passed February 10, 2025)']);
      expect(listTexts(el, 'Still to pass:')).to.deep.equal([
        'DP-203 Data Engineering',
        'DP-300 Database Administration',
      ]);
      expect(textOf(items(el)[0])).to.contain('The certificate is issued once the final exam is passed.');
      await expect(el).to.be.accessible();
    });

    it('speaks Spanish', async () => {
      const el = await fixture<CertList>(
        html`<cert-list lang="es" .certifications=${[multiExam()]} .learner=${learner()}></cert-list>`,
      );
      const bar = root(el).querySelector('[part=exam-progress] progress')!;
      expect(bar.getAttribute('aria-label')).to.equal('Progreso de exámenes: Data Engineer Associate');
      expect(listTexts(el, 'Aprobados:')).to.deep.equal([
        'DP-900 Data Fundamentals (aprobado el 10 de febrero de 2025)',
      ]);
      expect(listTexts(el, 'Falta aprobar:')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('with no exam passed yet lists only what remains', async () => {
      const el = await listOf([multiExam({ exams: [{ code: 'DP-203', title: 'Data Engineering', passedOn: null }] })]);
      const bar = root(el).querySelector<HTMLProgressElement>('[part=exam-progress] progress')!;
      expect([bar.value, bar.max]).to.deep.equal([0, 1]);
      expect(textOf(root(el).querySelector('[part=exam-progress]')!)).not.to.contain('Passed:');
      expect(listTexts(el, 'Still to pass:')).to.deep.equal(['DP-203 Data Engineering']);
    });
  });

  describe('the certification image', () => {
    const localImage = new URL('/src/assets/accessibility.svg', location.origin).href;

    it('shows an http(s) or data:image URL with the issuer’s name as its text', async () => {
      const inline = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/%3E';
      const el = await listOf([
        certification({ id: 'a', title: 'Alpha', imageUrl: localImage, issuer: { name: 'Contoso Learning' } }),
        certification({ id: 'b', title: 'Beta', imageUrl: inline, issuer: { name: 'Northwind' } }),
      ]);
      const a = item(el, 'Alpha').querySelector<HTMLImageElement>('img[part=image]')!;
      expect(a.src).to.equal(localImage);
      expect(a.alt).to.equal('Contoso Learning');
      await waitUntil(() => a.complete && a.naturalWidth > 0, 'the image did not load');
      expect(item(el, 'Beta').querySelector('img')!.alt).to.equal('Northwind');
      await expect(el).to.be.accessible();
    });

    it('shows no image for a URL that is not http(s) or data:image, nor for none', async () => {
      const el = await listOf([
        certification({ id: 'a', title: 'Alpha', imageUrl: 'javascript:alert(1)' }),
        certification({ id: 'b', title: 'Beta', imageUrl: 'data:text/html,<script>alert(1)</script>' }),
        certification({ id: 'c', title: 'Gamma', imageUrl: null }),
        certification({ id: 'd', title: 'Delta' }),
      ]);
      expect(root(el).querySelectorAll('img')).to.have.length(0);
    });

    it('hides an image that fails to load', async () => {
      const el = await listOf([certification({ imageUrl: `${location.origin}/no-such-logo.png` })]);
      const img = root(el).querySelector('img')!;
      await waitUntil(() => img.hidden, 'a broken image is still shown');
    });
  });

  describe('accessible names', () => {
    it('say each thing once: the checkbox and heading are the title, and "Earned" is said once', async () => {
      const el = await listOf([certification()]);
      const tree = await accessibilityTree((nodes) => nodes.some((n) => n.name === 'Earned March 14, 2025'));
      expect(tree.find((n) => n.role === 'checkbox')!.name).to.equal('Azure Administrator Associate');
      expect(tree.find((n) => n.role === 'heading')!.name).to.equal('Azure Administrator Associate');
      // Chromium's tree folds the one list item into the list.
      const item = tree.find((n) => n.role === 'list')!;
      expect(spoken(item).match(/Earned/g)).to.have.length(1);
      expect(spoken(item)).to.contain('Earned March 14, 2025');
      expect(checkbox(el, 'Azure Administrator Associate')!.getAttribute('aria-label')).to.equal(null);
    });

    it('an expired certificate says "Expired" once, with its date', async () => {
      await listOf([certification({ status: 'expired', earnedOn: '2021-03-14', expiresOn: '2024-03-14' })]);
      const tree = await accessibilityTree((nodes) => nodes.some((n) => n.name === 'Expired March 14, 2024'));
      const item = tree.find((n) => n.role === 'list')!;
      expect(spoken(item).match(/Expired/g)).to.have.length(1);
      expect(spoken(item)).to.contain('Expired March 14, 2024');
      expect(spoken(item)).to.contain('Earned March 14, 2021');
    });
  });
});
