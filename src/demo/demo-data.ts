/**
 * Demo data for `MemoryAdapter`, Storybook and the demo page: one learner with every kind of
 * certification and badge the elements must show. Dates are relative to `today`, so the expiring
 * certification always expires soon and nothing drifts into the past.
 */
import type { Badge, Certification, Exam, Issuer, Learner } from '../model.js';

export interface DemoData {
  learner: Learner;
  certifications: Certification[];
  badges: Badge[];
}

const NORTHWIND: Issuer = {
  name: 'Northwind Cloud Academy',
  url: 'https://academy.northwind.example.org',
  linkedInOrganizationId: '10482713',
};
const CONTOSO: Issuer = {
  name: 'Contoso Security Institute',
  url: 'https://security.contoso.example.com',
  linkedInOrganizationId: null,
};
const FABRIKAM: Issuer = { name: 'Fabrikam Architecture Guild', url: 'https://guild.fabrikam.example.org' };
const TAILSPIN: Issuer = { name: 'Tailspin Agile Alliance', url: 'https://tailspin.example.com' };
const IBERICO: Issuer = { name: 'Instituto Ibérico de Tecnología', url: 'https://iit.example.org' };
const AEGEAN: Issuer = { name: 'Ακαδημία Δεδομένων Αιγαίου', url: 'https://aegean-data.example.org' };

const LEARNER_EMAIL = 'maria.jose.nunez@example.com';

/**
 * The demo badges' pictures: small files in the library's asset folder (same-origin, so they show
 * under a strict Content-Security-Policy, and without a network). `MemoryAdapter` moves them to the
 * folder `setAssetBase` names, like the fonts. One is a raster PNG, the rest vector SVG, so that the
 * demo shows both kinds of download (a baked PNG and a baked SVG).
 */
const BADGE_IMAGES = {
  CA: new URL('../assets/cloud-administrator.svg', import.meta.url).href,
  CM: new URL('../assets/community-mentor.png', import.meta.url).href,
  TD: new URL('../assets/threat-detection.svg', import.meta.url).href,
  A11Y: new URL('../assets/accessibility.svg', import.meta.url).href,
  HW: new URL('../assets/hackathon-winner.svg', import.meta.url).href,
};

