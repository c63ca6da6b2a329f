import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en, type Messages } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { errorMessage } from '../../src/internal/error-message.js';
import { formatDate } from '../../src/i18n/format.js';
import { daysUntil } from '../../src/rules/expiry.js';
import { directionOf, messagesFor, registerLocale } from '../../src/i18n/messages.js';
import { LocaleController, resolveLang } from '../../src/internal/locale-controller.js';
import { AdapterError } from '../../src/adapter/errors.js';

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  override render() {
    return html`<p>${this.locale.messages.certList.heading}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const text = (el: LocaleProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('locale', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('resolution', () => {
    it('takes lang from the element itself first', async () => {
      const el = await fixture<LocaleProbe>(html`<div lang="en"><locale-probe lang="es"></locale-probe></div>`);
      const probe = el.querySelector('locale-probe') as LocaleProbe;
      expect(probe.locale.lang).to.equal('es');
      expect(text(probe)).to.equal('Certificados');
    });

    it('then from the nearest ancestor, across shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="es-MX"><section></section></div>`);
      const shadow = host.querySelector('section')!.attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      shadow.append(inner);
      expect(resolveLang(inner)).to.equal('es-MX');
    });

    it('then from <html lang>, else English', async () => {
      document.documentElement.setAttribute('lang', 'es');
      const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
      expect(text(el)).to.equal('Certificados');
      document.documentElement.removeAttribute('lang');
      expect(resolveLang(document.body)).to.equal('en');
    });

    it('falls back from a region to its language, and to English for an unknown one', () => {
      expect(messagesFor('es-AR')).to.equal(es);
      expect(messagesFor('ES')).to.equal(es);
      expect(messagesFor('tlh')).to.equal(en);
    });

    it('follows a change of lang on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><locale-probe></locale-probe></div>`);
      const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
      expect(text(probe)).to.equal('Certificates');
      wrapper.setAttribute('lang', 'es');
      await nextFrame();
      await probe.updateComplete;
      expect(text(probe)).to.equal('Certificados');
    });

    it('gives right-to-left for Arabic and Hebrew', () => {
      expect(directionOf('ar')).to.equal('rtl');
      expect(directionOf('he-IL')).to.equal('rtl');
      expect(directionOf('es')).to.equal('ltr');
    });
  });

  describe('adding a language', () => {
    it('re-renders elements already on the page in the registered language', async () => {
      const el = await fixture<LocaleProbe>(html`<locale-probe lang="fr"></locale-probe>`);
      expect(text(el)).to.equal('Certificates');
      const fr: Messages = { ...en, certList: { ...en.certList, heading: 'Certificats' } };
      registerLocale('fr', fr);
      await el.updateComplete;
      expect(text(el)).to.equal('Certificats');
    });
  });

  describe('direction', () => {
    it('follows the messages shown: English on an Arabic page stays left to right until Arabic is registered', async () => {
      const el = await fixture<LocaleProbe>(html`<locale-probe lang="ar"></locale-probe>`);
      expect(el.locale.dir).to.equal('ltr');
      registerLocale('ar', { ...en, certList: { ...en.certList, heading: 'الشهادات' } });
      await el.updateComplete;
      expect(el.locale.dir).to.equal('rtl');
      expect(text(el)).to.equal('الشهادات');
    });
  });

  describe('dates', () => {
    it('formats calendar dates in the language, never shifted by the time zone', () => {
      expect(formatDate('2025-03-01', 'en')).to.equal('March 1, 2025');
      expect(formatDate('2025-03-01', 'es')).to.equal('1 de marzo de 2025');
      expect(formatDate('not a date', 'es')).to.equal('');
      expect(formatDate(null, 'es')).to.equal('');
    });

    it('counts whole days to a date', () => {
      const today = new Date('2026-11-28T23:30:00Z');
      expect(daysUntil('2026-12-28', today)).to.equal(30);
      expect(daysUntil('2026-11-27', today)).to.equal(-1);
    });
  });

  describe('messages', () => {
    it('has a Spanish sentence for every error kind, with the wait when rate-limited', () => {
      expect(errorMessage(new AdapterError('network', 'x'), es)).to.match(/conectar/);
      expect(errorMessage(new AdapterError('rate-limited', 'x', { retryAfter: 30 }), es)).to.equal(
        'Demasiados intentos. Vuelve a intentarlo en 30 segundos.',
      );
      expect(errorMessage(new AdapterError('rate-limited', 'x', { retryAfter: 1 }), en)).to.equal(
        'Too many attempts. Try again in 1 second.',
      );
    });

    it('Spanish and English have the same keys', () => {
      const keys = (o: object, prefix = ''): string[] =>
        Object.entries(o).flatMap(([k, v]: [string, unknown]) =>
          v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
        );
      expect(keys(es)).to.deep.equal(keys(en));
    });
  });
});
