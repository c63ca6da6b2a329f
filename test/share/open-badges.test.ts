import { expect } from '@open-wc/testing';
import {
  decodeCompactJws,
  isOpenBadgeError,
  openBadgeVersion,
  parseOpenBadge,
  parseOpenBadgeFile,
  readBakedOpenBadge,
  type OpenBadgeErrorKind,
} from '../../src/share/open-badges.js';
import { readPngChunks, writePngChunks } from '../../src/share/png-bake.js';
import {
  embeddedAssertion,
  fakeJws,
  fixtureBytes,
  fixtureJson,
  fixtureUrl,
  mapResolver,
  ob2Documents,
} from './fixtures.js';

async function rejectsWith(promise: Promise<unknown>, kind: OpenBadgeErrorKind): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(isOpenBadgeError(error), String(error)).to.be.true;
    expect((error as { kind: string }).kind).to.equal(kind);
    return;
  }
  expect.fail(`expected an OpenBadgeError ${kind}`);
}

describe('Open Badges 3.0 samples', () => {
  it('ob3-basic.json: Teamwork by Example Corp, from 2010-01-01, no expiry', async () => {
    const badge = await parseOpenBadge(await fixtureJson('ob3-basic.json'));
    expect(badge).to.include({
      id: 'http://example.com/credentials/3527',
      name: 'Teamwork',
      description: 'This badge recognizes the development of the capacity to collaborate within a group environment.',
      issuedOn: '2010-01-01',
      expiresOn: null,
      publicUrl: 'http://example.com/credentials/3527',
      criteriaUrl: null,
    });
    expect(badge.issuer).to.deep.equal({ name: 'Example Corp', url: null });
    expect(openBadgeVersion(badge.openBadge as Record<string, unknown>)).to.equal('3.0');
  });

  it('ob3-skill-assertion.json: Robot Programming by 1EdTech University', async () => {
    const badge = await parseOpenBadge(await fixtureJson('ob3-skill-assertion.json'));
    expect(badge).to.include({ name: 'Robot Programming', issuedOn: '2022-07-01', expiresOn: null });
    expect(badge.issuer).to.deep.equal({ name: '1EdTech University', url: 'https://1edtech.edu/' });
    expect(badge.imageUrl).to.equal('https://example.com/achievements/robotics/robot-programming/image');
  });

  it('ob3-alignment.json: Text analysis by Example University', async () => {
    const badge = await parseOpenBadge(await fixtureJson('ob3-alignment.json'));
    expect(badge).to.include({
      name: 'Text analysis',
      description: 'Analyze a sample text',
      issuedOn: '2010-01-01',
      expiresOn: null,
    });
    expect(badge.issuer.name).to.equal('Example University');
  });

  it('reads validUntil, and the VC 1.1 issuanceDate/expirationDate', async () => {
    const credential = await fixtureJson('ob3-basic.json');
    expect(await parseOpenBadge({ ...credential, validUntil: '2030-06-30T23:59:59Z' })).to.include({
      expiresOn: '2030-06-30',
    });
    const { validFrom: _, ...v11 } = credential;
    expect(
      await parseOpenBadge({ ...v11, issuanceDate: '2021-05-04T10:00:00Z', expirationDate: '2024-05-04T10:00:00Z' }),
    ).to.include({
      issuedOn: '2021-05-04',
      expiresOn: '2024-05-04',
    });
  });
});

