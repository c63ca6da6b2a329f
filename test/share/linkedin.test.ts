import { expect } from '@open-wc/testing';
import type { Badge } from '../../src/model.js';
import { badgeForLinkedIn } from '../../src/share/badge-linkedin.js';
import { linkedInAddToProfileUrl } from '../../src/share/linkedin.js';
import { openBadgeCredentialId } from '../../src/share/open-badge-data.js';
import { fakeJws, fixtureJson } from './fixtures.js';

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('linkedInAddToProfileUrl', () => {
  const base = {
    name: 'Cloud Administrator Associate',
    organizationName: 'Northwind Cloud Academy',
    issuedOn: '2025-03-14',
    certUrl: 'https://badges.example.org/public/7f3k22qx',
    certId: 'NW-123',
  };

  it('opens the add-certification form with every parameter, including the expiry', () => {
    const url = linkedInAddToProfileUrl({ ...base, organizationId: '1337', expiresOn: '2027-09-30' });
    expect(url.startsWith('https://www.linkedin.com/profile/add?')).to.be.true;
    expect(params(url)).to.deep.equal({
      startTask: 'CERTIFICATION_NAME',
      name: 'Cloud Administrator Associate',
      organizationId: '1337',
      issueYear: '2025',
      issueMonth: '3',
      expirationYear: '2027',
      expirationMonth: '9',
      certUrl: 'https://badges.example.org/public/7f3k22qx',
      certId: 'NW-123',
    });
  });

  it('leaves the expiry out when it does not expire, and names the organization without an ID', () => {
    const url = linkedInAddToProfileUrl({ ...base, organizationId: null, expiresOn: null });
    const p = params(url);
    expect(p).to.not.have.any.keys('expirationYear', 'expirationMonth', 'organizationId');
    expect(p.organizationName).to.equal('Northwind Cloud Academy');
  });

  it('ignores an organization ID that is not numeric', () => {
    expect(params(linkedInAddToProfileUrl({ ...base, organizationId: 'northwind' }))).to.include({
      organizationName: 'Northwind Cloud Academy',
    });
  });

  it('percent-encodes non-ASCII and reserved characters (no +), and round-trips them', () => {
    const name = 'Администратор & «Ñandú» #1 مسؤول 云';
    const url = linkedInAddToProfileUrl({ ...base, name, organizationName: 'Académie de l’Été' });
    const query = url.split('?')[1];
    expect(query).to.not.match(/[^A-Za-z0-9%=&_.~*'()!-]/);
    expect(query).to.not.contain('+');
    expect(params(url).name).to.equal(name);
    expect(params(url).organizationName).to.equal('Académie de l’Été');
  });

  it('has no empty parameter and no unsafe certUrl', () => {
    const url = linkedInAddToProfileUrl({
      name: 'X',
      organizationName: 'Y',
      certUrl: 'javascript:alert(1)',
      certId: '',
      issuedOn: 'nonsense',
    });
    expect(params(url)).to.deep.equal({ startTask: 'CERTIFICATION_NAME', name: 'X', organizationName: 'Y' });
    expect(url).to.not.match(/=(&|$)/);
  });

  it('takes the month in UTC from a date-time', () => {
    const p = params(
      linkedInAddToProfileUrl({ ...base, issuedOn: '2016-12-31T23:59:59Z', expiresOn: '2017-01-01T00:30:00+01:00' }),
    );
    expect([p.issueYear, p.issueMonth, p.expirationYear, p.expirationMonth]).to.deep.equal([
      '2016',
      '12',
      '2016',
      '12',
    ]);
  });
});

describe('badgeForLinkedIn: the credential ID', () => {
  const badge: Badge = {
    id: 'badge-robotics',
    name: 'Robotics',
    description: '',
    imageUrl: 'https://example.org/robotics.png',
    issuedOn: '2016-12-31',
    expiresOn: null,
    issuer: { name: 'Example' },
    criteriaUrl: null,
    publicUrl: null,
    openBadge: null,
  };
  const certId = (b: Partial<Badge>) => badgeForLinkedIn({ ...badge, ...b }, null).certId;

  it('takes the backend’s credential ID first, then the Open Badges assertion’s or credential’s id', async () => {
    const assertion = await fixtureJson('ob2-assertion.json');
    const credential = await fixtureJson('ob3-basic.json');
    expect(certId({ credentialId: 'NW-123', openBadge: assertion })).to.equal('NW-123');
    expect(certId({ openBadge: assertion })).to.equal('https://example.org/beths-robotics-badge.json');
    expect(certId({ openBadge: JSON.stringify(credential) })).to.equal('http://example.com/credentials/3527');
    expect(certId({ openBadge: fakeJws(assertion) })).to.equal('https://example.org/beths-robotics-badge.json');
    expect(certId({ openBadge: fakeJws({ vc: { ...credential, id: undefined }, jti: 'urn:uuid:91537dba' }) })).to.equal(
      'urn:uuid:91537dba',
    );
    expect(certId({ openBadge: { badge: 'https://example.org/b.json', uid: 'abc-1' } }), 'OB 1.x').to.equal('abc-1');
  });

  it('has none rather than the internal id, whatever the data', () => {
    for (const openBadge of [null, {}, { id: '  ' }, '{oops', 'a.b.c', '[1]'])
      expect(certId({ openBadge }), JSON.stringify(openBadge)).to.equal(null);
    expect(openBadgeCredentialId(undefined)).to.equal(null);
  });
});
