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
    expect(params(u)).to.deep.equal({
      text: 'I earned “Teamwork” 🎉',
      url: 'https://badges.example.org/public/7f3k22qx?ref=a%20b',
    });
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
    expect(xWeightedLength('…')).to.equal(2);
    expect(xWeightedLength('“Teamwork” – ok')).to.equal(15);
    expect(xWeightedLength('한국어 🎉')).to.equal(9);
  });

  // X's budget for the text: 280 - 23 (any link) - 1 (the space before it) = 256. A cut text ends
  // in `…` (U+2026), which X weighs 2, so 254 are left before it. Expectations worked out by hand
  // from X's counting rules (twitter-text v3), never with the code under test.
  const fittedText: [string, string, string][] = [
    ['Latin, over by far', 'a'.repeat(400), `${'a'.repeat(254)}…`],
    ['Latin, exactly 256', 'a'.repeat(256), 'a'.repeat(256)],
    ['accented Latin with spaces', 'Ñandú '.repeat(80), `${'Ñandú '.repeat(42)}Ña…`],
    // 200 code units and 200 code points, which a count of either would keep, but X counts 400.
    ['CJK, 200 characters', '資'.repeat(200), `${'資'.repeat(127)}…`],
    ['CJK after 253 Latin: 資 would make 255 + 2', `${'a'.repeat(253)}資格`, `${'a'.repeat(253)}…`],
    ['Latin and CJK, exactly 256', `${'a'.repeat(252)}資格`, `${'a'.repeat(252)}資格`],
    // 258 code units but 129 code points; X counts 258.
    ['emoji, 129', '🎉'.repeat(129), `${'🎉'.repeat(127)}…`],
    ['emoji, exactly 256', '🎉'.repeat(128), '🎉'.repeat(128)],
    // 800 code units, 500 code points, but X counts each family as one emoji: 200.
    ['ZWJ emoji sequences, 200 as X counts', '👩‍👩‍👧'.repeat(100), '👩‍👩‍👧'.repeat(100)],
    // 400 code units and code points; X counts é (e + U+0301) once after NFC: 200.
    ['decomposed accents, 200 as X counts', 'e\u0301'.repeat(200), 'e\u0301'.repeat(200)],
    ['decomposed accents, 300 as X counts', 'e\u0301'.repeat(300), `${'é'.repeat(254)}…`],
  ];
  for (const [what, text, expected] of fittedText) {
    it(`puts the text of the post in the intent as X can post it: ${what}`, () => {
      expect(params(xShareUrl(text, url)!)).to.deep.equal({
        text: expected,
        url: 'https://badges.example.org/public/7f3k22qx?ref=a%20b',
      });
    });
  }

  it('leaves text that fits as it is, whatever the max', () => {
    const short = 'a'.repeat(256);
    expect(truncateForX(short, 256)).to.equal(short);
    expect(truncateForX('資格🎉', 6)).to.equal('資格🎉');
    expect(truncateForX('資格🎉', 5)).to.equal('資…');
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
