/** Display width of a string in a terminal (ANSI colour codes take no room). */
export function displayWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cut a text to `width` characters, ending with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Rows of cells → aligned columns separated by two spaces; `right` lists right-aligned columns. */
export function formatTable(rows: string[][], options: { right?: number[]; indent?: string } = {}): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const right = new Set(options.right ?? []);
  return rows
    .map((row) => (options.indent ?? '') + row.map((cell, i) => (i === row.length - 1 && !right.has(i) ? cell : right.has(i) ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!))).join('  '))
    .join('\n');
}

/** A horizontal bar of `width` cells for a share in [0, 1]. */
export function bar(share: number, width: number): string {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0));
  const eighths = Math.round(clamped * width * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  const partials = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
  return ('█'.repeat(full) + partials[part]).padEnd(width, '·');
}

/** Word-wrap text to `width` columns; continuation lines start with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${indent}`);
}
