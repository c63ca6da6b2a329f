import { encode } from 'uqr';

/** One filled rectangle of a QR code, in the units of `size`, from the code's top-left corner. */
export interface QrRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The mask every code uses. Any of the eight is valid and every reader handles it; choosing the one
 * with the lowest penalty (the encoder's default) tries all eight, which was a tenth of the time of a
 * certificate PDF, for a code that is printed large and scanned from close by.
 */
export const QR_MASK = 0;

/**
 * A QR code (error correction M, no quiet zone, mask `QR_MASK`) as filled rectangles, one per
 * horizontal run of dark modules, so a PDF draws it as vectors: sharp at any zoom.
 */
export function qrRectangles(text: string, size: number): QrRect[] {
  const qr = encode(text, { ecc: 'M', border: 0, maskPattern: QR_MASK });
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
