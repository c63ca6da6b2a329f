import type { CertAdapter } from '../../adapter/adapter.js';
import { LitElement } from 'lit';
import { lazyViewElement, ViewSlot, type ElementView } from '../../internal/lazy-view.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { tokens } from '../../internal/tokens.js';

/** Where `<cert-verify>`'s view module (`cert-verify-view.ts`) puts itself (see `internal/lazy-view.ts`). */
export const certVerifyView: ViewSlot<CertVerify, ElementView> = new ViewSlot('cert-verify');

/**
 * Public verification of one credential, for whoever holds a certificate in their hands: an employer
 * who scanned its QR code, say. No sign-in. Says first whether the credential is valid, expired (since
 * when) or revoked, or that no credential has this ID; then whose it is, of what, by whom and when,
 * and when it was checked. Without an ID it asks for one.
 *
 * @summary A credential's verdict (valid, expired, revoked, not found), holder, certification, issuer and dates.
 *
 * @csspart verdict - The verdict heading (valid, expired, revoked, not found).
 * @csspart details - The holder, certification, issuer and dates.
 * @csspart checked - When the backend checked the credential.
 * @csspart actions - The Print and Verify another buttons.
 * @csspart form - The form that asks for a credential ID.
 * @csspart status - The live line: checking, then the verdict.
 * @csspart error - An error message, with its Retry button.
 *
 * @cssprop --cert-color-success - The valid verdict.
 * @cssprop --cert-color-warning - The expired verdict.
 * @cssprop --cert-color-danger - The revoked verdict and errors.
 * @cssprop --cert-color-accent - Links, primary buttons and focus.
 * @cssprop --cert-color-surface - Background.
 * @cssprop --cert-color-text - Text colour.
 * @cssprop --cert-color-text-muted - When it was checked, hints.
 * @cssprop --cert-color-border - Borders.
 * @cssprop --cert-radius - Corner radius.
 * @cssprop --cert-spacing - Base spacing.
 * @cssprop --cert-font-family - Font family.
 */
export class CertVerify extends lazyViewElement<ElementView>(LitElement, LocaleController) {
  static override styles = [tokens];
  protected static viewSlot = certVerifyView as unknown as ViewSlot;
  static override properties = {
    adapter: { attribute: false },
    apiBase: { attribute: 'api-base' },
    credentialId: { attribute: 'credential-id' },
  };

  /** The adapter whose `verifyCredential()` answers; else `api-base`, else the one an ancestor provides. */
  declare adapter: CertAdapter | undefined;

  /** Base URL of a REST backend (`openapi.yaml`, `GET /verifications/{credentialId}`); the element then uses a `RestAdapter` on it. */
  apiBase: string | null = null;

  /** The credential to verify; else the page URL's `credential` parameter; an empty string asks for one. */
  credentialId: string | null = null;
}

declare global {
  interface HTMLElementTagNameMap {
    'cert-verify': CertVerify;
  }
}
