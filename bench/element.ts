/**
 * Figures 3 and 5, in the page, through the public `<cert-list>` element: 100 selected
 * certificates to a ready ZIP (with the long tasks it caused), and the first render of 1,000.
 */
import { unzipSync } from 'fflate';
import '../src/define.js';
import type { CertDownloadDetail } from '../src/events/cert-events.js';
import { afterNextPaint, certifications, LEARNER, since } from './data.js';

export interface EndToEnd {
  ms: number;
  /** Long tasks (the Long Tasks API reports main-thread tasks over 50 ms) that overlapped the run. */
  longTasks: number[];
  zipBytes: number;
  entries: number;
  filename: string;
}

/** A `<cert-list>` with `count` certificates and a learner, in the page and rendered. */
async function listWith(count: number) {
  const el = document.createElement('cert-list');
  el.certifications = certifications(count, { withCertificates: true });
  el.learner = LEARNER;
  document.body.append(el);
  await el.updateComplete;
  await afterNextPaint();
  return el;
}

/** `selectAll()` then `downloadSelected()` until the ZIP is ready; `cert-download` is prevented, so nothing is saved. */
export async function endToEnd(count = 100): Promise<EndToEnd> {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask'))
    throw new Error('No Long Tasks API in this browser');
  const el = await listWith(count);
  let downloaded: CertDownloadDetail | undefined;
  el.addEventListener('cert-download', (e) => {
    e.preventDefault();
    downloaded = e.detail;
  });
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  el.selectAll();
  const file = await el.downloadSelected();
  const ms = since(start);
  const end = performance.now();
  // Long-task entries are delivered after their task ends.
  await afterNextPaint();
  await new Promise((resolve) => setTimeout(resolve, 50));
  tasks.push(...observer.takeRecords());
  observer.disconnect();

  if (el.selectedIds.length !== count) throw new Error(`selectAll() selected ${el.selectedIds.length} of ${count}`);
  if (!downloaded || downloaded.ids.length !== count || downloaded.blob !== file.blob)
    throw new Error('cert-download was not fired with the ZIP');
  const entries = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
  const names = Object.keys(entries);
  if (names.length !== count) throw new Error(`The ZIP holds ${names.length} entries, not ${count}`);
  el.remove();
  return {
    ms,
    longTasks: tasks.filter((t) => t.startTime < end && t.startTime + t.duration > start).map((t) => t.duration),
    zipBytes: file.blob.size,
    entries: names.length,
    filename: file.filename,
  };
}

export interface RenderFigures {
  count: number;
  /** Setting `.certifications` to `updateComplete`. */
  updateMs: number[];
  /** ... to the next animation frame's callbacks (the figure asked for). */
  frameMs: number[];
  /** ... to a task after that frame, so its style, layout and paint are done too. */
  paintedMs: number[];
  items: number;
}

/** `runs` first renders of `count` certifications, each in a fresh `<cert-list>`, after one untimed warm-up. */
export async function firstRender(count = 1000, runs = 7): Promise<RenderFigures> {
  const certs = certifications(count);
  const figures: RenderFigures = { count, updateMs: [], frameMs: [], paintedMs: [], items: 0 };
  for (let r = 0; r <= runs; r++) {
    const el = document.createElement('cert-list');
    el.learner = LEARNER;
    document.body.append(el);
    await el.updateComplete;
    await afterNextPaint();
    const start = performance.now();
    el.certifications = certs.slice();
    await el.updateComplete;
    const update = since(start);
    const { frame, painted } = await new Promise<{ frame: number; painted: number }>((resolve) =>
      requestAnimationFrame(() => {
        const frame = since(start);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve({ frame, painted: since(start) });
        };
        channel.port2.postMessage(null);
      }),
    );
    figures.items = el.shadowRoot!.querySelectorAll('[part~=item]').length;
    if (figures.items !== count) throw new Error(`Rendered ${figures.items} of ${count} certifications`);
    if (r > 0) {
      figures.updateMs.push(update);
      figures.frameMs.push(frame);
      figures.paintedMs.push(painted);
    }
    el.remove();
    await afterNextPaint();
  }
  return figures;
}
