import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

/** The manifest without private and protected members, so that controls and docs tables show only the public API. */
function publicApi<T>(full: T): T {
  return JSON.parse(JSON.stringify(full), (key, value: unknown) =>
    key === 'members' && Array.isArray(value)
      ? (value as { privacy?: string }[]).filter((member) => !member.privacy || member.privacy === 'public')
      : value,
  ) as T;
}

setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Docs', ['Getting started', 'Theming', 'Accessibility'], 'Elements'] } },
  },
};

export default preview;
