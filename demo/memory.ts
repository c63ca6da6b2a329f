import { MemoryAdapter } from '../src/index.js';
import { languageSwitch } from './language.js';

// The embedded adapter with its demo learner. Its shares live in this tab only: to open one in
// another tab, run the reference server (`npm start`).
const adapter = new MemoryAdapter({ latencyMs: 250, shareBaseUrl: new URL('/shared.html', location.href).href });
document.querySelector('cert-dashboard')!.adapter = adapter;

languageSwitch(document.querySelector<HTMLSelectElement>('#lang')!);
