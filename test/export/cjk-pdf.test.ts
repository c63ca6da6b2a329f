import { expect } from '@open-wc/testing';
import { certificatePdfBytes, prepareCertificateBatch } from '../../src/export/certificate-pdf.js';
import { transcriptPdfBytes } from '../../src/export/transcript-pdf.js';
import { certificateDrawing } from '../../src/export/certificate-layout.js';
import { loadPdfFonts, registerPdfFont, unregisterPdfFont } from '../../src/export/fonts.js';
import type { Transcript } from '../../src/model.js';
import { loadLocale } from '../../src/i18n/messages.js';
import { pdfFailureMessage } from '../../src/internal/pdf-failure.js';
import { certification, learner, TODAY } from './fixtures.js';
import { readFontMetrics, toTrueType } from '../../src/export/font-file.js';
import { cjkFontUrls, loadCjkFamily } from '../../src/export/cjk-fonts.js';
import { CJK_FAMILIES } from '../../src/export/cjk-text.js';
import {
  checkPdf,
  pdfContentStreams,
  pdfFontPrograms,
  pdfSource,
  readable,
  readPdf,
  readPdfInk,
  readPdfWords,
} from './read-pdf.js';
import { loadJsPdf } from '../../src/export/pdf-document.js';
import { PdfTextLayout } from '../../src/export/pdf-text.js';

