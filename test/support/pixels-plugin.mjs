/**
 * A @web/test-runner plugin that lets a browser test read the colours the page shows, for what
 * only pixels tell (which end of a native `<progress>` is filled):
 *
 *   const { pixels } = await executeServerCommand('pixel-row', { x, y, width });
 *
 * One row of `width` CSS pixels at viewport point (`x`, `y`), as `[r, g, b]` per pixel, from a
 * screenshot of the test's page (Chromium, through the launcher's puppeteer page).
 */
import { PNG } from 'pngjs';

const MAX_WIDTH = 4000;

export function pixelsPlugin() {
  return {
    name: 'pixels',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pixel-row') return undefined;
      const { x, y, width } = payload ?? {};
      if (![x, y, width].every(Number.isFinite) || width <= 0 || width > MAX_WIDTH)
        throw new Error('pixel-row needs { x, y, width } in CSS pixels');
      const page = session.browser.getPage(session.id);
      const scale = await page.evaluate(() => window.devicePixelRatio);
      const png = await page.screenshot({
        type: 'png',
        clip: { x, y, width, height: 1 },
        captureBeyondViewport: false,
      });
      const image = PNG.sync.read(Buffer.from(png));
      const pixels = [];
      for (let i = 0; i < image.width; i += Math.max(1, Math.round(scale))) {
        const at = i * 4;
        pixels.push([image.data[at], image.data[at + 1], image.data[at + 2]]);
      }
      return { pixels };
    },
  };
}
