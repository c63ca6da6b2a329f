import { expect } from '@open-wc/testing';
import { certificatePdfBytes, prepareCertificateBatch } from '../../src/export/certificate-pdf.js';
import { JSPDF_FONT_SEAM_VERSION, jsPdfFontSeamProblem } from '../../src/export/font-seam.js';
import { loadJsPdf } from '../../src/export/pdf-document.js';
import { PdfTextLayout } from '../../src/export/pdf-text.js';
import { certification, learner, TODAY } from './fixtures.js';
import { checkPdf, pdfFontPrograms, pdfSource, readable, readPdf } from './read-pdf.js';

const SEAM =
  'the jsPDF font seam (src/export/font-seam.ts: the font entry from doc.getFont(), the putFont event, ' +
  'putStream with alreadyAppliedFilters)';

const PARSE_SEAM =
  'the jsPDF font seam at addFont (src/export/font-seam.ts, addFontParsedOnce: jsPDF.API.TTFFont.open, ' +
  'called by the addFont event handler of its TrueType plugin)';

const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Runs `make`, failing on anything jsPDF's event bus swallowed and logged (it catches handlers' errors). */
async function withoutSwallowedErrors<T>(make: () => Promise<T>): Promise<T> {
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    const result = await make();
    expect(
      logged.map((args) => args.map(String).join(' ')),
      `${SEAM}: errors jsPDF swallowed`,
    ).to.deep.equal([]);
    return result;
  } finally {
    console.error = original;
  }
}

