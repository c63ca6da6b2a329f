/** English for `<cert-list>`'s preview and downloads: added to the table by their code (`components/cert-list/actions.ts`). */
export const enCertActions = {
  previewTitle: (title: string) => `Certificate preview: ${title}`,
  preparingPreview: 'Preparing the preview…',
  previewImage: (title: string, name: string) => `Certificate: ${title}, ${name}`,
  previewVerify: 'Anyone can check this certificate at',
  previewVerifyLink: (url: string) => `${url} (opens in a new tab)`,
  previewOfficial: 'The download is the official PDF from your learning provider; this preview shows the same details.',
  preparingPdf: 'Preparing the PDF…',
  progress: (done: number, total: number) => `Making certificate ${Math.min(done + 1, total)} of ${total}…`,
  zipping: 'Making the ZIP file…',
  downloaded: (n: number) => (n === 1 ? 'Your certificate is ready.' : `Your ${n} certificates are ready.`),
  cancelled: 'Download cancelled. Your selection is kept.',
};
