import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { abortWithHost, resourceStatus, type ResourceStatus } from '../../internal/host-task.js';
import type { Badge, OpenBadgeData } from '../../model.js';
import { pageBaseUrl } from '../../rules/page-base.js';

/** What a badge is read from: the `credential` property or the `src` attribute. */
export type BadgeSourceArgs = readonly [credential: OpenBadgeData | undefined, src: string | null];

/**
 * A badge read from `credential` or `src` (parsing, and fetching linked documents or the file), as
 * a `Task` on those two: `loading`, then `ready` or `error`. A change of either aborts the read in
 * flight and starts another; removing the host aborts it, and it starts again when the host comes back.
 */
export class BadgeSourceController {
  private readonly task: Task<BadgeSourceArgs, Badge>;

  constructor(host: ReactiveControllerHost, args: () => BadgeSourceArgs) {
    this.task = new Task(host, {
      args,
      task: (sources, { signal }) => readBadgeSource(sources, signal) ?? initialState,
    });
    abortWithHost(host, this.task);
  }

  get status(): ResourceStatus {
    return resourceStatus(this.task);
  }

  /** The badge read; `undefined` while another is being read. */
  get value(): Badge | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
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
