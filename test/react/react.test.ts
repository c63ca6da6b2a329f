/**
 * `cert-elements/react` in a React 19 app: each wrapper renders its element, hands it its properties
 * and attributes, and calls `on<EventInPascalCase>` props with the element's typed events. Rendered
 * with react-dom/client and `createElement` (no JSX transform); React comes from the react-esm plugin.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CertList as CertListElement } from '../../src/components/cert-list/cert-list.js';
import type { BadgeShareEvent } from '../../src/events/badge-share.js';
import type { CertDownloadEvent, CertSelectionChangeEvent } from '../../src/events/cert-events.js';
import type { TranscriptDownloadEvent } from '../../src/events/transcript-events.js';
import type { Certification } from '../../src/model.js';
import { BadgeShare, CertDashboard, CertList, CertVerify, TranscriptViewer } from '../../src/react/index.js';
import { certification, learner } from '../export/fixtures.js';
import { replace, restoreAll } from '../support/stubs.js';

let root: Root | undefined;
let container: HTMLElement;

/** Renders `element` into a fresh container, synchronously, and returns the custom element `tag` it made. */
function render<K extends keyof HTMLElementTagNameMap>(element: ReactElement, tag: K): HTMLElementTagNameMap[K] {
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  flushSync(() => root!.render(element));
  return container.querySelector(tag)!;
}

afterEach(() => {
  restoreAll();
  root?.unmount();
  root = undefined;
  container?.remove();
});

const textOf = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
/** Waits until the element's shadow root shows `text`. */
const shows = (el: HTMLElement, text: string) =>
  waitUntil(() => el.shadowRoot && textOf(el.shadowRoot).includes(text), `never showed “${text}”`);
const checkboxes = (list: Element) => [
  ...list.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=item] input[type=checkbox]'),
];

