/**
 * The Certificates section's elements, for the dashboard to load like its other sections. The
 * dashboard's define.ts registers `<cert-list>` up front; this module is a separate one so that
 * loading it needs no namespace object for a module the page already has (a bundler's runtime
 * helper in the first load otherwise).
 */
import '../cert-list/define.js';
