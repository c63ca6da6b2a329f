import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import '../../src/define.js';

const today = new Date('2026-11-28T12:00:00Z');
const shown = (el: TranscriptViewer) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<transcript-viewer>', () => {
  it('shows the learner, the address, active certifications and passed exams, and passes axe', async () => {
    const adapter = new MemoryAdapter({ now: () => today });
    const transcript = await adapter.getTranscript();
    const el = await fixture<TranscriptViewer>(html`<transcript-viewer .adapter=${adapter}></transcript-viewer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=transcript]'));
    expect(shown(el)).to.contain(transcript.learner.name);
    expect(shown(el)).to.contain(transcript.learner.address!.street);
    for (const c of transcript.certifications) expect(shown(el)).to.contain(c.title);
    for (const e of transcript.exams) expect(shown(el)).to.contain(e.code);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<TranscriptViewer>(html`<transcript-viewer lang="es" .adapter=${new MemoryAdapter({ now: () => today })}></transcript-viewer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=transcript]'));
    expect(shown(el)).to.contain('Exámenes aprobados');
    expect(shown(el)).to.contain('Generado el 28 de noviembre de 2026');
  });
});
