// jsPDF's own types (jspdf.d.ts) for the part of it in this folder (index.js).
export * from './jspdf.js';
export { default } from './jspdf.js';
