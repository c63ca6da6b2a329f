import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { AdapterError, ADAPTER_ERROR_KINDS, type AdapterErrorKind } from '../src/adapter/errors.js';
import { MemoryAdapter, type CertAdapterOperation, type MemoryAdapterOptions } from '../src/adapter/memory-adapter.js';
import { demoData } from '../src/demo/demo-data.js';
import type { Badge, Certification, Learner } from '../src/model.js';

/**
 * An in-memory backend as a designer sees it in the demo page: a little latency, and access codes
 * hashed with few iterations so that a share is made at once (a real backend uses many).
 */
export const storyAdapter = (options: MemoryAdapterOptions = {}) =>
  new MemoryAdapter({
    latencyMs: 150,
    hashIterations: 1000,
    shareBaseUrl: 'https://school.example.org/shared.html',
    ...options,
  });

/** The demo learner with a little latency. */
export const demoAdapter = () => storyAdapter();

/** An adapter whose answers never come: the loading state, held. */
export const loadingAdapter = () => new MemoryAdapter({ latencyMs: 2 ** 31 - 1 });

/** An adapter whose `operation` (or each of several) fails with `kind`. */
export function failingAdapter(operation: CertAdapterOperation | CertAdapterOperation[], kind: AdapterErrorKind) {
  const operations = Array.isArray(operation) ? operation : [operation];
  const fail = Object.fromEntries(
    operations.map((op) => [
      op,
      new AdapterError(kind, `Story: ${op} fails with ${kind}`, kind === 'rate-limited' ? { retryAfter: 30 } : {}),
    ]),
  );
  return storyAdapter({ fail });
}

export interface ErrorsArgs {
  kind: AdapterErrorKind;
}

/**
 * One story for every `AdapterError` kind: the `kind` control (every kind in `ADAPTER_ERROR_KINDS`)
 * picks the failure; `&args=kind:timeout` in the story URL does the same.
 */
export function errorsStory(render: (kind: AdapterErrorKind) => TemplateResult): StoryObj<ErrorsArgs> {
  return {
    args: { kind: 'network' },
    argTypes: { kind: { control: 'select', options: [...ADAPTER_ERROR_KINDS] } },
    render: ({ kind }) => render(kind),
  };
}

/** `count` certifications made from the demo ones, with numbered titles. */
export function manyCertifications(count: number): Certification[] {
  const base = demoData().certifications;
  return Array.from({ length: count }, (_, i) => {
    const c = base[i % base.length];
    return { ...c, id: `${c.id}-${i}`, title: `${c.title} ${i + 1}` };
  });
}

/** `count` badges made from the demo ones, with numbered names. */
export function manyBadges(count: number): Badge[] {
  const base = demoData().badges;
  return Array.from({ length: count }, (_, i) => {
    const b = base[i % base.length];
    return { ...b, id: `${b.id}-${i}`, name: `${b.name} ${i + 1}` };
  });
}

/** Names in the scripts the elements must show right: Arabic, Hebrew, Cyrillic, Greek, and very long Latin. */
export const NAMES = {
  arabic: 'مريم عبد الرحمن الهاشمي',
  hebrew: 'נועה בת־שבע רוזנטל',
  cyrillic: 'Александра Владимировна Константинопольская-Рождественская',
  greek: 'Αικατερίνη Παπαδοπούλου-Χατζηγεωργίου',
  long: 'Maximiliana Wilhelmina Alexandrina Theodora Núñez de Balboa y Hohenzollern-Sigmaringen-Schleswig-Holstein-Sonderburg-Glücksburg',
} as const;

/** Certification and badge titles in the same scripts, one per line of data, plus an unbroken long word. */
export const TITLES = [
  'مسؤول الحوسبة السحابية المعتمد – المستوى المتقدم',
  'מנהל/ת מערכות ענן מוסמך/ת – רמה מתקדמת',
  'Сертифицированный администратор облачных решений – профессиональный уровень',
  'Πιστοποιημένος Διαχειριστής Υπολογιστικού Νέφους – Προχωρημένο Επίπεδο',
  'Northwind Certified Kubernetes, Serverless and Cloud-Native Distributed Application Architecture and Operations Developer – Professional Expert Track (Second Edition, Revised Syllabus)',
  'Donaudampfschifffahrtsgesellschaftskapitänsausbildungszertifikatsprüfungsabschluss',
] as const;

