import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoData } from '../src/adapter/demo-data.js';
import type { Badge } from '../src/model.js';
import { demoAdapter, failingAdapter, loadingAdapter } from './support.js';

const meta: Meta = { title: 'Elements/badge-share', component: 'badge-share' };
export default meta;
type Story = StoryObj;

const [cloudAdministrator, mentor] = demoData().badges as [Badge, Badge, ...Badge[]];

/** An Open Badges 3.0 credential as an issuer would publish it (after the 1EdTech basic example). */
const ob3Credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'https://badges.example.org/credentials/3527',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'https://example.com/issuers/876543', type: ['Profile'], name: 'Example Corp', url: 'https://example.com/' },
  validFrom: '2025-01-10T00:00:00Z',
  validUntil: '2028-01-10T00:00:00Z',
  name: 'Teamwork Badge',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://example.com/achievements/teamwork',
      type: ['Achievement'],
      name: 'Teamwork',
      description: 'Recognizes the capacity to collaborate within a group environment.',
      criteria: { id: 'https://example.com/achievements/teamwork/criteria', narrative: 'Nominated by peers.' },
      image: { id: cloudAdministrator.imageUrl, type: 'Image' },
    },
  },
};

export const Default: Story = { render: () => html`<badge-share .badge=${cloudAdministrator}></badge-share>` };

export const Expired: Story = {
  render: () => html`<badge-share .badge=${{ ...mentor, issuedOn: '2022-02-01', expiresOn: '2024-02-01' }}></badge-share>`,
};

export const OpenBadges2Credential: Story = {
  name: 'Open Badges 2.0 credential',
  render: () => html`<badge-share .credential=${cloudAdministrator.openBadge}></badge-share>`,
};

export const OpenBadges3Credential: Story = {
  name: 'Open Badges 3.0 credential',
  render: () => html`<badge-share .credential=${ob3Credential}></badge-share>`,
};

export const FromAdapter: Story = {
  render: () => html`<badge-share badge-id="badge-threat-detection" .adapter=${demoAdapter()}></badge-share>`,
};

export const Loading: Story = {
  render: () => html`<badge-share badge-id="badge-cloud-administrator" .adapter=${loadingAdapter()}></badge-share>`,
};

export const Errors: Story = {
  render: () => html`<badge-share .credential=${'{"type": "Assertion",'}></badge-share>
    <badge-share badge-id="badge-cloud-administrator" .adapter=${failingAdapter('listBadges', 'network')}></badge-share>`,
};

export const LongAndNonLatinNames: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr))">
    <badge-share .badge=${{ ...cloudAdministrator, name: `${cloudAdministrator.name} `.repeat(6).trim() }}></badge-share>
    <badge-share .badge=${{ ...mentor, name: 'Администратор облачных решений' }}></badge-share>
    <badge-share .badge=${{ ...mentor, name: 'クラウド管理者 認定バッジ' }}></badge-share>
    <badge-share .badge=${{ ...mentor, name: 'Διαχειριστής Νέφους' }}></badge-share>
  </div>`,
};

export const RightToLeft: Story = {
  render: () => html`<div lang="ar" dir="rtl">
    <badge-share .badge=${{ ...cloudAdministrator, name: 'مسؤول الحوسبة السحابية', issuer: { name: 'أكاديمية نورثويند' } }}></badge-share>
  </div>`,
};

export const Spanish: Story = { render: () => html`<badge-share lang="es" .badge=${cloudAdministrator}></badge-share>` };

export const FewNetworks: Story = {
  render: () => html`<badge-share networks="linkedin-profile copy download" .badge=${cloudAdministrator}></badge-share>`,
};
