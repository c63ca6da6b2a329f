/**
 * A @web/test-runner plugin that lets a browser test read a PDF the way a person gets it, with a
 * real PDF reader (poppler) and a real QR decoder:
 *
 *   const { text, pages, title } = await executeServerCommand('pdf-text', { base64 });
 *   const { pages } = await executeServerCommand('pdf-words', { base64 });
 *   const { qr } = await executeServerCommand('pdf-qr', { base64 });
 *
 * `pdf-text`: `pdftotext -layout` output and `pdfinfo`'s page count and title. `pdf-words`: each
 * page's size and its words with their boxes (`pdftotext -bbox`), in points from the page's top
 * left. `pdf-qr`: the first page rasterized (`pdftoppm -r 150 -png`) and decoded with jsQR: the
 * text and corners (in points) of the QR code, or null. `pdf-check`: `qpdf --check`, as
 * { ok, report }. `pdf-ink` ({ base64, box }): of the first page rasterized, the dark pixels in a box
 * (points from the top left), as { dark, total }. Needs poppler-utils and qpdf (`apt-get install poppler-utils qpdf`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);
const MAX_BYTES = 20 * 1024 * 1024;
const RASTER_DPI = 150;

/** Runs `read` on the payload's PDF written to a temporary file. */
async function withPdfFile(command, payload, read) {
  if (!payload || typeof payload.base64 !== 'string') throw new Error(`${command} needs { base64 }`);
  const bytes = Buffer.from(payload.base64, 'base64');
  if (bytes.length > MAX_BYTES) throw new Error(`${command}: PDF too large`);
  const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes);
    return await read(file, dir, payload);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function pdfText(file) {
  const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const { stdout: info } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const title = /^Title:\s+(.*)$/m.exec(info)?.[1] ?? null;
  return { text, pages, title };
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);

async function pdfWords(file) {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = [];
  for (const [, attrs, body] of stdout.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const number = (name, from) => Number(new RegExp(`${name}="([^"]+)"`).exec(from)?.[1] ?? NaN);
    const words = [...body.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, a, text]) => ({
      text: unescapeXml(text),
      xMin: number('xMin', a),
      yMin: number('yMin', a),
      xMax: number('xMax', a),
      yMax: number('yMax', a),
    }));
    pages.push({ width: number('width', attrs), height: number('height', attrs), words });
  }
  return { pages };
}

async function pdfQr(file, dir) {
  const png = await rasterize(file, dir);
  const found = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  );
  if (!found) return { qr: null };
  const toPoints = ({ x, y }) => ({ x: (x * 72) / RASTER_DPI, y: (y * 72) / RASTER_DPI });
  const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = found.location;
  return {
    qr: {
      text: found.data,
      corners: [topLeftCorner, topRightCorner, bottomRightCorner, bottomLeftCorner].map(toPoints),
    },
  };
}

/** Page 1 at `RASTER_DPI` as RGBA pixels. */
async function rasterize(file, dir) {
  await run('pdftoppm', [
    '-r',
    String(RASTER_DPI),
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    join(dir, 'page'),
  ]);
  return PNG.sync.read(await readFile(join(dir, 'page.png')));
}

/** How many pixels of page 1 inside `box` (points from the top left) are dark (luminance under half), of how many. */
async function pdfInk(file, dir, { box }) {
  const png = await rasterize(file, dir);
  const px = (points) => Math.round((points * RASTER_DPI) / 72);
  let dark = 0;
  let total = 0;
  for (let y = Math.max(0, px(box.yMin)); y < Math.min(png.height, px(box.yMax)); y++) {
    for (let x = Math.max(0, px(box.xMin)); x < Math.min(png.width, px(box.xMax)); x++) {
      const i = (y * png.width + x) * 4;
      const luminance = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
      if (luminance < 128) dark++;
      total++;
    }
  }
  return { dark, total };
}

/** `qpdf --check`: whether the file's structure and every stream hold up; its report either way. */
async function pdfCheck(file) {
  try {
    const { stdout } = await run('qpdf', ['--check', file]);
    return { ok: true, report: stdout };
  } catch (error) {
    return { ok: false, report: `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error) };
  }
}

const COMMANDS = {
  'pdf-text': pdfText,
  'pdf-words': pdfWords,
  'pdf-qr': pdfQr,
  'pdf-check': pdfCheck,
  'pdf-ink': pdfInk,
};

export function pdfTextPlugin() {
  return {
    name: 'pdf-text',
    async executeCommand({ command, payload }) {
      const read = COMMANDS[command];
      if (!read) return undefined;
      return withPdfFile(command, payload, read);
    },
  };
}
