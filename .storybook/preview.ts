import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

// The manifest holds the public API only (test/build/manifest.test.mjs), so controls and docs tables show just that.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Docs', ['Getting started', 'Theming', 'Accessibility'], 'Elements'] } },
  },
};

export default preview;
