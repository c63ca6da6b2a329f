import { expect } from '@open-wc/testing';
import { AdapterError, toAdapterError } from '../../src/adapter/errors.js';

describe('AdapterError', () => {
  it('keeps its kind, status and retryAfter, and says whether a retry helps', () => {
    const e = new AdapterError('rate-limited', 'Too many', { status: 429, retryAfter: 30 });
    expect(e.kind).to.equal('rate-limited');
    expect(e.status).to.equal(429);
    expect(e.retryAfter).to.equal(30);
    expect(e.retryable).to.be.true;
    expect(new AdapterError('not-found', 'x').retryable).to.be.false;
  });

  it('turns an AbortError into aborted and anything else into network', () => {
    expect(toAdapterError(new DOMException('stop', 'AbortError')).kind).to.equal('aborted');
    expect(toAdapterError(new TypeError('Failed to fetch')).kind).to.equal('network');
  });
});
