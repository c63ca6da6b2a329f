import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

export type ResourceStatus = 'idle' | 'loading' | 'error' | 'ready';

const STATUS_NAMES: Record<TaskStatus, ResourceStatus> = {
  [TaskStatus.INITIAL]: 'idle',
  [TaskStatus.PENDING]: 'loading',
  [TaskStatus.COMPLETE]: 'ready',
  [TaskStatus.ERROR]: 'error',
};

/** A task's status by the names the elements use. */
export function resourceStatus(task: Task<readonly unknown[], unknown>): ResourceStatus {
  return STATUS_NAMES[task.status];
}

/**
 * Aborts `task` when its host leaves the page (a `Task` alone keeps running), and runs it again
 * when the host comes back if it was cut short.
 */
export function abortWithHost(host: ReactiveControllerHost, task: Task<readonly unknown[], unknown>): void {
  let interrupted = false;
  host.addController({
    hostConnected() {
      if (!interrupted) return;
      interrupted = false;
      void task.run();
    },
    hostDisconnected() {
      interrupted = task.status === TaskStatus.PENDING;
      task.abort();
    },
  });
}
