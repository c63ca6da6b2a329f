import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { AdapterError } from '../src/adapter/errors.js';
import { demoData } from '../src/demo/demo-data.js';
import { transcriptOf } from '../src/rules/transcript.js';
import {
  TRANSCRIPT_VIEWER_MODES,
  type TranscriptViewerMode,
} from '../src/components/transcript-viewer/transcript-viewer.js';
import type { Transcript } from '../src/model.js';
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
  until,
  type ThemeArgs,
} from './support.js';

const meta: Meta = {
  title: 'Elements/transcript-viewer',
  component: 'transcript-viewer',
  argTypes: { mode: { control: 'inline-radio', options: TRANSCRIPT_VIEWER_MODES } },
};
export default meta;
type Story = StoryObj;

/** A transcript given as data (the `transcript` property): no adapter, so only the PDF button. */
function transcript(overrides: Partial<Transcript> = {}): Transcript {
  const d = demoData();
  return { ...transcriptOf(d.learner, d.certifications, true, new Date()), ...overrides };
}

/** Types `value` into an input in the element's shadow root, as a person would (one `input` event). */
function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Shared mode: fills the access code (and the ID, when given) and submits the form. */
async function submitAccessForm(canvasElement: HTMLElement, accessCode: string, transcriptId?: string): Promise<void> {
  const viewer = await until(() => canvasElement.querySelector('transcript-viewer'));
  const code = await until(() => viewer.shadowRoot?.querySelector<HTMLInputElement>('#access-code'));
  if (transcriptId !== undefined) type(viewer.shadowRoot!.querySelector<HTMLInputElement>('#access-id')!, transcriptId);
  type(code, accessCode);
  await viewer.updateComplete;
  viewer.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

export const Default: Story = { render: () => html`<transcript-viewer .adapter=${demoAdapter()}></transcript-viewer>` };

export const Loading: Story = {
  render: () => html`<transcript-viewer .adapter=${loadingAdapter()}></transcript-viewer>`,
};

/** A learner who has not earned a certification yet. */
export const Empty: Story = {
  render: () => html`<transcript-viewer .adapter=${storyAdapter({ certifications: [] })}></transcript-viewer>`,
};

/** The message the learner reads for each `AdapterError` kind, with "Try again" where trying again can help. */
export const Errors = errorsStory(
  (kind) => html`<transcript-viewer .adapter=${failingAdapter('getTranscript', kind)}></transcript-viewer>`,
);

/** 500 certifications, of which the earned ones (and their exams) are on the transcript. */
export const ManyItems: Story = {
  // Left out of the docs page, which shows every other story at once.
  tags: ['!autodocs'],
  render: () =>
    html`<transcript-viewer .adapter=${storyAdapter({ certifications: manyCertifications(500) })}></transcript-viewer>`,
};

export const LongAndNonLatinNames: Story = {
  render: () => html`<transcript-viewer .adapter=${storyAdapter(nonLatinData(NAMES.cyrillic))}></transcript-viewer>`,
};

export const RightToLeft: Story = {
  name: 'Arabic (right to left)',
  globals: { lang: 'ar' },
  render: () => html`<transcript-viewer .adapter=${storyAdapter(nonLatinData(NAMES.arabic))}></transcript-viewer>`,
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  render: () => html`<transcript-viewer .adapter=${demoAdapter()}></transcript-viewer>`,
};

export const Dark: Story = {
  render: () => dark(html`<transcript-viewer .adapter=${demoAdapter()}></transcript-viewer>`),
};

/** A transcript given as data: no adapter, so no E-mail and no Share, only the PDF. */
export const FromData: Story = {
  render: () => html`<transcript-viewer .transcript=${transcript()}></transcript-viewer>`,
};

/** The learner without an address: no address choice anywhere. */
export const NoAddress: Story = {
  render: () => {
    const d = demoData();
    return html`<transcript-viewer
      .adapter=${storyAdapter({ learner: { ...d.learner, address: null }, certifications: d.certifications, badges: [] })}
    ></transcript-viewer>`;
  },
};

/** The Share dialog, open: access code twice, the address choice, Create, and the learner's existing shares. */
export const ShareDialog: Story = {
  render: () => html`<transcript-viewer .adapter=${demoAdapter()}></transcript-viewer>`,
  play: async ({ canvasElement }) => {
    const viewer = await until(() => canvasElement.querySelector('transcript-viewer'));
    const share = await until(() => viewer.shadowRoot?.querySelector<HTMLButtonElement>('#share-button'));
    share.click();
  },
};

/** Creating a share fails with `server` and e-mailing with `network`: each says so where the learner acted. */
export const SharingFails: Story = {
  render: () => html`<transcript-viewer
    .adapter=${storyAdapter({
      fail: {
        createTranscriptShare: new AdapterError('server', 'Story'),
        emailTranscript: new AdapterError('network', 'Story'),
      },
    })}
  ></transcript-viewer>`,
};

/**
 * A share someone guessed at from many addresses: the list says it is suspended, since when and why,
 * with Resume (`resumeTranscriptShare`) beside Revoke.
 */
export const ShareSuspended: Story = {
  render: () => html`<transcript-viewer .adapter=${storyAdapter({ suspendAfterFailures: 3 })}></transcript-viewer>`,
  play: async ({ canvasElement }) => {
    const viewer = await until(() => canvasElement.querySelector('transcript-viewer'));
    const adapter = viewer.adapter!;
    const accessCode = 'correct horse battery';
    const { transcriptId } = await adapter.createTranscriptShare({ accessCode, includeAddress: false });
    await adapter.createTranscriptShare({ accessCode, includeAddress: true });
    for (const guess of ['password1', '12345678', 'qwertyuiop']) {
      await adapter.viewSharedTranscript({ transcriptId, accessCode: guess }).catch(() => {});
    }
    const share = await until(() => viewer.shadowRoot?.querySelector<HTMLButtonElement>('#share-button'));
    share.click();
  },
};

/** Creating a share with one of the most common passwords: refused at the access-code field. */
export const CommonAccessCode: Story = {
  render: () => html`<transcript-viewer
    .adapter=${storyAdapter({
      fail: {
        createTranscriptShare: new AdapterError('invalid-request', 'Story', {
          field: 'accessCode',
          reason: 'common-access-code',
        }),
      },
    })}
  ></transcript-viewer>`,
  play: async ({ canvasElement }) => {
    const viewer = await until(() => canvasElement.querySelector('transcript-viewer'));
    (await until(() => viewer.shadowRoot?.querySelector<HTMLButtonElement>('#share-button'))).click();
    const code = await until(() => viewer.shadowRoot?.querySelector<HTMLInputElement>('#share-code'));
    type(code, 'password123');
    type(viewer.shadowRoot!.querySelector<HTMLInputElement>('#share-code-again')!, 'password123');
    await viewer.updateComplete;
    viewer.shadowRoot!.querySelector<HTMLFormElement>('#share-dialog form')!.requestSubmit();
  },
};

/** The form a third party sees on the shared-transcript page. */
export const SharedForm: Story = {
  render: () => html`<transcript-viewer mode="shared" .adapter=${demoAdapter()}></transcript-viewer>`,
};

/** The ID comes from `transcript-id` (or the page URL's `transcript` parameter). */
export const SharedPrefilled: Story = {
  render: () =>
    html`<transcript-viewer mode="shared" transcript-id="K7QM2XWN4HD9R" .adapter=${demoAdapter()}></transcript-viewer>`,
};

/** A wrong code, an unknown, revoked or expired share: one message that does not say which. */
export const SharedNoMatch: Story = {
  render: () =>
    html`<transcript-viewer mode="shared" transcript-id="K7QM2XWN4HD9R" .adapter=${demoAdapter()}></transcript-viewer>`,
  play: ({ canvasElement }) => submitAccessForm(canvasElement, 'not-the-code'),
};

export const SharedRateLimited: Story = {
  render: () => html`<transcript-viewer
    mode="shared"
    transcript-id="K7QM2XWN4HD9R"
    .adapter=${storyAdapter({ fail: { viewSharedTranscript: new AdapterError('rate-limited', 'Story', { retryAfter: 90 }) } })}
  ></transcript-viewer>`,
  play: ({ canvasElement }) => submitAccessForm(canvasElement, 'correct-horse'),
};

/** A share suspended after guessing: the third party is told so, whatever the code, and whom to ask. */
export const SharedSuspended: Story = {
  render: () => html`<transcript-viewer
    mode="shared"
    transcript-id="K7QM2XWN4HD9R"
    .adapter=${storyAdapter({
      fail: { viewSharedTranscript: new AdapterError('forbidden', 'Story', { reason: 'share-suspended' }) },
    })}
  ></transcript-viewer>`,
  play: ({ canvasElement }) => submitAccessForm(canvasElement, 'correct-horse'),
};

/** What the third party sees once the ID and code match: read-only, no address unless the learner shared it. */
export const SharedTranscript: Story = {
  render: () => html`<transcript-viewer
    mode="shared"
    .transcript=${transcript({ learner: { ...demoData().learner, address: null } })}
  ></transcript-viewer>`,
};

export const SharedSpanish: Story = {
  globals: { lang: 'es' },
  render: () => html`<transcript-viewer mode="shared" .adapter=${demoAdapter()}></transcript-viewer>`,
};

export const SharedRightToLeft: Story = {
  name: 'Shared, Arabic (right to left)',
  globals: { lang: 'ar' },
  render: () => html`<transcript-viewer mode="shared" .adapter=${demoAdapter()}></transcript-viewer>`,
};

export const SharedDark: Story = {
  render: () =>
    dark(
      html`<transcript-viewer mode="shared" transcript-id="K7QM2XWN4HD9R" .adapter=${demoAdapter()}></transcript-viewer>`,
    ),
};

interface PlaygroundArgs extends ThemeArgs {
  mode: TranscriptViewerMode;
  'transcript-id': string;
  'share-base-url': string;
  onTranscriptShareCreated?: (event: Event) => void;
  onTranscriptEmailSent?: (event: Event) => void;
  onTranscriptDownload?: (event: Event) => void;
  onTranscriptError?: (event: Event) => void;
}

let playgroundAdapter: ReturnType<typeof demoAdapter> | undefined;

/** The attributes and every theme token as controls (the language is the toolbar's); the events show in the Actions panel. */
export const Playground: StoryObj<PlaygroundArgs> = {
  args: {
    mode: 'owner',
    'transcript-id': '',
    'share-base-url': 'https://school.example.org/shared.html',
    ...themeArgs,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: TRANSCRIPT_VIEWER_MODES },
    ...themeArgTypes,
  },
  render: (args) =>
    html`<transcript-viewer
      mode=${args.mode}
      transcript-id=${ifDefined(args['transcript-id'] || undefined)}
      share-base-url=${ifDefined(args['share-base-url'] || undefined)}
      style=${styleMap(themeStyle(args))}
      .adapter=${(playgroundAdapter ??= demoAdapter())}
      @transcript-share-created=${args.onTranscriptShareCreated}
      @transcript-email-sent=${args.onTranscriptEmailSent}
      @transcript-download=${args.onTranscriptDownload}
      @transcript-error=${args.onTranscriptError}
    ></transcript-viewer>`,
};
