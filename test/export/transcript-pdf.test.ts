import { expect } from '@open-wc/testing';
import { isPdfFontError } from '../../src/export/fonts.js';
import { transcriptFileName, transcriptPdf, transcriptPdfBytes } from '../../src/export/transcript-pdf.js';
import { es } from '../../src/i18n/es.js';
import type { Certification, Exam, Transcript } from '../../src/model.js';
import { checkPdf, readable, readPdf, readPdfWords, uriLinks } from './read-pdf.js';

function cert(i: number, overrides: Partial<Certification> = {}): Certification {
  return {
    id: `cert-${i}`,
    title: `Cloud Certification Number ${i}`,
    code: `CC-${100 + i}`,
    status: 'earned',
    earnedOn: '2025-03-14',
    expiresOn: '2027-03-14',
    credentialId: `CRED-${i}`,
    verificationUrl: null,
    issuer: { name: 'Contoso Learning' },
    exams: [],
    ...overrides,
  };
}

const exam = (i: number): Exam => ({
  code: `EX-${200 + i}`,
  title: `Exam Subject ${i}`,
  passedOn: '2025-02-0' + ((i % 9) + 1),
});

function transcript(overrides: Partial<Transcript> = {}): Transcript {
  return {
    learner: {
      id: 'l1',
      name: 'María José Núñez',
      email: 'maria@example.com',
      address: { street: 'Calle de Alcalá 123', locality: 'Madrid', postalCode: '28009', country: 'Spain' },
    },
    certifications: [
      cert(1, { title: 'Azure Administrator Associate', code: 'AZ-104' }),
      cert(2, { title: 'Networking Fundamentals', code: 'NET-1', status: 'expired', expiresOn: '2024-01-31' }),
      cert(3, { title: 'Security Analyst', code: 'SEC-1', status: 'in-progress', earnedOn: null }),
    ],
    exams: [exam(1), exam(2)],
    generatedAt: '2025-06-01T10:00:00Z',
    ...overrides,
  };
}

const many = (count: number) =>
  transcript({
    certifications: Array.from({ length: count }, (_, i) => cert(i + 1)),
    exams: Array.from({ length: count }, (_, i) => exam(i + 1)),
  });

