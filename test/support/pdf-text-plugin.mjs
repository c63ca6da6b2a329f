/**
 * A @web/test-runner plugin that lets a browser test read a PDF with a real PDF reader (poppler):
 *
 *   const { text, pages } = await executeServerCommand('pdf-text', { base64 });
 *
 * `text` is `pdftotext -layout` output; `pages` comes from `pdfinfo`. Needs poppler-utils
 * (`apt-get install poppler-utils`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_BYTES = 20 * 1024 * 1024;

export function pdfTextPlugin() {
  return {
    name: 'pdf-text',
    async executeCommand({ command, payload }) {
      if (command !== 'pdf-text') return undefined;
      if (!payload || typeof payload.base64 !== 'string') throw new Error('pdf-text needs { base64 }');
      const bytes = Buffer.from(payload.base64, 'base64');
      if (bytes.length > MAX_BYTES) throw new Error('pdf-text: PDF too large');
      const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
      const file = join(dir, 'in.pdf');
      try {
        await writeFile(file, bytes);
        const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
        const { stdout: info } = await run('pdfinfo', [file]);
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
        const title = /^Title:\s+(.*)$/m.exec(info)?.[1] ?? null;
        return { text, pages, title };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
