/**
 * A @web/test-runner plugin that gives a browser test the HTML a server renders with Lit SSR:
 *
 *   const pages = await executeServerCommand('ssr-render', { cases: [{ tag: 'cert-list', lang: 'es', data }] });
 *
 * Each case is rendered from `test/ssr/cases.ts` by `test/ssr/server-render.mjs` in a Node process
 * of its own (Lit SSR puts a DOM shim into its process's globals), with `defer-hydration` on the
 * elements so that the page's `hydrate()` hands them their properties first.
 */
import { spawn } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../ssr/server-render.mjs', import.meta.url));

function renderOnServer(cases) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`ssr-render failed (${code}): ${stderr}`)),
    );
    child.stdin.end(JSON.stringify(cases));
  });
}

export function ssrRenderPlugin() {
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      if (!payload || !Array.isArray(payload.cases)) throw new Error('ssr-render needs { cases: [...] }');
      return renderOnServer(payload.cases);
    },
  };
}
