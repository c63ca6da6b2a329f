import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { demoData } from '../src/demo/demo-data.js';
import {
  dark,
  demoAdapter,
  errorsStory,
  failingAdapter,
  loadingAdapter,
  NAMES,
  nonLatinData,
  storyAdapter,
  themeArgs,
  themeArgTypes,
  themeStyle,
  type ThemeArgs,
} from './support.js';

const meta: Meta = {
  title: 'Elements/cert-verify',
  component: 'cert-verify',
  decorators: [(story) => html`<div style="max-width: 40rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

/** The demo learner's credential IDs, one per verdict. */
const demo = demoData();
const idOf = (status: string) => demo.certifications.find((c) => c.status === status && c.credentialId)!.credentialId!;
const VALID = idOf('earned');
const EXPIRED = idOf('expired');
const REVOKED = idOf('revoked');

const verify = (id: string, adapter = demoAdapter()) =>
  html`<cert-verify credential-id=${id} .adapter=${adapter}></cert-verify>`;

/** A valid credential: the verdict, then holder, certification, issuer, dates, and when it was checked. */
export const Default: Story = { render: () => verify(VALID) };

export const Expired: Story = { render: () => verify(EXPIRED) };

export const Revoked: Story = { render: () => verify(REVOKED) };

/** An ID no credential has (or that cannot be one): the same answer either way. */
export const NotFound: Story = { render: () => verify('NWCA-XXXX-0000') };

/** No ID given and none in the page URL: the form that asks for one. */
export const AskForAnId: Story = { render: () => verify('') };

export const Loading: Story = { render: () => verify(VALID, loadingAdapter()) };

export const Errors = errorsStory((kind) => verify(VALID, failingAdapter('verifyCredential', kind)));

export const LongAndNonLatinNames: Story = {
  render: () => {
    const data = nonLatinData(NAMES.long);
    const cert = { ...data.certifications[0], status: 'earned' as const, credentialId: 'NWCA-名前-Ωμέγα-0001' };
    const adapter = storyAdapter({ learner: data.learner, certifications: [cert] });
    return verify(cert.credentialId, adapter);
  },
};

export const RightToLeft: Story = {
  name: 'Arabic (right to left)',
  globals: { lang: 'ar' },
  render: () => verify(VALID),
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  render: () => verify(EXPIRED),
};

export const Dark: Story = { render: () => dark(verify(REVOKED)) };

interface PlaygroundArgs extends ThemeArgs {
  'credential-id': string;
}

let playgroundAdapter: ReturnType<typeof demoAdapter> | undefined;

/** The credential ID (one per verdict, or any text) and every theme token as controls (the language is the toolbar's). */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { 'credential-id': VALID, ...themeArgs },
  argTypes: {
    'credential-id': { control: 'select', options: [VALID, EXPIRED, REVOKED, 'NWCA-XXXX-0000', ''] },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<cert-verify
      credential-id=${args['credential-id']}
      style=${styleMap(themeStyle(args))}
      .adapter=${(playgroundAdapter ??= demoAdapter())}
    ></cert-verify>`,
};
