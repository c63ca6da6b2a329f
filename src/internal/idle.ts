/** Runs `task` when the browser is idle (soon after, where it has no `requestIdleCallback`); returns its handle. */
export function whenIdle(task: () => void): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 5000 })
    : (setTimeout(task, 200) as unknown as number);
}

/** Cancels a `whenIdle` task that has not run. */
export function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
