/**
 * Links where people look for verification (issue 13): each certification in a transcript links to
 * its verification page, as in the transcript PDF; a badge with a public page says "Verify this badge".
 * Only through the one URL helper: a `javascript:` URL from the backend is no link.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { demoData } from '../../src/demo/demo-data.js';
import type { BadgeShare } from '../../src/components/badge-share/badge-share.js';
import type { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import type { Badge, Transcript } from '../../src/model.js';
import { transcriptOf } from '../../src/rules/transcript.js';

const today = new Date('2026-05-01T12:00:00Z');
const demo = demoData(today);

function transcriptWith(urls: Record<string, string | null>): Transcript {
  const certifications = demo.certifications
    .filter((c) => c.id in urls)
    .map((c) => ({ ...c, verificationUrl: urls[c.id] }));
  return transcriptOf(demo.learner, certifications, true, today);
}

describe('verification links', () => {
  for (const mode of ['owner', 'shared'] as const)
    it(`a ${mode} transcript links each certification to its verification page, named for it`, async () => {
      const [a, b, c] = demo.certifications.filter((x) => x.status === 'earned' || x.status === 'expired');
      const transcript = transcriptWith({
        [a.id]: 'https://verify.example.org/v?credential=A',
        [b.id]: 'javascript:alert(1)',
        [c.id]: null,
      });
      const el = await fixture<TranscriptViewer>(
        html`<transcript-viewer mode=${mode} .transcript=${transcript}></transcript-viewer>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('table'), 'no table');
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.verify')];
      expect(links.map((l) => [l.href, l.textContent.trim(), l.getAttribute('aria-label')])).to.deep.equal([
        ['https://verify.example.org/v?credential=A', 'Verify', `Verify ${a.title} (opens in a new tab)`],
      ]);
      expect(links[0].target).to.equal('_blank');
      expect(links[0].rel).to.equal('noopener noreferrer');
    });

  it('a badge with a public page, or an Open Badges URL of its own, has a "Verify this badge" link; one without has none', async () => {
    const badge = demo.badges.find((x) => x.publicUrl)!;
    const show = async (b: Badge, lang = 'en') => {
      const el = await fixture<BadgeShare>(html`<badge-share lang=${lang} .badge=${b}></badge-share>`);
      await waitUntil(() => el.shadowRoot!.querySelector('h3'), 'no badge');
      return el.shadowRoot!.querySelector<HTMLAnchorElement>('.verify a');
    };
    const own = (await show(badge))!;
    expect([own.href, own.textContent.trim()]).to.deep.equal([badge.publicUrl, 'Verify this badge']);
    const spanish = (await show(badge, 'es'))!;
    expect(spanish.textContent.trim()).to.equal('Verificar esta insignia');

    const fromOpenBadge = (await show({
      ...badge,
      publicUrl: null,
      openBadge: { id: 'https://issuer.example.org/assertions/123', type: 'Assertion' },
    }))!;
    expect(fromOpenBadge.href).to.equal('https://issuer.example.org/assertions/123');

    const fromCredentialId = (await show({
      ...badge,
      publicUrl: null,
      openBadge: null,
      credentialId: 'https://issuer.example.org/credentials/9',
    }))!;
    expect(fromCredentialId.href).to.equal('https://issuer.example.org/credentials/9');
    expect(await show({ ...badge, publicUrl: null, openBadge: null, credentialId: 'NWCA-1234' })).to.equal(null);
    expect(await show({ ...badge, publicUrl: null, openBadge: null })).to.equal(null);
    expect(await show({ ...badge, publicUrl: 'javascript:alert(1)', openBadge: null })).to.equal(null);
  });
});