/** Demo data with every date counted from `today` (its UTC calendar date). */
export function demoData(today: Date = new Date()): DemoData {
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = (offset: number): string => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
  const instant = (offset: number, time: string): string => `${day(offset)}T${time}Z`;
  const verify = (credentialId: string): string => `https://verify.example.org/credentials/${credentialId}`;

  const learner: Learner = {
    id: 'learner-mjno-0001',
    name: 'María José Núñez-Ortega',
    email: LEARNER_EMAIL,
    address: {
      street: 'Calle de Alcalá 123, 4.º B',
      locality: 'Madrid',
      region: 'Comunidad de Madrid',
      postalCode: '28009',
      country: 'Spain',
    },
  };

  const cloudFundamentals: Exam = { code: 'NW-900', title: 'Northwind Cloud Fundamentals', passedOn: day(-470) };

  const certifications: Certification[] = [
    {
      id: 'cert-cloud-administrator',
      title: 'Northwind Certified Cloud Administrator – Associate',
      code: 'NCA-ADM',
      status: 'earned',
      earnedOn: day(-410),
      expiresOn: day(320),
      credentialId: 'NWCA-ADM-7F3K-22QX',
      verificationUrl: verify('NWCA-ADM-7F3K-22QX'),
      renewalUrl: 'https://learn.example.org/renew/NCA-ADM',
      issuer: NORTHWIND,
      exams: [
        { ...cloudFundamentals },
        { code: 'NW-104', title: 'Administering Northwind Cloud Workloads', passedOn: day(-410) },
      ],
    },
    {
      id: 'cert-data-engineer',
      title: 'Northwind Certified Data Engineer – Associate',
      code: 'NCA-DE',
      status: 'earned',
      earnedOn: day(-718),
      expiresOn: day(12),
      credentialId: 'NWCA-DE-4M9P-8LTR',
      verificationUrl: verify('NWCA-DE-4M9P-8LTR'),
      renewalUrl: 'https://learn.example.org/renew/NCA-DE',
      issuer: NORTHWIND,
      exams: [
        { ...cloudFundamentals },
        { code: 'NW-203', title: 'Engineering Data Pipelines on Northwind Cloud', passedOn: day(-718) },
      ],
    },
    {
      id: 'cert-cloud-native-developer',
      title: 'Northwind Certified Kubernetes and Cloud-Native Application Developer – Professional',
      code: 'NCA-K8D',
      status: 'earned',
      earnedOn: day(-30),
      expiresOn: day(700),
      credentialId: 'NWCA-K8D-9XQ2-H7VB',
      verificationUrl: verify('NWCA-K8D-9XQ2-H7VB'),
      renewalUrl: null,
      issuer: NORTHWIND,
      exams: [
        { code: 'NW-306', title: 'Operating Kubernetes Clusters at Scale', passedOn: day(-62) },
        { code: 'NW-305', title: 'Building Cloud-Native Applications', passedOn: day(-30) },
      ],
    },
    {
      id: 'cert-digital-accessibility',
      title: 'Especialista en Accesibilidad Digital',
      code: 'IIT-EAD',
      status: 'earned',
      earnedOn: day(-150),
      expiresOn: null,
      credentialId: 'IIT-2024-000871',
      verificationUrl: verify('IIT-2024-000871'),
      issuer: IBERICO,
      exams: [{ code: 'EAD-01', title: 'Pautas WCAG 2.2 en la práctica', passedOn: day(-150) }],
    },
    {
      id: 'cert-data-analyst-aegean',
      title: 'Πιστοποιημένος Αναλυτής Δεδομένων',
      code: 'ADA-PDA',
      status: 'earned',
      earnedOn: day(-900),
      expiresOn: null,
      credentialId: 'ADA-5521-ATH',
      verificationUrl: verify('ADA-5521-ATH'),
      issuer: AEGEAN,
      exams: [{ code: 'ADA-10', title: 'Στατιστική Ανάλυση Δεδομένων', passedOn: day(-900) }],
    },
    {
      id: 'cert-security-analyst',
      title: 'Contoso Security Operations Analyst',
      code: 'CSI-SOA',
      status: 'in-progress',
      earnedOn: null,
      expiresOn: null,
      credentialId: null,
      verificationUrl: null,
      issuer: CONTOSO,
      exams: [
        { code: 'SEC-201', title: 'Threat Detection and Response', passedOn: day(-45) },
        { code: 'SEC-202', title: 'Incident Handling in Practice', passedOn: null },
      ],
    },
    {
      id: 'cert-solutions-architect',
      title: 'Fabrikam Certified Solutions Architect – Expert',
      code: 'FAB-SAE',
      status: 'in-progress',
      earnedOn: null,
      expiresOn: null,
      credentialId: null,
      verificationUrl: null,
      issuer: FABRIKAM,
      exams: [
        { code: 'FAB-301', title: 'Designing Resilient Distributed Systems', passedOn: null },
        { code: 'FAB-302', title: 'Security and Identity Architecture', passedOn: null },
        { code: 'FAB-303', title: 'Architecture Case Study and Defence', passedOn: null },
      ],
    },
    {
      id: 'cert-networking-fundamentals',
      title: 'Contoso Networking Fundamentals',
      code: 'CSI-NET',
      status: 'expired',
      earnedOn: day(-1200),
      expiresOn: day(-470),
      credentialId: 'CSI-NET-33A8-PQ5D',
      verificationUrl: verify('CSI-NET-33A8-PQ5D'),
      renewalUrl: 'https://security.contoso.example.com/renew/CSI-NET',
      issuer: CONTOSO,
      exams: [{ code: 'NET-100', title: 'Networking Essentials', passedOn: day(-1200) }],
    },
    {
      id: 'cert-agile-practitioner',
      title: 'Tailspin Agile Delivery Practitioner',
      code: 'TSP-ADP',
      status: 'revoked',
      earnedOn: day(-600),
      expiresOn: null,
      credentialId: 'TSP-ADP-0K2W-7YHN',
      verificationUrl: verify('TSP-ADP-0K2W-7YHN'),
      issuer: TAILSPIN,
      exams: [{ code: 'AGL-110', title: 'Agile Delivery Foundations', passedOn: day(-600) }],
    },
  ];

  const cloudAdministratorImage = BADGE_IMAGES.CA;
  const badges: Badge[] = [
    {
      id: 'badge-cloud-administrator',
      name: 'Cloud Administrator – Associate',
      description:
        'Earners deploy, secure and monitor workloads on Northwind Cloud, and keep them running through failures.',
      imageUrl: cloudAdministratorImage,
      issuedOn: day(-410),
      expiresOn: day(320),
      issuer: NORTHWIND,
      criteriaUrl: 'https://academy.northwind.example.org/badges/cloud-administrator/criteria',
      publicUrl: 'https://badges.example.org/public/7f3k22qx',
      openBadge: {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'Assertion',
        id: 'https://badges.example.org/assertions/7f3k22qx',
        recipient: {
          type: 'email',
          hashed: true,
          salt: 'd3m0-s4lt-7c1f',
          // sha256(email + salt), as Open Badges 2.0 hashes a recipient.
          identity: 'sha256$014c06dc9b14871f9a5cd9d41b4dbbc040e4c375124deedc70ce71fd8dc9c9d0',
        },
        badge: {
          type: 'BadgeClass',
          id: 'https://badges.example.org/badge-classes/cloud-administrator-associate',
          name: 'Cloud Administrator – Associate',
          description:
            'Earners deploy, secure and monitor workloads on Northwind Cloud, and keep them running through failures.',
          image: 'https://badges.example.org/images/cloud-administrator-associate.png',
          criteria: {
            id: 'https://academy.northwind.example.org/badges/cloud-administrator/criteria',
            narrative: 'Pass exams NW-900 and NW-104.',
          },
          issuer: {
            type: 'Profile',
            id: 'https://badges.example.org/issuers/northwind-cloud-academy',
            name: NORTHWIND.name,
            url: NORTHWIND.url,
            email: 'badges@northwind.example.org',
          },
        },
        issuedOn: instant(-410, '09:30:00'),
        expires: instant(320, '23:59:59'),
        verification: { type: 'hosted' },
      },
    },
    {
      id: 'badge-community-mentor',
      name: 'Community Mentor',
      description: 'Mentored ten or more learners through their first Northwind Cloud exam this year.',
      imageUrl: BADGE_IMAGES.CM,
      issuedOn: day(-200),
      expiresOn: day(165),
      issuer: NORTHWIND,
      criteriaUrl: 'https://academy.northwind.example.org/badges/community-mentor/criteria',
      publicUrl: 'https://badges.example.org/public/m3nt0r88',
      openBadge: {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: 'https://badges.example.org/credentials/m3nt0r88',
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: {
          id: 'https://badges.example.org/issuers/northwind-cloud-academy',
          type: ['Profile'],
          name: NORTHWIND.name,
          url: NORTHWIND.url,
        },
        validFrom: instant(-200, '10:00:00'),
        validUntil: instant(165, '23:59:59'),
        name: 'Community Mentor',
        credentialSubject: {
          type: ['AchievementSubject'],
          identifier: [
            {
              type: 'IdentityObject',
              identityType: 'emailAddress',
              hashed: true,
              salt: 'd3m0-s4lt-7c1f',
              // sha256(email + salt), the same hashed recipient as the Open Badges 2.0 badge above.
              identityHash: 'sha256$014c06dc9b14871f9a5cd9d41b4dbbc040e4c375124deedc70ce71fd8dc9c9d0',
            },
          ],
          achievement: {
            id: 'https://badges.example.org/achievements/community-mentor',
            type: ['Achievement'],
            name: 'Community Mentor',
            description: 'Mentored ten or more learners through their first Northwind Cloud exam this year.',
            criteria: {
              id: 'https://academy.northwind.example.org/badges/community-mentor/criteria',
              narrative: 'Mentor ten or more learners until they pass their first exam.',
            },
            image: { id: 'https://badges.example.org/images/community-mentor.png', type: 'Image' },
          },
        },
      },
    },
    {
      id: 'badge-threat-detection',
      name: 'Threat Detection Fundamentals',
      description: 'Recognises, triages and escalates common attack patterns in security telemetry.',
      imageUrl: BADGE_IMAGES.TD,
      issuedOn: day(-45),
      expiresOn: null,
      issuer: CONTOSO,
      criteriaUrl: 'https://security.contoso.example.com/badges/threat-detection',
      publicUrl: 'https://badges.example.org/public/thr34td3',
      openBadge: null,
    },
    {
      id: 'badge-accessibility-champion',
      name: 'Campeona de Accesibilidad',
      description: 'Reconoce a quien audita y corrige sitios web según las pautas WCAG 2.2, nivel AA.',
      imageUrl: BADGE_IMAGES.A11Y,
      issuedOn: day(-150),
      expiresOn: null,
      issuer: IBERICO,
      criteriaUrl: 'https://iit.example.org/insignias/accesibilidad/criterios',
      publicUrl: 'https://iit.example.org/insignias/publica/a11y-0871',
      openBadge: null,
    },
    {
      id: 'badge-hackathon-winner',
      name: 'Hackathon Winner — Madrid Cloud Days',
      description: 'First place, team category, for an offline-first field-inspection app built in 48 hours.',
      imageUrl: BADGE_IMAGES.HW,
      issuedOn: day(-300),
      expiresOn: null,
      issuer: FABRIKAM,
      criteriaUrl: null,
      publicUrl: null,
      openBadge: null,
    },
  ];

  // Cloned one by one: a single structuredClone would keep the issuers shared between items.
  return {
    learner: structuredClone(learner),
    certifications: certifications.map((c) => structuredClone(c)),
    badges: badges.map((b) => structuredClone(b)),
  };
}
