/**
 * Koa middleware for test pages served under a Content-Security-Policy header, as an integrator's
 * page would be: each a page with one module script and the policy it is about.
 */

/** A middleware answering `path` with a page that runs `script` under `policy`. */
function policyPage({ path, policy, title, script, body = '' }) {
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="module" src="${script}"></script>
  </head>
  <body>${body}</body>
</html>`;
  return async (ctx, next) => {
    if (ctx.path !== path) return next();
    ctx.set('Content-Security-Policy', policy);
    ctx.type = 'text/html';
    ctx.body = page;
  };
}

/**
 * `/csp/page.html`: nothing but the built bundle, with the strictest policy an integrator is likely
 * to set (DESIGN.md): no inline script or style, Trusted Types with only Lit's policy. Its script
 * is `/test/build/csp-page.js`.
 */
export const cspPageMiddleware = policyPage({
  path: '/csp/page.html',
  policy:
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  title: 'cert-elements under a strict CSP',
  script: '/test/build/csp-page.js',
  body: '\n    <cert-dashboard></cert-dashboard>\n  ',
});

/**
 * `/pool-csp/page.html`: a page whose policy forbids workers, for the worker pool's fallback to
 * slices (test/export/certificate-pool.test.ts). Its script is test/export/pool/csp-page.ts.
 */
export const poolCspPageMiddleware = policyPage({
  path: '/pool-csp/page.html',
  policy: "worker-src 'none'",
  title: 'cert-elements where workers are forbidden',
  script: '/test/export/pool/csp-page.ts',
});
