import { expect } from '@open-wc/testing';
import { certificateFileName, safeFileName, uniqueZipEntryNames, zipFileName } from '../../src/rules/file-names.js';

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
// Everything a hostile title could smuggle into a file name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c/\\<>:"|?*]|\.\.|^[.\s]|[.\s]$/u;

describe('safeFileName', () => {
  it('keeps an ordinary name, accents and all, in NFC', () => {
    expect(safeFileName('María Núñez.pdf')).to.equal('María Núñez.pdf');
    expect(safeFileName('Mari\u0301a.pdf')).to.equal('Mar\u00eda.pdf');
  });

  it('leaves no way out of the folder', () => {
    for (const hostile of ['../../x', '..\\..\\x.pdf', '/etc/passwd', 'a/../b.pdf', '...', '..']) {
      const name = safeFileName(hostile);
      expect(name, hostile).not.to.match(UNSAFE);
      expect(name).not.to.equal('');
    }
    expect(safeFileName('../../x')).to.equal('_._x');
  });

  it('defuses reserved Windows device names, with any extension and case', () => {
    expect(safeFileName('CON')).to.equal('_CON');
    expect(safeFileName('con.pdf')).to.equal('_con.pdf');
    expect(safeFileName('Lpt9.tar.gz')).to.equal('_Lpt9.tar.gz');
    expect(safeFileName('COM1 .pdf')).to.equal('_COM1.pdf');
    expect(safeFileName('CONSOLE.pdf')).to.equal('CONSOLE.pdf');
  });

  it('drops control, bidi override and isolate characters', () => {
    const spoof = 'invoice\u202Efdp.exe\u202C\u2066\u2069\u200E\u200F\u061C\u0000\u0007\u009B.pdf';
    const name = safeFileName(spoof);
    expect(name).to.equal('invoicefdp.exe.pdf');
    expect(name).not.to.match(UNSAFE);
    expect(safeFileName('tab\there\nnew.pdf')).to.equal('tab here new.pdf');
  });

  it('drops trailing dots and spaces and turns a colon into a dash', () => {
    expect(safeFileName('Intro. . .')).to.equal('Intro');
    expect(safeFileName('AZ-104: Azure Administrator.pdf ')).to.equal('AZ-104 - Azure Administrator.pdf');
  });

  it('caps the length in UTF-8 bytes, keeps the extension and never splits a character', () => {
    const name = safeFileName(`${'é'.repeat(150)}🎓${'x'.repeat(150)}.pdf`, { maxLength: 120 });
    expect(utf8Bytes(name)).to.be.at.most(120);
    expect(name.endsWith('.pdf')).to.be.true;
    expect(name).not.to.include('\ufffd');
    expect(name.normalize('NFC')).to.equal(name);
    const long = safeFileName('x'.repeat(300) + '.pdf');
    expect(utf8Bytes(long)).to.be.at.most(200);
  });

  it('never returns an empty name', () => {
    expect(safeFileName('')).to.equal('file');
    expect(safeFileName('\u202E\u0000', { fallback: 'certificate' })).to.equal('certificate');
    expect(safeFileName('.pdf')).to.equal('pdf');
  });
});

describe('uniqueZipEntryNames', () => {
  it('numbers repeats without regard to case', () => {
    expect(uniqueZipEntryNames(['Intro.pdf', 'Intro.pdf', 'intro.pdf'])).to.deep.equal([
      'Intro.pdf',
      'Intro (2).pdf',
      'intro (3).pdf',
    ]);
  });

  it('does not collide with a name that already looks numbered', () => {
    expect(uniqueZipEntryNames(['Intro (2).pdf', 'Intro.pdf', 'Intro.pdf'])).to.deep.equal([
      'Intro (2).pdf',
      'Intro.pdf',
      'Intro (3).pdf',
    ]);
  });

  it('makes every hostile title a safe, unique entry within the cap', () => {
    const hostile = [
      '../../x.pdf',
      'CON.pdf',
      'Intro.pdf',
      'Intro.pdf',
      'intro.pdf',
      'a\u202Eb\u0000.pdf',
      `${'Ω'.repeat(300)}.pdf`,
      `${'Ω'.repeat(300)}.pdf`,
    ];
    const names = uniqueZipEntryNames(hostile);
    expect(new Set(names.map((n) => n.toLowerCase())).size).to.equal(hostile.length);
    for (const name of names) {
      expect(name).not.to.match(UNSAFE);
      expect(utf8Bytes(name)).to.be.at.most(200);
      expect(name.endsWith('.pdf')).to.be.true;
    }
    expect(names[7].endsWith(' (2).pdf')).to.be.true;
  });
});

describe('certificateFileName and zipFileName', () => {
  it('names a certificate after its code, title and learner', () => {
    expect(certificateFileName({ code: 'AZ-104', title: 'Azure Administrator' }, { name: 'María Núñez' })).to.equal(
      'AZ-104 Azure Administrator - María Núñez.pdf',
    );
    expect(certificateFileName({ code: 'AZ-104', title: 'AZ-104: Azure Administrator' }, { name: 'Ana' })).to.equal(
      'AZ-104 - Azure Administrator - Ana.pdf',
    );
  });

  it('cuts a very long title, not the learner name', () => {
    const name = certificateFileName({ code: 'X-1', title: 'Very long '.repeat(1000) }, { name: 'Łukasz Żółć' });
    expect(utf8Bytes(name)).to.be.at.most(200);
    expect(name.endsWith(' - Łukasz Żółć.pdf')).to.be.true;
  });

  it('names the ZIP after the learner and the date', () => {
    expect(zipFileName('María Núñez', '2025-03-14')).to.equal('Certificates - María Núñez - 2025-03-14.zip');
    expect(zipFileName('a/b', new Date(2025, 0, 2), { label: 'Certificados' })).to.equal(
      'Certificados - a_b - 2025-01-02.zip',
    );
  });
});
