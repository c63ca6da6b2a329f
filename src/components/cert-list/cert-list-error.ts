/** An error `<cert-list>` raises itself; its message is already in the person's language. */
export class CertListError extends Error {
  override name = 'CertListError';
}
