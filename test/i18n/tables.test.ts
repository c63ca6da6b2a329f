import { expect } from '@open-wc/testing';
import { en, type Messages } from '../../src/i18n/en.js';
import { loadLocale, registeredLocales } from '../../src/i18n/messages.js';
import { leaves } from './page-language.js';

/**
 * Every message table the package ships against the English one: the same keys, each of the same
 * kind, and every function saying what English says with the same arguments (the numbers and names
 * a sentence carries). Run before any test registers a language of its own: the list is the
 * package's.
 */
const builtIn = registeredLocales().filter((tag) => tag !== 'en');

/** Distinct numbers a sentence can carry whole; a string stand-in where a function wants text. */
const NUMBERS = [7, 11, 13, 17];
const TEXTS = ['Ωalpha', 'Ωbeta', 'Ωgamma', 'Ωdelta'];

function call(fn: (...args: unknown[]) => unknown, args: unknown[]): string | undefined {
  try {
    const out = fn(...args);
    return typeof out === 'string' ? out : undefined;
  } catch {
    return undefined;
  }
}

/** The ways `n` can be written in `lang`: ASCII digits, or the language's own (Arabic-Indic, say). */
function writtenForms(n: number, lang: string): string[] {
  return [String(n), new Intl.NumberFormat(lang, { useGrouping: false }).format(n)];
}

describe('the message tables', () => {
  it('are there: English and every language the package ships', () => {
    expect(builtIn).to.include('es');
  });

  for (const lang of builtIn) {
    describe(lang, () => {
      let table: Messages;
      before(async () => {
        table = await loadLocale(lang);
      });

      it('has every key of English, each of the same kind, and no other', () => {
        const english = leaves(en);
        const own = leaves(table);
        expect([...own.keys()]).to.have.members([...english.keys()]);
        for (const [key, value] of english) {
          expect(typeof own.get(key), key).to.equal(typeof value);
          if (typeof value === 'function')
            expect((own.get(key) as () => unknown).length, `${key}: parameters`).to.equal(value.length);
          if (typeof value === 'string') expect(own.get(key), `${key} is empty`).to.not.equal('');
        }
      });

      it('carries into each sentence the numbers and names English carries', () => {
        for (const [key, value] of leaves(en)) {
          if (typeof value !== 'function') continue;
          const own = leaves(table).get(key) as (...args: unknown[]) => unknown;
          const arity = Math.max(value.length, 1);
          for (const args of [NUMBERS.slice(0, arity), TEXTS.slice(0, arity), [1, ...NUMBERS].slice(0, arity)]) {
            const english = call(value, args);
            if (english === undefined) continue;
            const translated = call(own, args);
            expect(translated, `${key}(${args.join(', ')}) gives no text`)
              .to.be.a('string')
              .and.not.equal('');
            for (const arg of args) {
              if (!english.includes(String(arg))) continue;
              const forms = typeof arg === 'number' ? writtenForms(arg, lang) : [String(arg)];
              expect(
                forms.some((form) => translated!.includes(form)),
                `${lang} ${key}(${args.join(', ')}) = "${translated}" lacks ${String(arg)}`,
              ).to.equal(true);
            }
          }
        }
      });
    });
  }
});
