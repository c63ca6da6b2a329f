import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unzipSync } from 'fflate';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CertList } from '../../src/components/cert-list/cert-list.js';
import type { TranscriptViewer } from '../../src/components/transcript-viewer/transcript-viewer.js';
import type { CertDownloadEvent } from '../../src/events/cert-events.js';
import type { TranscriptShareCreatedEvent } from '../../src/events/transcript-events.js';
import { deepActiveElement } from '../../src/internal/dialog.js';
import { certification, learner } from '../export/fixtures.js';
import '../../src/define.js';
import { expectFocusOn } from '../support/focus.js';

/** The name a screen reader gives: aria-label, else the text of an associated <label>, else the text. */
const label = (node: Element | null) =>
  (
    node?.getAttribute('aria-label') ??
    (node instanceof HTMLInputElement ? node.labels?.[0]?.textContent : null) ??
    node?.textContent ??
    ''
  )
    .replace(/\s+/g, ' ')
    .trim();

/** Presses Tab (real key presses) until the focused element matches; fails after `max` presses. */
async function tabTo(match: (el: HTMLElement) => boolean, what: string, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && match(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('keyboard-only journeys', () => {
  it('selects two certificates and downloads them as one ZIP', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button>before</button>
      <cert-list
        .certifications=${[certification({ id: 'a', title: 'Alpha' }), certification({ id: 'b', title: 'Beta' }), certification({ id: 'c', title: 'Gamma' })]}
        .learner=${learner('Ana')}
      ></cert-list>
    </div>`);
    const list = wrapper.querySelector<CertList>('cert-list')!;
    wrapper.querySelector('button')!.focus();
    await tabTo((el) => el instanceof HTMLInputElement && label(el) === 'Alpha', 'the Alpha checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el instanceof HTMLInputElement && label(el) === 'Gamma', 'the Gamma checkbox');
    await sendKeys({ press: 'Space' });
    expect(list.selectedIds).to.deep.equal(['a', 'c']);
    // Back up to the download button, which the selection enabled.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 20 && label(deepActiveElement()) !== 'Download 2 as ZIP'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(label(deepActiveElement())).to.equal('Download 2 as ZIP');
    list.addEventListener('cert-download', (e) => e.preventDefault());
    const downloaded = oneEvent<CertDownloadEvent>(list, 'cert-download');
    await sendKeys({ press: 'Enter' });
    const { detail } = await downloaded;
    expect(detail.ids).to.deep.equal(['a', 'c']);
    const names = Object.keys(unzipSync(new Uint8Array(await detail.blob.arrayBuffer())));
    expect(names).to.deep.equal(['Alpha - Ana.pdf', 'Gamma - Ana.pdf'].map((n) => `AZ-104 ${n}`));
    await waitUntil(
      () => list.shadowRoot!.querySelector('.job-status')!.textContent === 'Your 2 certificates are ready.',
    );
  });

  it('opens the share dialog, creates a share, and closes it', async () => {
    const adapter = new MemoryAdapter({ hashIterations: 1000, shareBaseUrl: 'https://learn.example.org/shared.html' });
    const viewer = await fixture<TranscriptViewer>(html`<transcript-viewer .adapter=${adapter}></transcript-viewer>`);
    await waitUntil(() => viewer.shadowRoot!.querySelector('[part=transcript]'));
    const shareButton = await tabTo((el) => label(el) === 'Share', 'the Share button');
    await sendKeys({ press: 'Enter' });
    const dialog = await waitUntil(
      () => viewer.shadowRoot!.querySelector<HTMLDialogElement>('#share-dialog[open]'),
      'the dialog opened',
    ).then(() => viewer.shadowRoot!.querySelector<HTMLDialogElement>('#share-dialog')!);
    await waitUntil(() => dialog.contains(deepActiveElement()), 'focus moved into the dialog');
    if (deepActiveElement()?.id !== 'share-code') await tabTo((el) => el.id === 'share-code', 'the access code field');
    await sendKeys({ type: 'blue-harbour-42' });
    await tabTo((el) => el.id === 'share-code-again', 'the confirmation field');
    await sendKeys({ type: 'blue-harbour-42' });
    await tabTo((el) => label(el) === 'Create share', 'Create share');
    const created = oneEvent<TranscriptShareCreatedEvent>(viewer, 'transcript-share-created');
    await sendKeys({ press: 'Enter' });
    const { detail } = await created;
    expect(detail.url).to.equal(`https://learn.example.org/shared.html?transcript=${detail.transcriptId}`);
    const shares = await adapter.listTranscriptShares();
    expect(shares.map((s) => [s.transcriptId, s.includeAddress])).to.deep.equal([[detail.transcriptId, false]]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'the dialog closed');
    expectFocusOn(shareButton);
  });
});
