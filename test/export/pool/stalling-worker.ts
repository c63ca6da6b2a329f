// A worker that says `ready`, then never answers: stuck, as a worker can be without an error.
const scope = self as unknown as { postMessage(m: unknown): void };
scope.postMessage({ type: 'ready' });
export {};
