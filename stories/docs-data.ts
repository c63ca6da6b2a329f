/**
 * What the docs pages (stories/*.mdx) show, read from the code itself so that the pages cannot drift
 * from it: the theme tokens and their defaults from `src/internal/tokens.ts`, the events and parts from
 * `custom-elements.json`, the error kinds and their English messages from the adapter and `en`.
 */
import manifest from '../custom-elements.json';
import { AdapterError, ADAPTER_ERROR_KINDS, type AdapterErrorKind } from '../src/adapter/errors.js';
import { en } from '../src/i18n/en.js';
import { errorMessage } from '../src/internal/error-message.js';
import { tokens } from '../src/internal/tokens.js';

interface Described {
  name?: string;
  description?: string;
}
interface ManifestElement {
  tagName?: string;
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  attributes?: (Described & { default?: string })[];
}
interface Manifest {
  modules: { declarations?: ManifestElement[] }[];
}

/** The four elements as the manifest declares them, in the order a reader meets them. */
const ORDER = ['cert-dashboard', 'cert-list', 'badge-share', 'transcript-viewer'];
const elements = (manifest as unknown as Manifest).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestElement & { tagName: string } => typeof d.tagName === 'string')
  .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));

export interface Row {
  tag: string;
  name: string;
  description: string;
}

function rows(pick: (e: ManifestElement) => Described[] | undefined): Row[] {
  return elements.flatMap((e) =>
    (pick(e) ?? [])
      .filter((d) => d.name)
      .map((d) => ({ tag: e.tagName, name: d.name!, description: d.description ?? '' })),
  );
}

/** Custom properties an element reads beyond the shared `--cert-*` tokens. */
export const elementProperties = (): Row[] => rows((e) => e.cssProperties).filter((r) => !r.name.startsWith('--cert-'));

/** Every event, by element. */
export const events = (): Row[] => rows((e) => e.events);

/** Every `part`, by element. */
export const parts = (): Row[] => rows((e) => e.cssParts);

/** Every attribute, by element, with its default. */
export const attributes = (): (Row & { default: string })[] =>
  elements.flatMap((e) =>
    (e.attributes ?? []).map((a) => ({
      tag: e.tagName,
      name: a.name ?? '',
      description: a.description ?? '',
      default: a.default ?? '',
    })),
  );

/** What each token colours or sets, in one line (the elements' own notes follow it in the table). */
const PURPOSE: Record<string, string> = {
  '--cert-color-scheme':
    "Which defaults apply: `light dark` follows the visitor's `prefers-color-scheme`; `light` or `dark` fixes one.",
  '--cert-color-accent': 'Links, primary buttons, the selected tab.',
  '--cert-color-on-accent': 'Text on primary buttons.',
  '--cert-color-surface': "Each element's background, dialogs.",
  '--cert-color-surface-raised': 'Buttons, the hovered tab, the embed snippet.',
  '--cert-color-text': 'Text.',
  '--cert-color-text-muted': 'Secondary text: dates, hints, the loading line.',
  '--cert-color-border': 'Borders and field outlines.',
  '--cert-color-danger': 'Errors, invalid fields, the expired and revoked statuses, the revoke button.',
  '--cert-color-success': 'The earned status, the badge card\'s confirmations ("Link copied").',
  '--cert-color-warning': "In progress, expiring soon, the share dialog's reminder bar.",
  '--cert-color-focus': 'The 3px focus outline.',
  '--cert-radius': 'Corner radius.',
  '--cert-spacing': 'Base spacing.',
  '--cert-font-family': 'Font family.',
};

export interface ThemeToken {
  name: string;
  purpose: string;
  /** The default; for a colour, the light one. */
  light: string;
  /** The dark default of a colour; `null` for tokens that do not change with the scheme. */
  dark: string | null;
  /** The elements that document what the token colours, with what they say. */
  usedBy: Row[];
}

/** Every `--cert-*` token the elements read, with its defaults, as `tokens.ts` declares them. */
export function themeTokens(): ThemeToken[] {
  const documented = rows((e) => e.cssProperties);
  // Works on the stylesheet as written and as the build minifies it (scripts/minify-css-templates.mjs).
  const found = [...tokens.cssText.matchAll(/var\((--cert-[\w-]+),\s*(.+?)\);/g)];
  return found.map(([, name, fallback]) => {
    const pair = /^light-dark\((.+),\s*(.+)\)$/.exec(fallback.trim());
    return {
      name: name,
      purpose: PURPOSE[name] ?? '',
      light: pair ? pair[1].trim() : fallback.trim(),
      dark: pair ? pair[2].trim() : null,
      usedBy: documented.filter((d) => d.name === name),
    };
  });
}

export interface ErrorKindRow {
  kind: AdapterErrorKind;
  message: string;
  retry: boolean;
}

/** Each `AdapterError` kind: the English message the person reads, and whether "Try again" is offered. */
export function errorKinds(): ErrorKindRow[] {
  return ADAPTER_ERROR_KINDS.map((kind) => {
    const error = new AdapterError(kind, '');
    return { kind, message: errorMessage(error, en), retry: error.retryable };
  });
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastRow {
  pair: string;
  /** 4.5 for text, 3 for borders and the focus outline (WCAG 2.2 AA). */
  needed: number;
  light: number;
  dark: number;
}

/** The default token pairs the elements draw, and their contrast in each scheme. */
export function defaultContrast(): ContrastRow[] {
  const t = new Map(themeTokens().map((token) => [token.name, token]));
  const color = (name: string, scheme: 'light' | 'dark'): string => {
    const token = t.get(`--cert-color-${name}`)!;
    return scheme === 'light' ? token.light : token.dark!;
  };
  const pairs: [string, string, number][] = [
    ['text', 'surface', 4.5],
    ['text', 'surface-raised', 4.5],
    ['text-muted', 'surface', 4.5],
    ['text-muted', 'surface-raised', 4.5],
    ['accent', 'surface', 4.5],
    ['on-accent', 'accent', 4.5],
    ['danger', 'surface', 4.5],
    ['success', 'surface', 4.5],
    ['warning', 'surface', 4.5],
    ['border', 'surface', 3],
    ['focus', 'surface', 3],
  ];
  return pairs.map(([fg, bg, needed]) => ({
    pair: `--cert-color-${fg} on --cert-color-${bg}`,
    needed,
    light: contrastRatio(color(fg, 'light'), color(bg, 'light')),
    dark: contrastRatio(color(fg, 'dark'), color(bg, 'dark')),
  }));
}