/** The CJK slice files this page has fetched so far, as `sc-116`. */
const fetchedSlices = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /noto-sans-(sc|tc|jp|kr)-(\d+)-400-normal\.woff/.exec(e.name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}-${m[2]}`);

/** The fonts a PDF embeds, by their base names (`NotoSansJP-116`). */
const embeddedFonts = (bytes: Uint8Array) =>
  [...new Set([...pdfSource(bytes).matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1]))].sort();

const oneLine = (text: string) => readable(text).replace(/\s+/g, ' ');

const NAMES = [
  { name: '王小明', lang: 'zh', family: 'SC' },
  { name: '陳大文', lang: 'zh-TW', family: 'TC' },
  { name: '佐藤花子', lang: 'ja', family: 'JP' },
  { name: '김민준', lang: 'ko', family: 'KR' },
] as const;

describe('CJK names and wording in the PDFs', () => {
  // First in this file (a fresh page): no CJK slice has been fetched yet.
  it('fetches only the slices holding the characters a certificate draws', async () => {
    expect(fetchedSlices()).to.deep.equal([]);
    await certificatePdfBytes(certification(), learner('王小明'), { today: TODAY });
    // 王 is in Noto Sans SC's slice 116, 小 and 明 in 118: two files of the 97.
    expect(fetchedSlices().sort()).to.deep.equal(['sc-116', 'sc-118']);
    await certificatePdfBytes(certification(), learner('김민준'), { today: TODAY });
    expect(fetchedSlices().sort()).to.deep.equal(['kr-116', 'sc-116', 'sc-118']);
    // A name of Latin letters fetches no CJK slice.
    await certificatePdfBytes(certification(), learner('Ana Pérez'), { today: TODAY });
    expect(fetchedSlices()).to.have.length(3);
  });

  for (const { name, lang, family } of NAMES) {
    // On an English page a pure-Han name takes Simplified Chinese's font (which has 陳 and 佐藤 too); Hangul is Korean anywhere.
    const onEnglish = family === 'KR' ? 'KR' : 'SC';
    for (const page of ['en', lang]) {
      it(`${name} reads back exactly on a certificate in ${page}`, async () => {
        const bytes = await certificatePdfBytes(certification(), learner(name), { today: TODAY, lang: page });
        const { text } = await readPdf(bytes);
        expect(oneLine(text)).to.include(name);
        const words = (await readPdfWords(bytes))[0].words.map((w) => w.text);
        expect(words, 'the name is one word on the page').to.include(name);
        expect((await checkPdf(bytes)).ok).to.equal(true);
        if (page !== 'en') return;
        // Only the name is CJK here: every CJK font embedded is of the family chosen for it.
        const cjk = embeddedFonts(bytes).filter((f) => /NotoSans(SC|TC|JP|KR)/.test(f));
        expect(cjk.length, 'a CJK font is embedded').to.be.greaterThan(0);
        expect(
          cjk.every((f) => new RegExp(`^NotoSans${onEnglish}(-\\d+)?$`).test(f)),
          cjk.join(' '),
        ).to.be.true;
        expect(bytes.length, 'bytes of the certificate').to.be.at.most(20 * 1024);
      });
    }
    it(`${name} is drawn in Noto Sans ${family} on a page in ${lang}`, async () => {
      const fonts = await loadPdfFonts([{ text: name, weight: 'bold' }], lang);
      const runs = fonts.runs(name, 'bold');
      expect(runs.map((r) => r.text).join('')).to.equal(name);
      for (const run of runs) expect(run.face.id).to.match(new RegExp(`^NotoSans${family}(-\\d+)?$`));
    });
  }

  it("reads each family's list of slices right: a sample of slices draws the characters claimed", async () => {
    for (const family of CJK_FAMILIES) {
      const { sources, sliceOf } = await loadCjkFamily(family);
      const urls = await cjkFontUrls(family);
      expect(urls).to.have.length(sources.length);
      for (const i of [0, Math.floor(sources.length / 2), sources.length - 2, sources.length - 1]) {
        const { glyphs } = readFontMetrics(toTrueType(await (await fetch(urls[i])).arrayBuffer()));
        const claimed = [];
        for (let cp = 0; cp <= 0xffff; cp++) if (sliceOf[cp] === i + 1) claimed.push(cp);
        const drawn = claimed.filter((cp) => glyphs.has(cp));
        // Fontsource's unicode-ranges and the slices' cmaps differ a little (a range may name characters a
        // family lacks, TC's simplified ones; a file may hold a few more); a misread list would share almost nothing.
        expect(claimed.length, `${family} slice ${i}`).to.be.greaterThan(0);
        expect(drawn.length / claimed.length, `${family} slice ${i} (${urls[i]})`).to.be.greaterThan(0.8);
      }
    }
  });

  it('embeds the glyphs of the name, one font for the family, and draws bold CJK filled and stroked', async () => {
    const bytes = await certificatePdfBytes(certification(), learner('佐藤花子'), { today: TODAY, lang: 'ja' });
    expect(embeddedFonts(bytes).filter((f) => f.startsWith('NotoSansJP'))).to.deep.equal(['NotoSansJP']);
    const holding = pdfFontPrograms(bytes).filter((ttf) => {
      const { glyphs } = readFontMetrics(ttf);
      return [...'佐藤花子'].every((c) => (glyphs.get(c.codePointAt(0) ?? 0) ?? 0) > 0);
    });
    expect(holding, 'a font program with the glyphs of 佐藤花子').to.have.length(1);
    // The name is bold and Noto Sans JP has no bold: fill then stroke (2 Tr), then back to fill.
    const content = pdfContentStreams(bytes).join('\n');
    expect(content).to.match(/\b2 Tr\b/);
    expect(content).to.match(/\b0 Tr\b/);
  });

  it('shows the name on the rasterized page, and bold CJK visibly heavier than regular', async () => {
    const { jsPDF } = await loadJsPdf();
    const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
    const [bold, regular] = ['佐藤花子 太字', '佐藤花子 標準'];
    const layout = await PdfTextLayout.create(
      jsPDF,
      doc,
      [
        { text: bold, weight: 'bold' },
        { text: regular, weight: 'normal' },
      ],
      'ja',
    );
    layout.drawLine(bold, 72, 120, { size: 32, weight: 'bold' });
    layout.drawLine(regular, 72, 200, { size: 32, weight: 'normal' });
    layout.beforeOutput();
    const bytes = new Uint8Array(doc.output('arraybuffer'));
    const named = (await readPdfWords(bytes))[0].words.filter((w) => w.text === '佐藤花子');
    expect(named, 'the name, bold then regular').to.have.length(2);
    const [inkBold, inkRegular] = await Promise.all(
      named.map(async (word) => {
        const { dark, total } = await readPdfInk(bytes, word);
        return dark / total;
      }),
    );
    // Drawn: ink, but no solid block (no tofu, no box); the filled and stroked bold 15% heavier or more.
    expect(inkRegular).to.be.within(0.1, 0.6);
    expect(inkBold).to.be.within(0.1, 0.7);
    expect(inkBold / inkRegular, `bold ${inkBold}, regular ${inkRegular}`).to.be.greaterThan(1.15);
  });

  it('puts registered fonts first: a site that registers its own CJK font gets it, not the built-in slices', async () => {
    const kr = await cjkFontUrls('kr');
    const fetchKr = async () => new Uint8Array(await (await fetch(kr[kr.length - 4])).arrayBuffer());
    registerPdfFont({ name: 'Site Korean', ranges: [[0xac00, 0xd7af]], load: fetchKr });
    try {
      const bytes = await certificatePdfBytes(certification(), learner('김민준'), { today: TODAY });
      expect(oneLine((await readPdf(bytes)).text)).to.include('김민준');
      const fonts = embeddedFonts(bytes);
      expect(fonts).to.include('Site#20Korean');
      expect(fonts.filter((f) => f.startsWith('NotoSansKR'))).to.deep.equal([]);
    } finally {
      unregisterPdfFont('Site Korean');
    }
  });

  it('draws the Han of a name with kana in Japanese forms, on any page', async () => {
    const bytes = await certificatePdfBytes(certification(), learner('さとう花子'), { today: TODAY, lang: 'en' });
    expect(oneLine((await readPdf(bytes)).text)).to.include('さとう花子');
    const cjk = embeddedFonts(bytes).filter((f) => /NotoSans(SC|TC|JP|KR)/.test(f));
    expect(
      cjk.every((f) => /^NotoSansJP(-\d+)?$/.test(f)),
      cjk.join(' '),
    ).to.be.true;
  });

  it('a pure-Han name takes the page language: Japanese forms on a Japanese page, Korean on a Korean one', async () => {
    for (const [lang, family] of [
      ['ja', 'JP'],
      ['ko', 'KR'],
      ['zh-Hant', 'TC'],
      ['fr', 'SC'],
    ] as const) {
      const bytes = await certificatePdfBytes(certification(), learner('王小明'), { today: TODAY, lang });
      const cjk = embeddedFonts(bytes).filter((f) => /NotoSans(SC|TC|JP|KR)/.test(f) && !/-whole/.test(f));
      expect(
        cjk.some((f) => new RegExp(`^NotoSans${family}(-\\d+)?$`).test(f)),
        `${lang}: ${cjk.join(' ')}`,
      ).to.be.true;
    }
  });

  it('wraps a long CJK title between characters, never inside a Latin word, and keeps the name whole', async () => {
    const title =
      'クラウドアーキテクチャ設計と運用の実践的な上級認定プログラム（Kubernetesとマイクロサービスを含む）修了証明';
    const bytes = await certificatePdfBytes(certification({ title }), learner('佐藤花子'), {
      today: TODAY,
      lang: 'ja',
    });
    // readable() folds fullwidth brackets to ASCII (NFKC).
    const text = readable((await readPdf(bytes)).text);
    expect(text.replace(/\s+/g, '')).to.include(readable(title));
    expect(text).to.include('Kubernetes');
    expect(text).to.include('佐藤花子');
    const titleLines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /[ア-ン一-龯]/.test(l) && readable(title).includes(l));
    expect(titleLines.length, titleLines.join('\n')).to.be.greaterThan(1);
    // No line starts with a closing bracket or ends with an opening one.
    for (const line of titleLines) {
      expect(line.startsWith(')'), line).to.be.false;
      expect(line.endsWith('('), line).to.be.false;
    }
    expect((await checkPdf(bytes)).ok).to.equal(true);
  });

  it('lays CJK lines out with the font line height, so no glyph touches the next line', async () => {
    const title = '人工知能と機械学習の基礎から応用までを体系的に学ぶ上級専門家育成のための総合認定資格プログラム修了';
    const drawing = await certificateDrawing(certification({ title }), learner('佐藤花子'), {
      lang: 'ja',
      today: TODAY,
    });
    const lines = drawing.marks.filter((m) => m.kind === 'text' && m.part === 'title');
    expect(lines.length).to.be.greaterThan(1);
    const [a, b] = lines as Array<{ y: number; size: number }>;
    // Noto Sans CJK: 0.88 em above the baseline, 0.12 below; its line height 1.448 em leaves a gap.
    expect(b.y - a.y).to.be.at.least(a.size * 1.44);
  });

  it('batches: a ZIP of certificates for one CJK learner cuts the slices once and each PDF reads back', async () => {
    const certs = [
      certification({ id: 'a', title: 'データ分析' }),
      certification({ id: 'b', title: '情報セキュリティ' }),
    ];
    await prepareCertificateBatch(certs, learner('佐藤花子'), { lang: 'ja', today: TODAY });
    for (const cert of certs) {
      const bytes = await certificatePdfBytes(cert, learner('佐藤花子'), { lang: 'ja', today: TODAY });
      const text = oneLine((await readPdf(bytes)).text);
      expect(text).to.include(cert.title);
      expect(text).to.include('佐藤花子');
      // Each PDF embeds the batch's one cut of Noto Sans JP, which holds both titles' characters.
      const jp = pdfFontPrograms(bytes).map((ttf) => readFontMetrics(ttf).glyphs);
      const both = jp.filter((glyphs) => [...'析報'].every((c) => glyphs.has(c.codePointAt(0) ?? 0)));
      expect(both, `${cert.id}: a font with 析 and 報`).to.have.length(1);
    }
  });

  it('a transcript with a CJK name and titles on an English page reads back', async () => {
    const transcript: Transcript = {
      learner: { id: 'l1', name: '김민준', email: 'k@example.com', address: null },
      certifications: [
        {
          ...certification({ title: '클라우드 아키텍트 전문가' }),
          verificationUrl: null,
        },
      ],
      exams: [{ code: 'AZ-900', title: '数据科学基础', passedOn: '2025-02-01' }],
      generatedAt: '2025-06-01T10:00:00Z',
    };
    const bytes = await transcriptPdfBytes(transcript, { lang: 'en' });
    const text = oneLine((await readPdf(bytes)).text);
    for (const part of ['김민준', '클라우드 아키텍트 전문가', '数据科学基础']) expect(text).to.include(part);
    expect((await checkPdf(bytes)).ok).to.equal(true);
  });

  it("a Thai or Devanagari name is still a clear error, in the person's language, never a garbled PDF", async () => {
    for (const [name, lang] of [
      ['สมชาย ใจดี', 'ja'],
      ['नमन कमल', 'zh'],
      ['សុខា', 'ko'],
    ] as const) {
      const error = await certificatePdfBytes(certification(), learner(name), { today: TODAY, lang }).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as { kind?: string } | null)?.kind, name).to.equal('uncovered-characters');
      expect(String((error as Error).message)).to.include('registerPdfFont()');
      const message = pdfFailureMessage(error, await loadLocale(lang)) ?? '';
      const own = (await loadLocale(lang)).pdf.errors['uncovered-characters']('X');
      expect(message.slice(0, own.indexOf('X')), lang).to.equal(own.slice(0, own.indexOf('X')));
      expect(message).to.include([...name][0]);
    }
  });
});
