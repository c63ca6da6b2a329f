import { encode } from 'uqr';

/** One filled rectangle of a QR code, in the units of `size`, from the code's top-left corner. */
export interface QrRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A QR code (error correction M, no quiet zone) as filled rectangles, one per horizontal run of
 * dark modules, so a PDF draws it as vectors: sharp at any zoom.
 */
export function qrRectangles(text: string, size: number): QrRect[] {
  const qr = encode(text, { ecc: 'M', border: 0 });
  const module = size / qr.size;
  const rects: QrRect[] = [];
  qr.data.forEach((row, r) => {
    for (let col = 0; col < row.length;) {
      if (!row[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < row.length && row[col]) col++;
      rects.push({ x: start * module, y: r * module, width: (col - start) * module, height: module });
    }
  });
  return rects;
}
