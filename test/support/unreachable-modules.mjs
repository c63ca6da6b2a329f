/**
 * Koa middleware: answers 503 for the source files named in the page's `unreachable-modules` cookie
 * (comma-separated paths, e.g. `/src/adapter/rest-client.ts`), as a server does to a learner who went
 * offline after the page loaded. The runner reuses a page for the next test file, so the test clears
 * its cookie after each test.
 */
export async function unreachableModulesMiddleware(ctx, next) {
  const paths = decodeURIComponent(ctx.cookies.get('unreachable-modules') ?? '').split(',');
  if (!paths.includes(ctx.path)) return next();
  ctx.status = 503;
  ctx.set('Cache-Control', 'no-store');
  // Without it Chromium kept the module failed for the next test file on the same page (the runner
  // reuses pages): 38 RestAdapter tests failed after this one in a full run.
  ctx.set('Vary', 'Cookie');
  ctx.body = 'offline';
}
