import { expect } from '@open-wc/testing';
import { safeImageUrl, safeLinkUrl } from '../../src/rules/safe-url.js';

const HOSTILE = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/abc',
  'https://bank.example@evil.example/',
  '//evil.example/',
  'not a url',
  '',
];

describe('safeLinkUrl', () => {
  it('accepts http and https, normalised', () => {
    expect(safeLinkUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeLinkUrl('  HTTP://Example.org ')).to.equal('http://example.org/');
  });

  it('refuses every other scheme, credentials in the URL, and non-URLs', () => {
    for (const value of HOSTILE) expect(safeLinkUrl(value), value).to.equal(null);
    for (const value of [null, undefined, 42, {}]) expect(safeLinkUrl(value)).to.equal(null);
  });

  it('accepts mailto only when asked', () => {
    expect(safeLinkUrl('mailto:a@example.org')).to.equal(null);
    expect(safeLinkUrl('mailto:a@example.org', { allowMailto: true })).to.equal('mailto:a@example.org');
  });

  it('resolves relative URLs only against a given base', () => {
    expect(safeLinkUrl('/badges/1')).to.equal(null);
    expect(safeLinkUrl('/badges/1', { base: 'https://example.org/x/' })).to.equal('https://example.org/badges/1');
    expect(safeLinkUrl('javascript:alert(1)', { base: 'https://example.org/' })).to.equal(null);
  });
});

describe('safeImageUrl', () => {
  it('accepts http(s), blob and raster or SVG data: images', () => {
    expect(safeImageUrl('https://example.org/b.png')).to.equal('https://example.org/b.png');
    expect(safeImageUrl('data:image/png;base64,iVBORw0KGgo=')).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(safeImageUrl('blob:https://example.org/abc')).to.equal('blob:https://example.org/abc');
  });

  it('refuses scripts and data: that is not an image', () => {
    expect(safeImageUrl('javascript:alert(1)')).to.equal(null);
    expect(safeImageUrl('data:text/html,<b>')).to.equal(null);
  });
});
