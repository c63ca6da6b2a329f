/** How a postal address is written out, the same on the page, in the transcript PDF and in the e-mail. */
import type { Address } from '../model.js';

/** The lines an envelope shows: street, then postal code and locality, region, country; empty parts left out. */
export function addressLines(address: Address): string[] {
  const town = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.street, town, address.region, address.country].filter((line): line is string => Boolean(line));
}
