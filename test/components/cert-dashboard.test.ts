import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { demoData } from '../../src/adapter/demo-data.js';
import type { CertDashboard } from '../../src/components/cert-dashboard/cert-dashboard.js';
import '../../src/define.js';

const today = new Date('2026-11-28T12:00:00Z');
const inner = (el: CertDashboard, tag: string) => el.shadowRoot!.querySelector(tag)!;
const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<cert-dashboard>', () => {
  it('greets the learner and gives its adapter to the sections through the context', async () => {
    const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${new MemoryAdapter({ now: () => today })}></cert-dashboard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h1'));
    expect(shown(el)).to.contain('María José Núñez-Ortega’s learning record');
    const list = inner(el, 'cert-list');
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part=item]').length === demoData(today).certifications.length);
    const viewer = inner(el, 'transcript-viewer');
    await waitUntil(() => viewer.shadowRoot!.querySelector('[part=transcript]'));
  });

  it('shows only the sections asked for', async () => {
    const el = await fixture<CertDashboard>(html`<cert-dashboard sections="transcript" .adapter=${new MemoryAdapter()}></cert-dashboard>`);
    expect(el.shadowRoot!.querySelector('cert-list')).to.equal(null);
    expect(el.shadowRoot!.querySelector('transcript-viewer')).to.not.equal(null);
  });

  it('keeps a failing section’s error to that section', async () => {
    const adapter = new MemoryAdapter({ now: () => today, fail: { listBadges: new AdapterError('server', 'down', { status: 503 }) } });
    const el = await fixture<CertDashboard>(html`<cert-dashboard .adapter=${adapter}></cert-dashboard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(shown(el)).to.contain('Something went wrong on the server');
    const list = inner(el, 'cert-list');
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part=item]').length > 0);
  });
});
