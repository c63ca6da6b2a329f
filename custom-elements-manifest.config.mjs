// `npm run analyze`: custom-elements.json from the JSDoc of src/. The manifest path in package.json
// is written by hand, so the analyzer must not rewrite it (it would point at wherever it last wrote).
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  packagejson: false,
};
