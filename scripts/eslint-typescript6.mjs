// typescript-eslint 8 loads TypeScript's JavaScript compiler API with require('typescript'), which
// TypeScript 7 (our `tsc`) no longer has. This points those requires at TypeScript 6's API, installed
// side by side as @typescript/typescript6, so `tsc` stays TypeScript 7 for everything else.
// Remove it (and the package.json overrides) once typescript-eslint supports TypeScript 7.
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const typescript6 = dirname(createRequire(import.meta.url).resolve('@typescript/typescript6/package.json'));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected = request === 'typescript' || request.startsWith('typescript/');
  return resolveFilename.call(this, redirected ? typescript6 + request.slice('typescript'.length) : request, ...rest);
};
