import { MemoryAdapter } from '../src/index.js';

// The embedded adapter with its demo learner; shares made here open on shared.html.
const adapter = new MemoryAdapter({ latencyMs: 250, shareBaseUrl: new URL('shared.html', location.href).href });
document.querySelector('cert-dashboard')!.adapter = adapter;

const select = document.querySelector<HTMLSelectElement>('#lang')!;
const saved = localStorage.getItem('cert-elements-demo-lang');
if (saved === 'en' || saved === 'es') select.value = saved;
const apply = () => {
  document.documentElement.lang = select.value;
  localStorage.setItem('cert-elements-demo-lang', select.value);
};
select.addEventListener('change', apply);
apply();
