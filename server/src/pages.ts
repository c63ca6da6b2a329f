/**
 * The demo pages and the built library: `index.html` (the dashboard on this API), `shared.html`
 * (the shared-transcript page, with its stricter CSP), `verify.html` (credential verification, the same
 * CSP), `/dist/**` and the demo's own script, style
 * and images. Nothing else of the web root is reachable.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Problem } from './problems.js';
import { PAGE_CSP, SHARED_PAGE_CSP } from './security-headers.js';

export async function registerPages(fastify: FastifyInstance, webRoot: string): Promise<void> {
  const page = (file: string, csp: string) => async (_request: unknown, reply: FastifyReply) => {
    let html: Buffer;
    try {
      html = await readFile(join(webRoot, file));
    } catch {
      throw new Problem(404, `${file} is missing from the server's web root.`);
    }
    return reply
      .header('content-security-policy', csp)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html);
  };
  fastify.get('/', page('index.html', PAGE_CSP));
  fastify.get('/index.html', page('index.html', PAGE_CSP));
  fastify.get('/shared.html', page('shared.html', SHARED_PAGE_CSP));
  fastify.get('/verify.html', page('verify.html', SHARED_PAGE_CSP));
  // Browsers ask for it on every page; there is none, and a 404 would be noise in the console.
  fastify.get('/favicon.ico', (_request, reply) => reply.code(204).send());

  // Static files log only warnings: one request line per chunk would bury the API's.
  await fastify.register(fastifyStatic, {
    root: join(webRoot, 'dist'),
    prefix: '/dist/',
    decorateReply: false,
    index: false,
    logLevel: 'warn',
  });
  await fastify.register(fastifyStatic, {
    // Only the pictures of the library's asset folder: the demo badges'.
    root: join(webRoot, 'src', 'assets'),
    prefix: '/demo-badges/',
    decorateReply: false,
    index: false,
    logLevel: 'warn',
    allowedPath: (path) => /^\/[\w-]+\.(svg|png)$/.test(path),
  });
  await fastify.register(fastifyStatic, {
    root: join(webRoot, 'demo'),
    prefix: '/demo/',
    decorateReply: false,
    index: false,
    logLevel: 'warn',
    allowedPath: (path) => /^\/[\w.-]+\.(js|css|svg)$/.test(path),
  });
}
