/**
 * `cert-elements/cert-dashboard`: registers `<cert-dashboard>` and the elements its sections show,
 * and exports its class.
 */
import './components/cert-dashboard/define.js';

export {
  CertDashboard,
  DASHBOARD_SECTIONS,
  parseSections,
  type DashboardSection,
} from './components/cert-dashboard/cert-dashboard.js';
export { setAssetBase } from './rules/asset-base.js';
export type * from './model.js';
