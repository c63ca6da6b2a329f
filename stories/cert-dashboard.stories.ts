import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { CertAdapterOperation } from '../src/adapter/memory-adapter.js';
import { DASHBOARD_SECTIONS, type DashboardSection } from '../src/components/cert-dashboard/cert-dashboard.js';
import {
  dark,
  demoAdapter,
  errorsStory,
  failingAdapter,
  loadingAdapter,
  manyBadges,
  manyCertifications,
  NAMES,
  nonLatinData,
  storyAdapter,
  themeArgs,
  themeArgTypes,
  themeStyle,
  type ThemeArgs,
} from './support.js';

const meta: Meta = { title: 'Elements/cert-dashboard', component: 'cert-dashboard' };
export default meta;
type Story = StoryObj;

const HELP_URL = 'https://learn.example.org/help/missing-certificate';

export const Default: Story = { render: () => html`<cert-dashboard .adapter=${demoAdapter()}></cert-dashboard>` };

export const Loading: Story = { render: () => html`<cert-dashboard .adapter=${loadingAdapter()}></cert-dashboard>` };

/** A new learner: no certification, no badge, an empty transcript. */
export const Empty: Story = {
  render: () => html`<cert-dashboard .adapter=${storyAdapter({ certifications: [], badges: [] })}></cert-dashboard>`,
};

/** Everything the dashboard loads fails with one kind: the heading's own message, and the open section's. */
const EVERY_READ: CertAdapterOperation[] = ['getLearner', 'listCertifications', 'listBadges', 'getTranscript'];
export const Errors = errorsStory(
  (kind) => html`<cert-dashboard .adapter=${failingAdapter(EVERY_READ, kind)}></cert-dashboard>`,
);

/** One section fails (badges, shown first here), the others render: a failure does not blank the page. */
export const OneSectionFails: Story = {
  render: () =>
    html`<cert-dashboard sections="badges certificates transcript" .adapter=${failingAdapter('listBadges', 'server')}></cert-dashboard>`,
};

/** 500 certifications and 60 badges. */
export const ManyItems: Story = {
  // Left out of the docs page, which shows every other story at once.
  tags: ['!autodocs'],
  render: () =>
    html`<cert-dashboard .adapter=${storyAdapter({ certifications: manyCertifications(500), badges: manyBadges(60) })}></cert-dashboard>`,
};

/** The grid of 60 badges: `sections="badges"` shows one section under a plain heading, without tabs. */
export const ManyBadges: Story = {
  // Left out of the docs page, which shows every other story at once.
  tags: ['!autodocs'],
  render: () =>
    html`<cert-dashboard sections="badges" .adapter=${storyAdapter({ badges: manyBadges(60) })}></cert-dashboard>`,
};

export const LongAndNonLatinNames: Story = {
  render: () => html`<cert-dashboard .adapter=${storyAdapter(nonLatinData(NAMES.long))}></cert-dashboard>`,
};

export const RightToLeft: Story = {
  name: 'Arabic (right to left)',
  globals: { lang: 'ar' },
  render: () => html`<cert-dashboard .adapter=${storyAdapter(nonLatinData(NAMES.arabic))}></cert-dashboard>`,
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  render: () => html`<cert-dashboard .adapter=${demoAdapter()}></cert-dashboard>`,
};

export const Dark: Story = { render: () => dark(html`<cert-dashboard .adapter=${demoAdapter()}></cert-dashboard>`) };

/** `sections` with one section: no tabs, a plain heading; `help-url` reaches the list. */
export const OnlyCertificates: Story = {
  render: () =>
    html`<cert-dashboard sections="certificates" help-url=${HELP_URL} .adapter=${demoAdapter()}></cert-dashboard>`,
};

interface PlaygroundArgs extends ThemeArgs {
  sections: DashboardSection[];
  'help-url': string;
}

let playgroundAdapter: ReturnType<typeof demoAdapter> | undefined;

/** The attributes and every theme token as controls (the language is the toolbar's). */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: { sections: [...DASHBOARD_SECTIONS], 'help-url': HELP_URL, ...themeArgs },
  argTypes: {
    sections: {
      control: 'check',
      options: DASHBOARD_SECTIONS,
      description: 'Which sections to show, in this order (all when none).',
    },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<cert-dashboard
      sections=${args.sections.join(' ')}
      help-url=${ifDefined(args['help-url'] || undefined)}
      style=${styleMap(themeStyle(args))}
      .adapter=${(playgroundAdapter ??= demoAdapter())}
    ></cert-dashboard>`,
};
