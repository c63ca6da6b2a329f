/** English for the PDFs and the certificate preview: added to the table by the PDF code. */
export const enPdf = {
  heading: 'Certificate of Achievement',
  certifies: 'This is to certify that',
  hasEarned: 'has earned the certification',
  earnedOn: 'Earned',
  expiresOn: 'Valid until',
  expiredOn: 'Expired',
  noExpiry: 'Does not expire',
  credentialId: 'Credential ID',
  verify: 'Verify at',
  scanToVerify: 'Scan to verify',
  issuedBy: (issuer: string) => `Issued by ${issuer}`,
  documentTitle: (title: string, name: string) => `${title}: ${name}`,
  zipFileLabel: 'Certificates',
};

/** English for why a PDF could not be made: added to the table by `internal/pdf-failure.ts`. */
export const enPdfErrors = {
  'uncovered-characters': (characters: string) =>
    `The PDF cannot show ${characters}: no font for it is available. Ask the site to add one.`,
  'load-failed': 'A font for the PDF could not be loaded. Check your connection and try again.',
  'unsupported-font': 'A font set up for PDFs on this site cannot be used. Ask the site to fix it.',
  'not-issued': 'This certification has no certificate: it is in progress or was revoked.',
};
