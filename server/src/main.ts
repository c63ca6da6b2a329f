/**
 * `node server/dist/server/src/main.js`: the reference server with settings from the environment
 * (see server/README.md). `npm start` runs it through scripts/serve.mjs.
 */
import { pathToFileURL } from 'node:url';
import { startServer, type RunningApp } from './app.js';
import { configFromEnv } from './config.js';
import { displayedDatabaseUrl } from './database.js';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RunningApp> {
  const config = configFromEnv(env);
  const server = await startServer({ config });
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const api = new URL(config.apiBase.slice(1), server.url);
  console.log(`cert-elements reference server: ${server.url}`);
  if (config.webRoot)
    console.log(
      `  dashboard ${server.url}  ·  shared transcripts ${new URL('shared.html', server.url).href}  ·  verification ${new URL('verify.html', server.url).href}`,
    );
  console.log(
    `  API ${api.href}  ·  data ${config.databaseUrl ? displayedDatabaseUrl(config.databaseUrl) : config.databaseFile}  ·  e-mail ${config.smtpUrl ? 'SMTP' : config.outboxDir}`,
  );
  if (config.demoSignIn) {
    console.log(
      `  demo sign-in is on (DEMO_SIGN_IN=true): anyone who opens the page is signed in as the demo learner; turn it off behind real sign-in`,
    );
  }
  console.log('Press Ctrl+C to stop.');
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
