import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { demoData } from '../../src/adapter/demo-data.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import '../../src/define.js';

const today = new Date('2026-11-28T12:00:00Z');
const items = (el: CertList) => [...el.shadowRoot!.querySelectorAll('[part=item]')];
const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<cert-list>', () => {
  describe('accessibility', () => {
    it('passes axe with the demo data', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${demoData(today).certifications}></cert-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('data', () => {
    it('shows every certification from the adapter with title, code and status', async () => {
      const data = demoData(today);
      const el = await fixture<CertList>(html`<cert-list .adapter=${new MemoryAdapter({ now: () => today })}></cert-list>`);
      await waitUntil(() => items(el).length === data.certifications.length);
      const first = textOf(items(el)[0]!);
      expect(first).to.contain(data.certifications[0]!.title);
      expect(first).to.contain(data.certifications[0]!.code);
      expect(first).to.contain('Earned');
    });

    it('says how many exams are passed and that the certificate comes after the final exam', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${demoData(today).certifications}></cert-list>`);
      const secOps = items(el).find((li) => textOf(li).includes('Security Operations Analyst'))!;
      expect(textOf(secOps)).to.contain('1 of 2 exams passed');
      expect(textOf(secOps)).to.contain('The certificate is issued once the final exam is passed.');
      const architect = items(el).find((li) => textOf(li).includes('Solutions Architect'))!;
      expect(textOf(architect)).to.contain('0 of 3 exams passed');
    });

    it('speaks Spanish, dates included', async () => {
      const [cert] = demoData(today).certifications;
      const el = await fixture<CertList>(html`<cert-list lang="es" .certifications=${[{ ...cert!, earnedOn: '2025-03-01' }]}></cert-list>`);
      expect(textOf(items(el)[0]!)).to.contain('Obtenida el 1 de marzo de 2025');
    });

    it('renders text from data as text', async () => {
      const [cert] = demoData(today).certifications;
      const el = await fixture<CertList>(html`<cert-list .certifications=${[{ ...cert!, title: '<img src=x onerror=alert(1)>' }]}></cert-list>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(textOf(items(el)[0]!)).to.contain('<img src=x onerror=alert(1)>');
    });

    it('says when there are none', async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${[]}></cert-list>`);
      expect(textOf(el.shadowRoot!.querySelector('p')!)).to.equal('No certifications yet.');
    });
  });
});
