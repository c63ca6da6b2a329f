/**
 * A badge as LinkedIn's "Add to profile" form wants it. Apart from `linkedin.ts` so that a page
 * showing only certifications (whose rows link to LinkedIn too) does not load the Open Badges reading.
 */
import type { Badge } from '../model.js';
import type { LinkedInCertification } from './linkedin.js';
import { openBadgeCredentialId } from './open-badge-data.js';

/** A badge as LinkedIn's form wants it; `publicUrl` is the badge's page, already checked, or `null`. */
export function badgeForLinkedIn(badge: Badge, publicUrl: string | null): LinkedInCertification {
  return {
    name: badge.name,
    organizationName: badge.issuer.name,
    organizationId: badge.issuer.linkedInOrganizationId,
    issuedOn: badge.issuedOn,
    expiresOn: badge.expiresOn,
    certUrl: publicUrl,
    // `badge.id` is the backend's key, not something a person could verify the badge with.
    certId: badge.credentialId ?? openBadgeCredentialId(badge.openBadge),
  };
}
