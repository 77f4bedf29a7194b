import type { Paint } from './prompts.js';
import { displayWidth, truncate, withEllipsis, wrapText } from './table.js';

/**
 * How a question fits on the terminal: which lines of the header, the answers and their
 * descriptors are shown, given the rows and columns. Pure (lines in, lines out), so the choices
 * can be tested without a terminal.
 *
 * The normal view gives room in this order: the question and every answer's descriptor in full
 * (wrapped at word boundaries, the assessor's core task), the prompt and the key bar, then the
 * hint and evidence (at least a line each, more as room allows), then the evidence expected at
 * the highlighted level. When even the descriptors cannot all be shown in full, each answer gets
 * the same number of lines and the cut ones end with "…"; `?` then shows everything. The full
 * view (`?`) shows every line — hint, evidence, descriptors and each level's expected evidence —
 * scrolled with ↑↓ when it is longer than the screen.
 */

/** An answer typed by its key: a level value, `y`/`t`, an option number. */
export interface KeyedOption {
  key: string;
  /** The answer's name and descriptor, in one piece (wrapped here). */
  label: string;
  /** Shown under the answer in the full view, and under the list while it is highlighted (level evidence). */
  detail?: string;
  /** Ticking it clears the other ticks, and the other way round (multi). */
  exclusive?: boolean;
}

/** The lines above the answers, each group wrapped to the width already. */
export interface HeaderParts {
  /** Breadcrumb and question text (painted). */
  top: string[];
  /** Hint and evidence lines, unpainted (they are shown dimmed, cut with "…" when there is no room). */
  hint: string[];
  evidence: string[];
  /** Constraints, panel answers, current answer, note (painted, already short). */
  tail: string[];
}

export interface LayoutInput {
  /** Columns a line may take (the terminal's width minus one). */
  width: number;
  /** Rows the whole prompt may take. */
  rows: number;
  parts: HeaderParts;
  mode: 'single' | 'multi' | 'text';
  options: KeyedOption[];
  active: number;
  ticked: string[];
  expanded: boolean;
  /** First line shown of the full view when it scrolls. */
  scroll: number;
  /** Rows taken below the answers: the prompt line, the key bar and any message. */
  reserved: number;
  paint: Paint;
}

export interface Layout {
  lines: string[];
  /** The normal view leaves something out that the full view shows. */
  more: boolean;
  /** Some answer's descriptor is cut in the normal view. */
  descriptorsCut: boolean;
  /** The full view is longer than the screen: the lines shown and the largest scroll. */
  scroll?: { first: number; last: number; total: number; max: number };
}

/** `…` at the end of the last kept line, when lines were left out (the line stays within `width`). */
export function clip(lines: string[], max: number, width: number): string[] {
  if (lines.length <= max) return lines;
  if (max <= 0) return [];
  const kept = lines.slice(0, max);
  kept[max - 1] = withEllipsis(kept[max - 1]!, width);
  return kept;
}

/** One answer's lines: `› 3 · Terdefinisi — …` with the following lines under the label. */
function optionLines(input: LayoutInput, index: number, maxLines: number, withDetail: boolean): string[] {
  const { paint, width } = input;
  const o = input.options[index]!;
  const isActive = index === input.active;
  const box = input.mode === 'multi' ? (input.ticked.includes(o.key) ? '[x] ' : '[ ] ') : '';
  const prefix = `${isActive ? '›' : ' '} ${box}${o.key} · `;
  const indent = ' '.repeat(Math.min(prefix.length, 12));
  const room = Math.max(10, width - indent.length);
  const wrapped = wrapText(o.label, room);
  // The first line may be longer than the others only if the prefix is short enough.
  const lines = wrapped.length === 0 ? [''] : wrapped;
  let shown = lines.map((l, i) => (i === 0 ? prefix + l : indent + l));
  if (displayWidth(shown[0]!) > width) shown = [truncate(shown[0]!, width), ...shown.slice(1)];
  shown = clip(shown, maxLines, width);
  const painted = shown.map((l) => (isActive ? paint.cyan(l) : l));
  if (withDetail && o.detail) painted.push(...wrapText(o.detail, width, '      ').map((l) => paint.dim(l)));
  return painted;
}

function optionHeight(input: LayoutInput, index: number): number {
  return optionLines(input, index, Number.POSITIVE_INFINITY, false).length;
}

