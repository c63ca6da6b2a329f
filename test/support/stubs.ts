/** Replaces methods for a test and puts them back: `replace(obj, 'name', impl)`, then `restoreAll()` in afterEach. */
const originals: Array<() => void> = [];

export function replace<T extends object, K extends keyof T>(target: T, key: K, impl: T[K]): void {
  const had = Object.prototype.hasOwnProperty.call(target, key);
  const previous = target[key];
  target[key] = impl;
  originals.push(() => {
    if (had) target[key] = previous;
    else delete target[key];
  });
}

export function restoreAll(): void {
  while (originals.length > 0) originals.pop()!();
}