describe('Open Badges 2.0 samples', () => {
  it('ob2-assertion.json with its linked BadgeClass and Issuer fetched', async () => {
    const { resolve, calls } = mapResolver(await ob2Documents());
    const badge = await parseOpenBadge(await fixtureJson('ob2-assertion.json'), { resolve });
    expect(calls).to.deep.equal(['https://example.org/robotics-badge.json', 'https://example.org/organization.json']);
    expect(badge).to.include({
      id: 'https://example.org/beths-robotics-badge.json',
      name: 'Awesome Robotics Badge',
      description: 'For doing awesome things with robots that people think is pretty great.',
      imageUrl: 'https://example.org/beths-robot-badge.png',
      issuedOn: '2016-12-31',
      expiresOn: '2017-06-30',
      criteriaUrl: 'https://example.org/robotics-badge.html',
      publicUrl: 'https://example.org/beths-robotics-badge.json',
    });
    expect(badge.issuer).to.deep.equal({ name: 'An Example Badge Issuer', url: 'https://example.org/' });
  });

  it('the same assertion with BadgeClass and Issuer embedded, as JSON text too', async () => {
    const assertion = await embeddedAssertion();
    for (const input of [assertion, JSON.stringify(assertion)]) {
      const badge = await parseOpenBadge(input);
      expect(badge).to.include({ name: 'Awesome Robotics Badge', issuedOn: '2016-12-31', expiresOn: '2017-06-30' });
      expect(badge.issuer.name).to.equal('An Example Badge Issuer');
    }
  });

  it('a linked BadgeClass without a resolver, or one that cannot be fetched, is unresolved', async () => {
    const assertion = await fixtureJson('ob2-assertion.json');
    await rejectsWith(parseOpenBadge(assertion), 'unresolved');
    await rejectsWith(parseOpenBadge(assertion, mapResolver({})), 'unresolved');
  });

  it('baked-ob2.png: the iTXt assertion, with its linked BadgeClass', async () => {
    const bytes = await fixtureBytes('baked-ob2.png');
    const data = (await readBakedOpenBadge(bytes)) as string;
    expect(JSON.parse(data)).to.deep.include({
      uid: '123',
      issuedOn: '2015-04-01',
      badge: 'http://example.org/badge1',
    });
    const documents = await ob2Documents();
    const { resolve } = mapResolver({
      ...documents,
      'http://example.org/badge1': documents['https://example.org/robotics-badge.json'],
    });
    const badge = await parseOpenBadgeFile(bytes, fixtureUrl('baked-ob2.png'), { resolve });
    expect(badge).to.include({
      name: 'Awesome Robotics Badge',
      issuedOn: '2015-04-01',
      expiresOn: null,
      imageUrl: fixtureUrl('baked-ob2.png'),
      publicUrl: 'http://example.org/badgeinstance1',
    });
    expect(badge.issuer.name).to.equal('An Example Badge Issuer');
  });

  it('baked-ob2.svg: the CDATA assertion, with its linked BadgeClass', async () => {
    const bytes = await fixtureBytes('baked-ob2.svg');
    const data = (await readBakedOpenBadge(bytes)) as string;
    expect(JSON.parse(data)).to.deep.include({
      uid: 'abcdef12345',
      issuedOn: '2013-11-05',
      badge: 'https://example.org/badge.json',
    });
    const documents = await ob2Documents();
    const { resolve } = mapResolver({
      ...documents,
      'https://example.org/badge.json': documents['https://example.org/robotics-badge.json'],
    });
    const badge = await parseOpenBadgeFile(bytes, fixtureUrl('baked-ob2.svg'), { resolve });
    expect(badge).to.include({
      name: 'Awesome Robotics Badge',
      issuedOn: '2013-11-05',
      publicUrl: 'https://example.org/assertion.json',
    });
  });

  it('a legacy tEXt chunk with the assertion URL: the assertion is fetched', async () => {
    const chunks = readPngChunks(await fixtureBytes('unbaked.png'));
    const text = new TextEncoder().encode('openbadges\0https://example.org/beths-robotics-badge.json');
    const png = writePngChunks([chunks[0], { type: 'tEXt', data: text }, ...chunks.slice(1)]);
    const { resolve, calls } = mapResolver({
      ...(await ob2Documents()),
      'https://example.org/beths-robotics-badge.json': await fixtureJson('ob2-assertion.json'),
    });
    const badge = await parseOpenBadgeFile(png, null, { resolve });
    expect(calls[0]).to.equal('https://example.org/beths-robotics-badge.json');
    expect(badge).to.include({
      name: 'Awesome Robotics Badge',
      issuedOn: '2016-12-31',
      imageUrl: 'https://example.org/beths-robot-badge.png',
    });
  });

  it('unbaked.png and unbaked.svg have no Open Badges data', async () => {
    expect(await readBakedOpenBadge(await fixtureBytes('unbaked.png'))).to.equal(null);
    expect(await readBakedOpenBadge(await fixtureBytes('unbaked.svg'))).to.equal(null);
    await rejectsWith(parseOpenBadgeFile(await fixtureBytes('unbaked.png'), null), 'not-baked');
    await rejectsWith(parseOpenBadgeFile(await fixtureBytes('unbaked.svg'), null), 'not-baked');
  });
});

