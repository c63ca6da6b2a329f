/**
 * A @web/test-runner plugin that lets a browser test open a ZIP the way a person on Linux does, with
 * Info-ZIP `unzip` (Debian's 6.00, `apt-get install unzip`):
 *
 *   const { names, files } = await executeServerCommand('unzip', { base64 });
 *
 * `names`: `unzip -Z1`, the entry names as Info-ZIP reads them. `files`: what `unzip` wrote to disk,
 * each file's name, permission bits (`mode & 0o777`) and first five bytes as text.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_BYTES = 50 * 1024 * 1024;
// One locale for every run: Info-ZIP converts names to the locale's character set.
const env = { ...process.env, LC_ALL: 'C.UTF-8' };

async function head(path) {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(5), 0, 5, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await file.close();
  }
}

async function unzip(payload) {
  if (!payload || typeof payload.base64 !== 'string') throw new Error('unzip needs { base64 }');
  const bytes = Buffer.from(payload.base64, 'base64');
  if (bytes.length > MAX_BYTES) throw new Error('unzip: ZIP too large');
  const dir = await mkdtemp(join(tmpdir(), 'unzip-'));
  try {
    const zip = join(dir, 'in.zip');
    const out = join(dir, 'out');
    await writeFile(zip, bytes);
    await mkdir(out);
    const { stdout } = await run('unzip', ['-Z1', zip], { env });
    await run('unzip', ['-q', '-d', out, zip], { env });
    const files = [];
    // As bytes: a garbled name need not be UTF-8, and the test should see it, not a crash here.
    for (const raw of await readdir(out, { encoding: 'buffer' })) {
      const path = Buffer.concat([Buffer.from(`${out}/`), raw]);
      files.push({ name: raw.toString('utf8'), mode: (await stat(path)).mode & 0o777, head: await head(path) });
    }
    files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { names: stdout.split('\n').filter(Boolean), files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function unzipPlugin() {
  return {
    name: 'unzip',
    async executeCommand({ command, payload }) {
      if (command !== 'unzip') return undefined;
      return unzip(payload);
    },
  };
}
