/**
 * The little of react-dom these tests call, typed here because @types/react-dom is not installed.
 * Delete this file once it is (a devDependency beside @types/react).
 */
declare module 'react-dom' {
  export function flushSync<R>(fn: () => R): R;
}

declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}
