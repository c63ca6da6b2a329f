import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import {
  certificateFor,
  certificatePdf,
  certificatePdfBytes,
  CertificateExportError,
} from '../../src/export/certificate-pdf.js';
import { certification, learner, TODAY } from './fixtures.js';
import {
  checkPdf,
  pdfSource,
  readable,
  readPdf,
  readPdfQr,
  readPdfWords,
  pdfContentStreams,
  unionBox,
  uriLinks,
  type PageBox,
  type PageWords,
} from './read-pdf.js';

const NAMES = {
  'Latin with accents': 'María José Núñez',
  'Latin Extended': 'Łukasz Żółć',
  Greek: 'Γιώργος Παπαδόπουλος',
  Cyrillic: 'Дмитрий Шостакович',
  Arabic: 'محمد عبد الله',
  Hebrew: 'דוד לוי',
};

const lines = (text: string) =>
  readable(text)
    .split('\n')
    .map((l) => l.trim());
const VERIFICATION_URL = 'https://learn.example.com/verify/CRED-8F2K-19QA';

/** The box around the words of `phrase` on the page; pdftotext may give right-to-left words reversed. */
function phraseBox(page: PageWords, phrase: string): PageBox {
  const wanted = new Set(phrase.split(' '));
  const norm = (s: string) => readable(s).trim();
  const words = page.words.filter((w) => wanted.has(norm(w.text)) || wanted.has([...norm(w.text)].reverse().join('')));
  expect(
    words.map((w) => norm(w.text)),
    `the words of ${phrase}`,
  ).to.have.length(wanted.size);
  return unionBox(words);
}

