/**
 * Koa middleware: `/csp/page.html`, a page with nothing but the built bundle, served with the
 * strictest policy an integrator is likely to set (DESIGN.md): no inline script or style, Trusted
 * Types with only Lit's policy. The page's own script is `/test/build/csp-page.js`.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>cert-elements under a strict CSP</title>
    <script type="module" src="/test/build/csp-page.js"></script>
  </head>
  <body>
    <cert-dashboard></cert-dashboard>
  </body>
</html>`;

export async function cspPageMiddleware(ctx, next) {
  if (ctx.path !== '/csp/page.html') return next();
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.type = 'text/html';
  ctx.body = PAGE;
}