/** The lines above the prompt for the current state. */
export function layoutQuestion(input: LayoutInput): Layout {
  const { parts, paint } = input;
  const dim = (lines: string[]): string[] => lines.map((l) => paint.dim(l));
  const budget = Math.max(4, input.rows - input.reserved);
  const heights = input.options.map((_, i) => optionHeight(input, i));
  const fullOptions = heights.reduce((a, b) => a + b, 0);
  const details = input.options.some((o) => o.detail);

  if (input.expanded) {
    const lines = [...parts.top, ...dim(parts.hint), ...dim(parts.evidence), ...parts.tail];
    input.options.forEach((_, i) => lines.push(...optionLines(input, i, Number.POSITIVE_INFINITY, true)));
    if (lines.length <= budget) return { lines, more: true, descriptorsCut: false };
    // Longer than the screen: a window, with a line saying where it is.
    const window = Math.max(1, budget - 1);
    const max = lines.length - window;
    const first = Math.max(0, Math.min(input.scroll, max));
    const shown = lines.slice(first, first + window);
    return { lines: shown, more: true, descriptorsCut: false, scroll: { first: first + 1, last: first + shown.length, total: lines.length, max } };
  }

  const fixed = parts.top.length + parts.tail.length;
  const room = budget - fixed;
  const hintMin = Math.min(1, parts.hint.length);
  const evidenceMin = Math.min(1, parts.evidence.length);

  // How many lines each answer may take: all of them if possible, else as many as fit for every one.
  let perOption = Number.POSITIVE_INFINITY;
  let hintRoom = 0;
  let evidenceRoom = 0;
  if (fullOptions + hintMin + evidenceMin <= room) {
    let spare = room - fullOptions - hintMin - evidenceMin;
    hintRoom = hintMin;
    evidenceRoom = evidenceMin;
    // Spare rows: the hint first (up to 3 lines), then the evidence (up to 2), then whatever is left.
    const grow = (current: number, total: number, upTo: number): number => {
      const add = Math.max(0, Math.min(spare, Math.min(total, upTo) - current));
      spare -= add;
      return current + add;
    };
    hintRoom = grow(hintRoom, parts.hint.length, 3);
    evidenceRoom = grow(evidenceRoom, parts.evidence.length, 2);
    // Keep up to two rows for the highlighted level's expected evidence (the same for every level, so nothing jumps).
    const maxDetail = Math.max(0, ...input.options.map((o) => (o.detail ? wrapText(o.detail, input.width, '      ').length : 0)));
    const reserve = Math.min(spare, maxDetail, 2);
    spare -= reserve;
    hintRoom = grow(hintRoom, parts.hint.length, Number.POSITIVE_INFINITY);
    evidenceRoom = grow(evidenceRoom, parts.evidence.length, Number.POSITIVE_INFINITY);
  } else if (fullOptions <= room) {
    // The descriptors come first: the hint and evidence wait behind `?`, a line of the hint if it fits.
    hintRoom = Math.min(hintMin, room - fullOptions);
  } else {
    const longest = Math.max(1, ...heights);
    perOption = 1;
    for (let k = longest; k >= 1; k--) {
      if (heights.reduce((n, h) => n + Math.min(h, k), 0) <= room) {
        perOption = k;
        break;
      }
    }
  }

  const hint = clip(parts.hint, hintRoom, input.width);
  const evidence = clip(parts.evidence, evidenceRoom, input.width);
  const lines = [...parts.top, ...dim(hint), ...dim(evidence), ...parts.tail];
  const optionBlocks = input.options.map((_, i) => optionLines(input, i, perOption, false));
  const descriptorsCut = heights.some((h) => h > perOption);
  // Right under the highlighted answer: its expected evidence, and its whole descriptor when cut.
  const left = budget - lines.length - optionBlocks.reduce((n, b) => n + b.length, 0);
  optionBlocks.forEach((block, i) => {
    lines.push(...block);
    if (i !== input.active || left <= 0) return;
    const o = input.options[i]!;
    const extra: string[] = [];
    if (descriptorsCut && heights[i]! > perOption) extra.push(...wrapText(o.label, input.width, '      '));
    if (o.detail) extra.push(...wrapText(o.detail, input.width, '      '));
    lines.push(...dim(clip(extra, left, input.width)));
  });
  const more = descriptorsCut || hint.length < parts.hint.length || evidence.length < parts.evidence.length || details;
  return { lines, more, descriptorsCut };
}

/** Key bar items (`0–4 jawab`, `l lewati`, …) → lines of at most `width`, breaking only between items. */
export function wrapItems(items: string[], width: number, separator = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line === '') line = item;
    else if (displayWidth(line) + separator.length + displayWidth(item) <= width) line += separator + item;
    else {
      lines.push(line);
      line = item;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
