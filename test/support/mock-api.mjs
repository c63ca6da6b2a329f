/**
 * Koa middleware for the test runner's dev server: real HTTP responses for the RestAdapter tests,
 * under `/mock-api/<scenario>/<path from openapi.yaml>`. A test points a RestAdapter at
 * `/mock-api/<scenario>/` and gets:
 *
 * - `ok`: a good response for every operation. `certifications/cert-az104/pdf` is a PDF,
 *   `certifications/no-pdf/pdf` 404, `certifications/fake-pdf/pdf` HTML labelled application/pdf.
 *   Revoking `K7QM2XWN4HD9R` works, any other ID is 404. `shared-transcripts/view` opens
 *   `K7QM2XWN4HD9R` with `correct-horse-battery`; anything else is the same 404.
 * - `record-<key>`: the same as `ok`, and each request (method, path, headers, body) is kept until
 *   `GET /mock-api/_recorded/<key>` hands them over. This is the echo: the adapter must get a valid
 *   body to succeed, so what it sent is read back on the side.
 * - `malformed-json`, `html` (a 200 HTML page), `wrong-type` (good JSON as text/plain),
 *   `bad-shape` (well-formed JSON of the wrong shape), `no-content` (204 everywhere).
 * - `status-<code>`: a problem+json error with that status; 429 and 503 carry `Retry-After: 30`,
 *   400/409/422 a `detail` and `field: accessCode`. `status-429-date` has an HTTP-date Retry-After
 *   two minutes ahead; `status-502-html` an HTML error page.
 * - `leaky`: a 422 whose `detail` repeats the access code posted (a careless server).
 * - `hang`: no response until the client gives up (ended after 30 s at the latest).
 *
 * `GET /mock-api/_closed-port` gives a 127.0.0.1 port that nothing listens on, for "network down".
 */
import { createServer } from 'node:net';

const PREFIX = '/mock-api/';
const HANG_LIMIT_MS = 30_000;

const ADDRESS = {
  street: 'Calle de Alcalá 123, 4.º B',
  locality: 'Madrid',
  region: 'Comunidad de Madrid',
  postalCode: '28009',
  country: 'Spain',
};

const LEARNER = { id: 'learner-1', name: 'María José Núñez-Ortega', email: 'maria@example.com', address: ADDRESS };

const ISSUER = {
  name: 'Northwind Cloud Academy',
  url: 'https://academy.example.org',
  linkedInOrganizationId: '10482713',
};

const CERTIFICATIONS = [
  {
    id: 'cert-az104',
    title: 'Cloud Administrator Associate',
    code: 'NW-104',
    status: 'earned',
    earnedOn: '2025-03-14',
    expiresOn: '2026-03-14',
    credentialId: 'CRED-42',
    verificationUrl: 'https://verify.example.org/credentials/CRED-42',
    renewalUrl: 'https://learn.example.org/renew/cert-az104',
    issuer: ISSUER,
    exams: [{ code: 'NW-104', title: 'Cloud Administration', passedOn: '2025-03-14' }],
  },
  {
    id: 'cert-sec',
    title: 'Ασφάλεια Δεδομένων',
    code: 'CS-500',
    status: 'in-progress',
    earnedOn: null,
    expiresOn: null,
    credentialId: null,
    verificationUrl: null,
    renewalUrl: null,
    issuer: { name: 'Contoso Security Institute', url: null, linkedInOrganizationId: null },
    exams: [
      { code: 'CS-501', title: 'Threat Modelling', passedOn: '2024-11-02' },
      { code: 'CS-502', title: 'Incident Response', passedOn: null },
    ],
  },
];

const EXAMS = [
  { code: 'NW-104', title: 'Cloud Administration', passedOn: '2025-03-14' },
  { code: 'CS-501', title: 'Threat Modelling', passedOn: '2024-11-02' },
];

const BADGES = [
  {
    id: 'badge-1',
    name: 'Cloud Explorer',
    description: 'Finished the cloud fundamentals path.',
    imageUrl: 'https://badges.example.org/cloud-explorer.png',
    issuedOn: '2025-01-20',
    expiresOn: null,
    issuer: ISSUER,
    criteriaUrl: 'https://badges.example.org/cloud-explorer/criteria',
    publicUrl: 'https://badges.example.org/assertions/1',
    openBadge: {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: 'https://badges.example.org/assertions/1',
      issuedOn: '2025-01-20T10:00:00Z',
    },
  },
  {
    id: 'badge-2',
    name: 'Security Starter',
    description: '',
    imageUrl: 'data:image/png;base64,iVBORw0KGgo=',
    issuedOn: '2024-06-01',
    expiresOn: '2027-06-01',
    issuer: { name: 'Contoso Security Institute', url: null, linkedInOrganizationId: null },
    criteriaUrl: null,
    publicUrl: null,
    openBadge: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJsZWFybmVyLTEifQ.c2lnbmF0dXJl',
  },
];

