import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { demoData } from '../src/demo/demo-data.js';
import {
  dark,
  demoAdapter,
  errorsStory,
  failingAdapter,
  langArgType,
  loadingAdapter,
  NAMES,
  nonLatinData,
  PLAYGROUND_LANGS,
  rightToLeft,
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

const verify = (id: string, lang?: string, adapter = demoAdapter()) =>
  html`<cert-verify lang=${lang ?? 'en'} credential-id=${id} .adapter=${adapter}></cert-verify>`;

/** A valid credential: the verdict, then holder, certification, issuer, dates, and when it was checked. */
export const Default: Story = { render: () => verify(VALID) };

export const Expired: Story = { render: () => verify(EXPIRED) };

export const Revoked: Story = { render: () => verify(REVOKED) };

/** An ID no credential has (or that cannot be one): the same answer either way. */
export const NotFound: Story = { render: () => verify('NWCA-XXXX-0000') };

/** No ID given and none in the page URL: the form that asks for one. */
export const AskForAnId: Story = { render: () => verify('') };

export const Loading: Story = { render: () => verify(VALID, 'en', loadingAdapter()) };

export const Errors = errorsStory((kind) => verify(VALID, 'en', failingAdapter('verifyCredential', kind)));

export const LongAndNonLatinNames: Story = {
  render: () => {
    const data = nonLatinData(NAMES.long);
    const cert = { ...data.certifications[0], status: 'earned' as const, credentialId: 'NWCA-名前-Ωμέγα-0001' };
    const adapter = storyAdapter({ learner: data.learner, certifications: [cert] });
    return verify(cert.credentialId, 'en', adapter);
  },
};

export const RightToLeft: Story = { render: () => rightToLeft(verify(VALID, 'ar')) };

export const Spanish: Story = { render: () => verify(EXPIRED, 'es') };

export const Dark: Story = { render: () => dark(verify(REVOKED)) };

interface PlaygroundArgs extends ThemeArgs {
  lang: (typeof PLAYGROUND_LANGS)[number];
  'credential-id': string;
}

let playgroundAdapter: ReturnType<typeof demoAdapter> | undefined;

/** The credential ID (one per verdict, or any text), `lang` and every theme token as controls. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { lang: 'en', 'credential-id': VALID, ...themeArgs },
  argTypes: {
    lang: langArgType,
    'credential-id': { control: 'select', options: [VALID, EXPIRED, REVOKED, 'NWCA-XXXX-0000', ''] },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<cert-verify
      lang=${args.lang}
      credential-id=${args['credential-id']}
      style=${styleMap(themeStyle(args))}
      .adapter=${(playgroundAdapter ??= demoAdapter())}
    ></cert-verify>`,
};
