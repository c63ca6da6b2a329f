/**
 * Figure 4 of `npm run bench`, in the page, through the public `<cert-list>` element: the first
 * render of 1,000 certifications. (The 100-certificate ZIP is figure 1, on the built bundles:
 * bench/built.ts.)
 */
import '../src/define.js';
import { afterNextPaint, certifications, LEARNER, since } from './data.js';

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
