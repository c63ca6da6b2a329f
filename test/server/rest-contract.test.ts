/**
 * RestAdapter against the reference server (server/): the whole adapter contract over real HTTP,
 * with a real session cookie. test/support/server-proxy.mjs starts the server with a fresh database
 * and proxies `/e2e-api/` to its API, same-origin.
 */
import { expect } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import { describeAdapterContract, rejection, suspendByGuessing } from '../adapter/contract.js';

const BASE = '/e2e-api';

async function signIn(): Promise<void> {
  const response = await fetch(`${BASE}/demo/sign-in`, { method: 'POST' });
  if (response.status !== 204) throw new Error(`demo sign-in answered ${response.status}`);
}

describe('RestAdapter on the reference server', () => {
  before(signIn);

  // test/support/server-proxy.mjs has the server suspend a share after 3 failed views.
  describeAdapterContract('RestAdapter + reference server', () => new RestAdapter({ baseUrl: BASE }), {
    suspendShare: suspendByGuessing(3),
  });

  describe('sessions and shares over HTTP', () => {
    it('answers without the session cookie with kind unauthorized', async () => {
      const anonymous = new RestAdapter({ baseUrl: BASE, credentials: 'omit' });
      await rejection(anonymous.getLearner(), 'unauthorized');
      await rejection(anonymous.listTranscriptShares(), 'unauthorized');
    });

    it('opens a share for a visitor without a session, without the address, at the URL it gives', async () => {
      const owner = new RestAdapter({ baseUrl: BASE });
      const accessCode = `visitor-${Math.random().toString(36).slice(2)}`;
      const share = await owner.createTranscriptShare({ accessCode, includeAddress: false });
      expect(share.url).to.equal(`${location.origin}/shared.html?transcript=${share.transcriptId}`);
      const visitor = new RestAdapter({ baseUrl: BASE, credentials: 'omit' });
      const transcript = await visitor.viewSharedTranscript({ transcriptId: share.transcriptId, accessCode });
      expect(transcript.learner.address).to.equal(null);
      expect(transcript.learner.name).to.equal((await owner.getLearner()).name);
    });

    it('has no official PDFs, so getCertificatePdf gives null and the widgets make their own', async () => {
      const adapter = new RestAdapter({ baseUrl: BASE });
      const [first] = await adapter.listCertifications();
      expect(await adapter.getCertificatePdf(first.id)).to.equal(null);
    });

    it('keeps the session cookie away from scripts', () => {
      expect(document.cookie).to.not.include('session=');
    });

    it('refuses a common password as access code with reason common-access-code on field accessCode', async () => {
      const adapter = new RestAdapter({ baseUrl: BASE });
      const before = await adapter.listTranscriptShares();
      const error = await rejection(
        adapter.createTranscriptShare({ accessCode: 'Password1', includeAddress: false }),
        'invalid-request',
      );
      expect(error.field).to.equal('accessCode');
      expect(error.reason).to.equal('common-access-code');
      expect(error.message).to.not.include('Password1');
      expect(await adapter.listTranscriptShares()).to.deep.equal(before);
    });

    it('refuses an access code of the wrong length on the server too, with the field named', async () => {
      const response = await fetch(`${BASE}/transcript/shares`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ accessCode: 'short', includeAddress: false }),
      });
      expect(response.status).to.equal(422);
      expect(response.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(((await response.json()) as { field?: string }).field).to.equal('accessCode');
    });
  });
});
