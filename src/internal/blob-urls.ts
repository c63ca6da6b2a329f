import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a download's blob URL lives: the browser reads the blob asynchronously after the click. */
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

/**
 * Blob URLs an element made (a preview, a download): each revoked when no longer needed, and all
 * of them when the element is removed from the page.
 */
export class BlobUrls implements ReactiveController {
  private readonly urls = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  create(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.urls.add(url);
    return url;
  }

  revoke(url: string | undefined | null): void {
    if (!url || !this.urls.delete(url)) return;
    URL.revokeObjectURL(url);
  }

  /** Saves `blob` as a file named `filename` (the browser's download). */
  save(blob: Blob, filename: string): void {
    const href = this.create(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = filename;
    link.click();
    setTimeout(() => this.revoke(href), DOWNLOAD_URL_LIFETIME_MS);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
