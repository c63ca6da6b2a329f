/** The badge cards in `<cert-dashboard>`'s Badges section: even heights and readable titles at phone and desktop widths. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/define.js';
import type { CertDashboard } from '../../src/components/cert-dashboard/cert-dashboard.js';
import { demoData } from '../../src/demo/demo-data.js';
import type { Badge } from '../../src/model.js';

const LONG_NAME =
  'Certified Multi-Cloud Infrastructure, Networking, Security and Observability Engineering Specialist – Professional Level';

function badgesWithALongName(): Badge[] {
  const badges = demoData(new Date('2026-01-15T12:00:00Z')).badges;
  return [...badges, { ...badges[2], id: 'badge-long', name: LONG_NAME, description: 'Short.' }];
}

async function dashboardCards(): Promise<HTMLElement[]> {
  const el = await fixture<CertDashboard>(
    html`<cert-dashboard sections="badges" .adapter=${new MemoryAdapter({ badges: badgesWithALongName() })}></cert-dashboard>`,
  );
  const shares = () => [...el.shadowRoot!.querySelectorAll('badge-share')];
  await waitUntil(() => shares().length > 0 && shares().every((s) => s.shadowRoot?.querySelector('article')), 'cards', {
    timeout: 5000,
  });
  await Promise.all(shares().map((s) => s.updateComplete));
  return shares().map((s) => s.shadowRoot!.querySelector('article')!);
}

/** Cards grouped by the row of the grid they sit in (same top edge). */
function rows(cards: HTMLElement[]): HTMLElement[][] {
  const byTop = new Map<number, HTMLElement[]>();
  for (const card of cards) {
    const top = Math.round(card.getBoundingClientRect().top);
    byTop.set(top, [...(byTop.get(top) ?? []), card]);
  }
  return [...byTop.values()];
}

const part = (card: HTMLElement, name: string) => card.querySelector<HTMLElement>(`[part=${name}]`)!;

for (const width of [360, 1280]) {
  describe(`badge cards at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('cards in one row are one height, with their actions on one line at the bottom', async () => {
      const cards = await dashboardCards();
      const grid = rows(cards);
      if (width === 1280)
        expect(Math.max(...grid.map((r) => r.length)), 'several cards side by side').to.be.at.least(3);
      else
        expect(
          grid.every((r) => r.length === 1),
          'one card per row',
        ).to.be.true;
      for (const row of grid) {
        const heights = row.map((c) => c.getBoundingClientRect().height);
        expect(Math.max(...heights) - Math.min(...heights), `heights ${heights.join(', ')}`).to.be.below(1);
        const actionBottoms = row.map((c) => part(c, 'actions').getBoundingClientRect().bottom);
        expect(Math.max(...actionBottoms) - Math.min(...actionBottoms), 'actions aligned').to.be.below(1);
      }
      for (const card of cards) {
        // Nothing but the notice line (a fixed-height live region) below the actions.
        const gap = card.getBoundingClientRect().bottom - part(card, 'actions').getBoundingClientRect().bottom;
        expect(gap, part(card, 'name').textContent).to.be.below(60);
      }
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
    });

    it('titles take at most two lines, and the full name stays in the DOM and the title attribute', async () => {
      const cards = await dashboardCards();
      for (const card of cards) {
        const title = part(card, 'name');
        const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
        expect(title.getBoundingClientRect().height, title.textContent).to.be.at.most(2 * lineHeight + 0.5);
        expect(title.title).to.equal(title.textContent);
      }
      const long = cards.map((c) => part(c, 'name')).find((t) => t.textContent === LONG_NAME)!;
      expect(long.scrollHeight, 'the long name is clamped').to.be.greaterThan(long.clientHeight);
      expect(long.title).to.equal(LONG_NAME);
    });
  });
}