describe('compact JWS (decoded, not verified)', () => {
  it('an OB 2.0 signed assertion: payload parsed, the JWS kept as the badge data', async () => {
    const assertion = {
      ...(await embeddedAssertion()),
      badge: { ...((await embeddedAssertion()).badge as object), name: 'Робототехника 🤖' },
    };
    const jws = fakeJws(assertion);
    const badge = await parseOpenBadge(jws);
    expect(badge.name).to.equal('Робототехника 🤖');
    expect(badge.openBadge).to.equal(jws);
    expect(decodeCompactJws(jws).header).to.deep.equal({ alg: 'RS256', typ: 'JWT' });
  });

  it('an OB 3.0 VC-JWT: the credential from `vc`, dates and ID from the registered claims', async () => {
    const { validFrom: _, id: __, ...vc } = await fixtureJson('ob3-basic.json');
    const jws = fakeJws({
      vc,
      iss: 'https://example.com/issuers/876543',
      jti: 'urn:uuid:1',
      nbf: 1_700_000_000,
      exp: 1_900_000_000,
    });
    const badge = await parseOpenBadge(jws);
    expect(badge).to.include({
      name: 'Teamwork',
      id: 'urn:uuid:1',
      issuedOn: '2023-11-14',
      expiresOn: '2030-03-17',
      publicUrl: null,
    });
  });

  it('a JWS that does not decode is malformed', async () => {
    await rejectsWith(parseOpenBadge('abc.def.ghi'), 'malformed');
    await rejectsWith(parseOpenBadge(`${btoa('{}')}.bm90IGpzb24.sig`), 'malformed');
  });
});

describe('malformed input: a clear error, never a crash', () => {
  const cases: [string, unknown, OpenBadgeErrorKind][] = [
    ['broken JSON', '{"type": "Assertion",', 'malformed'],
    ['plain text', 'hello', 'malformed'],
    ['an empty object', {}, 'not-open-badge'],
    ['a JSON array', '[1]', 'malformed'],
    [
      'a BadgeClass alone',
      { '@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass', name: 'x' },
      'not-open-badge',
    ],
    ['an assertion without a date', { type: 'Assertion', badge: { name: 'b', issuer: { name: 'i' } } }, 'malformed'],
    [
      'an assertion without a badge name',
      { type: 'Assertion', issuedOn: '2020-01-01', badge: { issuer: { name: 'i' } } },
      'malformed',
    ],
    [
      'a credential without an issuer',
      { type: ['VerifiableCredential', 'OpenBadgeCredential'], validFrom: '2020-01-01', name: 'n' },
      'malformed',
    ],
  ];
  for (const [what, input, kind] of cases) {
    it(what, () => rejectsWith(parseOpenBadge(input as string), kind));
  }

  it('a truncated PNG or a file that is no image', async () => {
    const png = await fixtureBytes('baked-ob2.png');
    await rejectsWith(parseOpenBadgeFile(png.subarray(0, 100), null), 'malformed');
    await rejectsWith(parseOpenBadgeFile(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0), null), 'unsupported-image');
  });
});

describe('URLs from badge data', () => {
  it('javascript: and data: never become a link or an image', async () => {
    const credential = await fixtureJson('ob3-skill-assertion.json');
    const hostile = {
      ...credential,
      id: 'javascript:alert(1)',
      image: 'javascript:alert(2)',
      issuer: { ...(credential.issuer as object), url: 'data:text/html,<script>alert(3)</script>' },
      credentialSubject: {
        ...(credential.credentialSubject as object),
        achievement: { name: 'X', criteria: { id: 'javascript:alert(4)' }, image: { id: 'data:text/html,x' } },
      },
    };
    const badge = await parseOpenBadge(hostile);
    expect(badge).to.include({ publicUrl: null, criteriaUrl: null, imageUrl: '' });
    expect(badge.issuer.url).to.equal(null);
  });

  it('a linked BadgeClass at a javascript: URL is never fetched', async () => {
    const { resolve, calls } = mapResolver({});
    await rejectsWith(
      parseOpenBadge({ type: 'Assertion', issuedOn: '2020-01-01', badge: 'javascript:alert(1)' }, { resolve }),
      'malformed',
    );
    expect(calls).to.deep.equal([]);
  });
});
