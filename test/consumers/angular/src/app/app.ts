import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Registers <cert-dashboard> before Angular first renders it, so `[adapter]` sets the property.
import 'cert-elements/cert-dashboard';
import { MemoryAdapter, type CertDownloadEvent, type CertSelectionChangeEvent } from 'cert-elements/classes';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <cert-dashboard
        [adapter]="adapter"
        (cert-selection-change)="onSelectionChange($event)"
        (cert-download)="onDownload($event)"
      ></cert-dashboard>
      <p role="status">{{ selected().length }} selected{{ downloaded() && ', downloaded ' + downloaded() }}</p>
    </main>
  `,
})
export class App {
  protected readonly adapter = new MemoryAdapter();
  protected readonly selected = signal<string[]>([]);
  protected readonly downloaded = signal('');

  protected onSelectionChange(event: CertSelectionChangeEvent) {
    this.selected.set(event.detail.ids);
  }

  protected onDownload(event: CertDownloadEvent) {
    this.downloaded.set(event.detail.filename);
  }
}
