export default {
  // Vite 7's dev server pre-bundles dependencies into node_modules/.vite/deps/, away from the files
  // cert-elements fetches (its PDF fonts, in dist/lib/assets/); `vite build` needs no setting.
  optimizeDeps: { exclude: ['cert-elements'] },
};
