// A worker that says `ready`, then dies on its first certificate: an uncaught error in the worker.
const scope = self as unknown as { postMessage(m: unknown): void; onmessage: ((e: MessageEvent) => void) | null };
scope.onmessage = (event: MessageEvent<{ type: string }>) => {
  if (event.data.type === 'page') throw new Error('worker crashed');
};
scope.postMessage({ type: 'ready' });
export {};