const ISSUERS = [
  'أكاديمية نورثويند للحوسبة',
  'המכון הישראלי לאבטחת מידע',
  'Московский институт облачных технологий',
  'Ακαδημία Δεδομένων Αιγαίου',
];

/** The demo data with every name, title and issuer in another script or very long. */
export function nonLatinData(learnerName: string = NAMES.long): {
  learner: Learner;
  certifications: Certification[];
  badges: Badge[];
} {
  const d = demoData();
  const title = (i: number) => TITLES[i % TITLES.length];
  const issuer = (i: number) => ISSUERS[i % ISSUERS.length];
  return {
    learner: { ...d.learner, name: learnerName },
    certifications: d.certifications.map((c, i) => ({
      ...c,
      title: title(i),
      issuer: { ...c.issuer, name: issuer(i) },
    })),
    badges: d.badges.map((b, i) => ({ ...b, name: title(i), issuer: { ...b.issuer, name: issuer(i) } })),
  };
}

/** The dark theme, fixed with the token whatever the visitor's preference, on a dark page. */
export const dark = (content: TemplateResult) =>
  html`<div style="--cert-color-scheme: dark; background: #0b1020; padding: 1rem">${content}</div>`;

/** Values for the playground's `--cert-color-scheme` control. */
export const COLOR_SCHEMES = ['light dark', 'light', 'dark'] as const;

/** Every theme token (`src/internal/tokens.ts`); empty means the element's default. */
const COLOR_TOKENS = [
  '--cert-color-accent',
  '--cert-color-on-accent',
  '--cert-color-surface',
  '--cert-color-surface-raised',
  '--cert-color-text',
  '--cert-color-text-muted',
  '--cert-color-border',
  '--cert-color-danger',
  '--cert-color-success',
  '--cert-color-warning',
  '--cert-color-focus',
] as const;
const OTHER_TOKENS = ['--cert-radius', '--cert-spacing', '--cert-font-family'] as const;

export type ThemeArgs = { [K in (typeof COLOR_TOKENS)[number] | (typeof OTHER_TOKENS)[number]]: string } & {
  '--cert-color-scheme': (typeof COLOR_SCHEMES)[number];
};

/** The playground's theme args: the defaults, until a designer changes one. */
export const themeArgs: ThemeArgs = {
  '--cert-color-scheme': 'light dark',
  ...(Object.fromEntries([...COLOR_TOKENS, ...OTHER_TOKENS].map((token) => [token, ''])) as Omit<
    ThemeArgs,
    '--cert-color-scheme'
  >),
};

/** Controls for the theme args: a colour picker per colour, a select for the scheme. */
export const themeArgTypes = {
  '--cert-color-scheme': {
    control: 'select',
    options: COLOR_SCHEMES,
    description: 'Fixes the light or the dark theme; `light dark` follows `prefers-color-scheme`.',
    table: { category: 'css custom properties' },
  },
  ...Object.fromEntries(
    COLOR_TOKENS.map((token) => [token, { control: 'color', table: { category: 'css custom properties' } }]),
  ),
  ...Object.fromEntries(
    OTHER_TOKENS.map((token) => [token, { control: 'text', table: { category: 'css custom properties' } }]),
  ),
} satisfies ArgTypes;

/** The theme tokens among a playground's args, without the empty ones (so that the defaults apply). */
export function themeStyle(args: ThemeArgs): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [token, value] of Object.entries(args)) if (token.startsWith('--') && value) style[token] = value;
  return style;
}

/** Resolves once `find()` returns something (an element's lazily rendered part), or rejects after `timeoutMs`. */
export async function until<T>(find: () => T | null | undefined, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeoutMs) throw new Error('Story: what the play function waits for did not appear.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
