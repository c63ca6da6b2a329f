import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/cert-verify.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import type { CertVerify } from '../../src/components/cert-verify/cert-verify.js';
import type { Certification, Learner } from '../../src/model.js';
import { es } from '../../src/i18n/es.js';
import { enVerify } from '../../src/i18n/en-verify.js';

const NOW = new Date('2026-05-01T10:00:00Z');
const learner: Learner = {
  id: 'l1',
  name: 'María José Núñez',
  email: 'maria@example.org',
  address: { street: 'Calle Mayor 1', locality: 'Madrid', postalCode: '28013', country: 'Spain' },
};

const base = {
  code: 'NCA-ADM',
  verificationUrl: null,
  issuer: { name: 'Northwind Academy', url: 'https://northwind.example.org' },
  exams: [],
};
const certifications: Certification[] = [
  {
    ...base,
    id: 'c1',
    title: 'Cloud Administrator',
    status: 'earned',
    earnedOn: '2025-03-14',
    expiresOn: '2027-03-14',
    credentialId: 'VALID-1',
  },
  {
    ...base,
    id: 'c2',
    title: 'Data Engineer',
    status: 'earned',
    earnedOn: '2023-01-10',
    expiresOn: '2026-01-10',
    credentialId: 'EXPIRED-1',
  },
  {
    ...base,
    id: 'c3',
    title: 'Network Security',
    status: 'revoked',
    earnedOn: '2024-02-02',
    expiresOn: null,
    credentialId: 'REVOKED-1',
  },
  {
    ...base,
    id: 'c4',
    title: 'In Progress',
    status: 'in-progress',
    earnedOn: null,
    expiresOn: null,
    credentialId: 'PENDING-1',
  },
];

const adapter = () => new MemoryAdapter({ learner, certifications, badges: [], now: () => NOW });

async function verify(id: string | null, options: { lang?: string; adapter?: CertAdapter } = {}): Promise<CertVerify> {
  const el = await fixture<CertVerify>(
    html`<cert-verify lang=${options.lang ?? 'en'} credential-id=${id ?? ''} .adapter=${options.adapter ?? adapter()}></cert-verify>`,
  );
  if (id)
    await waitUntil(() => el.shadowRoot!.querySelector('#verdict, [role="alert"]'), 'no verdict', { timeout: 4000 });
  return el;
}

const text = (el: CertVerify) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const verdict = (el: CertVerify) => el.shadowRoot!.querySelector('#verdict')!.textContent.trim();