describe('the jsPDF font seam', () => {
  it('fits the jsPDF in src/vendor/jspdf/: the version copied there is the one the seam was written against', async () => {
    const { jsPDF } = await loadJsPdf();
    expect(
      jsPDF.version,
      `src/vendor/jspdf/ is no longer jsPDF ${JSPDF_FONT_SEAM_VERSION}: re-check ${SEAM} against it, then update JSPDF_FONT_SEAM_VERSION`,
    ).to.equal(JSPDF_FONT_SEAM_VERSION);
    const copied = (await (await fetch('/src/vendor/jspdf/VERSION')).text()).trim();
    expect(copied, `scripts/vendor-jspdf.mjs copied another jsPDF than ${SEAM} was written for`).to.equal(
      JSPDF_FONT_SEAM_VERSION,
    );
    expect(jsPdfFontSeamProblem(jsPDF.version, new jsPDF())).to.equal(null);
  });

  it('takes effect: the PDFs of a batch embed one font program, byte for byte, and each reads back whole', async () => {
    const person = learner('María José Núñez');
    const certs = ['Azure Administrator', 'Security Engineer Expert'].map((title, i) =>
      certification({ id: `seam-${i}`, title }),
    );
    const pdfs = await withoutSwallowedErrors(async () => {
      await prepareCertificateBatch(certs, person, { today: TODAY });
      return Promise.all(certs.map((cert) => certificatePdfBytes(cert, person, { today: TODAY })));
    });
    for (const [i, pdf] of pdfs.entries()) {
      const text = readable((await readPdf(pdf)).text);
      expect(text).to.include('María José Núñez').and.include(certs[i].title);
      const check = await checkPdf(pdf);
      expect(check.ok, `${SEAM}: ${check.report}`).to.equal(true);
    }
    const [first, second] = pdfs.map(pdfFontPrograms);
    expect(first, 'one program per face: regular and bold').to.have.length(2);
    // jsPDF's own path subsets each document to the glyphs it uses: two titles, two different programs.
    expect(
      first.every((font, i) => equalBytes(font, second[i])),
      `${SEAM}: the batch's font programs differ between its PDFs, so jsPDF subset them itself`,
    ).to.equal(true);
  });

  it("reuses a learner's cut while it holds what the next PDF draws, with no batch made", async () => {
    const person = learner('Ana Ruiz');
    const first = await certificatePdfBytes(certification({ title: 'Network Administrator QXZ' }), person, {
      today: TODAY,
    });
    // Every letter of this title is in the first one's (which has more): the same cut, so the same programs.
    const second = await certificatePdfBytes(certification({ title: 'Network Admin' }), person, { today: TODAY });
    const [a, b] = [first, second].map(pdfFontPrograms);
    expect(a).to.have.length(2);
    expect(
      a.every((font, i) => equalBytes(font, b[i])),
      'a cut made anew for the second PDF',
    ).to.equal(true);
    expect(readable((await readPdf(second)).text))
      .to.include('Network Admin')
      .and.include('Ana Ruiz');
  });

  it('takes effect at addFont too: jsPDF parses a cut for the first PDF that adds it, not for each', async () => {
    const { jsPDF } = await loadJsPdf();
    const ttf = (jsPDF.API as unknown as { TTFFont: { open: (file: Uint8Array) => unknown } }).TTFFont;
    const make = (id: string) =>
      certificatePdfBytes(certification({ id, title: 'Parse Once Engineer' }), learner('Ana Ruiz'), { today: TODAY });
    await make('parse-0');
    const open = ttf.open;
    let parses = 0;
    ttf.open = function (file) {
      parses++;
      return open.call(this, file);
    };
    try {
      await make('parse-1');
      await make('parse-2');
    } finally {
      ttf.open = open;
    }
    expect(parses, `${PARSE_SEAM}: jsPDF parsed the same cut again`).to.equal(0);
  });

  it('parses a cut once: a later PDF that reuses it still draws every letter, past Latin-1 too', async () => {
    const person = learner('Dvořák Ωμέγα');
    const title = 'Łódź – Ærø Engineer';
    const pdfs = [];
    for (const id of ['parsed-1', 'parsed-2'])
      pdfs.push(await certificatePdfBytes(certification({ id, title }), person, { today: TODAY }));
    const [a, b] = pdfs.map(pdfFontPrograms);
    expect(
      a.every((font, i) => equalBytes(font, b[i])),
      "the second PDF reused the first one's cuts",
    ).to.equal(true);
    for (const pdf of pdfs) {
      expect(readable((await readPdf(pdf)).text))
        .to.include('Dvořák Ωμέγα')
        .and.include(title);
    }
  });

  it("grows a learner's cut for letters the last one lacks, instead of reusing it or falling back to the whole font", async () => {
    // The whole face, added for a run its document's cut cannot draw, is a font of its own.
    const wholeFonts = (pdf: Uint8Array) =>
      [...pdfSource(pdf).matchAll(/\/BaseFont \/(\S+-whole)\b/g)].map((m) => m[1]);
    const first = await certificatePdfBytes(
      certification({ id: 'grow-1', title: 'Network Administrator' }),
      learner('Ana Ruiz'),
      {
        today: TODAY,
      },
    );
    expect(readable((await readPdf(first)).text)).to.include('Ana Ruiz');
    const cases = [
      { name: 'Íñigo Muñoz Peña', title: 'Administración de Redes ¿Avanzado?' },
      { name: 'Νίκος Παπαδόπουλος', title: 'Network Administrator' },
      { name: 'Ана Руиз', title: 'Network Administrator' },
      { name: 'Ana Ruiz', title: 'Șef de rețea Œuvre' },
    ];
    for (const [i, { name, title }] of cases.entries()) {
      const pdf = await certificatePdfBytes(certification({ id: `grow-${i + 2}`, title }), learner(name), {
        today: TODAY,
        lang: i === 0 ? 'es' : 'en',
      });
      const text = readable((await readPdf(pdf)).text);
      expect(text, `${name}, ${title}`).to.include(name).and.include(title);
      expect(wholeFonts(pdf), `${name}, ${title}: a cut lacked letters the PDF draws`).to.deep.equal([]);
      expect(pdf.length, `${name}, ${title}: ${pdf.length} bytes`).to.be.at.most(20 * 1024);
      expect((await checkPdf(pdf)).ok).to.equal(true);
    }
  });

  it('keeps every PDF of a batch within 20 KB even when the batch draws every Latin-1 letter in bold', async () => {
    const letters = [...Array(0x7f - 0x21).keys()].map((i) => String.fromCharCode(0x21 + i));
    for (let c = 0xc0; c <= 0xff; c++) letters.push(String.fromCharCode(c));
    const certs = Array.from({ length: 20 }, (_, i) =>
      certification({
        id: `wide-${i}`,
        title: `${letters.slice(i * 8, i * 8 + 8).join('')} Administrator`,
        issuer: { name: `${letters.slice((i * 8 + 40) % 150, ((i * 8 + 40) % 150) + 8).join('')} Learning` },
      }),
    );
    for (const name of ['María José Núñez', 'محمد عبد الله']) {
      await prepareCertificateBatch(certs, learner(name), { today: TODAY });
      for (const cert of [certs[0], certs[19]]) {
        const pdf = await certificatePdfBytes(cert, learner(name), { today: TODAY });
        expect(pdf.length, `${name}, ${cert.title}: ${pdf.length} bytes`).to.be.at.most(20 * 1024);
        expect(readable((await readPdf(pdf)).text))
          .to.include(name)
          .and.include(cert.title);
      }
    }
  });

  it('leaves a document to jsPDF when the seam does not fit it (another version), and the PDF is still right', async () => {
    const { jsPDF } = await loadJsPdf();
    class OtherJsPdf extends jsPDF {
      static override version = '9.9.9';
    }
    expect(jsPdfFontSeamProblem('9.9.9', new jsPDF())).to.include('9.9.9');
    const make = async (jsPdfClass: typeof jsPDF) => {
      const doc = new jsPdfClass({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
      const layout = await PdfTextLayout.create(jsPdfClass, doc, [{ text: 'Dvořák Ωμέγα', weight: 'normal' }]);
      layout.drawLine('Dvořák Ωμέγα', 72, 100, { size: 14, weight: 'normal' });
      layout.beforeOutput();
      return new Uint8Array(doc.output('arraybuffer'));
    };
    const [ours, theirs] = [await make(jsPDF), await make(OtherJsPdf)];
    for (const pdf of [ours, theirs]) {
      expect(readable((await readPdf(pdf)).text).trim()).to.equal('Dvořák Ωμέγα');
      expect((await checkPdf(pdf)).ok).to.equal(true);
    }
    const same = pdfFontPrograms(ours).every((font, i) =>
      equalBytes(font, pdfFontPrograms(theirs)[i] ?? new Uint8Array()),
    );
    expect(same, 'jsPDF embeds its own subset of the cut, not the cut').to.equal(false);
  });
});
