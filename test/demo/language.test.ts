import { expect } from '@open-wc/testing';
import { chooseLanguage, languageSwitch, PAGE_LANGUAGES } from '../../demo/language.js';

describe('chooseLanguage (the demo pages’ language)', () => {
  it('offers every language the elements speak, each with the page’s own text', () => {
    expect(PAGE_LANGUAGES).to.have.members(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ja', 'zh', 'ko', 'ar']);
  });

  it('lists each in the menu by its own name, marked with its language', () => {
    const select = document.createElement('select');
    select.append(new Option('English', 'en'));
    try {
      languageSwitch(select);
      const options = [...select.options].map((o) => `${o.value} ${o.lang} ${o.text}`);
      expect(options).to.have.length(12);
      expect(options).to.include.members(['ja ja 日本語', 'ar ar العربية', 'pt pt Português (Brasil)']);
    } finally {
      document.documentElement.lang = 'en';
      document.documentElement.dir = 'ltr';
    }
  });

  it('takes the first tag with a table, by its language', () => {
    expect(chooseLanguage(['es-ES', 'en-US'])).to.equal('es');
    expect(chooseLanguage(['sv-SE', 'es-MX', 'en'])).to.equal('es');
    expect(chooseLanguage(['ja-JP', 'en'])).to.equal('ja');
    expect(chooseLanguage(['zh-CN', 'en'])).to.equal('zh');
    expect(chooseLanguage(['en-GB', 'es'])).to.equal('en');
  });

  it('falls back to English when none has one', () => {
    expect(chooseLanguage(['sv-SE', 'fi'])).to.equal('en');
    expect(chooseLanguage([])).to.equal('en');
  });

  it('skips what is empty or no tag, so a missing ?lang= falls through to the browser', () => {
    expect(chooseLanguage([null, undefined, '', '  ', 'ES'])).to.equal('es');
    expect(chooseLanguage(['xx', 'es'], ['en'])).to.equal('en');
  });
});
