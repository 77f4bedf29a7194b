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

/** Cut a text to `width` characters at a word boundary when one is near, ending with an ellipsis when cut. */
export function truncateWords(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const cut = chars.slice(0, Math.max(0, width - 1)).join('');
  const space = cut.lastIndexOf(' ');
  // Back to the last whole word, unless that throws away more than a third of the room.
  const kept = space >= Math.floor(width * 0.66) ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:·—-]+$/, '')}…`;
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

/** A line that was cut: trailing punctuation off, then ` …`, dropping last words until it fits `width`. */
export function withEllipsis(line: string, width: number): string {
  let text = line.replace(/[\s.,;:·]*$/, '');
  while (displayWidth(text) + 2 > width && /\s\S+$/.test(text.trimEnd())) text = text.trimEnd().replace(/\s+\S+$/, '').replace(/[\s.,;:·]*$/, '');
  return displayWidth(text) + 2 > width ? truncate(text, width) : `${text} …`;
}

/** Words → lines of at most `width` characters (a word longer than the width is cut). */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line === '') line = word.length > room ? truncate(word, room) : word;
      else if (line.length + 1 + word.length <= room) line += ` ${word}`;
      else {
        lines.push(indent + line);
        line = word.length > room ? truncate(word, room) : word;
      }
    }
    if (line !== '') lines.push(indent + line);
  }
  return lines;
}

/**
 * Text for a terminal `columns` wide: every line longer than the terminal is broken at spaces
 * (never inside a word), its continuation lines indented like the line itself plus two spaces.
 * Colour codes take no room. A single word longer than the line stays whole (the terminal breaks it).
 */
export function fitToWidth(text: string, columns: number): string {
  const width = Math.max(20, columns - 1);
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      // eslint-disable-next-line no-control-regex
      const lead = /^((?:\x1b\[[0-9;]*m)*)( *)/.exec(line)!;
      const indent = lead[2]!;
      const hanging = `${indent}  `.slice(0, Math.max(0, width - 10));
      const words = line.slice(lead[0].length).split(/ +/);
      const out: string[] = [];
      let current = lead[0];
      let currentWidth = indent.length;
      let empty = true;
      for (const word of words) {
        const w = displayWidth(word);
        if (!empty && currentWidth + 1 + w > width) {
          out.push(current);
          current = hanging + word;
          currentWidth = hanging.length + w;
          continue;
        }
        current += empty ? word : ` ${word}`;
        currentWidth += empty ? w : 1 + w;
        empty = false;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