describe('cert-elements/react', () => {
  describe('CertList', () => {
    it('registers <cert-list> and hands it the adapter, helpUrl and lang', async () => {
      const adapter = new MemoryAdapter();
      const el = render(createElement(CertList, { adapter, helpUrl: '/help/certificates', lang: 'es' }), 'cert-list');
      expect(el).to.be.instanceOf(customElements.get('cert-list')!);
      expect(el.adapter).to.equal(adapter);
      expect(el.getAttribute('lang')).to.equal('es');
      await shows(el, 'Seleccionar todo');
      const help = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=help] a')!;
      expect(textOf(help)).to.equal('No veo un certificado que obtuve');
      expect(help.href).to.equal(new URL('/help/certificates', document.baseURI).href);
    });

    it('shows the certifications it is given, with the learner it is given', async () => {
      const certs: Certification[] = [
        certification({ id: 'a', title: 'Given Certification', expiresOn: '2099-03-14' }),
      ];
      const el = render(createElement(CertList, { certifications: certs, learner: learner('Ana') }), 'cert-list');
      expect(el.certifications).to.equal(certs);
      await shows(el, 'Given Certification');
    });

    it('calls onCertSelectionChange when the learner ticks a checkbox, and onCertDownload with the file', async () => {
      const selections: string[][] = [];
      const downloads: CertDownloadEvent[] = [];
      const el: CertListElement = render(
        createElement(CertList, {
          adapter: new MemoryAdapter(),
          onCertSelectionChange: (e: CertSelectionChangeEvent) => selections.push(e.detail.ids),
          onCertDownload: (e: CertDownloadEvent) => {
            e.preventDefault(); // the app takes the file; the browser saves nothing
            downloads.push(e);
          },
        }),
        'cert-list',
      );
      await waitUntil(() => checkboxes(el).some((box) => !box.disabled), 'no certificate to select');
      const box = checkboxes(el).find((b) => !b.disabled)!;
      box.click();
      expect(el.selectedIds).to.have.length(1);
      expect(selections).to.deep.equal([el.selectedIds]);

      const file = await el.downloadSelected();
      expect(downloads).to.have.length(1);
      const { detail } = downloads[0];
      expect(detail.blob).to.be.instanceOf(Blob);
      expect(detail.blob).to.equal(file.blob);
      expect(detail.filename).to.match(/\.pdf$/);
      expect(detail.ids).to.deep.equal(selections[0]);
      expect(new TextDecoder().decode(await detail.blob.slice(0, 5).arrayBuffer())).to.equal('%PDF-');
    });

    it('calls the handler of the latest render only', async () => {
      const calls: string[] = [];
      const props = (name: string) => ({
        adapter: new MemoryAdapter(),
        onCertSelectionChange: () => calls.push(name),
      });
      const el = render(createElement(CertList, props('first')), 'cert-list');
      await waitUntil(() => checkboxes(el).some((box) => !box.disabled), 'no certificate to select');
      flushSync(() => root!.render(createElement(CertList, { ...props('second'), adapter: el.adapter })));
      checkboxes(el)
        .find((b) => !b.disabled)!
        .click();
      expect(calls).to.deep.equal(['second']);
    });
  });

  describe('CertDashboard', () => {
    it('hands it the adapter, sections and lang: one section, no tabs, in Spanish', async () => {
      const adapter = new MemoryAdapter();
      const el = render(
        createElement(CertDashboard, { adapter, sections: 'certificates', helpUrl: '/help', lang: 'es' }),
        'cert-dashboard',
      );
      expect(el.adapter).to.equal(adapter);
      expect(el.sections).to.equal('certificates');
      await shows(el, 'Historial de aprendizaje de María José Núñez-Ortega');
      expect(el.shadowRoot!.querySelectorAll('[role=tab]')).to.have.length(0);
    });

    it('calls onCertSelectionChange for a checkbox ticked in its certificate list', async () => {
      const selections: string[][] = [];
      const el = render(
        createElement(CertDashboard, {
          adapter: new MemoryAdapter(),
          sections: 'certificates',
          onCertSelectionChange: (e: CertSelectionChangeEvent) => selections.push(e.detail.ids),
        }),
        'cert-dashboard',
      );
      const list = await waitUntil(() => el.shadowRoot?.querySelector('cert-list'), 'no certificate list').then(() =>
        el.shadowRoot!.querySelector('cert-list')!,
      );
      await waitUntil(() => checkboxes(list).some((box) => !box.disabled), 'no certificate to select');
      checkboxes(list)
        .find((b) => !b.disabled)!
        .click();
      expect(selections).to.deep.equal([list.selectedIds]);
    });
  });

  describe('BadgeShare', () => {
    it('shows the badge it is given and calls onBadgeShare, which can veto the action', async () => {
      const [badge] = await new MemoryAdapter().listBadges();
      const shared: BadgeShareEvent[] = [];
      const opened: unknown[] = [];
      replace(window, 'open', (...args: unknown[]) => (opened.push(args), null));
      const el = render(
        createElement(BadgeShare, {
          badge,
          networks: 'linkedin-profile',
          onBadgeShare: (e: BadgeShareEvent) => {
            e.preventDefault();
            shared.push(e);
          },
        }),
        'badge-share',
      );
      expect(el.badge).to.equal(badge);
      await shows(el, badge.name);
      el.shadowRoot!.querySelector<HTMLElement>('[data-network="linkedin-profile"]')!.click();
      expect(shared.map((e) => e.detail.network)).to.deep.equal(['linkedin-profile']);
      expect(opened, 'prevented: nothing opens').to.deep.equal([]);
    });
  });

  describe('TranscriptViewer', () => {
    it('loads through the adapter and calls onTranscriptDownload with the PDF', async () => {
      const downloads: TranscriptDownloadEvent[] = [];
      const el = render(
        createElement(TranscriptViewer, {
          adapter: new MemoryAdapter(),
          onTranscriptDownload: (e: TranscriptDownloadEvent) => {
            e.preventDefault();
            downloads.push(e);
          },
        }),
        'transcript-viewer',
      );
      await shows(el, 'Northwind Certified Cloud Administrator');
      const file = await el.downloadPdf();
      expect(downloads.map((e) => e.detail.filename)).to.deep.equal([file.filename]);
      expect(downloads[0].detail.blob).to.be.instanceOf(Blob);
    });

    it('opens in shared mode with the transcript ID it is given, prefilled for the employer', async () => {
      const el = render(
        createElement(TranscriptViewer, { mode: 'shared', transcriptId: 'K7QM2XWN4HD9R' }),
        'transcript-viewer',
      );
      expect(el.mode).to.equal('shared');
      await waitUntil(
        () => el.shadowRoot?.querySelector<HTMLInputElement>('#access-id')?.value === 'K7QM-2XWN-4HD9-R',
        'the shared-mode form never showed the transcript ID',
      );
    });
  });

  describe('CertVerify', () => {
    it('verifies the credential it is given through its adapter', async () => {
      const el = render(
        createElement(CertVerify, { adapter: new MemoryAdapter(), credentialId: 'TSP-ADP-0K2W-7YHN' }),
        'cert-verify',
      );
      await shows(el, 'Revoked credential');
    });
  });

  describe('plain tags under React 19, as the JSX types describe them', () => {
    it('objects become properties, kebab-case names attributes, `oncert-selection-change` a listener', async () => {
      const adapter = new MemoryAdapter();
      const selections: string[][] = [];
      const el = render(
        createElement('cert-list', {
          adapter,
          'help-url': '/help',
          class: 'wide',
          'oncert-selection-change': (e: CertSelectionChangeEvent) => selections.push(e.detail.ids),
        }),
        'cert-list',
      );
      expect(el.adapter).to.equal(adapter);
      expect(el.getAttribute('help-url')).to.equal('/help');
      expect(el.helpUrl).to.equal('/help');
      expect(el.className).to.equal('wide');
      await waitUntil(() => checkboxes(el).some((box) => !box.disabled), 'no certificate to select');
      checkboxes(el)
        .find((b) => !b.disabled)!
        .click();
      expect(selections).to.deep.equal([el.selectedIds]);
    });
  });
});
