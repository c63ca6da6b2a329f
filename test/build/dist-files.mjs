import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** Every file a page loads for `entry` before any dynamic import(): the entry and its static imports, recursively. */
export async function staticGraph(entry) {
  await init;
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const [imports] = parse(readFileSync(file, 'utf8'));
    for (const i of imports) {
      const isDynamic = i.d > -1;
      if (!isDynamic && i.n && i.n.startsWith('.')) walk(join(dirname(file), i.n));
    }
  };
  walk(entry);
  return [...seen];
}

export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function describeFiles(files, root) {
  return files.map((f) => `${relative(root, f)} ${gzipBytes(f)} B`).join(', ');
}
