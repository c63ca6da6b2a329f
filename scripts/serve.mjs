// `npm start`: builds the library and the server when their sources changed, then runs the
// reference server (server/) on 127.0.0.1: the dashboard at /, shared transcripts at /shared.html,
// the API at /api, with the demo sign-in on (DEMO_SIGN_IN=false turns it off). PORT sets the port
// (8080 by default); server/README.md lists every setting.
//
// `npm run demo:memory` (`node scripts/serve.mjs --memory`): the in-memory demo through Vite, no server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.argv.includes('--memory')) {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root,
    server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: false },
    logLevel: 'warn',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
  console.log(`cert-elements in-memory demo: ${new URL('demo/memory.html', url)}`);
  console.log('Press Ctrl+C to stop.');
} else {
  if (libraryIsStale()) {
    console.log('Building the library (npm run build)…');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const { ensureServerBuilt } = await import('../server/ensure-built.mjs');
  ensureServerBuilt();
  const { main } = await import('../server/dist/server/src/main.js');
  try {
    // The demo page signs its visitor in as the demo learner; the server says so when it starts.
    await main({ DEMO_SIGN_IN: 'true', ...process.env });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/** Whether dist/cert-elements.js is missing or older than a source file or the build configuration. */
function libraryIsStale() {
  const bundle = join(root, 'dist', 'cert-elements.js');
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const newer = (path) => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs > built;
    return readdirSync(path).some((entry) => newer(join(path, entry)));
  };
  return [join(root, 'src'), join(root, 'vite.config.ts')].some((p) => existsSync(p) && newer(p));
}
