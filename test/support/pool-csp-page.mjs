/**
 * Koa middleware: `/pool-csp/page.html`, a page whose policy forbids workers (`worker-src 'none'`),
 * for the worker pool's fallback to slices (test/export/certificate-pool.test.ts). Its script is
 * test/export/pool/csp-page.ts.
 */
export const NO_WORKERS_CSP = "worker-src 'none'";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>cert-elements where workers are forbidden</title>
    <script type="module" src="/test/export/pool/csp-page.ts"></script>
  </head>
  <body></body>
</html>`;

export async function poolCspPageMiddleware(ctx, next) {
  if (ctx.path !== '/pool-csp/page.html') return next();
  ctx.set('Content-Security-Policy', NO_WORKERS_CSP);
  ctx.type = 'text/html';
  ctx.body = PAGE;
}
