/**
 * Koa middleware: answers 503 for the source files named in the page's `unreachable-modules` cookie
 * (comma-separated paths, e.g. `/src/adapter/rest-client.ts`), as a server does to a learner who went
 * offline after the page loaded. Each test page has a browser context of its own, so its cookie
 * touches no other test file.
 */
export async function unreachableModulesMiddleware(ctx, next) {
  const paths = decodeURIComponent(ctx.cookies.get('unreachable-modules') ?? '').split(',');
  if (!paths.includes(ctx.path)) return next();
  ctx.status = 503;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = 'offline';
}
