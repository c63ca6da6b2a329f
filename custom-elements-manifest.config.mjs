// `npm run analyze`: custom-elements.json from the JSDoc of src/. The manifest path in package.json
// is written by hand, so the analyzer must not rewrite it (it would point at wherever it last wrote).
import { publicApiPlugin } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  // The script-tag build's entry registers the same classes as components/<tag>/define.ts.
  exclude: ['src/script-tag.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    publicApiPlugin(),
    {
      name: 'sort-modules',
      // The file system decides the order the analyzer finds files in; sort, so every clone writes the same manifest.
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
