/**
 * What `<cert-list>` loads on the first preview or download, not with the page: the certificate
 * jobs (PDF, ZIP, progress, failure messages), the preview dialog and saving a file.
 */
export { CertificateJobs, type CertificateFile } from './certificate-jobs.js';
export { PreviewDialog } from './preview-dialog.js';
export { BlobUrls } from '../../internal/blob-urls.js';

import { enCertActions } from '../../i18n/en-cert-actions.js';
import { addEnglish } from '../../i18n/messages.js';

addEnglish({ certList: enCertActions });
