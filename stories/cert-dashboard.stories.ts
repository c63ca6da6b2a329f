import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoAdapter, failingAdapter, loadingAdapter } from './support.js';

const meta: Meta = { title: 'Elements/cert-dashboard', component: 'cert-dashboard' };
export default meta;
type Story = StoryObj;

export const Default: Story = { render: () => html`<cert-dashboard .adapter=${demoAdapter()}></cert-dashboard>` };
export const Loading: Story = { render: () => html`<cert-dashboard .adapter=${loadingAdapter()}></cert-dashboard>` };
export const Spanish: Story = { render: () => html`<cert-dashboard lang="es" .adapter=${demoAdapter()}></cert-dashboard>` };
export const OnlyCertificates: Story = {
  render: () => html`<cert-dashboard sections="certificates" .adapter=${demoAdapter()}></cert-dashboard>`,
};
export const BadgesFail: Story = {
  render: () => html`<cert-dashboard .adapter=${failingAdapter('listBadges', 'server')}></cert-dashboard>`,
};