const SHARED_ID = 'K7QM2XWN4HD9R';
const SHARED_CODE = 'correct-horse-battery';

/** A share the mock says is suspended: its views answer 403 with the suspended problem type. */
const SUSPENDED_ID = 'SUSPENDED2345';

const SHARES = [
  {
    transcriptId: SHARED_ID,
    url: `https://learn.example.org/shared?transcript=${SHARED_ID}`,
    includeAddress: false,
    createdAt: '2025-04-01T08:30:00Z',
    expiresAt: null,
  },
];

const transcript = (includeAddress) => ({
  learner: { ...LEARNER, address: includeAddress ? ADDRESS : null },
  certifications: CERTIFICATIONS,
  exams: EXAMS,
  generatedAt: '2025-05-02T12:00:00Z',
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HTML_PAGE = '<!doctype html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1></body></html>';

const TITLES = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** @type {Map<string, object[]>} */
const recorded = new Map();

function send(ctx, status, body, type) {
  ctx.status = status;
  ctx.body = body;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
}

function json(ctx, status, body, type = 'application/json') {
  send(ctx, status, JSON.stringify(body), type);
}

function problem(ctx, status, extra = {}) {
  json(
    ctx,
    status,
    { type: 'about:blank', title: TITLES[status] ?? 'Error', status, ...extra },
    'application/problem+json',
  );
}

function noContent(ctx) {
  ctx.status = 204;
  ctx.body = null;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The `ok` answer for one operation, as openapi.yaml describes it. */
function serveOk(ctx, method, path, body) {
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET learner':
      return json(ctx, 200, LEARNER);
    case 'GET certifications':
      return json(ctx, 200, CERTIFICATIONS);
    case 'GET badges':
      return json(ctx, 200, BADGES);
    case 'GET transcript':
      return json(ctx, 200, transcript(true));
    case 'POST transcript/email':
      if (typeof body?.to !== 'string' || !body.to.includes('@')) {
        return problem(ctx, 422, { detail: 'This is not an e-mail address.', field: 'to' });
      }
      return noContent(ctx);
    case 'GET transcript/shares':
      return json(ctx, 200, SHARES);
    case 'POST transcript/shares':
      if (typeof body?.accessCode !== 'string' || typeof body.includeAddress !== 'boolean') {
        return problem(ctx, 400, { detail: 'accessCode and includeAddress are required.' });
      }
      if (body.accessCode.toLowerCase() === 'password1') {
        return problem(ctx, 422, {
          type: 'urn:cert-elements:problem:common-access-code',
          detail: 'This access code is one of the most common passwords.',
          field: 'accessCode',
        });
      }
      return json(ctx, 201, {
        transcriptId: 'ABCD2345EFGHJ',
        url: 'https://learn.example.org/shared?transcript=ABCD2345EFGHJ',
        includeAddress: body.includeAddress,
        createdAt: '2025-05-02T12:00:00Z',
        expiresAt: null,
      });
    case 'POST shared-transcripts/view':
      if (body?.transcriptId === SHARED_ID && body.accessCode === SHARED_CODE) return json(ctx, 200, transcript(false));
      if (body?.transcriptId === SUSPENDED_ID) {
        return problem(ctx, 403, {
          type: 'urn:cert-elements:problem:share-suspended',
          detail: 'This transcript share is suspended after many failed attempts to open it.',
        });
      }
      return problem(ctx, 404, { detail: 'No shared transcript matches this transcript ID and access code.' });
  }
  const resume = /^transcript\/shares\/([^/]+)\/resume$/.exec(path);
  if (method === 'POST' && resume) {
    return [SHARED_ID, SUSPENDED_ID].includes(decodeURIComponent(resume[1]))
      ? noContent(ctx)
      : problem(ctx, 404, { detail: 'No such share.' });
  }
  const revoke = /^transcript\/shares\/([^/]+)$/.exec(path);
  if (method === 'DELETE' && revoke) {
    return decodeURIComponent(revoke[1]) === SHARED_ID
      ? noContent(ctx)
      : problem(ctx, 404, { detail: 'No such share.' });
  }
  const pdf = /^certifications\/([^/]+)\/pdf$/.exec(path);
  if (method === 'GET' && pdf) {
    const id = decodeURIComponent(pdf[1]);
    if (id === 'cert-az104') return send(ctx, 200, PDF, 'application/pdf');
    if (id === 'fake-pdf') return send(ctx, 200, HTML_PAGE, 'application/pdf');
    return problem(ctx, 404, { detail: 'This certification has no official PDF.' });
  }
  return problem(ctx, 404, { detail: `No route for ${route}.` });
}

/** Well-formed JSON of the wrong shape, one flaw per operation. */
function serveBadShape(ctx, path) {
  const bodies = {
    learner: { ...LEARNER, name: 42 },
    certifications: [CERTIFICATIONS[0], { ...CERTIFICATIONS[1], status: 'pending' }],
    badges: { items: BADGES },
    transcript: { ...transcript(true), generatedAt: 'yesterday' },
    'transcript/shares': [{ ...SHARES[0], includeAddress: 'no' }],
    'shared-transcripts/view': { ...transcript(false), learner: null },
  };
  return json(ctx, 200, bodies[path] ?? { unexpected: true });
}

function serveStatus(ctx, scenario) {
  const [, codeText, variant] = /^status-(\d{3})(?:-(date|html))?$/.exec(scenario) ?? [];
  const status = Number(codeText);
  if (status === 429 || status === 503) {
    ctx.set('Retry-After', variant === 'date' ? new Date(Date.now() + 120_000).toUTCString() : '30');
  }
  if (variant === 'html') {
    return send(
      ctx,
      status,
      `<!doctype html><title>${status}</title><h1>${TITLES[status] ?? 'Error'}</h1>`,
      'text/html',
    );
  }
  const invalid = status === 400 || status === 409 || status === 422;
  return problem(ctx, status, invalid ? { detail: 'The access code is too common.', field: 'accessCode' } : {});
}

/** Waits until the client goes away or HANG_LIMIT_MS pass, whichever comes first. */
function hang(ctx) {
  // Logged as 504 rather than Koa's default 404 when the client gives up first.
  ctx.status = 504;
  return new Promise((resolve) => {
    const timer = setTimeout(done, HANG_LIMIT_MS);
    timer.unref?.();
    const { res } = ctx;
    const socket = ctx.req.socket;
    res.once('close', done);
    socket.once('close', done);
    function done() {
      clearTimeout(timer);
      res.off('close', done);
      socket.off('close', done);
      resolve();
    }
  }).then(() => {
    if (!ctx.res.destroyed && !ctx.res.writableEnded) problem(ctx, 504, { detail: 'The mock gave up hanging.' });
  });
}

function closedPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function mockApiMiddleware(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [scenario = '', ...rest] = ctx.path.slice(PREFIX.length).split('/');
  const path = rest.join('/');
  const method = ctx.method;

  if (scenario === '_closed-port') return json(ctx, 200, { port: await closedPort() });
  if (scenario === '_recorded') {
    const key = decodeURIComponent(path);
    json(ctx, 200, recorded.get(key) ?? []);
    recorded.delete(key);
    return;
  }

  const text = method === 'POST' ? await readBody(ctx.req) : '';
  const body = parseJson(text);

  if (scenario === 'ok') return serveOk(ctx, method, path, body);
  if (scenario.startsWith('record-')) {
    const key = scenario.slice('record-'.length);
    const entry = { method, path, headers: { ...ctx.headers }, body: text };
    recorded.set(key, [...(recorded.get(key) ?? []), entry]);
    return serveOk(ctx, method, path, body);
  }
  if (scenario === 'malformed-json') return send(ctx, 200, '{"id": "learner-1", "name": ', 'application/json');
  if (scenario === 'html') return send(ctx, 200, HTML_PAGE, 'text/html');
  if (scenario === 'wrong-type') {
    serveOk(ctx, method, path, body);
    ctx.type = 'text/plain';
    return;
  }
  if (scenario === 'bad-shape') return serveBadShape(ctx, path);
  if (scenario === 'no-content') return noContent(ctx);
  if (scenario === 'leaky') {
    return problem(ctx, 422, { detail: `The access code "${body?.accessCode}" is not allowed.`, field: 'accessCode' });
  }
  if (scenario.startsWith('status-')) return serveStatus(ctx, scenario);
  if (scenario === 'hang') return hang(ctx);
  return problem(ctx, 404, { detail: `Unknown mock scenario "${scenario}".` });
}
