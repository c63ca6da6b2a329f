import { expect } from '@open-wc/testing';
import { transcriptIdFromUrl, transcriptPageUrl, transcriptShareUrl } from '../../src/rules/share-url.js';

describe('transcriptShareUrl', () => {
  const share = { transcriptId: 'K7QM2XWN4HD9R', url: null };

  it('takes the backend’s URL when it is http(s)', () => {
    expect(
      transcriptShareUrl(
        { ...share, url: 'https://api.example.org/t/K7QM2XWN4HD9R' },
        'https://site.example/shared.html',
      ),
    ).to.equal('https://api.example.org/t/K7QM2XWN4HD9R');
  });

  it('else adds ?transcript=<id> to share-base-url, keeping its own query and fragment', () => {
    expect(transcriptShareUrl(share, 'https://site.example/shared.html')).to.equal(
      'https://site.example/shared.html?transcript=K7QM2XWN4HD9R',
    );
    expect(transcriptShareUrl(share, 'https://site.example/s?lang=es#top')).to.equal(
      'https://site.example/s?lang=es&transcript=K7QM2XWN4HD9R#top',
    );
    expect(transcriptShareUrl(share, '/shared.html', 'https://site.example/learn/')).to.equal(
      'https://site.example/shared.html?transcript=K7QM2XWN4HD9R',
    );
  });

  it('carries the learner’s language as lang=<tag> when one is given, from either source', () => {
    expect(transcriptShareUrl(share, 'https://site.example/shared.html', undefined, 'es')).to.equal(
      'https://site.example/shared.html?transcript=K7QM2XWN4HD9R&lang=es',
    );
    expect(
      transcriptShareUrl(
        { ...share, url: 'https://api.example.org/shared.html?transcript=K7QM2XWN4HD9R' },
        null,
        undefined,
        'es',
      ),
    ).to.equal('https://api.example.org/shared.html?transcript=K7QM2XWN4HD9R&lang=es');
    expect(transcriptShareUrl(share, 'https://site.example/s?lang=en', undefined, 'es')).to.equal(
      'https://site.example/s?lang=es&transcript=K7QM2XWN4HD9R',
    );
  });

  it('never makes a link of javascript:, data: or credentials, from either source', () => {
    expect(transcriptShareUrl({ ...share, url: 'javascript:alert(1)' }, 'https://site.example/s')).to.equal(
      'https://site.example/s?transcript=K7QM2XWN4HD9R',
    );
    expect(transcriptShareUrl(share, 'javascript:alert(1)')).to.equal(null);
    expect(transcriptShareUrl(share, 'data:text/html,hi')).to.equal(null);
    expect(transcriptShareUrl(share, 'https://bank.example@evil.example/')).to.equal(null);
    expect(transcriptShareUrl(share, null)).to.equal(null);
  });
});

describe('transcriptPageUrl (how every backend builds a share URL)', () => {
  it('keeps the page’s own query and fragment, and sets the ID in its stored form', () => {
    expect(transcriptPageUrl('https://partner.example/t/view?lang=es#top', 'k7qm-2xwn-4hd9-r')).to.equal(
      'https://partner.example/t/view?lang=es&transcript=K7QM2XWN4HD9R#top',
    );
    expect(transcriptPageUrl('https://partner.example/shared.html', 'K7QM2XWN4HD9R')).to.equal(
      'https://partner.example/shared.html?transcript=K7QM2XWN4HD9R',
    );
  });

  it('replaces a transcript parameter the page already had', () => {
    expect(transcriptPageUrl('https://partner.example/s?transcript=OLD&x=1', 'K7QM2XWN4HD9R')).to.equal(
      'https://partner.example/s?transcript=K7QM2XWN4HD9R&x=1',
    );
  });

  it('sets lang=<tag> when given, never the access code', () => {
    expect(transcriptPageUrl('/shared.html', 'K7QM2XWN4HD9R', 'es')).to.equal(
      '/shared.html?transcript=K7QM2XWN4HD9R&lang=es',
    );
  });

  it('keeps a root-relative page relative', () => {
    expect(transcriptPageUrl('/shared.html?lang=es', 'K7QM2XWN4HD9R')).to.equal(
      '/shared.html?lang=es&transcript=K7QM2XWN4HD9R',
    );
  });
});

describe('transcriptIdFromUrl', () => {
  it('reads the transcript parameter', () => {
    expect(transcriptIdFromUrl('https://site.example/shared.html?transcript=K7QM-2XWN-4HD9-R')).to.equal(
      'K7QM-2XWN-4HD9-R',
    );
    expect(transcriptIdFromUrl('https://site.example/shared.html')).to.equal('');
    expect(transcriptIdFromUrl('not a url')).to.equal('');
  });
});
