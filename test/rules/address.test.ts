import { expect } from '@open-wc/testing';
import { addressLines } from '../../src/rules/address.js';

describe('rules/address', () => {
  it('writes street, postal code with locality, region and country, leaving out empty parts', () => {
    expect(
      addressLines({
        street: 'Calle Mayor 1',
        postalCode: '28013',
        locality: 'Madrid',
        region: 'Madrid',
        country: 'España',
      }),
    ).to.deep.equal(['Calle Mayor 1', '28013 Madrid', 'Madrid', 'España']);
    expect(addressLines({ street: '12 St James’s Square', locality: 'London' })).to.deep.equal([
      '12 St James’s Square',
      'London',
    ]);
  });
});
