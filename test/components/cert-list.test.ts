import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unzipSync } from 'fflate';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { demoData } from '../../src/demo/demo-data.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import type { CertDownloadEvent, CertErrorEvent, CertSelectionChangeEvent } from '../../src/events/cert-events.js';
import { deepActiveElement } from '../../src/internal/dialog.js';
import type { Certification } from '../../src/model.js';
import { certification, learner } from '../export/fixtures.js';
import { readable, readPdf } from '../export/read-pdf.js';
import { replace, restoreAll } from '../support/stubs.js';
import '../../src/define.js';

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
      expect(deepActiveElement()).to.equal(items(el)[0].querySelector('[part=linkedin]'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(checkbox(el, 'Beta'));
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
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(deepActiveElement()).to.equal(trigger);
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
      const el = await listOf([certification()], '王小明');
      el.selectAll();
      await el.downloadSelected().catch(() => undefined);
      await el.updateComplete;
      expect(alertText(el)).to.match(/^The PDF cannot show 王 小 明/);
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
});
