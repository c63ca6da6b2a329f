/**
 * A @web/test-runner plugin that reads a font file with an independent parser (fontkit, in Node),
 * so a browser test can check our own cmap and hmtx reading against it:
 *
 *   const { unitsPerEm, characters, glyphs } = await executeServerCommand('font-glyphs', { base64, codePoints });
 *
 * `characters`: every BMP code point the font's cmap maps to a glyph. `glyphs`: for each of
 * `codePoints`, the glyph id (0 when the font has none), its advance width in font units and its
 * outline as an SVG path (composite glyphs resolved through their components).
 */
import * as fontkit from 'fontkit';

const MAX_BYTES = 10 * 1024 * 1024;

export function fontParserPlugin() {
  return {
    name: 'font-parser',
    async executeCommand({ command, payload }) {
      if (command !== 'font-glyphs') return undefined;
      if (!payload || typeof payload.base64 !== 'string' || !Array.isArray(payload.codePoints)) {
        throw new Error('font-glyphs needs { base64, codePoints }');
      }
      const bytes = Buffer.from(payload.base64, 'base64');
      if (bytes.length > MAX_BYTES) throw new Error('font-glyphs: font too large');
      const font = fontkit.create(bytes);
      const glyphs = payload.codePoints.map((cp) => {
        const glyph = font.glyphForCodePoint(cp);
        return { cp, id: glyph.id, advance: glyph.advanceWidth, path: glyph.path.toSVG() };
      });
      // characterSet also lists code points that map to glyph 0 (format 4's closing 0xFFFF segment).
      const characters = font.characterSet
        .filter((cp) => cp <= 0xffff && font.glyphForCodePoint(cp).id !== 0)
        .sort((a, b) => a - b);
      return { unitsPerEm: font.unitsPerEm, characters, glyphs };
    },
  };
}
