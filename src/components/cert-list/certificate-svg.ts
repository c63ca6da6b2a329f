/**
 * The certificate preview as SVG, drawn from the same layout as the PDF (`export/certificate-layout.ts`).
 * Loaded on first preview; it needs the font metrics, never jsPDF. Text from data goes in as text
 * nodes through Lit bindings, and only presentation attributes are set: nothing a strict
 * `style-src 'self'` refuses.
 */
import { html, nothing, svg } from 'lit';
import type { CertificateDrawing, CertificateMark, TextMark } from '../../export/certificate-layout.js';

export { certificateDrawing, type CertificateDrawing } from '../../export/certificate-layout.js';
export { officialCertificatePdf } from '../../export/official-certificate.js';

/** `text-anchor` follows the line's direction: in right-to-left text, `start` is the right edge. */
function anchorOf(mark: TextMark): 'start' | 'middle' | 'end' {
  if (mark.align === 'center') return 'middle';
  return (mark.align === 'left') === (mark.direction === 'ltr') ? 'start' : 'end';
}

/** The QR code's modules as one path: compact, and crisp at any size. */
function qrPath(mark: Extract<CertificateMark, { kind: 'qr' }>): string {
  return mark.modules.map((r) => `M${mark.x + r.x} ${mark.y + r.y}h${r.width}v${r.height}h${-r.width}z`).join('');
}

function renderMark(mark: CertificateMark) {
  switch (mark.kind) {
    case 'frame':
      return svg`<rect x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height} fill="none" stroke=${mark.color} stroke-width=${mark.lineWidth}></rect>`;
    case 'line':
      return svg`<line x1=${mark.x1} y1=${mark.y1} x2=${mark.x2} y2=${mark.y2} stroke=${mark.color} stroke-width=${mark.lineWidth}></line>`;
    case 'text':
      return svg`<text x=${mark.x} y=${mark.y} font-size=${mark.size} font-weight=${mark.weight} fill=${mark.color} text-anchor=${anchorOf(mark)} direction=${mark.direction} data-part=${mark.part}>${mark.text}</text>`;
    case 'qr':
      return svg`<path d=${qrPath(mark)} fill=${mark.color} shape-rendering="crispEdges"></path>`;
    case 'link':
      // The dialog gives the verification URL as a real link; an image has no links inside.
      return nothing;
  }
}

/** The page as an `<svg role="img">` named `label`, as wide as its container. */
export function renderCertificateSvg(drawing: CertificateDrawing, label: string) {
  return html`<svg class="certificate" part="certificate" viewBox="0 0 ${drawing.width} ${drawing.height}" role="img" aria-label=${label}>
    <rect width=${drawing.width} height=${drawing.height} fill="#ffffff"></rect>
    ${drawing.marks.map(renderMark)}
  </svg>`;
}
