/**
 * A module worker of the certificate pool (`./certificate-pool.ts`): draws `CertificatePage`s, made
 * on the main thread with the person's messages and dates, as PDF bytes. It has no fonts of its
 * own: every face, built in or registered, comes from the page, which loads each once, so the
 * asset base, `registerPdfFont` and the page's network policy hold here as there. Posts `ready`
 * once its code (jsPDF included) has loaded.
 */
import { certificatePageBytes, type CertificatePage } from './certificate-pdf.js';
import { builtInSources } from './built-in-fonts.js';
import { setCjkSliceLoader } from './cjk-fonts.js';
import { registerPdfFont, unregisterPdfFont, type PdfFontWeight } from './font-registry.js';
import type { PdfTextNeed } from './fonts.js';
import { loadJsPdf } from './pdf-document.js';
import { PdfTextLayout } from './pdf-text.js';

/** A font source of the page, in the order the page tries them. `ranges` absent: a built-in subset of that family. */
export interface PoolFontSource {
  /** Names this source object on the page: a font registered again under its name gets a new key. */
  key: string;
  family: string;
  hasBold: boolean;
  ranges?: Array<[number, number]>;
}

export type ToWorker =
  | { type: 'batch'; batch: number; fonts: PoolFontSource[]; needs: PdfTextNeed[]; lang: string }
  | { type: 'page'; batch: number; job: number; page: CertificatePage }
  | { type: 'font'; key: string; weight: PdfFontWeight; bytes?: Uint8Array; error?: string };

export type FromWorker =
  | { type: 'ready' }
  /** Its code did not load (jsPDF, offline): the page makes the certificates. */
  | { type: 'unusable'; error: string }
  | { type: 'font'; key: string; weight: PdfFontWeight }
  | { type: 'done'; job: number; bytes: Uint8Array }
  | { type: 'failed'; job: number; error: string };

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

/** Font bytes asked of the page, by key and weight. */
const fontRequests = new Map<string, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
let sources: PoolFontSource[] = [];
let batchReady: Promise<void> = Promise.resolve();

function requestFont(key: string, weight: PdfFontWeight): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    fontRequests.set(`${key}\u0000${weight}`, { resolve, reject });
    scope.postMessage({ type: 'font', key, weight });
  });
}

/** Registers the page's fonts here, in its order, ahead of this worker's built-in ones, which are never fetched. */
function useFonts(fonts: PoolFontSource[]): void {
  const same = fonts.length === sources.length && fonts.every((f, i) => f.key === sources[i].key);
  if (same) return;
  for (const old of sources) unregisterPdfFont(old.family);
  for (const font of fonts) {
    const builtIn = font.ranges ? undefined : builtInSources.find((s) => s.family === font.family);
    registerPdfFont({
      name: font.family,
      ...(font.ranges
        ? { ranges: font.ranges }
        : { test: (char) => builtIn?.declares(char.codePointAt(0) ?? 0) ?? false }),
      load: () => requestFont(font.key, 'normal'),
      ...(font.hasBold ? { loadBold: () => requestFont(font.key, 'bold') } : {}),
    });
  }
  sources = fonts;
}

// The CJK slices come from the page too, named `cjk:<family>:<index>` (the pool finds them with cjkSliceSource()).
setCjkSliceLoader((family, index) => requestFont(`cjk:${family}:${index}`, 'normal'));

async function prepareBatch(needs: PdfTextNeed[], lang: string): Promise<void> {
  const { jsPDF } = await loadJsPdf();
  // A font no certificate can do without fails the page's certificate as well: it says why, there.
  await PdfTextLayout.prepareBatch(jsPDF, needs, lang).catch(() => undefined);
}

async function makePage(job: number, page: CertificatePage): Promise<void> {
  try {
    await batchReady;
    const bytes = await certificatePageBytes(page);
    scope.postMessage({ type: 'done', job, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      job,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
}

scope.addEventListener('message', ({ data }) => {
  switch (data.type) {
    case 'batch':
      useFonts(data.fonts);
      batchReady = prepareBatch(data.needs, data.lang);
      break;
    case 'page':
      void makePage(data.job, data.page);
      break;
    case 'font': {
      const id = `${data.key}\u0000${data.weight}`;
      const request = fontRequests.get(id);
      fontRequests.delete(id);
      if (data.bytes) request?.resolve(data.bytes);
      else request?.reject(new Error(data.error ?? 'no font'));
      break;
    }
  }
});

// No top-level await: integrators' bundlers may build the worker as a classic script (Vite's default `worker.format`).
loadJsPdf().then(
  () => scope.postMessage({ type: 'ready' }),
  (error: unknown) => scope.postMessage({ type: 'unusable', error: String(error) }),
);
