import { executeServerCommand } from '@web/test-runner-commands';
import { toBase64 } from './read-pdf.js';

export interface UnzippedFile {
  /** The file name `unzip` wrote to disk. */
  name: string;
  /** Permission bits, `mode & 0o777`. */
  mode: number;
  /** The file's first five bytes, as Latin-1 text (`%PDF-` for a PDF). */
  head: string;
}

export interface InfoZipReading {
  /** `unzip -Z1`: the entry names as Info-ZIP reads them. */
  names: string[];
  /** What `unzip` extracted, sorted by name. */
  files: UnzippedFile[];
}

/** Opens a ZIP with Debian's Info-ZIP `unzip`, the way a person on Linux does (the `unzip` server command). */
export async function unzipWithInfoZip(zip: Blob | Uint8Array): Promise<InfoZipReading> {
  const bytes = zip instanceof Uint8Array ? zip : new Uint8Array(await zip.arrayBuffer());
  return executeServerCommand<InfoZipReading, { base64: string }>('unzip', { base64: toBase64(bytes) });
}
