import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/en.js';
import {
  CERTIFICATION_SORT_ORDERS,
  searchCertifications,
  sortCertifications,
  type CertificationSortOrder,
} from '../../internal/certifications.js';
import type { Certification } from '../../model.js';

/** More certifications than this, and the list offers search and sorting. */
const SEARCH_THRESHOLD = 6;

interface SearchAndSort {
  data: readonly Certification[];
  searchText: string;
  order: CertificationSortOrder;
  lang: string;
}

/** `<cert-list>`'s search box and sort order, and the certifications they leave, in their order. */
export class CertFilters {
  private searchText = '';
  private order: CertificationSortOrder = 'newest';
  private last: (SearchAndSort & { result: Certification[] }) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Search and sort, done again only when the data, the query, the order or the language changed. */
  visible(data: readonly Certification[], lang: string): Certification[] {
    const key: SearchAndSort = { data, searchText: this.searchText, order: this.order, lang };
    const l = this.last;
    if (l && l.data === data && l.searchText === key.searchText && l.order === key.order && l.lang === lang)
      return l.result;
    const result = sortCertifications(searchCertifications(data, key.searchText), key.order, lang);
    this.last = { ...key, result };
    return result;
  }

  /** The search box, the sort select and "Showing n of m", when the list is long enough to need them. */
  render(all: readonly Certification[], lang: string, messages: Messages) {
    if (all.length <= SEARCH_THRESHOLD) return nothing;
    const m = messages.certList;
    const shown = this.visible(all, lang).length;
    return html`<div part="filters" class="filters">
      <label
        >${m.search}
        <input type="search" placeholder=${m.searchPlaceholder} .value=${this.searchText} @input=${this.handleSearch}
      /></label>
      <label
        >${m.sortBy}
        <select @change=${this.handleSort}>
          ${CERTIFICATION_SORT_ORDERS.map((o) => html`<option value=${o} ?selected=${o === this.order}>${m.sortOrders[o]}</option>`)}
        </select></label
      >
      <span class="muted">${shown < all.length ? m.shownCount(shown, all.length) : nothing}</span>
    </div>`;
  }

  private handleSearch = (e: Event): void => {
    this.searchText = (e.target as HTMLInputElement).value;
    this.host.requestUpdate();
  };

  private handleSort = (e: Event): void => {
    this.order = (e.target as HTMLSelectElement).value as CertificationSortOrder;
    this.host.requestUpdate();
  };
}
