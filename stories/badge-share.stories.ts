import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { demoData } from '../src/demo/demo-data.js';
import type { Badge } from '../src/model.js';
import { SHARE_NETWORKS, type ShareNetwork } from '../src/share/social.js';
import ob2Assertion from '../test/fixtures/open-badges/ob2-assertion.json';
import ob2BadgeClass from '../test/fixtures/open-badges/ob2-badgeclass.json';
import ob2Issuer from '../test/fixtures/open-badges/ob2-issuer.json';
import ob3Basic from '../test/fixtures/open-badges/ob3-basic.json';
import {
  dark,
  demoAdapter,
  errorsStory,
  failingAdapter,
  loadingAdapter,
  NAMES,
  nonLatinData,
  themeArgs,
  themeArgTypes,
  themeStyle,
  TITLES,
  type ThemeArgs,
} from './support.js';

const meta: Meta = {
  title: 'Elements/badge-share',
  component: 'badge-share',
  decorators: [(story) => html`<div style="max-width: 40rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

const demo = demoData();
const badge = (id: string): Badge => demo.badges.find((b) => b.id === id)!;
const cloudAdministrator = badge('badge-cloud-administrator');
const threatDetection = badge('badge-threat-detection');
/** A same-origin picture for the Open Badges samples, whose own images live on other sites. */
const sampleImage = badge('badge-community-mentor').imageUrl;

/**
 * The 1EdTech Open Badges 2.0 example (test/fixtures/open-badges): its BadgeClass and Issuer, which
 * the assertion links by URL, inlined so that the story stays offline; its image swapped for a local one.
 */
const ob2Credential = { ...ob2Assertion, image: sampleImage, badge: { ...ob2BadgeClass, issuer: ob2Issuer } };

/** The 1EdTech Open Badges 3.0 basic example, with a local image added (the example has none). */
const ob3Credential = {
  ...ob3Basic,
  credentialSubject: {
    ...ob3Basic.credentialSubject,
    achievement: { ...ob3Basic.credentialSubject.achievement, image: { id: sampleImage, type: 'Image' } },
  },
};

/** A badge with a public URL and no expiry: every action. */
export const Default: Story = { render: () => html`<badge-share .badge=${threatDetection}></badge-share>` };

/** `badge-id` while the adapter's `listBadges()` has not answered. */
export const Loading: Story = {
  render: () => html`<badge-share badge-id="badge-cloud-administrator" .adapter=${loadingAdapter()}></badge-share>`,
};

/** `badge-id` and `listBadges()` fails: the message the learner reads for each kind, with "Try again" where it can help. */
export const Errors = errorsStory(
  (kind) =>
    html`<badge-share badge-id="badge-cloud-administrator" .adapter=${failingAdapter('listBadges', kind)}></badge-share>`,
);

/** A `badge-id` the adapter does not know. */
export const UnknownBadgeId: Story = {
  render: () => html`<badge-share badge-id="badge-nobody-has" .adapter=${demoAdapter()}></badge-share>`,
};

/** `credential` that is not JSON (the JSON text is cut short). */
export const DamagedCredential: Story = {
  render: () => html`<badge-share .credential=${'{"type": "Assertion",'}></badge-share>`,
};

/** `credential` that is JSON, but not an Open Badge. */
export const NotAnOpenBadge: Story = {
  render: () => html`<badge-share .credential=${{ type: 'Invoice', total: 12 }}></badge-share>`,
};

/** The badge loaded through the adapter by `badge-id`. */
export const FromAdapter: Story = {
  render: () => html`<badge-share badge-id="badge-threat-detection" .adapter=${demoAdapter()}></badge-share>`,
};

export const OpenBadges2Credential: Story = {
  name: 'Open Badges 2.0 credential',
  render: () => html`<badge-share .credential=${ob2Credential}></badge-share>`,
};

export const OpenBadges3Credential: Story = {
  name: 'Open Badges 3.0 credential',
  render: () => html`<badge-share .credential=${ob3Credential}></badge-share>`,
};

/** Expires in a few months. */
export const WithExpiry: Story = { render: () => html`<badge-share .badge=${cloudAdministrator}></badge-share>` };

export const Expired: Story = {
  render: () =>
    html`<badge-share .badge=${{ ...cloudAdministrator, issuedOn: '2022-02-01', expiresOn: '2024-02-01' }}></badge-share>`,
};

/** No public URL and no criteria: nothing to share on a network, only LinkedIn's profile, embed and download. */
export const NoPublicUrl: Story = {
  render: () => html`<badge-share .badge=${badge('badge-hackathon-winner')}></badge-share>`,
};

/** `networks` offers only some actions. */
export const RestrictedNetworks: Story = {
  render: () =>
    html`<badge-share networks="linkedin-profile copy download" .badge=${cloudAdministrator}></badge-share>`,
};

export const LongAndNonLatinNames: Story = {
  decorators: [(story) => html`<div style="max-width: none">${story()}</div>`],
  render: () => {
    const [first] = nonLatinData().badges;
    const names = [NAMES.long, ...TITLES];
    return html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(20rem, 100%), 1fr))">
      ${names.map((name, i) => html`<badge-share .badge=${{ ...first, id: `badge-${i}`, name }}></badge-share>`)}
    </div>`;
  },
};

export const RightToLeft: Story = {
  name: 'Arabic (right to left)',
  globals: { lang: 'ar' },
  render: () =>
    html`<badge-share
      .badge=${{ ...cloudAdministrator, name: 'مسؤول الحوسبة السحابية', issuer: { ...cloudAdministrator.issuer, name: 'أكاديمية نورثويند' } }}
    ></badge-share>`,
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  render: () => html`<badge-share .badge=${cloudAdministrator}></badge-share>`,
};

export const Dark: Story = { render: () => dark(html`<badge-share .badge=${cloudAdministrator}></badge-share>`) };

/** Tokens on an ancestor, and a part styled from the page: what the Theming page shows. */
export const CustomTheme: Story = {
  render: () => html`<style>
      .custom-theme badge-share::part(card) {
        box-shadow: 0 2px 8px rgb(15 118 110 / 0.25);
      }
    </style>
    <div
      class="custom-theme"
      style="--cert-color-accent: light-dark(#0f766e, #5eead4); --cert-radius: 2px; --cert-font-family: Georgia, 'Times New Roman', serif"
    >
      <badge-share .badge=${cloudAdministrator}></badge-share>
    </div>`,
};

interface PlaygroundArgs extends ThemeArgs {
  networks: ShareNetwork[];
  'badge-id': string;
  '--badge-share-image-size': string;
  onBadgeShare?: (event: Event) => void;
}

let playgroundAdapter: ReturnType<typeof demoAdapter> | undefined;

/** The attributes and every theme token as controls (the language is the toolbar's); `badge-share` events show in the Actions panel. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: {
    networks: [...SHARE_NETWORKS],
    'badge-id': 'badge-cloud-administrator',
    '--badge-share-image-size': '',
    ...themeArgs,
  },
  argTypes: {
    networks: { control: 'check', options: SHARE_NETWORKS },
    'badge-id': { control: 'select', options: demo.badges.map((b) => b.id) },
    '--badge-share-image-size': { control: 'text' },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<badge-share
      networks=${args.networks.join(' ')}
      badge-id=${ifDefined(args['badge-id'] || undefined)}
      style=${styleMap(themeStyle(args))}
      .adapter=${(playgroundAdapter ??= demoAdapter())}
      @badge-share=${args.onBadgeShare}
    ></badge-share>`,
};
