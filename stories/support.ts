import { AdapterError, type AdapterErrorKind } from '../src/adapter/errors.js';
import { MemoryAdapter, type CertAdapterOperation } from '../src/adapter/memory-adapter.js';
import { demoData } from '../src/adapter/demo-data.js';
import type { Certification } from '../src/model.js';

/** The demo learner with a little latency, as a designer sees it in the demo page. */
export const demoAdapter = () => new MemoryAdapter({ latencyMs: 150 });

/** An adapter whose answers never come: the loading state, held. */
export const loadingAdapter = () => new MemoryAdapter({ latencyMs: 2 ** 31 - 1 });

/** An adapter whose `operation` fails with `kind`. */
export function failingAdapter(operation: CertAdapterOperation, kind: AdapterErrorKind) {
  const error = new AdapterError(kind, `Story: ${operation} fails with ${kind}`, kind === 'rate-limited' ? { retryAfter: 30 } : {});
  return new MemoryAdapter({ fail: { [operation]: error } });
}

/** `count` certifications made from the demo ones, with numbered titles. */
export function manyCertifications(count: number): Certification[] {
  const base = demoData().certifications;
  return Array.from({ length: count }, (_, i) => {
    const c = base[i % base.length]!;
    return { ...c, id: `${c.id}-${i}`, title: `${c.title} ${i + 1}` };
  });
}
