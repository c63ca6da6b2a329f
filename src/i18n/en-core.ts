import type { AdapterErrorKind } from '../model.js';
import { waitDuration } from './format.js';

/**
 * The English strings every element shows at first paint. The rest of English comes in parts
 * (`en-badges.ts`, `en-transcript.ts`, `en-pdf.ts`, `en-cert-actions.ts`), each added to the table by the code that shows
 * it, so a page pays only for the English its elements render; `en.ts` puts the whole table together.
 */
export const enCore = {
  common: {
    loading: 'Loading…',
    notConfigured: 'Nothing to show yet: this part of the page is not connected to its data.',
    retry: 'Try again',
    close: 'Close',
    cancel: 'Cancel',
    download: 'Download',
    copy: 'Copy',
    copied: 'Copied',
    notAvailable: '—',
  },
  errors: {
    network: 'We could not reach the server. Check your connection and try again.',
    timeout: 'The server took too long to answer. Try again.',
    aborted: 'The request was cancelled.',
    unauthorized: 'Your session has ended. Sign in again to continue.',
    forbidden: 'You do not have permission to see this.',
    'not-found': 'We could not find what you asked for.',
    'rate-limited': (seconds: number | undefined) => {
      if (seconds === undefined) return 'Too many attempts. Wait a moment and try again.';
      const wait = waitDuration(seconds, 'en');
      return `Too many attempts. Try again in ${wait.approximate ? 'about ' : ''}${wait.text}.`;
    },
    'invalid-request': 'Some of what you entered was not accepted. Check it and try again.',
    'invalid-response': 'The server sent an answer we could not read. Try again later.',
    server: 'Something went wrong on the server. Try again in a moment.',
  } satisfies Record<AdapterErrorKind, string | ((retryAfter: number | undefined) => string)>,
  status: {
    earned: 'Earned',
    'in-progress': 'In progress',
    expired: 'Expired',
    revoked: 'Revoked',
  },
  certList: {
    heading: 'Certificates',
    empty: 'No certifications yet.',
    earnedOn: (date: string) => `Earned ${date}`,
    expiresOn: (date: string) => `Expires ${date}`,
    expiredOn: (date: string) => `Expired ${date}`,
    credentialId: 'Credential ID',
    examsPassed: (passed: number, total: number) => `${passed} of ${total} ${total === 1 ? 'exam' : 'exams'} passed`,
    certificateAfterFinalExam: 'The certificate is issued once the final exam is passed.',
    examProgress: (title: string) => `Exam progress: ${title}`,
    passedExams: 'Passed:',
    examPassedOn: (date: string) => `passed ${date}`,
    remainingExams: 'Still to pass:',
    expiresInDays: (days: number) =>
      days === 0 ? 'Expires today' : `Expires in ${days} ${days === 1 ? 'day' : 'days'}`,
    renew: 'Renew',
    revokedNote: 'This certification was revoked; its certificate is no longer valid.',
    addToLinkedIn: 'Add to LinkedIn profile',
    addToLinkedInFor: (title: string) => `Add to LinkedIn profile: ${title} (opens in a new tab)`,
    selectAll: 'Select all',
    clearSelection: 'Clear selection',
    selectedCount: (n: number) =>
      n === 0 ? 'No certificates selected' : `${n} ${n === 1 ? 'certificate' : 'certificates'} selected`,
    search: 'Search certifications',
    searchPlaceholder: 'Title or code',
    sortBy: 'Sort by',
    sortOrders: { newest: 'Newest first', oldest: 'Oldest first', title: 'Title (A–Z)' },
    shownCount: (shown: number, total: number) => `Showing ${shown} of ${total}`,
    noMatches: 'No certifications match your search.',
    preview: 'Preview',
    download: 'Download',
    downloadPdf: 'Download PDF',
    downloadZip: (n: number) => `Download ${n} as ZIP`,
    failed: 'The download failed. Your selection is kept.',
    nothingSelected: 'Select at least one certificate first.',
    noLearner: 'We could not load your name, which every certificate shows. Try again.',
    helpLink: 'I don’t see a certificate I earned',
    helpText:
      'Certificates appear here once they are issued. A certification that needs several exams issues its certificate only after you pass the final exam, so it is listed as in progress until then.',
  },
  badges: {
    heading: 'Badges',
    empty: 'No badges yet.',
  },
  transcript: {
    heading: 'Transcript',
  },
  dashboard: {
    greeting: (name: string) => `${name}’s learning record`,
    untitled: 'Your learning record',
    sections: 'Sections',
  },
};