describe('certificatePdf', () => {
  describe('the learner name, read back by pdftotext, in every script', () => {
    for (const [script, name] of Object.entries(NAMES)) {
      it(script, async () => {
        const pdf = await certificatePdf(certification(), learner(name), { today: TODAY });
        expect(pdf.type).to.equal('application/pdf');
        const { text, pages } = await readPdf(pdf);
        expect(pages).to.equal(1);
        expect(lines(text)).to.include(name);
      });
    }
  });

  describe('in every script: qpdf finds nothing wrong, and the PDF stays within 20 KB', () => {
    for (const [script, name] of Object.entries(NAMES)) {
      it(script, async () => {
        const bytes = await certificatePdfBytes(certification(), learner(name), { today: TODAY });
        const check = await checkPdf(bytes);
        expect(check.ok, check.report).to.equal(true);
        expect(bytes.length, `${bytes.length} bytes`).to.be.at.most(20 * 1024);
      });
    }
  });

  it('shows a Latin name with an Arabic title, each in its own font and direction', async () => {
    const title = 'مسؤول Azure المعتمد';
    const { text } = await readPdf(
      await certificatePdf(certification({ title }), learner('María Núñez'), { today: TODAY }),
    );
    const all = lines(text);
    expect(all).to.include('María Núñez');
    // pdftotext gives a mixed-direction line back in logical or visual order depending on its own
    // bidi heuristics; every word must come back intact either way.
    const titleLine = all.find((l) => l.includes('Azure')) ?? '';
    for (const word of ['مسؤول', 'Azure', 'المعتمد']) expect(titleLine).to.include(word);
  });

  it('draws each combining mark on its own letter in right-to-left text (Arabic shadda, Hebrew points)', async () => {
    // Reversed for drawing, a mark comes before its letter, where these fonts draw it (to the right of
    // where it starts, with no width); moved after the letter it sat on the next one, and read back so.
    for (const title of ['مدرّب معتمد', 'שָׁלוֹם עולם']) {
      const { text } = await readPdf(await certificatePdf(certification({ title }), learner(), { today: TODAY }));
      const titleLine = lines(text).find((l) => l.includes(title.split(' ')[1])) ?? '';
      for (const word of title.split(' ')) expect(titleLine, title).to.include(word);
    }
  });

  it('says everything in English, with the details', async () => {
    const { text } = await readPdf(await certificatePdf(certification(), learner(), { lang: 'en', today: TODAY }));
    const t = readable(text);
    for (const s of [
      'Contoso Learning',
      'Certificate of Achievement',
      'Azure Administrator Associate',
      'AZ-104',
      'March 14, 2025',
      'March 14, 2026',
      'CRED-8F2K-19QA',
      'https://learn.example.com/verify/CRED-8F2K-19QA',
    ]) {
      expect(t).to.include(s);
    }
  });

  it('says it in Spanish for lang es, dates included', async () => {
    const { text } = await readPdf(await certificatePdf(certification(), learner(), { lang: 'es', today: TODAY }));
    const t = readable(text);
    for (const s of [
      'Certificado de logro',
      'Se certifica que',
      'ha obtenido la certificación',
      'Azure Administrator Associate',
      '14 de marzo de 2025',
      'Válida hasta',
      '14 de marzo de 2026',
      'ID de credencial',
    ]) {
      expect(t).to.include(s);
    }
    expect(t).not.to.include('Certificate of Achievement');
  });

  it('says an expired certification expired, and one without expiry does not expire', async () => {
    const expired = readable(
      (
        await readPdf(
          await certificatePdf(certification({ status: 'expired', expiresOn: '2025-01-01' }), learner(), {
            today: TODAY,
          }),
        )
      ).text,
    );
    expect(expired).to.include('Expired').and.to.include('January 1, 2025');
    expect(expired).not.to.include('Valid until');
    const forever = readable(
      (await readPdf(await certificatePdf(certification({ expiresOn: null }), learner(), { today: TODAY }))).text,
    );
    expect(forever).to.include('Does not expire');
  });

  it('wraps and shrinks a 10,000-character title onto the one page', async () => {
    const title = 'Advanced Cloud Architecture and Operations '.repeat(240).slice(0, 10_000);
    const bytes = await certificatePdfBytes(certification({ title }), learner(), { today: TODAY });
    const { text, pages } = await readPdf(bytes);
    expect(pages).to.equal(1);
    const t = readable(text);
    expect(t).to.include('Advanced Cloud Architecture');
    expect(text).to.include('…');
    // The details below the title are still there, not painted over.
    expect(t).to.include('CRED-8F2K-19QA');
    expect(lines(text)).to.include('María José Núñez');
  });

  it('wraps a 10,000-character title without spaces, too', async () => {
    const { pages } = await readPdf(
      await certificatePdfBytes(certification({ title: 'Ж'.repeat(10_000) }), learner(), { today: TODAY }),
    );
    expect(pages).to.equal(1);
  });

  it('draws a QR code that reads back as the verification URL', async () => {
    const qr = await readPdfQr(await certificatePdfBytes(certification(), learner(), { today: TODAY }));
    expect(qr?.text).to.equal(VERIFICATION_URL);
  });

  it('draws the QR code as one path filled once, and it still reads back', async () => {
    const bytes = await certificatePdfBytes(certification(), learner(), { today: TODAY });
    expect((await readPdfQr(bytes))?.text).to.equal(VERIFICATION_URL);
    const [page] = pdfContentStreams(bytes).filter((s) => / re\n/.test(s));
    // Every run of dark modules is a rectangle of one path; only the last one paints it.
    const rects = page.match(/ re\n/g)!.length;
    const filledRects = page.match(/ re\nf\n/g)?.length ?? 0;
    expect(rects, 'rectangles in the code').to.be.greaterThan(100);
    expect(filledRects, 'rectangles each filled on their own').to.equal(1);
    // Written in one piece, in module units (src/export/certificate-pdf.ts, drawQrPath, through
    // jsPDF's undeclared doc.internal.write): if src/vendor/jspdf/ loses it, the slow rect() path is back.
    const inModules = page.match(/^\d+ \d+ \d+ 1 re$/gm)?.length ?? 0;
    expect(inModules, 'QR rectangles in module units').to.be.greaterThan(100);
    expect(rects - inModules, 'rectangles besides the QR code (the frames)').to.be.at.most(4);
  });

  describe('where the text sits on the page, read back by pdftotext -bbox', () => {
    for (const name of [NAMES['Latin with accents'], NAMES.Cyrillic, NAMES.Arabic]) {
      it(`centres the learner's name: ${name}`, async () => {
        const [page] = await readPdfWords(await certificatePdfBytes(certification(), learner(name), { today: TODAY }));
        const box = phraseBox(page, name);
        expect((box.xMin + box.xMax) / 2).to.be.closeTo(page.width / 2, 1);
      });
    }

    it('ends the right-aligned verification lines at one edge, 16 pt left of the QR code', async () => {
      const bytes = await certificatePdfBytes(certification(), learner(), { today: TODAY });
      const [page] = await readPdfWords(bytes);
      const qr = await readPdfQr(bytes);
      const qrLeft = Math.min(...(qr?.corners ?? []).map((c) => c.x));
      expect(phraseBox(page, 'Verify at').xMax).to.be.closeTo(qrLeft - 16, 1);
      expect(phraseBox(page, VERIFICATION_URL).xMax).to.be.closeTo(qrLeft - 16, 1);
    });

    it('puts the link over the verification URL as written', async () => {
      const bytes = await certificatePdfBytes(certification(), learner(), { today: TODAY });
      const [page] = await readPdfWords(bytes);
      const text = phraseBox(page, VERIFICATION_URL);
      const links = uriLinks(bytes, page.height);
      expect(links.map((l) => l.uri)).to.deep.equal([VERIFICATION_URL]);
      const { box } = links[0];
      expect(box.xMin).to.be.closeTo(text.xMin, 1);
      expect(box.xMax).to.be.closeTo(text.xMax, 1);
      expect((text.yMin + text.yMax) / 2).to.be.within(box.yMin, box.yMax);
    });
  });

  for (const url of [
    'javascript:alert(document.domain)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'not a url',
  ]) {
    it(`makes no link, text or QR code of ${url.slice(0, 16)}`, async () => {
      const bytes = await certificatePdfBytes(certification({ verificationUrl: url }), learner(), { today: TODAY });
      const source = pdfSource(bytes);
      expect(source).not.to.include('/URI');
      expect(source).not.to.include('/JavaScript');
      expect(source).not.to.include('/Annots');
      const { text } = await readPdf(bytes);
      expect(readable(text)).not.to.include('alert');
      expect(readable(text)).not.to.include('Scan to verify');
      expect(await readPdfQr(bytes)).to.equal(null);
    });
  }

  it('stores Unicode metadata as UTF-16, not garbled', async () => {
    const { title } = await readPdf(
      await certificatePdf(certification(), learner('Дмитрий Шостакович'), { today: TODAY }),
    );
    expect(title).to.equal('Azure Administrator Associate: Дмитрий Шостакович');
  });

  it('refuses certifications that have no certificate', async () => {
    for (const status of ['in-progress', 'revoked'] as const) {
      let error: unknown;
      await certificatePdf(certification({ status }), learner()).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(CertificateExportError);
      expect((error as CertificateExportError).kind).to.equal('not-issued');
    }
  });
});

