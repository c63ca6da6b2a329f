/** Every operation of openapi.yaml has a route, so the contract and the server cannot drift apart unnoticed. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPOSITORY_ROOT } from '../src/config.js';
import { startTestServer } from './helpers.js';

/** `[method, path]` of each operation, read from the `paths:` block by its indentation. */
function operations(yaml: string): [string, string][] {
  const found: [string, string][] = [];
  let inPaths = false;
  let path = '';
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line)) inPaths = line.startsWith('paths:');
    if (!inPaths) continue;
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    if (pathMatch) path = pathMatch[1];
    const method = /^ {4}(get|post|put|patch|delete):\s*$/.exec(line);
    if (method) found.push([method[1].toUpperCase(), path]);
  }
  return found;
}

describe('openapi.yaml', () => {
  it('has a route for each of its operations under the API base', async () => {
    const ops = operations(readFileSync(join(REPOSITORY_ROOT, 'openapi.yaml'), 'utf8'));
    assert.ok(ops.length >= 10, `found ${ops.length} operations`);
    const server = await startTestServer();
    try {
      for (const [method, path] of ops) {
        const url = `${server.config.apiBase}${path.replace(/\{(\w+)\}/g, ':$1')}`;
        assert.ok(server.fastify.hasRoute({ method: method as 'GET', url }), `${method} ${url}`);
      }
    } finally {
      await server.dispose();
    }
  });
});
