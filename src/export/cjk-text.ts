/**
 * Chinese, Japanese and Korean text in the PDFs: which family of Noto Sans CJK draws a character,
 * and where a line may break. Pure: no fonts, no jsPDF.
 *
 * Family: kana is Japanese and Hangul Korean whatever the page; Han ideographs and CJK punctuation
 * take the glyph forms of the text they are in, then of the document's language. A name or title
 * holding kana draws its Han in Japanese forms (佐藤 in さとう花子), one holding Hangul in Korean;
 * otherwise `ja` gives Japanese, `ko` Korean, `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant` and `yue`
 * Traditional Chinese, and everything else (`zh`, `zh-CN`, `zh-Hans`, and a page in any other
 * language, e.g. 王小明 or 陳大文 on an English page) Simplified Chinese, whose font also holds the
 * traditional characters.
 */
export const CJK_FAMILIES = ['sc', 'tc', 'jp', 'kr'] as const;
export type CjkFamily = (typeof CJK_FAMILIES)[number];

const isKana = (cp: number) =>
  (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9f);
const isHangul = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x11ff) ||
  (cp >= 0x3130 && cp <= 0x318f) ||
  (cp >= 0xa960 && cp <= 0xa97f) ||
  (cp >= 0xac00 && cp <= 0xd7ff) ||
  (cp >= 0xffa0 && cp <= 0xffdc);
/** Whether any character of `text` is one `is` takes. */
const holds = (text: string, is: (cp: number) => boolean) => [...text].some((ch) => is(ch.codePointAt(0)!));

/**
 * Whether a CJK family might hold `cp`, worth importing its list for: Hangul, the symbols and
 * punctuation CJK fonts carry, ideographs, kana, fullwidth forms. Not other scripts (Ethiopic,
 * Khmer, …), which no CJK font draws.
 */
export function mightBeCjk(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

/** The family for Han in a document of language `lang` (BCP 47), for text with neither kana nor Hangul. */
export function cjkFamilyOfLanguage(lang: string): CjkFamily {
  const subtags = lang.toLowerCase().split(/[-_]/);
  if (subtags[0] === 'ja') return 'jp';
  if (subtags[0] === 'ko') return 'kr';
  if (subtags[0] === 'yue') return subtags.includes('hans') ? 'sc' : 'tc';
  if (subtags[0] === 'zh' && !subtags.includes('hans')) {
    if (subtags.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo')) return 'tc';
  }
  return 'sc';
}

/** The family the Han characters of `text` (one name, title or label) take in a document of language `lang`. */
export function hanFamilyOf(text: string, lang: string): CjkFamily {
  if (holds(text, isKana)) return 'jp';
  if (holds(text, isHangul)) return 'kr';
  return cjkFamilyOfLanguage(lang);
}

const FALLBACKS: Record<CjkFamily, readonly CjkFamily[]> = {
  sc: ['sc', 'tc', 'jp', 'kr'],
  tc: ['tc', 'sc', 'jp', 'kr'],
  jp: ['jp', 'sc', 'tc', 'kr'],
  kr: ['kr', 'sc', 'tc', 'jp'],
};

/** The families to try for code point `cp` in a text whose Han takes `han`, best first. */
export function cjkFamiliesFor(cp: number, han: CjkFamily): readonly CjkFamily[] {
  return FALLBACKS[isKana(cp) ? 'jp' : isHangul(cp) ? 'kr' : han];
}

/** Ideographs, kana, CJK punctuation and fullwidth forms: characters a line may break between. Not Hangul (below). */
const isCjkBreakable = (cp: number) =>
  (cp >= 0x2e80 && cp <= 0x312f) || // radicals, CJK symbols and punctuation, kana, bopomofo
  (cp >= 0x3190 && cp <= 0x9fff) || // kanbun to CJK unified ideographs (with extension A)
  (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
  (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
  (cp >= 0xff00 && cp <= 0xffef && !(cp >= 0xffa0 && cp <= 0xffdc)) || // fullwidth and halfwidth forms, not Hangul
  (cp >= 0x20000 && cp <= 0x3ffff); // ideographs past the BMP

/** Kinsoku (JIS X 4051): characters that never start a line: closing brackets, stops, small kana, the prolonged sound mark. */
const NO_LINE_START = new Set(
  ')]}»›’”、。，．・：；？！‐゠–〜ー々〻〕〉》」』】〙〗〟｝）］｠｡｣､･ﾞﾟ!,.:;?ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯｰ',
);
/** Characters that never end a line: opening brackets. */
const NO_LINE_END = new Set('([{«‹‘“〔〈《「『【〘〖〝｛（［｟｢');

const isLatinAlnum = (char: string) => /[\p{L}\p{N}]/u.test(char) && !isCjkBreakable(char.codePointAt(0) ?? 0);

/**
 * Whether a line may break between the characters `before` and `after` (no space between them):
 * between two CJK characters, or a CJK character and a letter or digit of another script, unless
 * `after` may not start a line or `before` may not end one. Never inside a Latin word, nor between
 * two Hangul syllables (Korean breaks at spaces, as `word-break: keep-all` does).
 */
export function cjkBreakBetween(before: string, after: string): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  const a = isCjkBreakable(before.codePointAt(0) ?? 0);
  const b = isCjkBreakable(after.codePointAt(0) ?? 0);
  return (a && b) || (a && isLatinAlnum(after)) || (b && isLatinAlnum(before));
}

/**
 * `word` (text without spaces) cut where a line may break (`cjkBreakBetween`): the pieces, in order,
 * joined with nothing. A word with no CJK character comes back whole.
 */
export function cjkPieces(word: string): string[] {
  const chars = [...word];
  if (!chars.some((c) => isCjkBreakable(c.codePointAt(0) ?? 0))) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < chars.length; i++) {
    if (piece && cjkBreakBetween(chars[i - 1], chars[i])) {
      pieces.push(piece);
      piece = '';
    }
    piece += chars[i];
  }
  if (piece) pieces.push(piece);
  return pieces;
}