describe('certificateFor', () => {
  const adapterWith = (getCertificatePdf: CertAdapter['getCertificatePdf']) => ({ getCertificatePdf }) as CertAdapter;
  const official = new Blob(['%PDF-1.7\n% official\n'], { type: 'application/octet-stream' });

  it('uses the official PDF when the adapter has one', async () => {
    const blob = await certificateFor(
      adapterWith(() => Promise.resolve(official)),
      certification(),
      learner(),
    );
    expect(await blob.text()).to.include('% official');
    expect(blob.type).to.equal('application/pdf');
  });

  it('builds ours when the adapter has none, says not-found, or sends something that is no PDF', async () => {
    for (const adapter of [
      {} as CertAdapter,
      adapterWith(() => Promise.resolve(null)),
      adapterWith(() => Promise.reject(new AdapterError('not-found', 'none'))),
      adapterWith(() => Promise.resolve(new Blob(['PK\u0003\u0004 a zip, not a PDF']))),
    ]) {
      const blob = await certificateFor(adapter, certification(), learner(), { today: TODAY });
      const text = new TextDecoder('latin1').decode(await blob.arrayBuffer());
      expect(text.startsWith('%PDF-')).to.be.true;
      expect(text).not.to.include('% official');
    }
  });

  it('passes other adapter errors on', async () => {
    let error: unknown;
    await certificateFor(
      adapterWith(() => Promise.reject(new AdapterError('server', 'boom'))),
      certification(),
      learner(),
    ).catch((e: unknown) => (error = e));
    expect((error as AdapterError).kind).to.equal('server');
  });
});
