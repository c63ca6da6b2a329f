import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ADAPTER_ERROR_KINDS } from '../src/adapter/errors.js';
import { demoData } from '../src/adapter/demo-data.js';
import { demoAdapter, failingAdapter, loadingAdapter, manyCertifications } from './support.js';

const meta: Meta = { title: 'Elements/cert-list', component: 'cert-list' };
export default meta;
type Story = StoryObj;

export const Default: Story = { render: () => html`<cert-list .adapter=${demoAdapter()}></cert-list>` };
export const Loading: Story = { render: () => html`<cert-list .adapter=${loadingAdapter()}></cert-list>` };
export const Empty: Story = { render: () => html`<cert-list .certifications=${[]}></cert-list>` };
export const ManyItems: Story = { render: () => html`<cert-list .certifications=${manyCertifications(500)}></cert-list>` };
export const Spanish: Story = { render: () => html`<cert-list lang="es" .adapter=${demoAdapter()}></cert-list>` };

const nonLatin = demoData().certifications.map((c, i) => ({
  ...c,
  title: ['Администратор облачных решений', 'مسؤول الحوسبة السحابية', 'מנהל מערכות ענן', 'Διαχειριστής Νέφους'][i % 4]!,
}));
export const NonLatinTitles: Story = { render: () => html`<cert-list .certifications=${nonLatin}></cert-list>` };
export const RightToLeft: Story = {
  render: () => html`<div lang="ar" dir="rtl"><cert-list .certifications=${nonLatin}></cert-list></div>`,
};
export const LongTitles: Story = {
  render: () => html`<cert-list
    .certifications=${demoData().certifications.map((c) => ({ ...c, title: `${c.title} `.repeat(12).trim() }))}
  ></cert-list>`,
};

/** One story per error kind: the message the learner reads, and a retry where one helps. */
export const Errors: Story = {
  render: () => html`${ADAPTER_ERROR_KINDS.map(
    (kind) => html`<h3 style="font: 600 0.9rem system-ui">${kind}</h3>
      <cert-list .adapter=${failingAdapter('listCertifications', kind)}></cert-list>`,
  )}`,
};
