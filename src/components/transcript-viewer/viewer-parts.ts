/**
 * The interactive parts of `<transcript-viewer>`: the E-mail, Share and PDF dialogs and the
 * shared-mode form. A chunk of their own, loaded when the element first needs one, so a page that only shows a
 * transcript does not pay for them.
 */
import type { LocaleController } from '../../internal/locale-controller.js';
import type { AdapterConsumer } from '../../internal/adapter-consumer.js';
import { transcriptIdFromUrl } from '../../rules/share-url.js';
import { EmailDialog } from './email-dialog.js';
import { PdfDialog } from './pdf-dialog.js';
import { ShareDialog } from './share-dialog.js';
import { SharedAccess } from './shared-access.js';
import type { ViewerHost } from './viewer-part.js';

export interface ViewerParts {
  access: SharedAccess;
  email: EmailDialog;
  share: ShareDialog;
  pdf: PdfDialog;
}

/** The parts for `host`; the shared-mode form prefilled from `transcriptId`, else the page URL; `onPdf` makes the PDF. */
export function createViewerParts(
  host: ViewerHost,
  consumer: AdapterConsumer,
  locale: LocaleController,
  transcriptId: string | null,
  onPdf: (includeAddress: boolean) => void,
): ViewerParts {
  const access = new SharedAccess(host, consumer, locale);
  access.prefill(transcriptId || transcriptIdFromUrl(location.href));
  return {
    access,
    email: new EmailDialog(host, consumer, locale),
    share: new ShareDialog(host, consumer, locale),
    pdf: new PdfDialog(host, locale, onPdf),
  };
}
