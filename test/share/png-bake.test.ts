import { expect } from '@open-wc/testing';
import { bakeOpenBadge, readBakedOpenBadge } from '../../src/share/open-badges.js';
import { bakePng, crc32, readPngChunks, readPngOpenBadge, writePngChunks } from '../../src/share/png-bake.js';
import { embeddedAssertion, fakeJws, fixtureBytes, fixtureJson, imageWidth } from './fixtures.js';

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

/** Every chunk's stored CRC against one computed over its type and data. */
function expectCrcsRight(png: Uint8Array): void {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let count = 0;
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const stored = view.getUint32(offset + 8 + length);
    expect(stored, latin1(png.subarray(offset + 4, offset + 8))).to.equal(
      crc32(png.subarray(offset + 4, offset + 8 + length)),
    );
    offset += 12 + length;
    count++;
  }
  expect(offset).to.equal(png.length);
  expect(count).to.be.greaterThan(2);
}

const openBadgeChunks = (png: Uint8Array) =>
  readPngChunks(png).filter(
    (c) => ['iTXt', 'tEXt', 'zTXt'].includes(c.type) && /^openbadge/.test(latin1(c.data.subarray(0, 20))),
  );

async function decodes(png: Uint8Array): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(new Blob([png.slice()], { type: 'image/png' }));
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

describe('PNG baking', () => {
  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).to.equal(0xae426082);
  });

  it('the samples have right CRCs, and only baked-ob2.png has an openbadges chunk', async () => {
    expectCrcsRight(await fixtureBytes('baked-ob2.png'));
    expect((await readPngOpenBadge(await fixtureBytes('baked-ob2.png')))!.keyword).to.equal('openbadges');
    expect(await readPngOpenBadge(await fixtureBytes('unbaked.png'))).to.equal(null);
  });

  it('bakes an OB 2.0 assertion as one uncompressed iTXt right after IHDR, and reads it back', async () => {
    const assertion = await embeddedAssertion();
    const baked = bakeOpenBadge(await fixtureBytes('unbaked.png'), assertion);
    expectCrcsRight(baked);
    const chunks = readPngChunks(baked);
    expect(chunks.map((c) => c.type).slice(0, 2)).to.deep.equal(['IHDR', 'iTXt']);
    const [only] = openBadgeChunks(baked);
    expect(openBadgeChunks(baked)).to.have.length(1);
    // keyword, NUL, compression flag 0, method 0, empty language NUL, empty translated keyword NUL
    expect(Array.from(only.data.subarray(0, 15))).to.deep.equal([
      ...new TextEncoder().encode('openbadges'),
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(JSON.parse((await readBakedOpenBadge(baked)) as string)).to.deep.equal(assertion);
  });

  it('the baked PNG still decodes as the same image', async () => {
    const baked = bakeOpenBadge(await fixtureBytes('unbaked.png'), await embeddedAssertion());
    expect(await decodes(baked)).to.deep.equal(await decodes(await fixtureBytes('unbaked.png')));
    expect(await imageWidth(new Blob([baked.slice()], { type: 'image/png' }))).to.equal(21);
  });

  it('replaces an existing chunk instead of adding a second, also across versions', async () => {
    const original = await fixtureBytes('baked-ob2.png');
    const again = bakeOpenBadge(original, await embeddedAssertion());
    expect(openBadgeChunks(again)).to.have.length(1);
    expect(again.length).to.be.lessThan(original.length + 2000);
    const credential = await fixtureJson('ob3-basic.json');
    const v3 = bakeOpenBadge(again, credential);
    expectCrcsRight(v3);
    expect(openBadgeChunks(v3)).to.have.length(1);
    const read = await readPngOpenBadge(v3);
    expect(read!.keyword).to.equal('openbadgecredential');
    expect(JSON.parse(read!.text)).to.deep.equal(credential);
    expect(await decodes(v3)).to.deep.equal({ width: 21, height: 19 });
  });

  it('bakes a JWS as it is, and UTF-8 text round-trips', async () => {
    const jws = fakeJws({ ...(await embeddedAssertion()), note: 'Ñandú, 資格, مسؤول' });
    const baked = bakeOpenBadge(await fixtureBytes('unbaked.png'), jws);
    expect(await readBakedOpenBadge(baked)).to.equal(jws);
    const text = bakePng(await fixtureBytes('unbaked.png'), 'openbadges', '{"name":"Ñandú 資格"}');
    expect((await readPngOpenBadge(text))!.text).to.equal('{"name":"Ñandú 資格"}');
  });

  it('reads a compressed iTXt chunk', async () => {
    const json = JSON.stringify(await embeddedAssertion());
    const deflated = new Uint8Array(
      await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
    );
    const head = new TextEncoder().encode('openbadges');
    const data = new Uint8Array(head.length + 5 + deflated.length);
    data.set(head);
    data.set([0, 1, 0, 0, 0], head.length);
    data.set(deflated, head.length + 5);
    const chunks = readPngChunks(await fixtureBytes('unbaked.png'));
    const png = writePngChunks([chunks[0], { type: 'iTXt', data }, ...chunks.slice(1)]);
    expect(await readBakedOpenBadge(png)).to.equal(json);
  });
});
