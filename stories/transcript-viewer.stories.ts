import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ADAPTER_ERROR_KINDS } from '../src/adapter/errors.js';
import { demoAdapter, failingAdapter, loadingAdapter } from './support.js';

const meta: Meta = { title: 'Elements/transcript-viewer', component: 'transcript-viewer' };
export default meta;
type Story = StoryObj;

export const Default: Story = { render: () => html`<transcript-viewer .adapter=${demoAdapter()}></transcript-viewer>` };
export const Loading: Story = { render: () => html`<transcript-viewer .adapter=${loadingAdapter()}></transcript-viewer>` };
export const Spanish: Story = { render: () => html`<transcript-viewer lang="es" .adapter=${demoAdapter()}></transcript-viewer>` };
export const RightToLeft: Story = {
  render: () => html`<div lang="ar" dir="rtl"><transcript-viewer .adapter=${demoAdapter()}></transcript-viewer></div>`,
};
export const Errors: Story = {
  render: () => html`${ADAPTER_ERROR_KINDS.map(
    (kind) => html`<h3 style="font: 600 0.9rem system-ui">${kind}</h3>
      <transcript-viewer .adapter=${failingAdapter('getTranscript', kind)}></transcript-viewer>`,
  )}`,
};
