import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';

export default {
  input: 'src/main.js',
  output: { dir: 'dist', format: 'es' },
  // importMetaAssets copies what `new URL('./font.woff', import.meta.url)` points at: the PDF fonts.
  plugins: [nodeResolve(), commonjs(), importMetaAssets()],
};
