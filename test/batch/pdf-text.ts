import { readFileSync } from 'node:fs';
import { readPdf } from '../report/pdf-read.js';

/** The text of every page of a PDF as pdf.js extracts it (items joined with spaces), and the page count. */
export async function pdfText(file: string): Promise<{ pages: string[]; text: string }> {
  const pdf = await readPdf(readFileSync(file));
  return { pages: pdf.pages.map((page) => page.text), text: pdf.text };
}
