import type { Plugin } from 'vite';

/** `code` with the CSS inside its css`` templates stripped of comments and indentation. */
export function minifyCssTemplates(code: string): string;
/** The same as a Vite plugin, for the script-tag build. */
export function minifyCssTemplatesPlugin(): Plugin;
