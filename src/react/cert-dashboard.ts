/** The React component for `<cert-dashboard>`; importing it registers the tag. */
import '../components/cert-dashboard/define.js';
import { CERT_DASHBOARD_EVENTS } from '../components/element-api.js';
import { CertDashboard as CertDashboardElement } from '../components/cert-dashboard/cert-dashboard.js';
import { createWrapper } from './create-wrapper.js';

export const CertDashboard = /* @__PURE__ */ createWrapper(
  'cert-dashboard',
  CertDashboardElement,
  CERT_DASHBOARD_EVENTS,
  'CertDashboard',
);
