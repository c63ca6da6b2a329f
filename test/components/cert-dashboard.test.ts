import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { demoData } from '../../src/demo/demo-data.js';
import type { CertDashboard } from '../../src/components/cert-dashboard/cert-dashboard.js';
import { parseSections } from '../../src/components/cert-dashboard/cert-dashboard.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import { certification, learner } from '../export/fixtures.js';
import '../../src/define.js';
import { expectFocusOn } from '../support/focus.js';

const root = (el: CertDashboard) => el.shadowRoot!;
const shown = (node: Element | ShadowRoot) => node.textContent.replace(/\s+/g, ' ');
const tabs = (el: CertDashboard) => [...root(el).querySelectorAll<HTMLButtonElement>('[role=tab]')];
const selectedTab = (el: CertDashboard) => tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')!;
const visiblePanel = (el: CertDashboard) => root(el).querySelector<HTMLElement>('section:not([hidden])')!;
const listItems = (list: Element) => list.shadowRoot!.querySelectorAll('[part=item]').length;

describe('<cert-dashboard>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('greets the learner and passes axe', async () => {
    const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
    await waitUntil(() => shown(root(el).querySelector('h1')!).includes('María'));
    expect(shown(root(el).querySelector('h1')!)).to.equal('María José Núñez-Ortega’s learning record');
    await waitUntil(() => listItems(root(el).querySelector('cert-list')!) > 0);
    await expect(el).to.be.accessible();
  });

  describe('context', () => {
    it('gives its adapter to every section', async () => {
      const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
      const list = root(el).querySelector('cert-list')!;
      await waitUntil(() => listItems(list) === demoData().certifications.length);
      tabs(el)[2].click();
      const viewer = root(el).querySelector('transcript-viewer')!;
      await waitUntil(() => viewer.shadowRoot!.textContent.includes('María José Núñez-Ortega'));
    });

    it('a child given its own adapter keeps it', async () => {
      const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
      const list = root(el).querySelector<CertList>('cert-list')!;
      list.adapter = new MemoryAdapter({ certifications: [certification()], learner: learner(), badges: [] });
      await waitUntil(() => listItems(list) === 1);
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(listItems(list)).to.equal(1);
    });
  });

  describe('tabs', () => {
    it('moves between sections with the arrow keys, Home and End, and puts the section in the hash', async () => {
      const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
      expect(tabs(el).map((t) => shown(t).trim())).to.deep.equal(['Certificates', 'Badges', 'Transcript']);
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shown(selectedTab(el)).trim()).to.equal('Badges');
      expectFocusOn(selectedTab(el));
      expect(location.hash).to.equal('#badges');
      expect(visiblePanel(el).id).to.equal('panel-badges');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(location.hash).to.equal('#transcript');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(location.hash, 'wraps around').to.equal('#certificates');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(shown(selectedTab(el)).trim()).to.equal('Certificates');
      expect(tabs(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
    });

    it('opens the section the URL hash names, and follows hash changes', async () => {
      history.replaceState(null, '', '#transcript');
      const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter()}></cert-dashboard>`);
      expect(visiblePanel(el).id).to.equal('panel-transcript');
      location.hash = '#badges';
      await waitUntil(() => visiblePanel(el).id === 'panel-badges');
    });

    it('shows a plain heading when only one section is asked for', async () => {
      const el = await fixture<CertDashboard>(
        html`<cert-dashboard sections="transcript" .adapter=${new MemoryAdapter()}></cert-dashboard>`,
      );
      expect(root(el).querySelector('[role=tablist]')).to.equal(null);
      expect(root(el).querySelector('cert-list')).to.equal(null);
      expect(shown(root(el).querySelector('h2')!)).to.equal('Transcript');
    });

    it('reads the sections attribute', () => {
      expect(parseSections('badges certificates badges nonsense')).to.deep.equal(['badges', 'certificates']);
      expect(parseSections('')).to.deep.equal(['certificates', 'badges', 'transcript']);
    });
  });

  describe('each section on its own', () => {
    it('a failing section shows its own error and retry while the others render', async () => {
      const adapter = new MemoryAdapter({ fail: { listBadges: new AdapterError('server', 'down', { status: 503 }) } });
      const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${adapter}></cert-dashboard>`);
      await waitUntil(() => listItems(root(el).querySelector('cert-list')!) > 0);
      tabs(el)[1].click();
      await el.updateComplete;
      const panel = visiblePanel(el);
      await waitUntil(() => panel.querySelector('[role=alert]'));
      expect(shown(panel)).to.contain('Something went wrong on the server');
      const retry = panel.querySelector('button')!;
      expect(shown(retry).trim()).to.equal('Try again');
    });

    it('a failing learner keeps the sections', async () => {
      const adapter = new MemoryAdapter({ fail: { getLearner: new AdapterError('network', 'offline') } });
      const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${adapter}></cert-dashboard>`);
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      expect(shown(root(el).querySelector('h1')!)).to.equal('Your learning record');
      await waitUntil(() => listItems(root(el).querySelector('cert-list')!) > 0);
    });

    it('speaks Spanish to every section', async () => {
      const el = await fixture<CertDashboard>(
        html`<cert-dashboard lang="es" .adapter=${new MemoryAdapter()}></cert-dashboard>`,
      );
      expect(tabs(el).map((t) => shown(t).trim())).to.deep.equal(['Certificados', 'Insignias', 'Expediente']);
      const list = root(el).querySelector('cert-list')!;
      await waitUntil(() => listItems(list) > 0);
      expect(shown(list.shadowRoot!)).to.contain('Seleccionar todo');
    });
  });
});
