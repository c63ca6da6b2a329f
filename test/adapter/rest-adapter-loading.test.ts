/**
 * RestAdapter's request code loads on the first call: a page that never calls it never loads it, and
 * a learner who went offline meanwhile gets a `network` error, which the elements show with a retry.
 * (Chromium keeps a failed dynamic import failed for the page's life, so no retry can succeed here.)
 */
import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';

const REQUEST_CODE = '/src/adapter/rest-client.ts';

function unreachable(paths: string[]): void {
  document.cookie = `unreachable-modules=${encodeURIComponent(paths.join(','))}; path=/`;
}

function requested(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === path);
}

describe('RestAdapter loading its request code', () => {
  afterEach(() => unreachable([]));

  it('checks its options at once, without loading the request code', () => {
    expect(() => new RestAdapter({ baseUrl: 'ftp://example.org/' })).to.throw(TypeError, 'http or https');
    expect(() => new RestAdapter({ baseUrl: '/mock-api/ok', timeoutMs: -1 })).to.throw(RangeError);
    expect(new RestAdapter({ baseUrl: '/mock-api/ok' })).to.be.instanceOf(RestAdapter);
    expect(requested(REQUEST_CODE)).to.equal(false);
  });

  it('fails a call with kind network when its code does not load', async () => {
    const adapter = new RestAdapter({ baseUrl: '/mock-api/ok' });
    unreachable([REQUEST_CODE]);
    let error: unknown;
    try {
      await adapter.getLearner();
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind).to.equal('network');
    expect((error as AdapterError).message).to.contain('request code did not load');
    expect(requested(REQUEST_CODE)).to.equal(true);
  });
});
