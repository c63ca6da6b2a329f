/**
 * The official certificate PDF a backend may have (`CertAdapter.getCertificatePdf`), checked to
 * really be a PDF. No jsPDF here: the preview asks for it without loading the PDF maker.
 */
import type { CertAdapter } from '../adapter/adapter.js';
import { isAdapterError } from '../adapter/errors.js';

async function isPdf(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 1024).arrayBuffer());
  return new TextDecoder('latin1').decode(head).includes('%PDF-');
}

/**
 * The official PDF as an `application/pdf` Blob, or `null` when the adapter has none (no method,
 * `null`, `not-found`, or something that is no PDF). Other adapter errors are passed on.
 */
export async function officialCertificatePdf(
  adapter: CertAdapter | null | undefined,
  certificationId: string,
  signal?: AbortSignal,
): Promise<Blob | null> {
  signal?.throwIfAborted();
  if (!adapter?.getCertificatePdf) return null;
  try {
    const official = await adapter.getCertificatePdf(certificationId, signal ? { signal } : {});
    if (official instanceof Blob && official.size > 0 && (await isPdf(official))) {
      return official.type === 'application/pdf' ? official : new Blob([official], { type: 'application/pdf' });
    }
  } catch (error) {
    if (!(isAdapterError(error) && error.kind === 'not-found')) throw error;
  }
  return null;
}
