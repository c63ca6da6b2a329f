/**
 * Every element renders under Lit SSR (`@lit-labs/ssr`) in Node, as a server renders it: imported
 * through its own entry (`src/<tag>.ts`), with data and without, in English and with `lang="es"`.
 * Checks the text a person would read in the server's HTML. Run: `node --test test/ssr/ssr.test.mjs`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serverBundle } from './server-render.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of server HTML as a reader gets it: no styles, comments or tags, entities decoded, spaces collapsed. */
function textOf(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();
}

let server;
let data;
const languages = { en: undefined, es: 'es' };

before(async () => {
  server = await serverBundle();
  data = server.cases.ssrData(new Date('2025-06-01T12:00:00Z'));
});
after(() => server?.dispose());

/** What each case must show, from the message table `m` of its language. */
const EXPECTED = {
  'cert-list': {
    data: (m) => [m.certList.search, m.certList.selectAll, m.certList.selectedCount(0), data.certifications[0].title],
    none: (m) => [m.common.loading],
  },
  'badge-share': {
    data: (m) => [data.badge.name, m.badges.issuedBy(data.badge.issuer.name), m.badges.share],
    none: () => [],
  },
  'transcript-viewer': {
    data: (m) => [data.transcript.learner.name, m.transcript.emailLabel, m.transcript.certifications],
    none: (m) => [m.common.loading],
  },
  'cert-dashboard': {
    none: (m) => [m.dashboard.untitled, m.certList.heading, m.badges.heading, m.transcript.heading, m.common.loading],
  },
  'cert-verify': {
    none: (m) => [m.verify.heading, m.verify.formLabel, m.verify.formHint, m.verify.verify],
  },
};

describe('server rendering with @lit-labs/ssr', () => {
  test('each tag’s entry imports in Node without throwing', async () => {
    for (const tag of server.cases.SSR_TAGS) await server.define(tag);
  });

  for (const [tag, expected] of Object.entries(EXPECTED)) {
    for (const [with_, words] of Object.entries(expected)) {
      for (const [language, lang] of Object.entries(languages)) {
        test(`<${tag}> ${with_ === 'data' ? 'with its data' : 'without data'}, ${language}`, async () => {
          const ssrCase = { tag, lang, data: with_ === 'data' ? data : undefined };
          const html = await server.render(ssrCase);
          const text = textOf(html);
          assert.match(
            html,
            new RegExp(`<${tag}\\b[^>]*><template shadowroot(mode)?="open"`),
            'no declarative shadow root',
          );
          for (const word of words(server.cases[language]))
            assert.ok(text.includes(word), `"${word}" missing from: ${text}`);
          if (language === 'es') {
            // English words that have a Spanish translation must not show.
            for (const word of words(server.cases.en).filter((w) => !words(server.cases.es).includes(w)))
              assert.ok(!text.includes(word), `English "${word}" in the Spanish render: ${text}`);
          }
          assert.doesNotMatch(html, /undefined|\[object |NaN/, 'a value rendered as text');
        });
      }
    }
  }

  test('the dashboard’s sections render in the dashboard’s language', async () => {
    const html = await server.render({ tag: 'cert-dashboard', lang: 'es' });
    for (const child of ['cert-list', 'transcript-viewer'])
      assert.match(html, new RegExp(`<${child}[^>]* lang="es"[^>]*><template shadowroot`), `${child} has no lang="es"`);
    const loading = textOf(html).split(server.cases.es.common.loading).length - 1;
    assert.ok(loading >= 3, `"${server.cases.es.common.loading}" ${loading} times: the dashboard and its sections`);
    assert.ok(!textOf(html).includes(server.cases.en.common.loading));
  });
});
