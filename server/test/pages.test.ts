/** The pages and files the server serves, and the headers that protect them. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { rawRequest, startTestServer, type TestServer } from './helpers.js';

/** A policy as a map from directive to its sources. */
function directives(policy: string | null): Map<string, string[]> {
  assert.ok(policy, 'a Content-Security-Policy header');
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('pages', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.dispose());

  it('serves the demo badges’ pictures that the seeded badges point at', async () => {
    await server.signIn();
    const badges = (await server.api('/badges')).json as Array<{ id: string; imageUrl: string }>;
    assert.ok(badges.length >= 4);
    for (const badge of badges) assert.match(badge.imageUrl, /^\/demo-badges\/[\w-]+\.(svg|png)$/, badge.id);
    const picture = await server.page('demo-badges/accessibility.svg');
    assert.equal(picture.status, 200);
    assert.match(picture.headers.get('content-type')!, /^image\/svg\+xml/);
    const raster = badges.find((b) => b.imageUrl.endsWith('.png'));
    assert.ok(raster, 'one demo badge has a raster picture');
    // The test's web root holds stand-ins: put a PNG where the seeded badge points.
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const rasterFile = raster.imageUrl.slice('/demo-badges/'.length);
    writeFileSync(join(server.webRoot, 'src', 'assets', rasterFile), new Uint8Array(signature));
    const png = await fetch(new URL(raster.imageUrl, server.url));
    assert.equal(png.status, 200);
    assert.match(png.headers.get('content-type')!, /^image\/png/);
    assert.deepEqual([...new Uint8Array(await png.arrayBuffer())], signature);
    assert.equal((await server.page('demo-badges/accessibility.gif')).status, 404);
    assert.equal((await server.page('demo-badges/..%2Fdemo-data.ts')).status, 404);
    // The pictures share the library's asset folder with the fonts, which are not served here.
    assert.equal((await server.page('demo-badges/noto-sans-latin-400-normal.woff')).status, 404);
  });

  it('serves shared.html as it is, with no referrer, a strict CSP and no third-party sources', async () => {
    const reply = await server.page('shared.html?transcript=ABCDEFGHJKLMN');
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type')!, /^text\/html/);
    assert.ok(reply.text.includes('<transcript-viewer mode="shared">'));
    assert.equal(reply.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(reply.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(reply.headers.get('x-frame-options'), 'DENY');
    const csp = directives(reply.headers.get('content-security-policy'));
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.deepEqual(csp.get('style-src'), ["'self'"]);
    assert.deepEqual(csp.get('connect-src'), ["'self'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'none'"]);
    assert.deepEqual(csp.get('require-trusted-types-for'), ["'script'"]);
    assert.deepEqual(csp.get('trusted-types'), ['lit-html']);
    for (const [name, sources] of csp) {
      for (const source of sources) {
        assert.ok(
          !/^(https?:|\*|'unsafe-)/.test(source) && !/\./.test(source.replace(/^'.*'$/, '')),
          `${name} ${source}`,
        );
      }
    }
  });

  it('serves index.html with the same protections', async () => {
    for (const path of ['', 'index.html']) {
      const reply = await server.page(path);
      assert.equal(reply.status, 200);
      assert.ok(reply.text.includes('<cert-dashboard api-base="/api">'));
      assert.equal(reply.headers.get('referrer-policy'), 'no-referrer');
      const csp = directives(reply.headers.get('content-security-policy'));
      assert.deepEqual(csp.get('script-src'), ["'self'"]);
      assert.deepEqual(csp.get('default-src'), ["'none'"]);
    }
  });

  it('serves the built library under /dist and the demo script, nothing else of the web root', async () => {
    const library = await server.page('dist/cert-elements.js');
    assert.equal(library.status, 200);
    assert.match(library.headers.get('content-type')!, /javascript/);
    assert.equal((await server.page('dist/chunks/jspdf-abc.js')).status, 200);
    assert.equal((await server.page('demo/demo.js')).status, 200);
    for (const path of [
      '/demo/memory.ts',
      '/package.json',
      '/server/src/app.ts',
      '/data/cert-elements.sqlite',
      '/dist/../package.json',
      '/dist/%2e%2e/package.json',
      '/demo/..%2fpackage.json',
      '/dist/..%5cpackage.json',
    ]) {
      const reply = await rawRequest(server.url, path);
      assert.ok(reply.status >= 400 && reply.status < 500, `${path}: ${reply.status}`);
      assert.ok(!reply.text.includes('not to be served'), path);
    }
    const missing = await server.page('dist/nothing.js');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });

  it('marks API answers no-store and never a document', async () => {
    const reply = await server.api('/learner', { cookie: null });
    assert.equal(reply.headers.get('cache-control'), 'no-store');
    assert.match(reply.headers.get('content-security-policy')!, /default-src 'none'/);
    assert.equal(reply.headers.get('referrer-policy'), 'no-referrer');
  });
});
