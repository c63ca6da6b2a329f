/** The React component for `<badge-share>`; importing it registers the tag. */
import '../components/badge-share/define.js';
import { BADGE_SHARE_EVENTS } from '../components/element-api.js';
import { BadgeShare as BadgeShareElement } from '../components/badge-share/badge-share.js';
import { createWrapper } from './create-wrapper.js';

export const BadgeShare = /* @__PURE__ */ createWrapper(
  'badge-share',
  BadgeShareElement,
  BADGE_SHARE_EVENTS,
  'BadgeShare',
);
