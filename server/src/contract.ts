/**
 * The REST contract, read from `openapi.yaml` once per process: each operation's JSON request body
 * and path parameters become its Fastify route schema, and its JSON success response the check on
 * learner data before the store keeps it. One ajv instance compiles both, with ajv's own defaults
 * kept where they matter: lengths count code points, nothing is coerced, nothing is dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type AnySchema, type AnySchemaObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { parse } from 'yaml';
import { isEmailAddress } from '../../src/rules/email-address.js';
import { canonicalLanguageTag } from '../../src/rules/transcript-email.js';
import { REPOSITORY_ROOT } from './config.js';

/** The `$id` the document has inside ajv: route schemas refer to `openapi.yaml#/components/...`. */
const DOCUMENT_ID = 'openapi.yaml';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The parts of an OpenAPI document this module reads; the schemas in it go to ajv as they are. */
export interface OpenApiDocument {
  components?: { schemas?: Record<string, AnySchemaObject> };
  paths?: Record<string, PathItem>;
}
type PathItem = { parameters?: Parameter[] } & Partial<Record<(typeof HTTP_METHODS)[number], OperationObject>>;
interface OperationObject {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: MediaTypes };
  /** By status code; a `$ref` to a shared response has no `content` here. */
  responses?: Record<string, { content?: MediaTypes } | undefined>;
}
interface Parameter {
  name: string;
  in: string;
  schema?: AnySchema;
}
interface MediaTypes {
  'application/json'?: { schema?: AnySchema };
}

/** What Fastify validates on a route: `body` and `params`, both only when the operation has them. */
export interface RouteSchema {
  body?: AnySchema;
  params?: AnySchema;
}

interface Operation {
  method: string;
  path: string;
  pathItem: PathItem;
  operation: OperationObject;
}

export class Contract {
  readonly #ajv: Ajv;
  readonly #operations = new Map<string, Operation>();
  // Kept per operation: ajv caches compiled code by schema object, so each is built once per process.
  readonly #routeSchemas = new Map<string, RouteSchema>();
  readonly #responseChecks = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    // allErrors: a request body is at most a few kilobytes, and a refusal must report its shape before its rules.
    this.#ajv = new Ajv({ allErrors: true, verbose: true, ownProperties: true, allowUnionTypes: true });
    formats.default(this.#ajv);
    // The widgets' own rule decides what an e-mail address is, so the server refuses what the dialog would.
    this.#ajv.addFormat('email', isEmailAddress);
    this.#ajv.addFormat('bcp47', (value: string) => canonicalLanguageTag(value) !== null);
    // `components` holds schemas but is no keyword; declared so strict mode lets the document in.
    this.#ajv.addKeyword('components');
    this.#ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
    for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (operation?.operationId) this.#operations.set(operation.operationId, { method, path, pathItem, operation });
      }
    }
  }

  /** Compiles a schema that may refer into the document; Fastify's validator compiler. */
  compile(schema: AnySchema): ValidateFunction {
    return this.#ajv.compile(schema);
  }

  /** The route schema of `operationId`: its JSON request body and its path parameters. */
  routeSchema(operationId: string): RouteSchema {
    const known = this.#routeSchemas.get(operationId);
    if (known) return known;
    const { pathItem, operation } = this.#operation(operationId);
    const schema: RouteSchema = {};
    const body = operation.requestBody?.content?.['application/json']?.schema;
    if (body) schema.body = inDocument(body);
    const pathParameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].filter(
      (p) => p.in === 'path',
    );
    if (pathParameters.length > 0) {
      schema.params = {
        type: 'object',
        required: pathParameters.map((p) => p.name),
        properties: Object.fromEntries(pathParameters.map((p) => [p.name, inDocument(p.schema)])),
      };
    }
    this.#routeSchemas.set(operationId, schema);
    return schema;
  }

  /** A check of the JSON body `operationId` answers with `status`. */
  responseCheck(operationId: string, status = '200'): ValidateFunction {
    const key = `${operationId} ${status}`;
    let check = this.#responseChecks.get(key);
    if (!check) {
      const schema = this.#operation(operationId).operation.responses?.[status]?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`openapi.yaml: ${operationId} has no JSON ${status} response.`);
      check = this.compile(inDocument(schema));
      this.#responseChecks.set(key, check);
    }
    return check;
  }

  #operation(operationId: string): Operation {
    const found = this.#operations.get(operationId);
    if (!found) throw new Error(`openapi.yaml has no operation ${operationId}.`);
    return found;
  }
}

/** A copy of a schema taken out of the document, its `#/...` references pointed back into it: the same shape. */
function inDocument<T>(schema: T): T;
function inDocument(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((item: unknown) => inDocument(item));
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${DOCUMENT_ID}${value}`
        : inDocument(value),
    ]),
  );
}

let loaded: Contract | undefined;

/** The contract of the repository's `openapi.yaml`, read on first use. */
export function contract(): Contract {
  loaded ??= new Contract(readOpenApiDocument());
  return loaded;
}

/**
 * The repository's `openapi.yaml`, parsed. Only its top level is checked here: the document is
 * the repository's own, and ajv refuses its schemas when it compiles them if they are not schemas.
 */
export function readOpenApiDocument(): OpenApiDocument {
  const document: unknown = parse(readFileSync(join(REPOSITORY_ROOT, 'openapi.yaml'), 'utf8'));
  if (!isOpenApiDocument(document))
    throw new Error('openapi.yaml is not an OpenAPI document: `paths` and `components` must be objects.');
  return document;
}

function isOpenApiDocument(value: unknown): value is OpenApiDocument {
  if (!isObject(value)) return false;
  const { paths, components } = value;
  return (paths === undefined || isObject(paths)) && (components === undefined || isObject(components));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
