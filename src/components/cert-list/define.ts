/** Registers `<cert-list>`. */
import { defineElement } from '../../internal/define-element.js';
import { CertList } from './cert-list.js';

defineElement('cert-list', CertList);

declare global {
  interface HTMLElementTagNameMap {
    'cert-list': CertList;
  }
}
