import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface ReadPdf {
  pages: { text: string; items: TextItem[]; width: number; height: number }[];
  /** Every page's text, pages separated by a newline. */
  text: string;
  attachments: Record<string, { filename: string; content: Uint8Array; description?: string }>;
  info: Record<string, unknown>;
}

/** A PDF as its readers see it: the text of every page (pdf.js legacy build), attachments and metadata. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js detaches the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: ReadPdf['pages'] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue;
      items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width });
    }
    pages.push({ text: items.map((it) => it.str).join(' ').replace(/\s+/g, ' '), items, width: viewport.width, height: viewport.height });
  }
  const attachments = ((await pdf.getAttachments()) ?? {}) as ReadPdf['attachments'];
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  await pdf.destroy();
  return { pages, text: pages.map((p) => p.text).join('\n'), attachments, info };
}

export const hasQpdf = existsSync('/usr/bin/qpdf') || commandExists('qpdf');
export const hasPdftotext = existsSync('/usr/bin/pdftotext') || commandExists('pdftotext');

function commandExists(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
