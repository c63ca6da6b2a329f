import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { cspPageMiddleware, poolCspPageMiddleware } from './test/support/csp-page.mjs';
import { fontParserPlugin } from './test/support/font-parser-plugin.mjs';
import { mockApiMiddleware } from './test/support/mock-api.mjs';
import { pdfTextPlugin } from './test/support/pdf-text-plugin.mjs';
import { pixelsPlugin } from './test/support/pixels-plugin.mjs';
import { reactEsmPlugin } from './test/support/react-esm-plugin.mjs';
import { referenceServerMiddleware, referenceServerPlugin } from './test/support/server-proxy.mjs';
import { ssrRenderPlugin } from './test/support/ssr-plugin.mjs';
import { unzipPlugin } from './test/support/unzip-plugin.mjs';
import { unreachableModulesMiddleware } from './test/support/unreachable-modules.mjs';

// Deterministic dates: one time zone and one browser locale for every run (tests pin the clock themselves).
process.env.TZ = 'UTC';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [
    cspPageMiddleware,
    poolCspPageMiddleware,
    mockApiMiddleware,
    referenceServerMiddleware,
    unreachableModulesMiddleware,
    // A module the code names by its built name, `new Worker(new URL('./x.js', import.meta.url))`: the
    // browser asks for x.js itself (no import for the esbuild plugin to resolve), so serve x.ts.
    (ctx, next) => {
      if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js') && !existsSync(`.${ctx.path}`)) {
        const ts = ctx.path.replace(/\.js$/, '.ts');
        if (existsSync(`.${ts}`)) ctx.path = ts;
      }
      return next();
    },
    // The asset folder a second time, as a site that copied it to a folder of its own serves it (test/rules/asset-base.test.ts).
    (ctx, next) => {
      if (ctx.path.startsWith('/copied-assets/')) ctx.path = ctx.path.replace('/copied-assets/', '/src/assets/');
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    pdfTextPlugin(),
    // One row of the page's pixels, for what geometry cannot tell (test/components/rtl.test.ts).
    pixelsPlugin(),
    fontParserPlugin(),
    referenceServerPlugin(),
    unzipPlugin(),
    ssrRenderPlugin(),
    // React 19 is CommonJS only: test/react/ gets it as ES modules.
    reactEsmPlugin(),
    // The accessibility tree as a screen reader gets it (`a11ySnapshot`), for tests of accessible names.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      // Its own browser context, so its own window: a test page never sits in a hidden tab without animation frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          '--lang=en-US',
          // Test pages run side by side in tabs: a background tab must still get animation frames and timers.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
