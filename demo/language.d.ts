/** The demo's English/Spanish switch: sets `<html lang>`, which every element follows, and remembers it. */
export function languageSwitch(select: HTMLSelectElement): void;
