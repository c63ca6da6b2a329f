// `node server/load-test.mjs [--seconds 10] [--connections 32] [--view-connections 4] [--stores sqlite,postgres1,postgres]`
// Load on the built server (npm run build:server first): the reference server's own main.js, one
// instance on SQLite, then one and two on one PostgreSQL (server/postgres.mjs, durable: fsync on),
// requests spread over the instances. Measures requests/s and latency percentiles for the learner's reads
// (GET /api/learner, /certifications, /badges, /transcript in turn) and for shared views (the right
// access code, hashed at the server's default scrypt cost), and the CPU time and peak memory of the
// instances per shared view. Plain node:http with keep-alive; the load runs on the same machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPostgres } from './postgres.mjs';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    'view-connections': { type: 'string', default: '4' },
    stores: { type: 'string', default: 'sqlite,postgres1,postgres' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const VIEW_CONNECTIONS = Number(args['view-connections']);
const MAIN = fileURLToPath(new URL('dist/server/src/main.js', import.meta.url));
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function startInstance(env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cert-elements-load-'));
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      DATA_DIR: dataDir,
      WEB_ROOT: 'none',
      LOG_LEVEL: 'warn',
      DEMO_SIGN_IN: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const url = /reference server: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child, dataDir });
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}: ${out}`)));
  });
}

function stopInstance(instance) {
  return new Promise((resolve) => {
    instance.child.once('exit', () => {
      rmSync(instance.dataDir, { recursive: true, force: true });
      resolve();
    });
    instance.child.kill('SIGTERM');
  });
}

function send(base, method, path, { body, cookie } = {}) {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers = {};
  if (payload) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = `session=${cookie}`;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** CPU seconds (user + system) and peak RSS of a process, from /proc. */
function processUsage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuSeconds: ticks / 100, peakRssMiB: Number(hwm) / 1024, rssMiB: Number(rss) / 1024 };
}

/** `connections` loops sending `next()`'s request for `seconds`; statuses and latencies. */
async function load(connections, seconds, next) {
  const latencies = [];
  const statuses = {};
  const end = performance.now() + seconds * 1000;
  let i = 0;
  const loop = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const reply = await next(i++);
      latencies.push(performance.now() - started);
      statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
    max: latencies[latencies.length - 1],
    statuses,
  };
}

async function measure(label, instances) {
  const loadBefore = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const bases = instances.map((i) => i.url);
  const signIn = await send(bases[0], 'POST', 'api/demo/sign-in');
  const cookie = /session=([^;]+)/.exec(signIn.headers['set-cookie']?.join(';') ?? '')[1];
  const code = `load-test-${Math.random().toString(36).slice(2)}-Zq9`;
  const created = await send(bases[0], 'POST', 'api/transcript/shares', {
    body: { accessCode: code, includeAddress: false },
    cookie,
  });
  const { transcriptId } = JSON.parse(created.text);
  const reads = ['api/learner', 'api/certifications', 'api/badges', 'api/transcript'];
  // Warm up each instance (JIT, connections, the unknown-ID hash).
  await load(8, 1, (i) => send(bases[i % bases.length], 'GET', reads[i % reads.length], { cookie }));

  const learner = await load(CONNECTIONS, SECONDS, (i) =>
    send(bases[i % bases.length], 'GET', reads[i % reads.length], { cookie }),
  );
  const before = instances.map((i) => processUsage(i.child.pid));
  const views = await load(VIEW_CONNECTIONS, SECONDS, (i) =>
    send(bases[i % bases.length], 'POST', 'api/shared-transcripts/view', { body: { transcriptId, accessCode: code } }),
  );
  const after = instances.map((i) => processUsage(i.child.pid));
  const cpu = after.reduce((s, u, k) => s + u.cpuSeconds - before[k].cpuSeconds, 0);
  const shown = views.statuses[200] ?? 0;
  return {
    label,
    loadBefore,
    learner,
    views,
    cpuMsPerView: (cpu / shown) * 1000,
    peakRssMiB: after.map((u) => Math.round(u.peakRssMiB)),
    rssBeforeViewsMiB: before.map((u) => Math.round(u.rssMiB)),
  };
}

function report(r) {
  const f = (x) => x.toFixed(1);
  const line = (name, m, connections) =>
    `  ${name.padEnd(14)} ${(m.perSecond < 100 ? m.perSecond.toFixed(1) : String(Math.round(m.perSecond))).padStart(6)} req/s  p50 ${f(m.p50)} ms  p99 ${f(m.p99)} ms  max ${f(m.max)} ms  (${connections} connections, ${m.requests} requests, statuses ${JSON.stringify(m.statuses)})`;
  console.log(`\n${r.label} (load average before: ${r.loadBefore})`);
  console.log(line('learner reads', r.learner, CONNECTIONS));
  console.log(line('shared views', r.views, VIEW_CONNECTIONS));
  console.log(
    `  per shared view: ${r.cpuMsPerView.toFixed(0)} ms CPU; RSS before views ${r.rssBeforeViewsMiB.join(' + ')} MiB, peak ${r.peakRssMiB.join(' + ')} MiB`,
  );
}

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${SECONDS} s per measurement`,
);
for (const store of args.stores.split(',')) {
  if (store === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'cert-elements-load-db-'));
    const one = await startInstance({ DATABASE_FILE: join(dir, 'db.sqlite') });
    try {
      report(await measure('SQLite, one instance', [one]));
    } finally {
      await stopInstance(one);
      rmSync(dir, { recursive: true, force: true });
    }
  } else if (store === 'postgres' || store === 'postgres1') {
    const postgres = await startPostgres({ durable: true });
    const count = store === 'postgres' ? 2 : 1;
    try {
      const instances = [];
      for (let i = 0; i < count; i++) instances.push(await startInstance({ DATABASE_URL: postgres.url }));
      try {
        report(await measure(`PostgreSQL 15, ${count === 2 ? 'two instances' : 'one instance'}`, instances));
      } finally {
        await Promise.all(instances.map(stopInstance));
      }
    } finally {
      postgres.stop();
    }
  }
}
agent.destroy();
