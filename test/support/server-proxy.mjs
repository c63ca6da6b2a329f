/**
 * The reference server (server/) for browser tests. When the test runner starts, it builds the
 * server if needed and starts it on a free 127.0.0.1 port with a fresh database in a temporary
 * folder; the middleware makes it reachable same-origin under `/e2e-api/`, proxied to its `/api/`,
 * so a test page's cookie, Origin and Sec-Fetch-Site headers reach it as a real page's would.
 *
 *   const adapter = new RestAdapter({ baseUrl: '/e2e-api' });
 *   await fetch('/e2e-api/demo/sign-in', { method: 'POST' }); // the session cookie
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { ensureServerBuilt } from '../../server/ensure-built.mjs';

const PREFIX = '/e2e-api/';

/** @type {Promise<{ port: number, close: () => Promise<void> }> | undefined} */
let running;

/** @param {string | null} [publicBaseUrl] the test pages' origin, which the server's share URLs are built on */
function start(publicBaseUrl = null) {
  running ??= (async () => {
    ensureServerBuilt();
    const { startServer } = await import('../../server/dist/server/src/app.js');
    const { defaultConfig } = await import('../../server/dist/server/src/config.js');
    const dataDir = mkdtempSync(join(tmpdir(), 'cert-elements-e2e-'));
    const removeData = () => rmSync(dataDir, { recursive: true, force: true });
    process.once('exit', removeData);
    // Cheaper scrypt than production (2^12): the suite creates dozens of shares and the cost is tested in server/test.
    const config = defaultConfig({
      host: '127.0.0.1',
      port: 0,
      dataDir,
      scryptLog2N: 12,
      logLevel: 'warn',
      // The tests sign in as the demo learner, each test anew.
      demoSignIn: true,
      demoSignInsPerMinute: 10_000,
      // A share suspended after 3 failed views (from any address), so the contract can suspend one from 127.0.0.1.
      shareSuspendAfterFailures: 3,
      // Share URLs on the test pages' origin, as PUBLIC_BASE_URL puts them on a partner's.
      publicBaseUrl,
    });
    const app = await startServer({ config });
    return {
      port: app.port,
      async close() {
        await app.close();
        removeData();
      },
    };
  })();
  return running;
}

/** Starts the server with the test runner and stops it (deleting its data) at the end. */
export function referenceServerPlugin() {
  return {
    name: 'reference-server',
    async serverStart({ config }) {
      const origin = `${config.http2 ? 'https' : 'http'}://${config.hostname ?? 'localhost'}:${config.port}/`;
      // A server that does not build fails only the tests that use it, not the whole run.
      await start(origin).catch((error) => console.warn(`The reference server did not start: ${error.message}`));
    },
    async serverStop() {
      const server = await running?.catch(() => undefined);
      await server?.close();
    },
  };
}

/** Koa middleware: `/e2e-api/<path>` to the server's `/api/<path>`, request and response streamed as they are. */
export async function referenceServerMiddleware(ctx, next) {
  if (!ctx.url.startsWith(PREFIX)) return next();
  let port;
  try {
    ({ port } = await start());
  } catch (error) {
    ctx.status = 503;
    ctx.body = `The reference server did not start: ${error.message}`;
    return;
  }
  ctx.respond = false;
  await new Promise((resolve) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port,
        method: ctx.method,
        path: `/api/${ctx.url.slice(PREFIX.length)}`,
        headers: ctx.req.headers,
      },
      (response) => {
        ctx.res.writeHead(response.statusCode ?? 502, response.headers);
        pipeline(response, ctx.res, () => resolve());
      },
    );
    upstream.on('error', (error) => {
      if (!ctx.res.headersSent) ctx.res.writeHead(502, { 'content-type': 'text/plain' });
      ctx.res.end(`reference server unreachable: ${error.message}`);
      resolve();
    });
    pipeline(ctx.req, upstream, () => {});
  });
}
