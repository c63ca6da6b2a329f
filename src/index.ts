/** cert-elements: importing this module registers the four tags and exports everything else. */
import './define.js';

export * from './classes.js';
