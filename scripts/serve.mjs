// `npm start`: the demo page (index.html) and the shared-transcript page on 127.0.0.1.
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({
  configFile: false,
  root: new URL('..', import.meta.url).pathname,
  server: { host: '127.0.0.1', port, strictPort: false },
  logLevel: 'warn',
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`cert-elements demo: ${url}`);
console.log('Press Ctrl+C to stop.');
