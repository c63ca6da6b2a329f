/**
 * One rule, every view: a certification (or badge) on its last valid day reads as valid in the
 * list, the certificate PDF, the transcript and the badge; the day after, as expired everywhere.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { BadgeShare } from '../../src/components/badge-share/badge-share.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import type { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import { certificatePdf } from '../../src/export/certificate-pdf.js';
import type { Badge } from '../../src/model.js';
import { calendarDay } from '../../src/rules/calendar.js';
import { certification, learner } from '../export/fixtures.js';
import { readable, readPdf } from '../export/read-pdf.js';
import { fixtureUrl } from '../share/fixtures.js';
import '../../src/define.js';

const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => text(el.shadowRoot!);

/** The viewer's calendar day `offset` days from now, as the data would carry it. */
function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return calendarDay(d);
}

function badge(expiresOn: string): Badge {
  return {
    id: 'b-1',
    name: 'Cloud Administrator',
    description: 'Runs cloud workloads.',
    imageUrl: fixtureUrl('unbaked.png'),
    issuedOn: day(-365),
    expiresOn,
    issuer: { name: 'Contoso Learning' },
    criteriaUrl: null,
    publicUrl: null,
    openBadge: null,
  };
}

for (const [when, offset, valid] of [
  ['on its last valid day', 0, true],
  ['the day after', -1, false],
] as const) {
  describe(`a certification ${when}`, () => {
    const cert = certification({ earnedOn: day(-700), expiresOn: day(offset) });

    it(`reads as ${valid ? 'valid' : 'expired'} in the list`, async () => {
      const el = await fixture<CertList>(html`<cert-list .certifications=${[cert]} .learner=${learner()}></cert-list>`);
      const shown = shadowText(el);
      const status = el.shadowRoot!.querySelector('[part=item] .status')!;
      expect(status.getAttribute('data-status')).to.equal(valid ? 'earned' : 'expired');
      expect(text(status)).to.match(valid ? /^Earned / : /^Expired /);
      if (valid) {
        expect(shown).to.include('Expires today');
        expect(shown).not.to.match(/Expired/);
      } else {
        expect(shown).to.match(/Expired /);
        expect(shown).not.to.include('Expires today');
      }
    });

    it(`reads as ${valid ? 'valid' : 'expired'} on the certificate PDF`, async () => {
      const { text: pdfText } = await readPdf(await certificatePdf(cert, learner(), { today: new Date() }));
      const page = readable(pdfText);
      if (valid) {
        expect(page).to.include('Valid until');
        expect(page).not.to.include('Expired');
      } else {
        expect(page).to.include('Expired');
        expect(page).not.to.include('Valid until');
      }
    });

    it(`is listed as ${valid ? 'active' : 'expired'} on the transcript`, async () => {
      const transcript = {
        learner: learner(),
        certifications: [cert],
        exams: [],
        generatedAt: new Date().toISOString(),
      };
      const el = await fixture<TranscriptViewer>(
        html`<transcript-viewer .transcript=${transcript}></transcript-viewer>`,
      );
      expect(shadowText(el).includes('Expired certifications')).to.equal(!valid);
      expect(shadowText(el)).to.include(cert.title);
    });

    it(`reads as ${valid ? 'valid' : 'expired'} on a badge`, async () => {
      const el = await fixture<BadgeShare>(html`<badge-share .badge=${badge(day(offset))}></badge-share>`);
      const shown = shadowText(el);
      expect(/Expired /.test(shown)).to.equal(!valid);
      expect(/Expires /.test(shown)).to.equal(valid);
    });
  });
}
