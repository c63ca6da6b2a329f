import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  dark,
  demoAdapter,
  errorsStory,
  failingAdapter,
  loadingAdapter,
  manyCertifications,
  NAMES,
  nonLatinData,
  storyAdapter,
  themeArgs,
  themeArgTypes,
  themeStyle,
  type ThemeArgs,
  until,
} from './support.js';

const meta: Meta = { title: 'Elements/cert-list', component: 'cert-list' };
export default meta;
type Story = StoryObj;

const HELP_URL = 'https://learn.example.org/help/missing-certificate';

export const Default: Story = { render: () => html`<cert-list .adapter=${demoAdapter()}></cert-list>` };

export const Loading: Story = { render: () => html`<cert-list .adapter=${loadingAdapter()}></cert-list>` };

export const Empty: Story = {
  render: () => html`<cert-list .adapter=${storyAdapter({ certifications: [] })}></cert-list>`,
};

/** The message the learner reads for each `AdapterError` kind, with "Try again" where trying again can help. */
export const Errors = errorsStory(
  (kind) => html`<cert-list .adapter=${failingAdapter('listCertifications', kind)}></cert-list>`,
);

/** 500 certifications: search, sort and "Showing n of 500" appear past six. */
export const ManyItems: Story = {
  // Left out of the docs page, which shows every other story at once.
  tags: ['!autodocs'],
  render: () => html`<cert-list .adapter=${storyAdapter({ certifications: manyCertifications(500) })}></cert-list>`,
};

export const LongAndNonLatinNames: Story = {
  render: () => html`<cert-list .adapter=${storyAdapter(nonLatinData(NAMES.cyrillic))}></cert-list>`,
};

export const RightToLeft: Story = {
  name: 'Arabic (right to left)',
  globals: { lang: 'ar' },
  render: () => html`<cert-list .adapter=${storyAdapter(nonLatinData(NAMES.arabic))}></cert-list>`,
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  render: () => html`<cert-list .adapter=${demoAdapter()}></cert-list>`,
};

export const Dark: Story = { render: () => dark(html`<cert-list .adapter=${demoAdapter()}></cert-list>`) };

/** Two certificates selected: the ZIP button counts them, Preview waits for exactly one. */
export const WithSelection: Story = {
  render: () => html`<cert-list .adapter=${demoAdapter()}></cert-list>`,
  play: async ({ canvasElement }) => {
    const list = await until(() => canvasElement.querySelector('cert-list'));
    const boxes = await until(() => {
      const found = list.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
      return found && found.length >= 2 ? found : null;
    });
    boxes[0].click();
    boxes[1].click();
  },
};

/** The preview: the certificate drawn as SVG from the PDF's own layout, its verification link, and Download. */
export const Preview: Story = {
  render: () => html`<cert-list .adapter=${demoAdapter()}></cert-list>`,
  play: async ({ canvasElement }) => {
    const list = await until(() => canvasElement.querySelector('cert-list'));
    await until(() => list.shadowRoot?.querySelector('[part="item"]'));
    await list.preview('cert-cloud-administrator');
  },
};

/** `help-url` turns the help text's last line into a link. */
export const WithHelpUrl: Story = {
  render: () => html`<cert-list help-url=${HELP_URL} .adapter=${demoAdapter()}></cert-list>`,
};

interface PlaygroundArgs extends ThemeArgs {
  'help-url': string;
  onCertSelectionChange?: (event: Event) => void;
  onCertDownload?: (event: Event) => void;
  onCertError?: (event: Event) => void;
}

let playgroundAdapter: ReturnType<typeof demoAdapter> | undefined;

/** The attributes and every theme token as controls (the language is the toolbar's); the events show in the Actions panel. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { 'help-url': HELP_URL, ...themeArgs },
  argTypes: { ...themeArgTypes },
  render: (args) =>
    html`<cert-list
      help-url=${ifDefined(args['help-url'] || undefined)}
      style=${styleMap(themeStyle(args))}
      .adapter=${(playgroundAdapter ??= demoAdapter())}
      @cert-selection-change=${args.onCertSelectionChange}
      @cert-download=${args.onCertDownload}
      @cert-error=${args.onCertError}
    ></cert-list>`,
};
