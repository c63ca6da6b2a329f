// What the script-tag build gives jsPDF for html2canvas, canvg and DOMPurify: nothing (see vite.config.ts).
export default undefined;
