import { expect } from '@open-wc/testing';
import {
  certificateDrawing,
  CertificateExportError,
  type CertificateMark,
  type TextMark,
} from '../../src/export/certificate-layout.js';
import { certification, learner, TODAY } from './fixtures.js';

const texts = (marks: CertificateMark[], part?: TextMark['part']) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && (part === undefined || m.part === part));

describe('certificateDrawing (the layout the PDF and the preview share)', () => {
  it('centres the name and title on the page, and puts the details below them', async () => {
    const { marks, width } = await certificateDrawing(certification(), learner(), { today: TODAY });
    const [name] = texts(marks, 'name');
    expect(name).to.include({ text: 'María José Núñez', x: width / 2, align: 'center', weight: 'bold' });
    const lowestTitle = Math.max(...texts(marks, 'title').map((m) => m.y));
    expect(lowestTitle).to.be.below(Math.min(...texts(marks, 'earnedLabel').map((m) => m.y)));
  });

  it('keeps a 10,000-character title in its band, cut with an ellipsis', async () => {
    const title = 'Advanced Cloud Architecture and Operations '.repeat(240).slice(0, 10_000);
    const { marks } = await certificateDrawing(certification({ title }), learner(), { today: TODAY });
    const lines = texts(marks, 'title');
    expect(lines.at(-1)!.text.endsWith('…')).to.be.true;
    expect(Math.max(...lines.map((m) => m.y))).to.be.below(440);
  });

  it('marks an Arabic name right-to-left and keeps its letters as written (the browser shapes them)', async () => {
    const { marks } = await certificateDrawing(certification(), learner('محمد عبد الله'), { today: TODAY });
    expect(texts(marks, 'name')[0]).to.include({ text: 'محمد عبد الله', direction: 'rtl' });
  });

  it('links and encodes only an http(s) verification URL', async () => {
    const good = await certificateDrawing(certification(), learner(), { today: TODAY });
    expect(good.href).to.equal('https://learn.example.com/verify/CRED-8F2K-19QA');
    expect(good.marks.filter((m) => m.kind === 'link' || m.kind === 'qr').map((m) => m.kind)).to.deep.equal([
      'qr',
      'link',
    ]);
    const bad = await certificateDrawing(certification({ verificationUrl: 'javascript:alert(1)' }), learner(), {
      today: TODAY,
    });
    expect(bad.href).to.equal(null);
    expect(bad.marks.some((m) => m.kind === 'link' || m.kind === 'qr')).to.be.false;
    expect(texts(bad.marks).some((m) => m.text.includes('alert'))).to.be.false;
  });

  it('refuses a certification with no certificate', async () => {
    let error: unknown;
    await certificateDrawing(certification({ status: 'in-progress' }), learner()).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(CertificateExportError);
  });
});
