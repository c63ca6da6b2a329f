import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import { certificatePdfBytes } from '../../src/export/certificate-pdf.js';
import type { Certification } from '../../src/model.js';
import { certification, learner, TODAY } from '../export/fixtures.js';
import { readable, readPdf, readPdfWords, unionBox, type PageBox } from '../export/read-pdf.js';
import '../../src/define.js';

const root = (el: CertList) => el.shadowRoot!;
const dialogOf = (el: CertList) => root(el).querySelector<HTMLDialogElement>('dialog[part=dialog]')!;
const textOf = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const svgTexts = (el: CertList) => [...dialogOf(el).querySelectorAll<SVGTextElement>('svg text')];
const jspdfRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    // A file named for jsPDF: its module, or the built chunk (not a folder that happens to say jspdf).
    .filter((name) => /\/jspdf[^/]*\.js/i.test(name));

/** A list of `certs` for `name`, with the first certificate's preview open and drawn. */
async function previewOf(
  certs: Certification[] = [certification()],
  name = 'María José Núñez',
  options: { lang?: string; adapter?: CertAdapter } = {},
) {
  const el = await fixture<CertList>(
    html`<cert-list
      lang=${options.lang ?? 'en'}
      .adapter=${options.adapter}
      .certifications=${certs}
      .learner=${learner(name)}
    ></cert-list>`,
  );
  await el.preview(certs[0].id);
  await waitUntil(() => dialogOf(el).querySelector('svg.certificate text'), 'the drawn preview', { timeout: 8000 });
  return el;
}

/** The SVG box of the line that says `text`, in the page's user units (PDF points). */
function svgBox(el: CertList, text: string): PageBox {
  const line = svgTexts(el).find((t) => t.textContent === text);
  expect(line, `an SVG line saying ${text}`).to.exist;
  const b = line!.getBBox();
  return { xMin: b.x, xMax: b.x + b.width, yMin: b.y, yMax: b.y + b.height };
}

/** The PDF box of the words of `phrase` (pdftotext may give right-to-left words reversed). */
async function pdfBox(cert: Certification, name: string, phrase: string): Promise<PageBox> {
  const [page] = await readPdfWords(await certificatePdfBytes(cert, learner(name), { today: TODAY }));
  const wanted = new Set(phrase.split(' '));
  const norm = (s: string) => readable(s).trim();
  return unionBox(
    page.words.filter((w) => wanted.has(norm(w.text)) || wanted.has([...norm(w.text)].reverse().join(''))),
  );
}

