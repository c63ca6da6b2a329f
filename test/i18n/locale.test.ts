import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en, type Messages } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { errorMessage } from '../../src/internal/error-message.js';
import { formatDate } from '../../src/i18n/format.js';
import { daysUntil } from '../../src/rules/expiry.js';
import {
  directionOf,
  isLocaleLoaded,
  loadLocale,
  messagesFor,
  registerLocale,
  registeredLocales,
} from '../../src/i18n/messages.js';
import { LocaleController, resolveLang } from '../../src/internal/locale-controller.js';
import { AdapterError } from '../../src/adapter/errors.js';

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  /** The text of every render, in order. */
  readonly renders: string[] = [];
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.schedule(() => super.scheduleUpdate());
  }
  override render() {
    return html`<p>${this.locale.messages.certList.heading}</p>`;
  }
  protected override updated(): void {
    this.renders.push(text(this));
  }
}
customElements.define('locale-probe', LocaleProbe);

function text(el: LocaleProbe): string {
  return el.shadowRoot!.querySelector('p')!.textContent ?? '';
}

describe('locale', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('resolution', () => {
    it('takes lang from the element itself first', async () => {
      const el = await fixture<LocaleProbe>(html`<div lang="en"><locale-probe lang="es"></locale-probe></div>`);
      const probe = el.querySelector('locale-probe') as LocaleProbe;
      await probe.updateComplete;
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

    it('falls back from a region to its language, and to English for an unknown one', async () => {
      expect(await loadLocale('es-AR')).to.deep.equal(es);
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
      // Swedish: a language the package does not ship.
      const el = await fixture<LocaleProbe>(html`<locale-probe lang="sv"></locale-probe>`);
      expect(text(el)).to.equal('Certificates');
      const sv: Messages = { ...en, certList: { ...en.certList, heading: 'Certifikat' } };
      registerLocale('sv', sv);
      await el.updateComplete;
      expect(text(el)).to.equal('Certifikat');
    });
  });

  describe('loading a language on first use', () => {
    it('lists a table that loads on first use, and loads it only when asked', async () => {
      let loads = 0;
      const it_: Messages = { ...en, certList: { ...en.certList, heading: 'Certificati' } };
      registerLocale('it', () => {
        loads += 1;
        return Promise.resolve(it_);
      });
      expect(registeredLocales()).to.include.members(['en', 'es', 'it']);
      expect(isLocaleLoaded('it-CH')).to.equal(false);
      expect(messagesFor('it')).to.equal(en);
      const [a, b] = await Promise.all([loadLocale('it'), loadLocale('it-CH')]);
      expect(a).to.equal(it_);
      expect(b).to.equal(it_);
      expect(loads).to.equal(1);
      expect(isLocaleLoaded('it')).to.equal(true);
      expect(messagesFor('it')).to.equal(it_);
    });

    it('renders nothing until the table has loaded: the first render is already in the language', async () => {
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      const pt: Messages = { ...en, certList: { ...en.certList, heading: 'Certificados (pt)' } };
      registerLocale('pt', async () => {
        await arrived;
        return pt;
      });
      const el = document.createElement('locale-probe') as LocaleProbe;
      el.setAttribute('lang', 'pt-BR');
      document.body.append(el);
      try {
        await nextFrame();
        await nextFrame();
        expect(el.renders).to.deep.equal([]);
        expect(el.shadowRoot!.textContent).to.equal('');
        release();
        await el.updateComplete;
        expect(el.renders).to.deep.equal(['Certificados (pt)']);
      } finally {
        el.remove();
      }
    });

    it('waits for the new table when lang changes, then shows it without an English render between', async () => {
      const ca: Messages = { ...en, certList: { ...en.certList, heading: 'Certificats (ca)' } };
      registerLocale('ca', () => new Promise((resolve) => setTimeout(() => resolve(ca), 30)));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><locale-probe></locale-probe></div>`);
      const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
      await probe.updateComplete;
      wrapper.setAttribute('lang', 'ca');
      await nextFrame();
      await probe.updateComplete;
      expect(probe.renders).to.deep.equal(['Certificados', 'Certificats (ca)']);
    });

    it('shows English when a table fails to load, and says so in the console', async () => {
      const warn = console.warn;
      const warned: unknown[][] = [];
      console.warn = (...args: unknown[]) => warned.push(args);
      try {
        registerLocale('de', () => Promise.reject(new Error('offline')));
        const el = await fixture<LocaleProbe>(html`<locale-probe lang="de"></locale-probe>`);
        expect(text(el)).to.equal('Certificates');
        expect(String(warned[0]?.[0])).to.match(/"de" messages did not load/);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('direction', () => {
    // Hebrew: right to left and no built-in table (Arabic has one).
    it('follows the messages shown: English on a Hebrew page stays left to right until Hebrew is registered', async () => {
      const el = await fixture<LocaleProbe>(html`<locale-probe lang="he"></locale-probe>`);
      expect(el.locale.dir).to.equal('ltr');
      registerLocale('he', { ...en, certList: { ...en.certList, heading: 'תעודות' } });
      await el.updateComplete;
      expect(el.locale.dir).to.equal('rtl');
      expect(text(el)).to.equal('תעודות');
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
