import { expect } from '@open-wc/testing';
import { linkedInAddToProfileUrl } from '../../src/share/linkedin.js';

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