describe('<cert-list> certificate preview', () => {
  describe('what it shows', () => {
    it('draws the certificate as SVG at once, without loading jsPDF, and with no frame', async () => {
      expect(jspdfRequests(), 'nothing loaded jsPDF before').to.deep.equal([]);
      const el = await previewOf();
      const texts = svgTexts(el).map((t) => t.textContent);
      expect(texts).to.include('María José Núñez');
      expect(texts).to.include('Azure Administrator Associate');
      expect(texts).to.include('Certificate of Achievement');
      expect(texts).to.include('CRED-8F2K-19QA');
      expect(dialogOf(el).querySelector('iframe')).to.equal(null);
      expect(textOf(dialogOf(el))).not.to.include('security');
      expect(jspdfRequests(), 'the preview loads no jsPDF').to.deep.equal([]);
    });

    it('names the picture for a screen reader and gives the verification URL as a real link', async () => {
      const el = await previewOf();
      const picture = dialogOf(el).querySelector('svg.certificate')!;
      expect(picture.getAttribute('role')).to.equal('img');
      expect(picture.getAttribute('aria-label')).to.equal(
        'Certificate: Azure Administrator Associate, María José Núñez',
      );
      const link = dialogOf(el).querySelector<HTMLAnchorElement>('.verify a')!;
      expect(link.href).to.equal('https://learn.example.com/verify/CRED-8F2K-19QA');
      expect(textOf(link)).to.equal('https://learn.example.com/verify/CRED-8F2K-19QA');
      expect(link.rel).to.include('noopener');
    });

    it('links nothing, and draws no QR code, for a verification URL that is not http(s)', async () => {
      const el = await previewOf([certification({ verificationUrl: 'javascript:alert(1)' })]);
      expect(dialogOf(el).querySelector('a')).to.equal(null);
      expect(dialogOf(el).querySelector('svg path')).to.equal(null);
      expect(textOf(dialogOf(el))).not.to.include('alert');
    });

    it('keeps markup in a name as text', async () => {
      const name = '<img src=x onerror=alert(1)> Ana';
      const el = await previewOf([certification()], name);
      expect(svgTexts(el).map((t) => t.textContent)).to.include(name);
      expect(dialogOf(el).querySelector('img')).to.equal(null);
    });

    it('speaks Spanish for lang es', async () => {
      const el = await previewOf([certification()], 'María José Núñez', { lang: 'es' });
      const texts = svgTexts(el).map((t) => t.textContent);
      expect(texts).to.include('Certificado de logro');
      expect(texts).to.include('14 de marzo de 2025');
      expect(textOf(dialogOf(el).querySelector('h2')!)).to.equal(
        'Vista previa del certificado: Azure Administrator Associate',
      );
      expect(dialogOf(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(
        'Certificado: Azure Administrator Associate, María José Núñez',
      );
      expect(textOf(dialogOf(el))).to.include('Cualquiera puede comprobar este certificado en');
    });
  });

  describe('the same layout as the PDF', () => {
    for (const name of ['María José Núñez', 'محمد عبد الله']) {
      it(`centres the learner's name where the PDF does: ${name}`, async () => {
        const el = await previewOf([certification()], name);
        const svg = svgBox(el, name);
        const pdf = await pdfBox(certification(), name, name);
        expect((svg.xMin + svg.xMax) / 2).to.be.closeTo((pdf.xMin + pdf.xMax) / 2, 1);
      });
    }

    it('ends the verification URL and starts the details where the PDF does', async () => {
      const el = await previewOf();
      const url = 'https://learn.example.com/verify/CRED-8F2K-19QA';
      expect(svgBox(el, url).xMax).to.be.closeTo((await pdfBox(certification(), 'María José Núñez', url)).xMax, 1);
      expect(svgBox(el, 'CRED-8F2K-19QA').xMin).to.be.closeTo(
        (await pdfBox(certification(), 'María José Núñez', 'CRED-8F2K-19QA')).xMin,
        1,
      );
    });
  });

  describe('download', () => {
    it('gives the PDF, made when asked', async () => {
      const el = await previewOf();
      const downloaded = new Promise<Blob>((resolve) =>
        el.addEventListener('cert-download', (e) => {
          e.preventDefault();
          resolve(e.detail.blob);
        }),
      );
      dialogOf(el).querySelector<HTMLButtonElement>('.dialog-actions .primary')!.click();
      const blob = await downloaded;
      expect(blob.type).to.equal('application/pdf');
      expect(readable((await readPdf(blob)).text)).to.include('María José Núñez');
      await waitUntil(() => textOf(dialogOf(el)).includes('Your certificate is ready.'));
    });

    it('says the download is the official PDF when the backend has one, and gives that', async () => {
      const official = new Blob(['%PDF-1.7\n% official\n'], { type: 'application/pdf' });
      const adapter = { getCertificatePdf: () => Promise.resolve(official) } as unknown as CertAdapter;
      const el = await previewOf([certification()], 'Ana', { adapter });
      await waitUntil(() => dialogOf(el).querySelector('.note'));
      expect(textOf(dialogOf(el).querySelector('.note')!)).to.include('official PDF');
      expect(svgTexts(el).map((t) => t.textContent)).to.include('Ana');
      const downloaded = new Promise<Blob>((resolve) =>
        el.addEventListener('cert-download', (e) => {
          e.preventDefault();
          resolve(e.detail.blob);
        }),
      );
      dialogOf(el).querySelector<HTMLButtonElement>('.dialog-actions .primary')!.click();
      expect(await (await downloaded).text()).to.include('% official');
    });
  });

  describe('closing', () => {
    it('leaves a download started after the dialog closed alone', async () => {
      const el = await previewOf([certification({ id: 'a' }), certification({ id: 'b', title: 'Other' })]);
      el.addEventListener('cert-download', (e) => e.preventDefault());
      dialogOf(el).close();
      el.selectAll();
      const { filename } = await el.downloadSelected();
      expect(filename).to.match(/\.zip$/);
    });
  });

  describe('on a phone', () => {
    before(() => setViewport({ width: 360, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('scales the page to the dialog, with nothing to scroll sideways', async () => {
      const el = await previewOf();
      const dialog = dialogOf(el);
      const picture = dialog.querySelector('svg.certificate')!.getBoundingClientRect();
      expect(picture.width).to.be.within(250, dialog.clientWidth);
      expect(picture.height / picture.width).to.be.closeTo(595.28 / 841.89, 0.01);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe with the preview open, ${scheme}`, async () => {
        await emulateMedia({ colorScheme: scheme });
        try {
          const el = await previewOf(undefined, undefined, { adapter: new MemoryAdapter() });
          await expect(el).to.be.accessible();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }
  });
});
