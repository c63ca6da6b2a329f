import type { ReactiveControllerHost } from 'lit';
import { HostTask, initialState, type ResourceStatus } from '../../internal/host-task.js';
import type { Badge, OpenBadgeData } from '../../model.js';
import { pageBaseUrl } from '../../rules/page-base.js';

/** What a badge is read from: the `credential` property or the `src` attribute. */
export type BadgeSourceArgs = readonly [credential: OpenBadgeData | undefined, src: string | null];

/**
 * A badge read from `credential` or `src` (parsing, and fetching linked documents or the file), as
 * a `HostTask` on those two: `loading`, then `ready` or `error`. A change of either aborts the read in
 * flight and starts another; removing the host aborts it, and it starts again when the host comes back.
 */
export class BadgeSourceController {
  private readonly task: HostTask<BadgeSourceArgs, Badge>;

  constructor(host: ReactiveControllerHost, args: () => BadgeSourceArgs) {
    this.task = new HostTask(host, args, (sources, { signal }) => readBadgeSource(sources, signal) ?? initialState);
  }

  get status(): ResourceStatus {
    return this.task.status;
  }

  /** The badge read; `undefined` while another is being read. */
  get value(): Badge | undefined {
    return this.task.status === 'ready' ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.task.status === 'error' ? this.task.error : undefined;
  }

  /** Reads the source again (the retry action). */
  run(): void {
    void this.task.run();
  }
}

/** Reads `credential`, else `src`; `null` when neither is set. The readers load on first use. */
function readBadgeSource([credential, src]: BadgeSourceArgs, signal: AbortSignal): Promise<Badge> | null {
  if (credential != null) {
    return import('../../share/open-badges.js').then(({ parseOpenBadge, fetchJsonResolver }) =>
      parseOpenBadge(credential, { resolve: fetchJsonResolver(fetch, signal) }),
    );
  }
  return src
    ? import('../../share/badge-files.js').then(({ fetchOpenBadge }) =>
        fetchOpenBadge(src, { signal, base: pageBaseUrl() }),
      )
    : null;
}
