import HtmlWebpackPlugin from 'html-webpack-plugin';

export default {
  mode: 'production',
  entry: './src/main.js',
  output: { clean: true },
  plugins: [new HtmlWebpackPlugin({ template: './index.html' })],
  // webpack hints at any file over 244 KiB. jsPDF's chunk (about 390 KiB, 125 KiB gzipped) is fetched
  // only when a learner first asks for a PDF; the page's entry stays under the default limit.
  performance: { maxAssetSize: 400 * 1024 },
};