describe('transcriptPdf', () => {
  it('holds the header, the learner, every certification and every exam, in English', async () => {
    const pdf = await transcriptPdf(transcript(), { lang: 'en', includeAddress: false });
    expect(pdf.type).to.equal('application/pdf');
    const { text, pages, title } = await readPdf(pdf);
    const t = readable(text);
    expect(pages).to.equal(1);
    expect(title).to.equal('Transcript: María José Núñez');
    for (const s of [
      'Academic transcript',
      'Generated June 1, 2025',
      'María José Núñez',
      'maria@example.com',
      'Certifications',
      'Expired certifications',
      'Passed exams',
    ]) {
      expect(t).to.include(s);
    }
    for (const s of [
      'Azure Administrator Associate',
      'AZ-104',
      'Mar 14, 2025',
      'Mar 14, 2027',
      'Networking Fundamentals',
      'Jan 31, 2024',
      'EX-201',
      'Exam Subject 1',
      'EX-202',
      'Exam Subject 2',
    ]) {
      expect(t).to.include(s);
    }
    // In progress is not on a transcript.
    expect(t).not.to.include('Security Analyst');
    expect(t).to.match(/Page 1 of 1/);
  });

  it('gives each certification its credential ID and a link to verify it, expired ones too', async () => {
    const verify = (id: string) => `https://verify.example.org/credentials/${id}`;
    const t = transcript({
      certifications: [
        cert(1, {
          title: 'Azure Administrator Associate',
          credentialId: 'AZ-CRED-1',
          verificationUrl: verify('AZ-CRED-1'),
        }),
        cert(2, {
          title: 'Networking Fundamentals',
          status: 'expired',
          expiresOn: '2024-01-31',
          credentialId: 'NET-CRED-2',
          verificationUrl: verify('NET-CRED-2'),
        }),
      ],
    });
    const bytes = await transcriptPdfBytes(t, { lang: 'en' });
    const text = readable((await readPdf(bytes)).text);
    expect(text).to.include('Credential ID: AZ-CRED-1').and.include('Credential ID: NET-CRED-2');
    expect(text)
      .to.include(`Verify at ${verify('AZ-CRED-1')}`)
      .and.include(`Verify at ${verify('NET-CRED-2')}`);
    // The expired certification's lines come under the expired heading.
    expect(text.indexOf('NET-CRED-2')).to.be.greaterThan(text.indexOf('Expired certifications'));
    const [page] = await readPdfWords(bytes);
    const links = uriLinks(bytes, page.height);
    expect(links.map((l) => l.uri)).to.deep.equal([verify('AZ-CRED-1'), verify('NET-CRED-2')]);
    // Each link lies over the URL as printed.
    for (const { uri, box } of links) {
      const word = page.words.find((w) => w.text === uri)!;
      expect(word, uri).to.exist;
      expect(box.xMin).to.be.closeTo(word.xMin, 1.5);
      expect(box.xMax).to.be.closeTo(word.xMax, 1.5);
      expect((box.yMin + box.yMax) / 2).to.be.closeTo((word.yMin + word.yMax) / 2, 3);
    }
  });

  for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://files.example.org/c', 'not a url']) {
    it(`makes no link of ${url.slice(0, 16)}, and leaves it off the page`, async () => {
      const t = transcript({ certifications: [cert(1, { credentialId: 'SAFE-1', verificationUrl: url })] });
      const bytes = await transcriptPdfBytes(t, { lang: 'en' });
      const text = readable((await readPdf(bytes)).text);
      expect(text).to.include('Credential ID: SAFE-1');
      expect(text).not.to.include('Verify at');
      expect(text).not.to.include(url.slice(0, 10));
      expect(uriLinks(bytes, 841.89)).to.deep.equal([]);
    });
  }

  it('says credential ID and verify in Spanish', async () => {
    const t = transcript({
      certifications: [cert(1, { credentialId: 'ES-1', verificationUrl: 'https://verify.example.org/c/ES-1' })],
    });
    const text = readable((await readPdf(await transcriptPdfBytes(t, { lang: 'es' }))).text);
    expect(text).to.include('ID de credencial: ES-1').and.include('Verificar en https://verify.example.org/c/ES-1');
  });

  it('leaves the address out unless asked, and prints it when asked', async () => {
    const without = readable((await readPdf(await transcriptPdf(transcript(), { includeAddress: false }))).text);
    for (const s of ['Calle de Alcalá', '28009', 'Madrid', 'Address']) expect(without).not.to.include(s);
    const withIt = readable((await readPdf(await transcriptPdf(transcript(), { includeAddress: true }))).text);
    for (const s of ['Address', 'Calle de Alcalá 123', '28009 Madrid', 'Spain']) expect(withIt).to.include(s);
  });

  it('breaks long tables across pages, repeats their header row, and numbers every page "Page N of M"', async () => {
    const { text, pages } = await readPdf(await transcriptPdfBytes(many(70), { lang: 'en' }));
    expect(pages).to.be.at.least(3);
    const pageTexts = text.split('\f').filter((p) => p.trim());
    expect(pageTexts).to.have.length(pages);
    pageTexts.forEach((page, i) => expect(readable(page)).to.match(new RegExp(`Page ${i + 1} of ${pages}\\b`)));
    const t = readable(text);
    for (let i = 1; i <= 70; i++) {
      expect(t).to.match(new RegExp(`Cloud Certification Number ${i}\\b`));
      expect(t).to.include(`CC-${100 + i}`);
      expect(t).to.match(new RegExp(`EX-${200 + i}\\b`));
      expect(t).to.match(new RegExp(`Exam Subject ${i}\\b`));
    }
    // Every page after the first opens with a table header row, and carries the learner's name.
    for (const page of pageTexts.slice(1)) {
      const firstLine = readable(page)
        .split('\n')
        .find((l) => l.trim())!;
      expect(firstLine).to.match(/Title\s+Code\s+Earned\s+Expires|Code\s+Exam\s+Passed/);
      expect(readable(page)).to.include('María José Núñez');
    }
  });

  it('speaks Spanish: wording, dates and page numbers', async () => {
    const { text, title, pages } = await readPdf(await transcriptPdf(many(40), { lang: 'es', includeAddress: true }));
    const t = readable(text);
    for (const s of [
      'Expediente académico',
      'Generado el 1 de junio de 2025',
      'Certificaciones',
      'Exámenes aprobados',
      'Título',
      'Código',
      'Obtenida',
      'Caduca',
      'Aprobado',
      'Dirección',
      '14 mar 2025',
    ]) {
      expect(t).to.include(s);
    }
    expect(pages).to.be.at.least(2);
    for (let page = 1; page <= pages; page++) expect(t).to.include(`Página ${page} de ${pages}`);
    expect(t).not.to.match(/Page \d/);
    expect(title).to.equal('Expediente: María José Núñez');
  });

  it('draws names and titles in every built-in script, in PDFs qpdf finds nothing wrong with', async () => {
    const names = ['Γιώργος Παπαδόπουλος', 'Дмитрий Шостакович', 'Łukasz Żółć', 'דוד לוי', 'محمد عبد الله'];
    for (const name of names) {
      const t = transcript({
        learner: { id: 'x', name, email: 'x@example.com', address: null },
        certifications: [cert(1, { title: 'Πιστοποιημένος Αναλυτής Δεδομένων' })],
      });
      const pdf = await transcriptPdf(t);
      const text = readable((await readPdf(pdf)).text);
      for (const word of name.split(' ')) expect(text, name).to.include(word);
      expect(text).to.include('Πιστοποιημένος Αναλυτής Δεδομένων');
      const check = await checkPdf(pdf);
      expect(check.ok, check.report).to.equal(true);
    }
  });

  it('refuses, clearly, a character no font can draw', async () => {
    const t = transcript({ learner: { id: 'x', name: 'สมชาย', email: 'x@example.com', address: null } });
    const error = await transcriptPdf(t).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isPdfFontError(error)).to.equal(true);
    expect(isPdfFontError(error) && error.kind).to.equal('uncovered-characters');
  });

  it('names the file after the learner and the day, in the language', () => {
    expect(transcriptFileName(transcript())).to.equal('Transcript - María José Núñez - 2025-06-01.pdf');
    expect(transcriptFileName(transcript(), es)).to.equal('Expediente - María José Núñez - 2025-06-01.pdf');
    expect(
      transcriptFileName(transcript({ learner: { id: 'x', name: '../../etc/passwd', email: '', address: null } })),
    ).not.to.match(/\/|\.\./);
  });
});
