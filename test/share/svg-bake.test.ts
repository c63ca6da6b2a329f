import { expect } from '@open-wc/testing';
import { bakeOpenBadge, readBakedOpenBadge } from '../../src/share/open-badges.js';
import { bakeSvg, readSvgOpenBadge } from '../../src/share/svg-bake.js';
import { embeddedAssertion, fakeJws, fixtureBytes, fixtureJson, imageWidth } from './fixtures.js';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** The baked SVG as an XML parser sees it: well-formed, and its first element child. */
function parse(svg: string): { root: Element; first: Element } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), svg).to.equal(null);
  return { root: doc.documentElement, first: doc.documentElement.firstElementChild! };
}

describe('SVG baking', () => {
  it('bakes an OB 2.0 assertion as <openbadges:assertion> in http://openbadges.org, the first child', async () => {
    const assertion = await embeddedAssertion();
    const svg = decode(bakeOpenBadge(await fixtureBytes('unbaked.svg'), assertion));
    const { root, first } = parse(svg);
    expect(root.getAttribute('xmlns:openbadges')).to.equal('http://openbadges.org');
    expect(first.namespaceURI).to.equal('http://openbadges.org');
    expect(first.localName).to.equal('assertion');
    expect(first.getAttribute('verify')).to.equal('https://example.org/beths-robotics-badge.json');
    expect(JSON.parse(first.textContent)).to.deep.equal(assertion);
    expect(JSON.parse((await readBakedOpenBadge(new TextEncoder().encode(svg))) as string)).to.deep.equal(assertion);
    expect(await imageWidth(new Blob([svg], { type: 'image/svg+xml' }))).to.equal(300);
  });

  it('bakes an OB 3.0 credential as <openbadges:credential> in https://purl.imsglobal.org/ob/v3p0', async () => {
    const credential = await fixtureJson('ob3-skill-assertion.json');
    const svg = decode(bakeOpenBadge(await fixtureBytes('unbaked.svg'), credential));
    const { root, first } = parse(svg);
    expect(root.getAttribute('xmlns:openbadges')).to.equal('https://purl.imsglobal.org/ob/v3p0');
    expect([first.namespaceURI, first.localName]).to.deep.equal(['https://purl.imsglobal.org/ob/v3p0', 'credential']);
    expect(first.hasAttribute('verify')).to.be.false;
    expect(JSON.parse(first.textContent)).to.deep.equal(credential);
  });

  it('replaces the element of baked-ob2.svg, once, also with a 3.0 credential', async () => {
    const original = await fixtureBytes('baked-ob2.svg');
    expect(readSvgOpenBadge(decode(original))).to.include({
      version: '2.0',
      verify: 'https://example.org/assertion.json',
    });
    const credential = await fixtureJson('ob3-basic.json');
    const svg = decode(bakeOpenBadge(original, credential));
    const { root } = parse(svg);
    expect(root.getElementsByTagNameNS('http://openbadges.org', 'assertion')).to.have.length(0);
    expect(root.getElementsByTagNameNS('https://purl.imsglobal.org/ob/v3p0', 'credential')).to.have.length(1);
    expect(svg.match(/<\/?openbadges:/g)).to.deep.equal(['<openbadges:', '</openbadges:']);
    expect(JSON.parse((await readBakedOpenBadge(new TextEncoder().encode(svg))) as string)).to.deep.equal(credential);
    const twice = bakeSvg(svg, '3.0', { body: '{"a":1}' });
    expect(twice.match(/<openbadges:credential/g)).to.have.length(1);
  });

  it('puts a JWS in verify with no body', async () => {
    const jws = fakeJws(await fixtureJson('ob3-basic.json'));
    const svg = decode(bakeOpenBadge(await fixtureBytes('unbaked.svg'), jws));
    const { first } = parse(svg);
    expect(first.getAttribute('verify')).to.equal(jws);
    expect(first.textContent).to.equal('');
    expect(await readBakedOpenBadge(new TextEncoder().encode(svg))).to.equal(jws);
  });

  it('keeps text that would end a CDATA section or break an attribute', async () => {
    const assertion = {
      ...(await embeddedAssertion()),
      id: 'https://example.org/a?x="1"&y=<2>',
      note: 'a ]]> b <c> & “Ñ”',
    };
    const svg = decode(bakeOpenBadge(await fixtureBytes('unbaked.svg'), assertion));
    const { first } = parse(svg);
    expect(JSON.parse(first.textContent)).to.deep.equal(assertion);
    expect(first.getAttribute('verify')).to.equal('https://example.org/a?x=%221%22&y=%3C2%3E');
    expect(JSON.parse((await readBakedOpenBadge(new TextEncoder().encode(svg))) as string)).to.deep.equal(assertion);
  });

  it('ignores a commented-out element and finds one whose namespace is declared on itself', () => {
    const svg = `<?xml version="1.0"?><!-- <svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="x"/> -->
      <svg xmlns="http://www.w3.org/2000/svg"><ob:credential xmlns:ob="https://purl.imsglobal.org/ob/v3p0">{&quot;a&quot;:1}</ob:credential></svg>`;
    expect(readSvgOpenBadge(svg)).to.deep.equal({ version: '3.0', verify: null, body: '{"a":1}' });
  });
});
