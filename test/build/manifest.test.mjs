import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the committed custom-elements.json is what `npm run analyze` makes of src/ now', () => {
  // The analyzer takes --outdir relative to the working directory, even an absolute one.
  const out = `node_modules/.cache/cem-check-${process.pid}`;
  try {
    execFileSync(`${root}node_modules/.bin/custom-elements-manifest`, ['analyze', '--outdir', out], {
      cwd: root,
      stdio: 'pipe',
    });
    const fresh = readFileSync(join(root, out, 'custom-elements.json'), 'utf8');
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    assert.ok(fresh === committed, 'custom-elements.json is stale: run `npm run analyze` and commit it');
  } finally {
    rmSync(join(root, out), { recursive: true, force: true });
  }
});

test('the manifest declares the four tags', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
  );
  assert.deepEqual([...tags].sort(), ['badge-share', 'cert-dashboard', 'cert-list', 'transcript-viewer']);
});
