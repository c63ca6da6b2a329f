/**
 * The heavy helpers as the package exports them: each loads its module (jsPDF, fonts, fflate, the
 * Open Badges reader, access-code hashing) on its first call, so importing the package stays light.
 */
import type { OpenBadgeData } from './model.js';

type Args<F> = F extends (...args: infer A) => unknown ? A : never;

/** A certificate PDF (`export/certificate-pdf.ts`). */
export async function certificatePdf(...args: Args<typeof import('./export/certificate-pdf.js').certificatePdf>) {
  return (await import('./export/certificate-pdf.js')).certificatePdf(...args);
}

/** A transcript PDF, "Page N of M" numbered (`export/transcript-pdf.ts`). */
export async function transcriptPdf(...args: Args<typeof import('./export/transcript-pdf.js').transcriptPdf>) {
  return (await import('./export/transcript-pdf.js')).transcriptPdf(...args);
}

/** A ZIP of certificate PDFs, made in slices with progress and abort (`export/zip.ts`). */
export async function buildCertificateZip(...args: Args<typeof import('./export/zip.js').buildCertificateZip>) {
  return (await import('./export/zip.js')).buildCertificateZip(...args);
}

/** A `Badge` from Open Badges 2.0 or 3.0 data, JSON or compact JWS (`share/open-badges.ts`). */
export async function parseOpenBadge(...args: Args<typeof import('./share/open-badges.js').parseOpenBadge>) {
  return (await import('./share/open-badges.js')).parseOpenBadge(...args);
}

/** The Open Badges data baked into a PNG or SVG, or `null` (`share/open-badges.ts`). */
export async function readBakedOpenBadge(bytes: Uint8Array): Promise<OpenBadgeData | null> {
  return (await import('./share/open-badges.js')).readBakedOpenBadge(bytes);
}

/** A PNG or SVG with Open Badges data baked in (`share/open-badges.ts`). */
export async function bakeOpenBadge(image: Uint8Array, data: OpenBadgeData): Promise<Uint8Array> {
  return (await import('./share/open-badges.js')).bakeOpenBadge(image, data);
}

/** A self-describing PBKDF2 hash of an access code (`adapter/access-code-hash.ts`). */
export async function hashAccessCode(...args: Args<typeof import('./adapter/access-code-hash.js').hashAccessCode>) {
  return (await import('./adapter/access-code-hash.js')).hashAccessCode(...args);
}

/** Whether an access code matches a hash from `hashAccessCode`, compared in constant time (`adapter/access-code-hash.ts`). */
export async function verifyAccessCode(code: string, stored: string): Promise<boolean> {
  return (await import('./adapter/access-code-hash.js')).verifyAccessCode(code, stored);
}
