import { expect } from '@open-wc/testing';
import { chooseLanguage } from '../../demo/language.js';

describe('chooseLanguage (the demo pages’ language)', () => {
  it('takes the first tag with a table, by its language', () => {
    expect(chooseLanguage(['es-ES', 'en-US'])).to.equal('es');
    expect(chooseLanguage(['fr-FR', 'es-MX', 'en'])).to.equal('es');
    expect(chooseLanguage(['en-GB', 'es'])).to.equal('en');
  });

  it('falls back to English when none has one', () => {
    expect(chooseLanguage(['fr-FR', 'de'])).to.equal('en');
    expect(chooseLanguage([])).to.equal('en');
  });

  it('skips what is empty or no tag, so a missing ?lang= falls through to the browser', () => {
    expect(chooseLanguage([null, undefined, '', '  ', 'ES'])).to.equal('es');
    expect(chooseLanguage(['xx', 'es'], ['en'])).to.equal('en');
  });
});
