import { directionOf } from '../src/i18n/messages.js';

/**
 * The languages of Storybook's Language toolbar: every language the package ships or will ship a
 * table for, each named in itself. A language whose table is not there yet reads as English (and
 * an Arabic page lays out right to left once its table is registered).
 */
export const STORY_LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español', right: 'Spanish' },
  { value: 'fr', title: 'Français', right: 'French' },
  { value: 'de', title: 'Deutsch', right: 'German' },
  { value: 'pt', title: 'Português (Brasil)', right: 'Portuguese' },
  { value: 'it', title: 'Italiano', right: 'Italian' },
  { value: 'nl', title: 'Nederlands', right: 'Dutch' },
  { value: 'pl', title: 'Polski', right: 'Polish' },
  { value: 'ja', title: '日本語', right: 'Japanese' },
  { value: 'zh', title: '简体中文', right: 'Chinese' },
  { value: 'ko', title: '한국어', right: 'Korean' },
  { value: 'ar', title: 'العربية', right: 'Arabic, right to left' },
] as const;

export type StoryLanguage = (typeof STORY_LANGUAGES)[number]['value'];

/** The toolbar's language, or English for anything else (a hand-edited URL). */
export function storyLanguage(value: unknown): StoryLanguage {
  return STORY_LANGUAGES.find((l) => l.value === value)?.value ?? 'en';
}

/** `lang` and `dir` for the page around a story, as a site in that language sets them. */
export function pageLanguage(value: unknown): { lang: StoryLanguage; dir: 'ltr' | 'rtl' } {
  const lang = storyLanguage(value);
  return { lang, dir: directionOf(lang) };
}
