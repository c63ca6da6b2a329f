/**
 * The PDF code comes before the learner asks for a PDF (issue 11, item 4): nothing of it with the
 * page, and at idle after the first selection the download code and jsPDF load (and jsPDF runs once),
 * so the first download neither waits for them nor compiles them. A page of its own: no other test
 * has loaded jsPDF here.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/cert-list.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import { certification, learner } from '../export/fixtures.js';

const loaded = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => pattern.test(url));
const JSPDF = /\/jspdf[^/]*\.js/;
const ACTIONS = /\/components\/cert-list\/actions\.ts/;

describe('<cert-list> fetches the PDF code ahead of the first download', () => {
  it('not with the page; at idle after the first selection, before any download', async () => {
    const el = await fixture<CertList>(
      html`<cert-list .certifications=${[certification()]} .learner=${learner()}></cert-list>`,
    );
    await aTimeout(300);
    expect(loaded(JSPDF), 'jsPDF with the page').to.deep.equal([]);
    expect(loaded(ACTIONS), 'the download code with the page').to.deep.equal([]);

    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await waitUntil(() => loaded(JSPDF).length > 0 && loaded(ACTIONS).length > 0, 'not fetched at idle', {
      timeout: 8000,
    });
  });
});
