import { expect } from '@open-wc/testing';
import { reasonForProblemType } from '../../src/adapter/problem-types.js';
import {
  ADAPTER_ERROR_KINDS,
  AdapterError,
  abortedBy,
  isAdapterError,
  kindForStatus,
  toAdapterError,
  type AdapterErrorKind,
} from '../../src/adapter/errors.js';

/** An `AdapterError` class loaded afresh in a new iframe: another realm, as a second copy of the library on a page would be. */
async function foreignAdapterError(): Promise<{ AdapterError: typeof AdapterError; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & { loaded?: Promise<typeof AdapterError> };
  const script = win.document.createElement('script');
  script.type = 'module';
  script.textContent = `window.resolveLoaded((await import('${new URL('/src/adapter/errors.ts', location.href)}')).AdapterError);`;
  const loaded = new Promise<typeof AdapterError>((resolve) => Object.assign(win, { resolveLoaded: resolve }));
  win.document.head.append(script);
  return { AdapterError: await loaded, frame };
}

describe('AdapterError', () => {
  describe('retryable', () => {
    // Worth trying again: the network, a timeout, a rate limit, the server. Not: anything the same request gets again.
    const retryable: Record<AdapterErrorKind, boolean> = {
      network: true,
      timeout: true,
      'rate-limited': true,
      server: true,
      aborted: false,
      unauthorized: false,
      forbidden: false,
      'not-found': false,
      'invalid-request': false,
      'invalid-response': false,
    };

    it('has an answer for every kind', () => {
      expect(Object.keys(retryable).sort()).to.deep.equal([...ADAPTER_ERROR_KINDS].sort());
    });

    for (const [kind, expected] of Object.entries(retryable)) {
      it(`${kind} is ${expected ? '' : 'not '}worth retrying`, () => {
        expect(new AdapterError(kind as AdapterErrorKind, 'failed').retryable).to.equal(expected);
      });
    }
  });

  describe('toAdapterError', () => {
    it('turns an AbortError into aborted and a TimeoutError into timeout, keeping the cause', () => {
      const abort = new DOMException('stop', 'AbortError');
      const aborted = toAdapterError(abort);
      expect(aborted.kind).to.equal('aborted');
      expect(aborted.cause).to.equal(abort);
      expect(aborted.retryable).to.be.false;
      const timeout = toAdapterError(new DOMException('slow', 'TimeoutError'));
      expect(timeout.kind).to.equal('timeout');
      expect(timeout.retryable).to.be.true;
    });

    it('turns anything else into network, with its message', () => {
      const failed = toAdapterError(new TypeError('Failed to fetch'));
      expect([failed.kind, failed.message]).to.deep.equal(['network', 'Failed to fetch']);
      expect(toAdapterError(new DOMException('gone', 'NetworkError')).kind).to.equal('network');
      expect(toAdapterError('offline').message).to.equal('offline');
      expect(toAdapterError(new Error('')).message).to.equal('The request failed.');
    });

    it('passes an AdapterError through unchanged', () => {
      const limited = new AdapterError('rate-limited', 'Slow down.', { retryAfter: 30 });
      expect(toAdapterError(limited)).to.equal(limited);
    });
  });

  describe('abortedBy', () => {
    it('is aborted for a plain abort()', () => {
      const controller = new AbortController();
      controller.abort();
      expect(abortedBy(controller.signal).kind).to.equal('aborted');
    });

    it('is timeout for AbortSignal.timeout()', async () => {
      const signal = AbortSignal.timeout(1);
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      expect(abortedBy(signal).kind).to.equal('timeout');
    });

    it('is the reason itself when the reason is an AdapterError', () => {
      const reason = new AdapterError('timeout', 'No answer within 5 s.');
      const controller = new AbortController();
      controller.abort(reason);
      expect(abortedBy(controller.signal)).to.equal(reason);
    });

    it('is aborted, keeping the reason as its cause, for any other reason', () => {
      const controller = new AbortController();
      controller.abort('the element was removed');
      const error = abortedBy(controller.signal);
      expect(error.kind).to.equal('aborted');
      expect(error.cause).to.equal('the element was removed');
    });
  });

  describe('kindForStatus', () => {
    const expected: [number, AdapterErrorKind][] = [
      [400, 'invalid-request'],
      [409, 'invalid-request'],
      [413, 'invalid-request'],
      [431, 'invalid-request'],
      [422, 'invalid-request'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [410, 'not-found'],
      [429, 'rate-limited'],
      [405, 'invalid-response'],
      [418, 'invalid-response'],
      [500, 'server'],
      [502, 'server'],
      [503, 'server'],
      [599, 'server'],
      // Not an error status: a response the adapter cannot use.
      [200, 'invalid-response'],
      [302, 'invalid-response'],
      [600, 'invalid-response'],
    ];
    for (const [status, kind] of expected) {
      it(`HTTP ${status} is ${kind}`, () => {
        expect(kindForStatus(status)).to.equal(kind);
      });
    }
  });

  describe('isAdapterError', () => {
    it('knows an AdapterError and refuses other errors and look-alikes', () => {
      expect(isAdapterError(new AdapterError('server', 'down'))).to.be.true;
      expect(isAdapterError(new Error('down'))).to.be.false;
      expect(isAdapterError({ name: 'AdapterError', kind: 'server', message: 'a plain object' })).to.be.false;
      expect(isAdapterError(Object.assign(new Error('x'), { name: 'AdapterError', kind: 'oops' })), 'unknown kind').to
        .be.false;
      expect(isAdapterError(null)).to.be.false;
      expect(isAdapterError('AdapterError')).to.be.false;
    });

    it('knows a plain Error named AdapterError with a kind (e.g. from a second copy of the library)', () => {
      const copy = Object.assign(new Error('down'), { name: 'AdapterError', kind: 'server' });
      expect(isAdapterError(copy)).to.be.true;
    });

    it("knows an AdapterError from another iframe's copy of the class", async () => {
      const { AdapterError: Foreign, frame } = await foreignAdapterError();
      try {
        expect(Foreign).to.not.equal(AdapterError);
        const foreign = new Foreign('rate-limited', 'Slow down.', { retryAfter: 30 });
        expect(foreign instanceof AdapterError, 'another realm').to.be.false;
        expect(isAdapterError(foreign)).to.be.true;
        expect(toAdapterError(foreign)).to.equal(foreign);
      } finally {
        frame.remove();
      }
    });
  });
});

describe('reasonForProblemType', () => {
  it('names the reason of a known problem type with the kind it goes with', () => {
    expect(reasonForProblemType('urn:cert-elements:problem:share-suspended', 'forbidden')).to.equal('share-suspended');
    expect(reasonForProblemType('urn:cert-elements:problem:common-access-code', 'invalid-request')).to.equal(
      'common-access-code',
    );
  });

  it('names none for another kind, about:blank or an unknown type', () => {
    expect(reasonForProblemType('urn:cert-elements:problem:share-suspended', 'not-found')).to.equal(undefined);
    expect(reasonForProblemType('urn:cert-elements:problem:common-access-code', 'server')).to.equal(undefined);
    expect(reasonForProblemType('about:blank', 'forbidden')).to.equal(undefined);
    expect(reasonForProblemType('constructor', 'forbidden')).to.equal(undefined);
  });

  it('keeps the reason on the error', () => {
    const error = new AdapterError('forbidden', 'Suspended', { reason: 'share-suspended' });
    expect(error.reason).to.equal('share-suspended');
    expect(new AdapterError('forbidden', 'No').reason).to.equal(undefined);
  });
});
