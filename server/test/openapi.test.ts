/**
 * openapi.yaml and the server cannot drift apart unnoticed: every operation has a route, and the
 * limits the route schemas take from the contract are the ones the rules in src/rules word.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ACCESS_CODE_MAX_LENGTH, ACCESS_CODE_MIN_LENGTH } from '../../src/rules/access-code.js';
import { IDENTIFIER_MAX_LENGTH } from '../../src/rules/limits.js';
import { LANGUAGE_TAG_MAX_LENGTH } from '../../src/rules/transcript-email.js';
import { REPOSITORY_ROOT } from '../src/config.js';
import { startTestServer } from './helpers.js';

/** What these checks read of the document. */
interface Schema {
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
}
const document = parse(readFileSync(join(REPOSITORY_ROOT, 'openapi.yaml'), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Schema> };
};
const schemas = document.components.schemas;

describe('openapi.yaml', () => {
  it('has a route for each of its operations under the API base', async () => {
    const ops = Object.entries<Record<string, unknown>>(document.paths).flatMap(([path, item]) =>
      ['get', 'put', 'post', 'patch', 'delete']
        .filter((method) => method in item)
        .map((method) => [method.toUpperCase(), path]),
    );
    assert.ok(ops.length >= 10, `found ${ops.length} operations`);
    const server = await startTestServer();
    try {
      for (const [method, path] of ops) {
        const url = `${server.config.apiBase}${path.replace(/\{(\w+)\}/g, ':$1')}`;
        assert.ok(server.fastify.hasRoute({ method: method, url }), `${method} ${url}`);
      }
    } finally {
      await server.dispose();
    }
  });

  it('states the access code and identifier limits that src/rules words its refusals with', () => {
    assert.equal(schemas.AccessCode.minLength, ACCESS_CODE_MIN_LENGTH);
    assert.equal(schemas.AccessCode.maxLength, ACCESS_CODE_MAX_LENGTH);
    assert.equal(schemas.Identifier.minLength, 1);
    assert.equal(schemas.Identifier.maxLength, IDENTIFIER_MAX_LENGTH);
    assert.equal(schemas.EmailTranscriptRequest.properties?.lang?.maxLength, LANGUAGE_TAG_MAX_LENGTH);
  });
});
