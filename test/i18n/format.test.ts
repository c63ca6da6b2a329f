import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { waitDuration } from '../../src/i18n/format.js';

describe('waitDuration', () => {
  it('keeps seconds under a minute, exact', () => {
    expect(waitDuration(1, 'en')).to.deep.equal({ text: '1 second', unit: 'second', value: 1, approximate: false });
    expect(waitDuration(42, 'es').text).to.equal('42 segundos');
  });

  it('rounds up to whole minutes under an hour, so the person never tries too early', () => {
    expect(waitDuration(446, 'en')).to.deep.equal({ text: '8 minutes', unit: 'minute', value: 8, approximate: true });
    expect(waitDuration(60, 'es').text).to.equal('1 minuto');
    expect(waitDuration(61, 'en').text).to.equal('2 minutes');
  });

  it('gives hours from an hour on', () => {
    expect(waitDuration(3600, 'en').text).to.equal('1 hour');
    expect(waitDuration(7000, 'es').text).to.equal('2 horas');
  });

  it('falls back to English for a tag Intl does not take', () => {
    expect(waitDuration(30, 'not a tag!').text).to.equal('30 seconds');
  });
});

describe('the rate-limit message', () => {
  const rateLimited = (table: typeof en, seconds: number | undefined) => table.errors['rate-limited'](seconds);

  it('says the wait in human units in English', () => {
    expect(rateLimited(en, 446)).to.equal('Too many attempts. Try again in about 8 minutes.');
    expect(rateLimited(en, 42)).to.equal('Too many attempts. Try again in 42 seconds.');
    expect(rateLimited(en, 1)).to.equal('Too many attempts. Try again in 1 second.');
    expect(rateLimited(en, 2 * 3600)).to.equal('Too many attempts. Try again in about 2 hours.');
    expect(rateLimited(en, undefined)).to.equal('Too many attempts. Wait a moment and try again.');
  });

  it('and in Spanish, the article agreeing with the unit', () => {
    expect(rateLimited(es, 446)).to.equal('Demasiados intentos. Vuelve a intentarlo en unos 8 minutos.');
    expect(rateLimited(es, 42)).to.equal('Demasiados intentos. Vuelve a intentarlo en 42 segundos.');
    expect(rateLimited(es, 2 * 3600)).to.equal('Demasiados intentos. Vuelve a intentarlo en unas 2 horas.');
    expect(rateLimited(es, 3600)).to.equal('Demasiados intentos. Vuelve a intentarlo en aproximadamente 1 hora.');
  });
});