describe('<cert-verify>', () => {
  it('valid: the verdict first, then whose, what, by whom and when, and when it was checked', async () => {
    const el = await verify('VALID-1');
    expect(verdict(el)).to.equal('Valid credential');
    const all = text(el);
    for (const part of [
      'This credential is real and current.',
      'María José Núñez',
      'Cloud Administrator',
      'NCA-ADM',
      'Northwind Academy',
      'March 14, 2025',
      'March 14, 2027',
      'VALID-1',
      'Checked May 1, 2026',
    ])
      expect(all).to.include(part);
    // The first thing in the element a screen reader hears: the live line, saying the verdict.
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent.trim()).to.equal('Valid credential');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(el.shadowRoot!.querySelector('div > *'));
    // Only what a verifier needs: no e-mail, no address, no internal ID.
    expect(all).not.to.include('maria@example.org');
    expect(all).not.to.include('Calle Mayor');
    expect(all).not.to.include('c1');
    const issuer = el.shadowRoot!.querySelector<HTMLAnchorElement>('dd a')!;
    expect(issuer.href).to.equal('https://northwind.example.org/');
  });

  it('expired: says since when; revoked; in progress and unknown IDs are not found', async () => {
    const expired = await verify('EXPIRED-1');
    expect(verdict(expired)).to.equal('Expired credential');
    expect(text(expired)).to.include('This credential is real, but it expired on January 10, 2026.');

    const revoked = await verify('REVOKED-1');
    expect(verdict(revoked)).to.equal('Revoked credential');
    expect(text(revoked)).to.include('revoked by its issuer');
    expect(text(revoked)).to.include('Does not expire');

    for (const id of ['PENDING-1', 'NOPE-404', '../etc/passwd', 'x'.repeat(300)]) {
      const none = await verify(id);
      expect(verdict(none), id).to.equal('Credential not found');
      expect(text(none), id).not.to.include('María');
      expect(text(none), id).not.to.include('Cloud Administrator');
    }
  });

  it('reads "revoked" on the next check after the issuer revokes it', async () => {
    const certs = structuredClone(certifications);
    const memory = new MemoryAdapter({ learner, certifications: certs, badges: [], now: () => NOW });
    const el = await verify('VALID-1', { adapter: memory });
    expect(verdict(el)).to.equal('Valid credential');
    // A backend whose answer changes: the same data, now revoked.
    const revoked = new MemoryAdapter({
      learner,
      certifications: certs.map((c) => (c.credentialId === 'VALID-1' ? { ...c, status: 'revoked' as const } : c)),
      badges: [],
      now: () => NOW,
    });
    el.adapter = revoked;
    await waitUntil(() => verdict(el) === 'Revoked credential', 'still valid', { timeout: 4000 });
  });

  it('in Spanish: verdicts, explanation, labels and dates', async () => {
    const el = await verify('EXPIRED-1', { lang: 'es' });
    expect(verdict(el)).to.equal(es.verify.verdicts.expired);
    const all = text(el);
    expect(all).to.include('Esta credencial es auténtica, pero caducó el 10 de enero de 2026.');
    expect(all).to.include('Titular');
    expect(all).to.include('Emitida por');
    expect(all).to.include('Comprobado el 1 de mayo de 2026');
  });

  it('without an ID it asks for one; the keyboard alone verifies it, focus lands on the verdict, and the URL keeps it', async () => {
    const before = location.href;
    try {
      const el = await verify(null);
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#credential-id')!;
      expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal(enVerify.formLabel);
      input.focus();
      await sendKeys({ type: 'REVOKED-1' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('#verdict'), 'no verdict', { timeout: 4000 });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'verdict', 'focus did not move to the verdict');
      expect(verdict(el)).to.equal('Revoked credential');
      expect(new URL(location.href).searchParams.get('credential')).to.equal('REVOKED-1');

      const another = [...el.shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent === 'Verify another credential',
      )!;
      another.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'credential-id', 'focus did not return to the field');
      expect(new URL(location.href).searchParams.has('credential')).to.equal(false);
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('takes the ID from the page URL when it has no attribute', async () => {
    const before = location.href;
    try {
      const url = new URL(location.href);
      url.searchParams.set('credential', 'VALID-1');
      history.replaceState(history.state, '', url);
      const el = await fixture<CertVerify>(html`<cert-verify .adapter=${adapter()}></cert-verify>`);
      await waitUntil(() => el.shadowRoot!.querySelector('#verdict'), 'no verdict', { timeout: 4000 });
      expect(verdict(el)).to.equal('Valid credential');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('a backend that fails says so with a Retry; one that cannot verify says that', async () => {
    const failing = new MemoryAdapter({
      learner,
      certifications,
      badges: [],
      fail: { verifyCredential: new AdapterError('network', 'offline') },
    });
    const el = await verify('VALID-1', { adapter: failing });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/connection/i);
    expect(alert.querySelector('button')!.textContent).to.equal('Try again');

    // An adapter of a partner's own, written before verifyCredential existed.
    const plain = { getLearner: () => Promise.resolve(learner) } as unknown as CertAdapter;
    const unsupported = await verify('VALID-1', { adapter: plain });
    expect(unsupported.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(enVerify.unsupported);
  });

  it('hostile data is text: markup in names stays visible as typed, a javascript: issuer URL is no link', async () => {
    const evil = [
      {
        ...certifications[0],
        title: '<img src=x onerror=alert(1)>',
        issuer: { name: '<b>Issuer</b>', url: 'javascript:alert(1)' },
      },
    ];
    const el = await verify('VALID-1', {
      adapter: new MemoryAdapter({
        learner: { ...learner, name: '<script>x</script>' },
        certifications: evil,
        badges: [],
        now: () => NOW,
      }),
    });
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(text(el)).to.include('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('dd a')).to.equal(null);
  });

  it('through RestAdapter: GET /verifications/{id} with the answer validated; a malformed answer is an error', async () => {
    const requests: string[] = [];
    const answer = {
      credentialId: 'VALID-1',
      verdict: 'valid',
      holderName: 'Ada',
      certification: {
        title: 'T',
        code: 'C',
        issuer: { name: 'I', url: null },
        earnedOn: '2025-01-01',
        expiresOn: null,
      },
      checkedAt: '2026-05-01T10:00:00Z',
    };
    const rest = new RestAdapter({
      baseUrl: 'https://api.example.org/v1/',
      fetch: (url) => {
        requests.push(url instanceof Request ? url.url : url.toString());
        return Promise.resolve(
          new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } }),
        );
      },
    });
    const el = await verify('VALID-1', { adapter: rest });
    expect(requests).to.deep.equal(['https://api.example.org/v1/verifications/VALID-1']);
    expect(verdict(el)).to.equal('Valid credential');
    expect(await rest.verifyCredential('../x')).to.include({ verdict: 'not-found', holderName: null });
    expect(requests).to.have.length(1);

    const bad = new RestAdapter({
      baseUrl: 'https://api.example.org/v1/',
      fetch: () =>
        Promise.resolve(
          new Response(JSON.stringify({ ...answer, verdict: 'maybe' }), {
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
    });
    let error: unknown;
    await bad.verifyCredential('VALID-1').catch((e: unknown) => (error = e));
    expect((error as AdapterError).kind).to.equal('invalid-response');
  });

  it('fits a 360 px phone: no sideways scrolling, each label above its value', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await verify('VALID-1');
      const dts = [...el.shadowRoot!.querySelectorAll('dt')];
      const dds = [...el.shadowRoot!.querySelectorAll('dd')];
      expect(dts.length).to.be.greaterThan(4);
      dts.forEach((dt, i) => {
        const label = dt.getBoundingClientRect();
        const value = dds[i].getBoundingClientRect();
        expect(value.top >= label.bottom - 1, `${dt.textContent} above its value`).to.equal(true);
      });
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(360);
      const section = el.shadowRoot!.querySelector('section')!;
      expect(section.scrollWidth <= section.clientWidth + 1, 'nothing wider than the element').to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints the verdict and details alone: no form, buttons or live line on paper', async () => {
    const el = await verify('VALID-1');
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
      expect(shown('#verdict'), 'verdict').to.equal(true);
      expect(shown('dl'), 'details').to.equal(true);
      expect(shown('.actions'), 'buttons').to.equal(false);
      expect(shown('[role="status"]'), 'live line').to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es'])
      it(`passes axe on every verdict and on the form, in ${lang}`, async () => {
        for (const id of ['VALID-1', 'EXPIRED-1', 'REVOKED-1', 'NOPE-404', null]) {
          const el = await verify(id, { lang });
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });
  });
});
