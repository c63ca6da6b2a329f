// The part of jsPDF 4.2.1 that cert-elements' PDFs use (scripts/vendor-jspdf.mjs writes this folder).
import { jsPDF } from './jspdf.js';
import './modules/annotations.js';
import './modules/arabic.js';
import './modules/filters.js';
import './modules/setlanguage.js';
import './modules/split_text_to_size.js';
import './modules/standard_fonts_metrics.js';
import './modules/ttfsupport.js';
import './modules/utf8.js';
import './modules/vfs.js';
import './libs/bidiEngine.js';
import './libs/ttffont.js';

export { jsPDF };
export default jsPDF;
