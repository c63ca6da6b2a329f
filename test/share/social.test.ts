import { expect } from '@open-wc/testing';
import {
  emailShareUrl,
  facebookShareUrl,
  linkedInShareUrl,
  parseNetworks,
  SHARE_NETWORKS,
  truncateForX,
  xShareUrl,
  xWeightedLength,
} from '../../src/share/social.js';

const url = 'https://badges.example.org/public/7f3k22qx?ref=a b';
const params = (u: string) => Object.fromEntries(new URL(u).searchParams);

describe('share URLs', () => {
  it('LinkedIn share-offsite with the URL', () => {
    const u = linkedInShareUrl(url)!;
    expect(u.startsWith('https://www.linkedin.com/sharing/share-offsite/?')).to.be.true;
    expect(params(u)).to.deep.equal({ url: 'https://badges.example.org/public/7f3k22qx?ref=a%20b' });
  });

  it('Facebook sharer with u', () => {
    const u = facebookShareUrl(url)!;
    expect(u.startsWith('https://www.facebook.com/sharer/sharer.php?')).to.be.true;
    expect(params(u)).to.deep.equal({ u: 'https://badges.example.org/public/7f3k22qx?ref=a%20b' });
  });

  it('X intent with text and url', () => {
    const u = xShareUrl('I earned “Teamwork” 🎉', url)!;
    expect(u.startsWith('https://twitter.com/intent/tweet?')).to.be.true;
    expect(params(u)).to.deep.equal({ text: 'I earned “Teamwork” 🎉', url: 'https://badges.example.org/public/7f3k22qx?ref=a%20b' });
  });

  it('refuses javascript: and data: URLs', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x']) {
      expect(linkedInShareUrl(bad)).to.equal(null);
      expect(facebookShareUrl(bad)).to.equal(null);
      expect(xShareUrl('t', bad)).to.equal(null);
    }
  });

  it('mailto with subject and body, spaces as %20 and line breaks kept', () => {
    const u = emailShareUrl('My badge: Ñandú', `Line 1\n\nSee ${url}`);
    expect(u.startsWith('mailto:?subject=')).to.be.true;
    expect(u).to.not.contain('+');
    const p = params(u);
    expect(p.subject).to.equal('My badge: Ñandú');
    expect(p.body).to.equal(`Line 1\n\nSee ${url}`);
  });
});

describe('X length', () => {
  it('counts like X: Latin 1, CJK 2, an emoji sequence 2, composed characters once', () => {
    expect(xWeightedLength('abc')).to.equal(3);
    expect(xWeightedLength('日本')).to.equal(4);
    expect(xWeightedLength('👩‍👩‍👧')).to.equal(2);
    expect(xWeightedLength('e\u0301')).to.equal(1);
    expect(xWeightedLength('Ωмع')).to.equal(3);
  });

  it('keeps text + space + 23 for the link within 280, cutting with …', () => {
    for (const long of ['a'.repeat(400), '資格'.repeat(200), 'Ñandú '.repeat(80), '🎉'.repeat(200)]) {
      const text = params(xShareUrl(long, url)!).text;
      expect(xWeightedLength(text) + 1 + 23, long.slice(0, 5)).to.be.at.most(280);
      expect(xWeightedLength(text) + 1 + 23).to.be.at.least(270);
      expect(text.endsWith('…')).to.be.true;
    }
    const short = 'a'.repeat(256);
    expect(truncateForX(short, 256)).to.equal(short);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    const cut = truncateForX('👩‍👩‍👧'.repeat(200), 256);
    expect(cut.replace(/(👩‍👩‍👧)+…$/u, '')).to.equal('');
  });
});

describe('parseNetworks', () => {
  it('keeps known names in the canonical order; all when empty', () => {
    expect(parseNetworks('copy  x linkedin-profile bogus')).to.deep.equal(['linkedin-profile', 'x', 'copy']);
    expect(parseNetworks('')).to.deep.equal([...SHARE_NETWORKS]);
    expect(parseNetworks(null)).to.deep.equal([...SHARE_NETWORKS]);
  });
});
