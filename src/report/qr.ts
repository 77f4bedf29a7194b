import QRCode from 'qrcode';

/**
 * The only user of the `qrcode` library: text → the QR code's module matrix (error correction
 * level M), which the PDF toolkit draws as vector squares.
 */
export function qrMatrix(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  let matrix = made.get(text);
  if (!matrix) {
    const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const { size, data } = code.modules;
    matrix = { size, dark: (row, col) => Boolean(data[row * size + col]) };
    if (made.size > 1000) made.clear();
    made.set(text, matrix);
  }
  return matrix;
}

/** Codes already made in this process (a report made again, e.g. by siap verify, draws the same one). */
const made = new Map<string, { size: number; dark: (row: number, col: number) => boolean }>();
