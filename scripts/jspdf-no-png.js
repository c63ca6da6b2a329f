// What the script-tag build gives jsPDF for fast-png (and with it pako and iobuffer): cert-elements
// puts no PNG image in a PDF (the QR code and the certificate are vectors, the fonts are TrueType),
// so PNG decoding is never called; if it ever were, it says so rather than drawing nothing.
export function decode() {
  throw new Error('cert-elements: PNG images are not supported in its PDFs.');
}
