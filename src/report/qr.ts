import QRCode from 'qrcode';

/**
 * The only user of the `qrcode` library: text → the QR code's module matrix (error correction
 * level M), which the PDF toolkit draws as vector squares.
 */
export function qrMatrix(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  return { size, dark: (row, col) => Boolean(data[row * size + col]) };
}
