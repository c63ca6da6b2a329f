import { isAdapterError } from '../adapter/errors.js';
import type { Messages } from '../i18n/en.js';

/** The sentence a person reads for any failure: by `AdapterError.kind`, anything else gets the generic server one. */
export function errorMessage(error: unknown, messages: Messages): string {
  if (!isAdapterError(error)) return messages.errors.server;
  const entry = messages.errors[error.kind];
  return typeof entry === 'function' ? entry(error.retryAfter) : entry;
}
