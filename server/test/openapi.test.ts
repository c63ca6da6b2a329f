/**
 * openapi.yaml and the server cannot drift apart unnoticed: every operation has a route, and the
 * limits the route schemas take from the contract are the ones the rules in src/rules word.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCESS_CODE_MAX_LENGTH, ACCESS_CODE_MIN_LENGTH } from '../../src/rules/access-code.js';
import { IDENTIFIER_MAX_LENGTH } from '../../src/rules/limits.js';
import { LANGUAGE_TAG_MAX_LENGTH } from '../../src/rules/transcript-email.js';
import { readOpenApiDocument } from '../src/contract.js';
import { startTestServer } from './helpers.js';

const document = readOpenApiDocument();
const schemas = document.components?.schemas ?? {};

describe('openapi.yaml', () => {
  it('has a route for each of its operations under the API base', async () => {
    const ops = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
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
    const emailRequest = schemas.EmailTranscriptRequest as { properties?: Record<string, { maxLength?: number }> };
    assert.equal(emailRequest.properties?.lang?.maxLength, LANGUAGE_TAG_MAX_LENGTH);
  });
});
