import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AdapterError, ADAPTER_ERROR_KINDS } from '../src/adapter/errors.js';
import { demoData } from '../src/adapter/demo-data.js';
import { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import type { Transcript } from '../src/model.js';
import { demoAdapter, failingAdapter, loadingAdapter, manyCertifications } from './support.js';

const meta: Meta = {
  title: 'Elements/transcript-viewer',
  component: 'transcript-viewer',
  argTypes: { mode: { control: 'inline-radio', options: ['owner', 'shared'] } },
};
export default meta;
type Story = StoryObj;

/** Shares are hashed with few iterations here so that the stories answer at once; a real backend uses many. */
const shareAdapter = (options: ConstructorParameters<typeof MemoryAdapter>[0] = {}) =>
  new MemoryAdapter({ latencyMs: 150, hashIterations: 1000, shareBaseUrl: 'https://school.example.org/shared.html', ...options });

function transcript(overrides: Partial<Transcript> = {}): Transcript {
  const d = demoData();
  return {
    learner: d.learner,
    certifications: d.certifications.filter((c) => c.status === 'earned' || c.status === 'expired'),
    exams: d.exams,
    generatedAt: new Date().toISOString(),
    ...overrides,
  };
}

export const Default: Story = { render: () => html`<transcript-viewer .adapter=${shareAdapter()}></transcript-viewer>` };
export const Loading: Story = { render: () => html`<transcript-viewer .adapter=${loadingAdapter()}></transcript-viewer>` };
export const Spanish: Story = { render: () => html`<transcript-viewer lang="es" .adapter=${shareAdapter()}></transcript-viewer>` };
export const Empty: Story = {
  render: () => html`<transcript-viewer .transcript=${transcript({ certifications: [], exams: [] })}></transcript-viewer>`,
};
export const ManyItems: Story = {
  render: () => html`<transcript-viewer
    .transcript=${transcript({ certifications: manyCertifications(120).filter((c) => c.status === 'earned') })}
  ></transcript-viewer>`,
};
export const LongAndNonLatinNames: Story = {
  render: () => html`<transcript-viewer
    .transcript=${transcript({
      learner: { ...demoData().learner, name: 'Александра Владимировна Константинопольская-Рождественская' },
      certifications: demoData().certifications.map((c, i) => ({
        ...c,
        title: ['مسؤول الحوسبة السحابية المعتمد', 'מנהל מערכות ענן', 'Διαχειριστής Νέφους', `${c.title} `.repeat(6).trim()][i % 4]!,
      })),
    })}
  ></transcript-viewer>`,
};
export const RightToLeft: Story = {
  render: () => html`<div lang="ar" dir="rtl"><transcript-viewer .adapter=${demoAdapter()}></transcript-viewer></div>`,
};
export const Dark: Story = {
  render: () => html`<div style="color-scheme: dark; background: #0b1020; padding: 1rem">
    <transcript-viewer .adapter=${shareAdapter()}></transcript-viewer>
  </div>`,
};
/** The learner without an address: no address choice anywhere. */
export const NoAddress: Story = {
  render: () => html`<transcript-viewer .adapter=${shareAdapter({ learner: { ...demoData().learner, address: null }, certifications: demoData().certifications, badges: [] })}></transcript-viewer>`,
};
export const SharingFails: Story = {
  render: () => html`<transcript-viewer
    .adapter=${shareAdapter({
      fail: { createTranscriptShare: new AdapterError('server', 'Story'), emailTranscript: new AdapterError('network', 'Story') },
    })}
  ></transcript-viewer>`,
};

/** The form a third party sees on the shared-transcript page. Any code fails here: there is no share. */
export const SharedForm: Story = { render: () => html`<transcript-viewer mode="shared" .adapter=${shareAdapter()}></transcript-viewer>` };
export const SharedPrefilled: Story = {
  render: () => html`<transcript-viewer mode="shared" transcript-id="K7QM2XWN4HD9R" .adapter=${shareAdapter()}></transcript-viewer>`,
};
export const SharedRateLimited: Story = {
  render: () => html`<transcript-viewer
    mode="shared"
    transcript-id="K7QM2XWN4HD9R"
    .adapter=${shareAdapter({ fail: { viewSharedTranscript: new AdapterError('rate-limited', 'Story', { retryAfter: 90 }) } })}
  ></transcript-viewer>`,
};
/** What the third party sees once the ID and code match: read-only, no address unless the learner shared it. */
export const SharedTranscript: Story = {
  render: () => html`<transcript-viewer
    mode="shared"
    .transcript=${transcript({ learner: { ...demoData().learner, address: null } })}
  ></transcript-viewer>`,
};
export const SharedSpanish: Story = {
  render: () => html`<transcript-viewer mode="shared" lang="es" .adapter=${shareAdapter()}></transcript-viewer>`,
};

export const Errors: Story = {
  render: () => html`${ADAPTER_ERROR_KINDS.map(
    (kind) => html`<h3 style="font: 600 0.9rem system-ui">${kind}</h3>
      <transcript-viewer .adapter=${failingAdapter('getTranscript', kind)}></transcript-viewer>`,
  )}`,
};
