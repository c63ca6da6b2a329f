/**
 * What can be read from Open Badges data without the full reader (`open-badges.ts`, loaded on
 * first use): a compact JWS decoded, and the credential's own ID, which the LinkedIn link needs
 * when the page renders.
 */
import type { OpenBadgeData } from '../model.js';
import { OpenBadgeError } from './open-badge-error.js';

type Json = Record<string, unknown>;

/** True for `header.payload.signature` in base64url. */
export function isCompactJws(text: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(text.trim());
}

/** The header and payload of a compact JWS, decoded. The signature is NOT verified. */
export function decodeCompactJws(jws: string): { header: Json; payload: Json } {
  const [header = '', payload = ''] = jws.trim().split('.');
  try {
    const decoded = [header, payload].map((part) => JSON.parse(base64UrlDecode(part)) as unknown);
    if (!decoded.every(isJsonObject)) throw new Error('not JSON objects');
    return { header: decoded[0], payload: decoded[1] };
  } catch (cause) {
    throw new OpenBadgeError('malformed', 'The compact JWS could not be decoded.', { cause });
  }
}

/**
 * The credential's identifier as its issuer made it: an Open Badges 2.0 assertion's `id` (1.x:
 * `uid`), an Open Badges 3.0 credential's `id` (in a VC-JWT, `vc.id` or `jti`). `null` when the data
 * has none or cannot be read; never an ID made up from the name.
 */
export function openBadgeCredentialId(data: OpenBadgeData | null | undefined): string | null {
  let document: unknown = data;
  try {
    if (typeof data === 'string') {
      const text = data.trim();
      document = isCompactJws(text) ? decodeCompactJws(text).payload : (JSON.parse(text) as unknown);
    }
  } catch {
    return null;
  }
  if (!isJsonObject(document)) return null;
  const vc = isJsonObject(document.vc) ? document.vc : {};
  for (const id of [vc.id, document.id, document.jti, document.uid])
    if (typeof id === 'string' && id.trim()) return id.trim();
  return null;
}

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function base64UrlDecode(part: string): string {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}
