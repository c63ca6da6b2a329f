import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { pageLanguage, STORY_LANGUAGES } from '../stories/languages.js';
import '../src/define.js';

// The manifest holds the public API only (test/build/manifest.test.mjs), so controls and docs tables show just that.
setCustomElementsManifest(manifest);

/** Every story inside the page a site in the toolbar's language would be: `lang` and `dir` on an ancestor. */
const withLanguage: Decorator = (story, { globals }) => {
  const { lang, dir } = pageLanguage(globals.lang);
  return html`<div lang=${lang} dir=${dir} data-story-language>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguage],
  globalTypes: {
    lang: {
      description: 'The language of the page around the story (a story that shows one language keeps its own).',
      toolbar: { title: 'Language', icon: 'globe', items: [...STORY_LANGUAGES], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en' },
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Docs', ['Getting started', 'Theming', 'Accessibility'], 'Elements'] } },
  },
};

export default preview;
