/**
 * The only pdfkit user: a small toolkit for A4 documents in the siap look. It knows fonts, text,
 * tables and charts, not reports: the assessment report (`pdf.ts`) and the batch recap
 * (`batch/recap.ts`) are drawn with it.
 *
 *   createPdf({ info, lang, theme?, layout? }) → PdfWriter   deterministic document (dates from `info.creationDate`),
 *                                                              DejaVu Sans Condensed embedded (fonts parsed once per process)
 *   pdf.heading(text, level 1|2|3, keepWith?)                 heading moved to the next page unless `keepWith` pt fit under it
 *   pdf.paragraph(p, { size?, style?, color?, indent?, align?, after? })  wrapped text flowing over pages
 *   pdf.bullets(items, { bullet?, color? })                    list with hanging indent
 *   pdf.table(spec, { title?, titleLevel?, kicker?, note?, continued? })
 *                                                              wrapped cells (long words broken), header row repeated on
 *                                                              every page with `continued` above it, tables ≤ 250 pt kept
 *                                                              whole, rows ≤ 220 pt never split, title/kicker/note kept
 *                                                              with the first row
 *   pdf.facts(rows)                                            two-column label/value table without header
 *   pdf.chart(chart)                                           radar or horizontal bar chart with its title, as vectors
 *   pdf.textAt(text, x, y, { size?, style?, color?, width?, align? })  one line at a fixed place (cut with … to `width`)
 *   pdf.fillRect / fillRoundedRect / strokeRoundedRect / strokeLine     shapes at a fixed place (cover, key figures)
 *   pdf.layout(p, width, size, style?) → lines, pdf.textWidth(), pdf.lineHeight()   measuring
 *   pdf.newPage(), pdf.ensure(h), pdf.space(h), pdf.y, pdf.remaining, pdf.left/right/top/bottom/width,
 *   pdf.pageWidth/pageHeight                                   page flow
 *   pdf.image(bytes, x, y, [w, h]), pdf.attach({ name, bytes, type, description, date })
 *   pdf.finish({ header, footer }) → Promise<Buffer>          header/footer on every page ("Halaman X dari Y")
 * Layout data types (Paragraph, Run, Cell, TableSpec, Chart) live in layout.ts, colours in theme.ts.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Lang } from '../i18n.js';
import { LOCALE_WORDS } from '../messages/words.js';
import type { BarChart, Cell, Chart, FontStyle, Inline, Paragraph, RadarChart, Run, TableSpec } from './layout.js';
import { DEFAULT_THEME, type Theme } from './theme.js';

const require = createRequire(import.meta.url);
/** Attachments compressed once per process, by the sha256 of their bytes. */
const deflatedFiles = new Map<string, Buffer>();
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The embedded fonts, loaded by path (pdfkit caches a font by its path; a Buffer is re-parsed on every use). */
export const FONTS: Record<FontStyle, string> = {
  regular: join(FONT_DIR, 'DejaVuSansCondensed.ttf'),
  bold: join(FONT_DIR, 'DejaVuSansCondensed-Bold.ttf'),
  italic: join(FONT_DIR, 'DejaVuSansCondensed-Oblique.ttf'),
  mono: join(FONT_DIR, 'DejaVuSansMono.ttf'),
};

const FONT_NAMES: Record<FontStyle, string> = { regular: 'siap-regular', bold: 'siap-bold', italic: 'siap-italic', mono: 'siap-mono' };
/** Styles every document opens at once; the monospace one is opened on first use (a document without it embeds no empty font). */
const EAGER_STYLES: FontStyle[] = ['regular', 'bold', 'italic'];
/** The mark drawn for a character the font has no glyph for (emoji, CJK, Thai …): visible, never silently dropped. */
export const REPLACEMENT = '\ufffd';

/**
 * Parsed fonts and word layouts shared by every document of the process. pdfkit accepts a parsed
 * (fontkit) font in place of a path, and keeps a per-font cache of shaped words; reusing both
 * saves re-reading and re-parsing three TTF files and re-shaping every word for each report,
 * which was most of a warm render's time. These are pdfkit internals (`_font.font`,
 * `_font.layoutCache`, pinned pdfkit 0.20.2): when they are missing, fonts load by path as usual.
 */
const parsedFonts = new Map<FontStyle, object>();
const layoutCaches = new Map<FontStyle, Record<string, unknown>>();
/** Shaped words kept per style before the shared cache starts afresh (a report shapes a few thousand). */
const LAYOUT_CACHE_LIMIT = 8_000;
/** Widths of words at size 1 per style, shared by every document (a width does not depend on the document). */
const unitWidths: Record<FontStyle, Map<string, number>> = { regular: new Map(), bold: new Map(), italic: new Map(), mono: new Map() };
/** Which code points each style can draw (asked of the parsed font once per code point). */
const coverage: Record<FontStyle, Map<number, boolean>> = { regular: new Map(), bold: new Map(), italic: new Map(), mono: new Map() };

type InternalDoc = { _font?: { font?: { layout?: unknown; hasGlyphForCodePoint?: (cp: number) => boolean }; layoutCache?: Record<string, unknown> } };

/**
 * Make the three styles available under names, sharing parsed fonts and shaped words across
 * documents. The regular style is the document's default font (given in the constructor) and
 * keeps the name pdfkit filed it under, so pdfkit never compares two copies of it.
 */
function registerFonts(doc: PDFKit.PDFDocument, styles: FontStyle[] = EAGER_STYLES, names: Record<FontStyle, string> = { ...FONT_NAMES }): Record<FontStyle, string> {
  const internal = doc as unknown as InternalDoc & { _font?: { name?: string } };
  for (const style of styles) {
    let parsed = parsedFonts.get(style);
    if (style === 'regular' && internal._font?.name) {
      names.regular = internal._font.name;
    } else {
      // Opened under its name only (never by path first), so every document numbers its fonts alike.
      doc.registerFont(names[style], (parsed ?? FONTS[style]) as string);
    }
    doc.font(names[style]);
    const embedded = internal._font;
    if (!parsed && embedded?.font && typeof embedded.font.layout === 'function') parsedFonts.set(style, embedded.font);
    if (embedded?.layoutCache) {
      const shared = layoutCaches.get(style);
      // Bounded: the words every report shares stay; the ones only one report had (names,
      // numbers, notes) would otherwise pile up over a batch of hundreds of reports.
      if (shared && Object.keys(shared).length <= LAYOUT_CACHE_LIMIT) embedded.layoutCache = shared;
      else layoutCaches.set(style, embedded.layoutCache);
    }
  }
  return names;
}

export interface PdfOptions {
  info: { title: string; subject?: string; author?: string; keywords?: string; creator?: string; creationDate: Date };
  lang: Lang;
  theme?: Partial<Theme>;
  layout?: 'portrait' | 'landscape';
  /** Tagged PDF: headings, paragraphs, lists, tables and figures in a structure tree (default true). */
  tagged?: boolean;
}

export interface PageDecoration {
  header: { left: string; right: string };
  /** `pageLabel` holds `{page}` and `{pages}`, e.g. "Halaman {page} dari {pages}"; `document` (the document number) is printed first, in bold. */
  footer: { document?: string; left: string; pageLabel: string };
  /** Leave the first page (a cover) without header and footer. */
  skipFirst?: boolean;
}

/** Whether the report's font can draw a character (asked before rendering, to warn about a field). */
export function fontCovers(codePoint: number): boolean {
  if (!parsedFonts.has('regular')) new PdfWriter({ info: { title: '', creationDate: new Date(0) }, lang: 'id', tagged: false });
  return covers('regular', codePoint);
}

function covers(style: FontStyle, cp: number): boolean {
  const known = coverage[style].get(cp);
  if (known !== undefined) return known;
  const font = parsedFonts.get(style) as { hasGlyphForCodePoint?: (cp: number) => boolean } | undefined;
  // A style not opened yet (monospace before its first use) is asked again later; meanwhile the regular font answers.
  if (!font?.hasGlyphForCodePoint) return style === 'regular' ? true : covers('regular', cp);
  const has = font.hasGlyphForCodePoint(cp);
  coverage[style].set(cp, has);
  return has;
}

/** Joiners and selectors that only shape the character before them: dropped with it when it cannot be drawn. */
export function isModifier(cp: number): boolean {
  return cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/**
 * Text as the font can draw it: every character without a glyph becomes one visible replacement
 * mark (an emoji with its joiners and selectors becomes one mark, not several).
 */
export function drawable(text: string, style: FontStyle = 'regular'): string {
  if (/^[\u0000-\u024f]*$/.test(text)) return text;
  let out = '';
  let lastReplaced = false;
  let afterJoiner = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isModifier(cp)) {
      // Invisible shapers: kept where the font has them and the character before was drawn.
      if (!lastReplaced && covers(style, cp)) out += ch;
      afterJoiner = cp === 0x200d;
      continue;
    }
    if (cp < 0x250 || covers(style, cp)) {
      out += ch;
      lastReplaced = false;
    } else {
      // One mark per character; characters joined into one emoji (ZWJ) make one mark.
      if (!(lastReplaced && afterJoiner)) out += REPLACEMENT;
      lastReplaced = true;
    }
    afterJoiner = false;
  }
  return out;
}

/** A piece of a laid-out line in one style and colour, at `x` from the line's start. */
export interface Seg {
  text: string;
  style: FontStyle;
  color: string | undefined;
  x: number;
  /** Width in pt, known from the layout (saves measuring again when drawing). */
  w: number;
  /** A web address this piece links to. */
  link?: string;
}

/** A laid-out line of text. */
export interface Line {
  segs: Seg[];
  width: number;
  /** Offset of the line's top from the top of its block. */
  top: number;
}

interface Block {
  lines: Line[];
  height: number;
  size: number;
}

const BODY = 9;
/** Tables up to this height (pt, about a third of a page) are never split across pages. */
const KEEP_TABLE_WHOLE = 250;
/** Rows up to this height (pt) move to the next page whole; taller rows are split between lines. */
const KEEP_ROW_WHOLE = 220;
const LINE = 1.28;
/** Space between the top of a line box and where pdfkit puts the text, to centre glyphs in the box. */
const ASCENT_PAD = 0.06;

/** Create a deterministic A4 document with the embedded fonts. */
export function createPdf(options: PdfOptions): PdfWriter {
  return new PdfWriter(options);
}

/** A document plus a flowing cursor: every drawing call keeps to the margins and breaks pages itself. */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  readonly theme: Theme;
  readonly left = 56;
  readonly top = 64;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  y: number;
  /** The text fill colour last set on the current page (a new page starts black). */
  private fillColor: string | undefined;
  /** The names the styles are registered under in this document. */
  private readonly fontName: Record<FontStyle, string>;
  private monoReady = false;
  /** Tagged PDF: the document's structure element and the chapter (Sect) content goes into. */
  private readonly tagged: boolean;
  private readonly structRoot?: PDFKit.PDFStructureElement;
  private chapter?: PDFKit.PDFStructureElement;
  /** The current level-1 bookmark, under which level-2 headings go. */
  private outlineParent?: PDFKit.PDFOutline;

  constructor(options: PdfOptions) {
    this.theme = { ...DEFAULT_THEME, ...options.theme };
    this.tagged = options.tagged ?? true;
    const { info } = options;
    this.doc = new PDFDocument({
      size: 'A4',
      ...(this.tagged ? { tagged: true, pdfVersion: '1.7' as const } : {}),
      layout: options.layout ?? 'portrait',
      margins: { top: this.top, bottom: 60, left: 56, right: 56 },
      bufferPages: true,
      autoFirstPage: true,
      // The default font is opened for every document: give it ours, not Helvetica (an AFM parse).
      font: (parsedFonts.get('regular') ?? FONTS.regular) as string,
      lang: LOCALE_WORDS.pdfLocale[options.lang],
      displayTitle: true,
      info: {
        Title: info.title,
        ...(info.subject ? { Subject: info.subject } : {}),
        ...(info.author ? { Author: info.author } : {}),
        ...(info.keywords ? { Keywords: info.keywords } : {}),
        Creator: info.creator ?? 'siap',
        Producer: 'siap (PDFKit)',
        CreationDate: info.creationDate,
        ModDate: info.creationDate,
      },
    });
    this.right = this.doc.page.width - 56;
    this.bottom = this.doc.page.height - 60;
    this.width = this.right - this.left;
    this.y = this.top;
    this.fontName = registerFonts(this.doc);
    this.doc.font(this.fontName.regular).fontSize(BODY);
    if (this.tagged) {
      this.structRoot = this.doc.struct('Document');
      this.doc.addStructure(this.structRoot);
    }
  }

  // ---------------------------------------------------------------- structure (tagged PDF)

  /** Start a chapter: what follows goes into its own section of the structure tree. */
  section(): void {
    if (!this.structRoot) return;
    this.chapter?.end();
    this.chapter = this.doc.struct('Sect');
    this.structRoot.add(this.chapter);
  }

  /** The container new structure elements go into. */
  private get container(): PDFKit.PDFStructureElement | undefined {
    return this.chapter ?? this.structRoot;
  }

  /**
   * Draw content as one structure element (`P`, `H1`, `Figure` …) of the current chapter, or of
   * `parent`. Elements never nest their content: a container (a list, a table) holds elements.
   */
  tag(type: string, draw: () => void, options: { alt?: string; parent?: PDFKit.PDFStructureElement } = {}): void {
    const parent = options.parent ?? this.container;
    if (!parent) {
      draw();
      return;
    }
    parent.add(this.doc.struct(type, options.alt ? { alt: options.alt } : {}, [draw]));
  }

  /** A structure element that holds others (`L`, `LI`, `Table`, `TR`, `TD` …). */
  private group(type: string, parent?: PDFKit.PDFStructureElement, options: { scope?: 'Row' | 'Column' } = {}): PDFKit.PDFStructureElement | undefined {
    const into = parent ?? this.container;
    if (!into) return undefined;
    const element = this.doc.struct(type, options.scope ? ({ scope: options.scope } as object) : {});
    into.add(element);
    return element;
  }

  /** Add content to an element that is already in the tree (a table cell drawn in slices). */
  private addTo(element: PDFKit.PDFStructureElement | undefined, draw: () => void): void {
    if (element) element.add(draw);
    else draw();
  }

  /** Decoration that is not content (rules, fills, running headers): marked as an artifact. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    if (!this.tagged) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', { type } as PDFKit.Mixins.MarkingOptions);
    draw();
    this.doc.endMarkedContent();
  }

  /** A bookmark to the current page at `y` (level 1: a chapter; level 2: under the last chapter). */
  bookmark(title: string, level: 1 | 2, y = this.y): void {
    const options = { top: Math.max(0, y - 12), left: this.pageWidth, zoom: 0, fit: false, expanded: false } as unknown as Parameters<PDFKit.PDFOutline['addItem']>[1];
    if (level === 1) this.outlineParent = this.doc.outline.addItem(title, options);
    else (this.outlineParent ?? this.doc.outline).addItem(title, options);
  }

  /**
   * A QR code of `size` pt at (x, y), drawn as vector squares from its module matrix (crisp at
   * any print size), with the quiet zone the standard asks for left blank around it.
   */
  qr(matrix: { size: number; dark: (row: number, col: number) => boolean }, x: number, y: number, size: number, alt: string): void {
    const unit = size / (matrix.size + 8);
    this.tag('Figure', () => {
      const doc = this.doc.save();
      for (let r = 0; r < matrix.size; r++) {
        for (let c = 0; c < matrix.size; c++) if (matrix.dark(r, c)) doc.rect(x + (c + 4) * unit, y + (r + 4) * unit, unit + 0.01, unit + 0.01);
      }
      doc.fill('#000000').restore();
    }, { alt });
  }

  // ---------------------------------------------------------------- page flow

  newPage(): void {
    this.doc.addPage();
    this.fillColor = undefined;
    this.y = this.top;
  }

  /** Start a new page unless `height` still fits; returns whether a page was added. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom || this.y === this.top) return false;
    this.newPage();
    return true;
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.bottom);
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Width of the page in pt (A4, portrait or landscape). */
  get pageWidth(): number {
    return this.doc.page.width;
  }

  /** Height of the page in pt. */
  get pageHeight(): number {
    return this.doc.page.height;
  }

  // ---------------------------------------------------------------- text layout

  /** Width of `text` at size 1 in a style (cached: the same words recur across a report). */
  private unitWidth(text: string, style: FontStyle): number {
    const widths = unitWidths[style];
    let width = widths.get(text);
    if (width === undefined) {
      width = this.doc.font(this.font(style)).fontSize(1).widthOfString(text);
      if (widths.size > 100_000) widths.clear();
      widths.set(text, width);
    }
    return width;
  }

  /** The name a style is registered under in this document (the monospace style is opened on first use). */
  private font(style: FontStyle): string {
    if (style === 'mono' && !this.monoReady) {
      const current = (this.doc as unknown as { _font?: unknown })._font;
      registerFonts(this.doc, ['mono'], this.fontName);
      (this.doc as unknown as { _font?: unknown })._font = current;
      this.monoReady = true;
    }
    return this.fontName[style];
  }

  textWidth(text: string, style: FontStyle, size: number): number {
    return this.unitWidth(text, style) * size;
  }

  lineHeight(size: number): number {
    return size * LINE;
  }

  /** Break a paragraph into lines no wider than `width`; long words are split between characters. */
  layout(paragraph: Paragraph, width: number, size: number, style: FontStyle = 'regular', color?: string): Line[] {
    if (!isInline(paragraph)) {
      const bullet = `${paragraph.bullet}\u00a0`;
      const hang = this.textWidth(bullet, style, size) + size * 0.3;
      const lines = this.layout(paragraph.text, width - hang, size, style, color);
      return lines.map((line, i) => ({
        ...line,
        width: line.width + hang,
        segs: [...(i === 0 ? [{ text: paragraph.bullet, style, color: undefined, x: 0, w: hang }] : []), ...line.segs.map((seg) => ({ ...seg, x: seg.x + hang }))],
      }));
    }
    const runs: Run[] = typeof paragraph === 'string' ? [{ text: paragraph }] : paragraph;
    type Piece = { text: string; style: FontStyle; color: string | undefined; width: number; link?: string };
    const lines: Line[] = [];
    let segs: Seg[] = [];
    let x = 0;
    let pendingSpace: Piece | undefined;
    const lh = this.lineHeight(size);
    const pushLine = (): void => {
      lines.push({ segs, width: x, top: lines.length * lh });
      segs = [];
      x = 0;
      pendingSpace = undefined;
    };
    const place = (piece: Piece): void => {
      const last = segs.at(-1);
      if (last && last.style === piece.style && last.color === piece.color && last.link === piece.link) {
        last.text += piece.text;
        last.w += piece.width;
      } else segs.push({ text: piece.text, style: piece.style, color: piece.color, x, w: piece.width, ...(piece.link ? { link: piece.link } : {}) });
      x += piece.width;
    };
    let word: Piece[] = [];
    const flushWord = (): void => {
      if (word.length === 0) return;
      const wordWidth = word.reduce((sum, p) => sum + p.width, 0);
      const spaceWidth = pendingSpace && segs.length > 0 ? pendingSpace.width : 0;
      // A word longer than a whole line is broken where it stands (if a fair part of the line is left).
      const tooLong = wordWidth > width && width - x - spaceWidth > width * 0.3;
      if (segs.length > 0 && x + spaceWidth + wordWidth > width && !tooLong) pushLine();
      if (pendingSpace && segs.length > 0) place(pendingSpace);
      pendingSpace = undefined;
      for (const piece of word) {
        if (x + piece.width <= width || piece.width <= 0) {
          place(piece);
          continue;
        }
        // Too long for the rest of the line: break it between characters.
        let rest = piece.text;
        while (rest.length > 0) {
          const room = width - x;
          let n = 0;
          let used = 0;
          for (const ch of rest) {
            const cw = this.textWidth(ch, piece.style, size);
            if (used + cw > room && (n > 0 || segs.length > 0)) break;
            used += cw;
            n += ch.length;
          }
          if (n === 0) {
            pushLine();
            continue;
          }
          place({ ...piece, text: rest.slice(0, n), width: this.textWidth(rest.slice(0, n), piece.style, size) });
          rest = rest.slice(n);
          if (rest.length > 0) pushLine();
        }
      }
      word = [];
    };
    for (const run of runs) {
      const runStyle = run.style ?? style;
      const runColor = run.color ?? (run.link ? this.theme.accent : color);
      // A no-break space (U+00A0) joins words: "9 April 2026" in a signing line never breaks.
      // A zero-width space (U+200B) is a place a long word may break without a space (file names).
      for (const raw of run.text.split(/(\n|[ \t]+|\u200b)/)) {
        if (raw === '') continue;
        const token = raw === '\u200b' || raw === '\n' || /^[ \t]+$/.test(raw) ? raw : drawable(raw, runStyle);
        if (token === '\u200b') {
          flushWord();
          pendingSpace = { text: '', style: runStyle, color: runColor, width: 0 };
        } else if (token === '\n') {
          flushWord();
          pushLine();
        } else if (/^[ \t]+$/.test(token)) {
          flushWord();
          const text = token.replace(/\t/g, ' ');
          pendingSpace = { text, style: runStyle, color: runColor, width: this.textWidth(text, runStyle, size) };
        } else {
          word.push({ text: token, style: runStyle, color: runColor, width: this.textWidth(token, runStyle, size), ...(run.link ? { link: run.link } : {}) });
        }
      }
    }
    flushWord();
    if (segs.length > 0 || lines.length === 0) pushLine();
    return lines;
  }

  /** Several paragraphs stacked, with a small gap between them. */
  block(paragraphs: Paragraph[], width: number, size: number, style: FontStyle = 'regular', color?: string, gap = 2): Block {
    const lines: Line[] = [];
    let top = 0;
    paragraphs.forEach((p, i) => {
      if (i > 0) top += gap;
      for (const line of this.layout(p, width, size, style, color)) {
        lines.push({ ...line, top: top + line.top });
      }
      top = lines.length > 0 ? lines.at(-1)!.top + this.lineHeight(size) : top;
    });
    return { lines, height: top, size };
  }

  private drawLine(line: Line, x: number, y: number, size: number, defaultColor: string): void {
    for (const seg of line.segs) {
      this.drawText(seg.text, x + seg.x, y, seg.style, size, seg.color ?? defaultColor, seg.w);
      if (seg.link) this.doc.link(x + seg.x, y, seg.w, this.lineHeight(size), seg.link);
    }
  }

  /**
   * Draw one piece of text whose width is known. Goes straight to pdfkit's fragment writer when it
   * has one (pinned pdfkit 0.20.2): `doc.text` would re-read its options and measure the text twice
   * more, which was a third of the drawing time. The fill colour is set only when it changes.
   */
  private drawText(text: string, x: number, y: number, style: FontStyle, size: number, color: string, width: number): void {
    const doc = this.doc;
    doc.font(this.font(style)).fontSize(size);
    if (color !== this.fillColor) {
      doc.fillColor(color);
      this.fillColor = color;
    }
    const fragment = (doc as unknown as { _fragment?: (t: string, x: number, y: number, o: object) => void })._fragment;
    if (typeof fragment === 'function' && !text.includes('\n')) fragment.call(doc, text, x, y + size * ASCENT_PAD, { textWidth: width, wordCount: 1 });
    else doc.text(text, x, y + size * ASCENT_PAD, { lineBreak: false });
  }

  /** Draw lines of a block at (x, y); `align` shifts each line inside `width`. */
  private drawLines(lines: Line[], x: number, y: number, size: number, color: string, width: number, align: 'left' | 'right' | 'center' = 'left', offset = 0): void {
    for (const line of lines) {
      const dx = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
      this.drawLine(line, x + Math.max(0, dx), y + line.top - offset, size, color);
    }
  }

  /** Text that fits on one line, cut with an ellipsis when it is too wide. */
  fit(text: string, width: number, size: number, style: FontStyle = 'regular'): string {
    if (this.textWidth(text, style, size) <= width) return text;
    let cut = text;
    while (cut.length > 0 && this.textWidth(`${cut}…`, style, size) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /** Draw one line of text at an absolute position (no wrapping, no page break). */
  textAt(text: string, x: number, y: number, options: { size?: number; style?: FontStyle; color?: string; width?: number; align?: 'left' | 'right' | 'center' } = {}): void {
    const size = options.size ?? BODY;
    const style = options.style ?? 'regular';
    const clean = drawable(text, style);
    const shown = options.width !== undefined ? this.fit(clean, options.width, size, style) : clean;
    const w = this.textWidth(shown, style, size);
    const dx = options.width === undefined ? 0 : options.align === 'right' ? options.width - w : options.align === 'center' ? (options.width - w) / 2 : 0;
    this.drawText(shown, x + dx, y, style, size, options.color ?? this.theme.text, w);
  }

  // ---------------------------------------------------------------- flowing content

  /** A paragraph flowing over pages line by line. */
  paragraph(p: Paragraph, options: { size?: number; style?: FontStyle; color?: string; indent?: number; align?: 'left' | 'right' | 'center'; after?: number; tag?: string } = {}): void {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    const lines = this.layout(p, this.width - indent, size, options.style ?? 'regular', options.color);
    const lh = this.lineHeight(size);
    // Keep at least two lines together at a page end (no widows of one line).
    this.ensure(Math.min(lines.length, 2) * lh);
    this.tag(options.tag ?? 'P', () => {
      for (const line of lines) {
        if (this.y + lh > this.bottom) this.newPage();
        this.drawLines([{ ...line, top: 0 }], this.left + indent, this.y, size, options.color ?? this.theme.text, this.width - indent, options.align);
        this.y += lh;
      }
    });
    this.y += options.after ?? 4;
  }

  /** A bulleted list; each item keeps its first two lines together. */
  bullets(items: Paragraph[], options: { size?: number; bullet?: string; color?: string; indent?: number; numbered?: boolean } = {}): void {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    const hang = options.numbered ? this.textWidth(`${items.length}.`, 'bold', size) + 6 : 11;
    const lh = this.lineHeight(size);
    const list = this.group('L');
    items.forEach((item, k) => {
      const lines = this.layout(item, this.width - indent - hang, size, 'regular');
      this.ensure(Math.min(lines.length, 2) * lh);
      const li = this.group('LI', list);
      const mark = options.numbered ? `${k + 1}.` : (options.bullet ?? '•');
      this.tag('Lbl', () => this.textAt(mark, this.left + indent + (options.numbered ? 0 : 1), this.y, { size, color: options.color ?? this.theme.accent, style: 'bold' }), li ? { parent: li } : {});
      this.tag('LBody', () => {
        for (const line of lines) {
          if (this.y + lh > this.bottom) this.newPage();
          this.drawLines([{ ...line, top: 0 }], this.left + indent + hang, this.y, size, this.theme.text, this.width - indent - hang);
          this.y += lh;
        }
      }, li ? { parent: li } : {});
      li?.end();
      this.y += 2.5;
    });
    list?.end();
  }

  /** Height a heading takes (with the space before and after it). */
  headingHeight(text: string, level: 1 | 2 | 3): number {
    const { size, before, after } = HEADING[level];
    return before + this.layout(text, this.width, size, 'bold').length * this.lineHeight(size) + after;
  }

  /** A heading, moved to the next page with what follows when `keepWith` pt would not fit under it. */
  heading(text: string, level: 1 | 2 | 3, keepWith = 40, spaceBefore = true, bookmark = level <= 2): void {
    const { size, after } = HEADING[level];
    const before = spaceBefore ? HEADING[level].before : 0;
    const lines = this.layout(text, this.width, size, 'bold');
    const height = lines.length * this.lineHeight(size);
    const atTop = this.y === this.top;
    this.ensure((atTop ? 0 : before) + height + after + keepWith);
    if (this.y !== this.top) this.y += before;
    const color = level === 2 ? this.theme.text : this.theme.accent;
    if (bookmark) this.bookmark(text, level === 1 ? 1 : 2);
    this.tag(`H${level}`, () => this.drawLines(lines, this.left, this.y, size, color, this.width));
    this.y += height;
    if (level === 1) {
      this.artifact(() => this.doc.save().moveTo(this.left, this.y + 2).lineTo(this.right, this.y + 2).lineWidth(1.2).strokeColor(this.theme.accent).stroke().restore());
    }
    this.y += after;
  }

  // ---------------------------------------------------------------- tables

  /**
   * A table across the content width. Cells wrap; a row taller than what is left of the page is
   * split between lines; the header row is repeated on every page the table continues on; the
   * title (if any) stays with the header and the first row.
   */
  table(
    spec: TableSpec,
    options: {
      title?: string;
      titleLevel?: 2 | 3;
      /** A small line above the title (e.g. the pillar a group belongs to). */
      kicker?: string;
      /** A line under the title (e.g. a formula), kept with it. */
      note?: string;
      width?: number;
      x?: number;
      /** Printed above the repeated header on the pages the table continues on. */
      continued?: string;
    } = {},
  ): void {
    const size = spec.size ?? 8.5;
    const padX = 4;
    const padY = 3;
    const width = options.width ?? this.width;
    const x0 = options.x ?? this.left;
    const showHeader = spec.header !== false;
    const colW = this.columnWidths(spec, width, size, padX, showHeader);
    const colX = colW.map((_, i) => x0 + colW.slice(0, i).reduce((a, b) => a + b, 0));
    const lh = this.lineHeight(size);

    const header = showHeader ? spec.columns.map((c, i) => this.block([c.header], colW[i]! - 2 * padX, size, 'bold')) : [];
    const headerH = showHeader ? Math.max(...header.map((b) => b.height)) + 2 * padY : 0;
    const table = this.group('Table');
    const drawHeader = (continuation = false): void => {
      if (continuation && options.continued) {
        this.artifact(() => this.textAt(options.continued!, x0, this.y, { size: 7.5, style: 'italic', color: this.theme.muted, width }), 'Pagination');
        this.y += this.lineHeight(7.5) + 2;
      }
      if (!showHeader) return;
      const top = this.y;
      // The fill and the rule under it in one artifact (each artifact is a marked-content pair).
      this.artifact(() => {
        this.doc.save().rect(x0, top, width, headerH).fill(this.theme.tableHeader).restore();
        this.doc.save().moveTo(x0, top + headerH).lineTo(x0 + width, top + headerH).lineWidth(0.9).strokeColor(this.theme.accent).stroke().restore();
      });
      const cells = (): void => header.forEach((b, i) => this.drawLines(b.lines, colX[i]! + padX, top + padY, size, this.theme.text, colW[i]! - 2 * padX, spec.columns[i]!.align));
      if (continuation || !table) this.artifact(cells, 'Pagination');
      else {
        // The header row once in the structure; its repetitions on later pages are page furniture.
        const tr = this.group('TR', table);
        header.forEach((b, i) => {
          this.tag('TH', () => this.drawLines(b.lines, colX[i]! + padX, top + padY, size, this.theme.text, colW[i]! - 2 * padX, spec.columns[i]!.align), tr ? { parent: tr } : {});
        });
        tr?.end();
      }
      this.y += headerH;
    };

    type Laid = { block: Block; cell: Exclude<Cell, string> | undefined; x: number; w: number; align: 'left' | 'right' | 'center'; color: string };
    const layRow = (cells: Cell[], emphasis: boolean): Laid[] =>
      spec.columns.map((col, i) => {
        const cell = cells[i] ?? '';
        const obj = typeof cell === 'string' ? undefined : cell;
        const indent = (obj?.indent ?? 0) * 9;
        const swatch = obj?.swatch ? 9 : 0;
        const cellSize = obj?.size ?? size;
        const style: FontStyle = obj?.style ?? (emphasis ? 'bold' : 'regular');
        const paragraphs: Paragraph[] = typeof cell === 'string' ? [cell] : isParagraphList(cell.text) ? cell.text : [cell.text];
        const w = colW[i]! - 2 * padX - indent - swatch;
        const block = this.block(paragraphs, Math.max(w, 8), cellSize, style, obj?.color);
        return { block, cell: obj, x: colX[i]! + padX + indent + swatch, w, align: obj?.align ?? col.align ?? 'left', color: obj?.color ?? this.theme.text };
      });

    const pageRoom = (): number => this.bottom - this.top - headerH - 2 * padY - (options.continued ? this.lineHeight(7.5) + 2 : 0);
    const laidRows = spec.rows.map((row) => layRow(row.cells, Boolean(row.emphasis)));
    const heights = laidRows.map((laid) => Math.max(...laid.map((l) => l.block.height)) + 2 * padY);
    // A small table moves to the next page whole; a long one keeps its header with the first row.
    const whole = headerH + heights.reduce((a, b) => a + b, 0);
    // (A row up to KEEP_ROW_WHOLE is moved rather than split, so the whole first row must fit.)
    const first = heights[0] ?? 0;
    const keep = whole <= KEEP_TABLE_WHOLE ? whole : headerH + (first - 2 * padY <= KEEP_ROW_WHOLE ? first : 3 * lh + 2 * padY);
    const noteLines = options.note ? this.layout(options.note, width, 8.5, 'italic') : [];
    const noteH = noteLines.length > 0 ? noteLines.length * this.lineHeight(8.5) + 3 : 0;
    const level = options.titleLevel ?? 2;
    if (options.kicker) {
      // The kicker, title and note stay together with the start of the table.
      const kickerH = this.lineHeight(7.5) + 1;
      this.ensure(6 + kickerH + (options.title ? this.headingHeight(options.title, level) - HEADING[level].before : 0) + noteH + keep);
      if (this.y !== this.top) this.y += 6;
      this.tag('P', () => this.textAt(options.kicker!, x0, this.y, { size: 7.5, color: this.theme.muted, width }));
      this.y += kickerH;
    }
    if (options.title) this.heading(options.title, level, noteH + keep, !options.kicker);
    else this.ensure(noteH + keep);
    if (noteLines.length > 0) {
      const y = this.y;
      this.tag('Caption', () => this.drawLines(noteLines, x0, y, 8.5, this.theme.text, width), table ? { parent: table } : {});
      this.y += noteH;
    }
    drawHeader();

    spec.rows.forEach((row, r) => {
      const laid = laidRows[r]!;
      let offset = 0; // how much of the row (in pt) is already drawn
      const rowH = Math.max(...laid.map((l) => l.block.height));
      const fill = row.fill ?? (row.emphasis ? this.theme.accentLight : spec.zebra && r % 2 === 1 ? this.theme.zebra : undefined);
      const tr = this.group('TR', table);
      const cells = laid.map(() => this.group('TD', tr));
      while (offset < rowH - 0.01) {
        const left = rowH - offset;
        let room = this.bottom - this.y - 2 * padY;
        if (left > room) {
          // Move a row that fits on a fresh page; split one that is taller than a page.
          const fits = left <= pageRoom();
          if (fits && left <= KEEP_ROW_WHOLE) {
            this.newPage();
            drawHeader(true);
            continue;
          }
          if (room < 3 * lh) {
            this.newPage();
            drawHeader(true);
            room = this.bottom - this.y - 2 * padY;
            if (left <= room) room = left;
          }
        } else room = left;
        // Cut at the last line boundary that fits in every cell.
        let cut = offset + room;
        for (let changed = true; changed; ) {
          changed = false;
          for (const l of laid) {
            for (const line of l.block.lines) {
              const end = line.top + this.lineHeight(l.block.size);
              if (line.top >= offset && line.top < cut && end > cut + 0.01) {
                cut = line.top;
                changed = true;
              }
            }
          }
        }
        if (cut <= offset) cut = offset + room;
        const sliceH = Math.min(cut, rowH) - offset;
        const top = this.y;
        const sliceOffset = offset;
        const bottomY = top + sliceH + 2 * padY;
        const last = cut >= rowH - 0.01 && r === spec.rows.length - 1;
        // Fill, swatches and the rule under the slice: one artifact, drawn before the text.
        this.artifact(() => {
          // (the fill starts just under the rule above it, which is already drawn)
          if (fill) this.doc.save().rect(x0, top + 0.25, width, sliceH + 2 * padY - 0.25).fill(fill).restore();
          this.doc.save().moveTo(x0, bottomY).lineTo(x0 + width, bottomY).lineWidth(last ? 0.9 : 0.4).strokeColor(last ? this.theme.accent : this.theme.rule).stroke().restore();
          laid.forEach((l, i) => {
            if (l.cell?.fill) this.doc.save().rect(colX[i]!, top, colW[i]!, sliceH + 2 * padY).fill(l.cell.fill).restore();
            if (l.cell?.swatch && sliceOffset === 0 && l.block.lines.length > 0) {
              const s = Math.min(7, l.block.size * 0.8);
              this.doc.save().rect(l.x - 9, top + padY + (this.lineHeight(l.block.size) - s) / 2, s, s).fill(l.cell.swatch).restore();
            }
          });
        });
        laid.forEach((l, i) => {
          const lines = l.block.lines.filter((line) => line.top >= sliceOffset - 0.01 && line.top < cut - 0.01);
          if (lines.length > 0) this.addTo(cells[i], () => this.drawLines(lines, l.x, top + padY, l.block.size, l.color, l.w, l.align, sliceOffset));
        });
        this.y = bottomY;
        offset = cut;
        if (offset < rowH - 0.01) {
          this.newPage();
          drawHeader(true);
        }
      }
      for (const cell of cells) cell?.end();
      tr?.end();
    });
    table?.end();
    this.y += 8;
  }

  /**
   * Column widths in pt: in proportion to the spec, but never narrower than the longest word of
   * the column's header, so a header never breaks inside a word ("Infrastruktur", not
   * "Infrastrukt/ur"); the width a column needs is taken from the others in proportion.
   */
  private columnWidths(spec: TableSpec, width: number, size: number, padX: number, showHeader: boolean): number[] {
    const total = spec.columns.reduce((sum, c) => sum + c.width, 0);
    const widths = spec.columns.map((c) => (c.width / total) * width);
    if (!showHeader) return widths;
    const need = spec.columns.map((c) => Math.max(0, ...c.header.split(/\s+/).map((word) => this.textWidth(word, 'bold', size))) + 2 * padX + 0.5);
    for (let round = 0; round < 3; round++) {
      const short = widths.map((w, i) => Math.max(0, need[i]! - w));
      const missing = short.reduce((a, b) => a + b, 0);
      if (missing <= 0.01) break;
      const spare = widths.map((w, i) => Math.max(0, w - need[i]!));
      const spareTotal = spare.reduce((a, b) => a + b, 0);
      if (spareTotal <= 0) break;
      const take = Math.min(1, missing / spareTotal);
      for (let i = 0; i < widths.length; i++) widths[i] = widths[i]! + short[i]! - spare[i]! * take;
    }
    return widths;
  }

  /** Label/value rows without a header (identity data). */
  facts(rows: [string, string][], options: { labelWidth?: number } = {}): void {
    const lw = options.labelWidth ?? 32;
    this.table({
      header: false,
      size: 8.8,
      columns: [{ header: '', width: lw }, { header: '', width: 100 - lw }],
      rows: rows.map(([k, v]) => ({ cells: [{ text: k, style: 'bold', color: this.theme.muted }, v] })),
    });
  }

  // ---------------------------------------------------------------- charts

  /** Height a chart needs at the full content width. */
  chartHeight(chart: Chart): number {
    if (chart.type === 'radar') return radarRadius(chart, this.width) * 2 + 86 + (chart.series.length > 1 ? 16 : 0);
    return 30 + chart.items.length * barRowHeight(chart) + (chart.series.length > 1 ? 16 : 0);
  }

  /** A chart with its title, kept together on one page; in the structure, a figure with the chart in words as its alt text. */
  chart(chart: Chart): void {
    const height = this.chartHeight(chart);
    this.heading(chart.title, 2, height);
    this.tag('Figure', () => (chart.type === 'radar' ? this.radar(chart) : this.bars(chart)), { alt: chart.alt });
  }

  /** The series' colours as drawn: translucent like a radar's area, or solid like a bar. */
  private legend(series: { name: string; color: string }[], y: number, solid: boolean): void {
    let x = this.left;
    for (const s of series) {
      if (solid) this.doc.save().rect(x, y + 2, 9, 9).fill(s.color).restore();
      else this.doc.save().rect(x, y + 2, 9, 9).fillOpacity(0.22).fillAndStroke(s.color, s.color).restore();
      this.textAt(s.name, x + 13, y, { size: 8.5, color: this.theme.text });
      x += 13 + this.textWidth(s.name, 'regular', 8.5) + 18;
    }
  }

  /** A small label on a white ground, so it stays readable over a chart's lines and areas. */
  private chartLabel(text: string, x: number, y: number, size: number, color: string): void {
    const w = this.textWidth(text, 'regular', size);
    this.doc.save().rect(x - 1.2, y - 0.2, w + 2.4, this.lineHeight(size) - 0.6).fillOpacity(0.85).fill('#ffffff').restore();
    this.textAt(text, x, y, { size, color });
  }

  private radar(chart: RadarChart): void {
    const doc = this.doc;
    const r = radarRadius(chart, this.width);
    const cx = this.left + this.width / 2;
    const cy = this.y + 38 + r;
    const n = chart.axes.length;
    const span = chart.max - chart.min || 1;
    const pt = (i: number, f: number): [number, number] => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return [cx + r * f * Math.cos(a), cy + r * f * Math.sin(a)];
    };
    const frac = (v: number | null): number => (v === null ? 0 : Math.max(0, Math.min(1, (v - chart.min) / span)));
    doc.save().lineWidth(0.5).strokeColor(this.theme.rule);
    for (const ring of chart.rings) {
      const f = frac(ring.value);
      doc.moveTo(...pt(0, f));
      for (let i = 1; i < n; i++) doc.lineTo(...pt(i, f));
      doc.closePath().stroke();
    }
    for (let i = 0; i < n; i++) doc.moveTo(cx, cy).lineTo(...pt(i, 1)).stroke();
    doc.restore();
    chart.series.forEach((s, k) => {
      doc.save().moveTo(...pt(0, frac(chart.axes[0]!.values[k] ?? null)));
      for (let i = 1; i < n; i++) doc.lineTo(...pt(i, frac(chart.axes[i]!.values[k] ?? null)));
      doc.closePath().fillOpacity(0.22).lineWidth(1.6).fillAndStroke(s.color, s.color).restore();
      for (let i = 0; i < n; i++) {
        const [x, y] = pt(i, frac(chart.axes[i]!.values[k] ?? null));
        doc.save().circle(x, y, 2.2).fill(s.color).restore();
      }
    });
    // The rubric's gates as dashed rings (or, for one section, a dashed mark across its axis).
    for (const mark of chart.marks ?? []) {
      const f = frac(mark.value);
      doc.save().lineWidth(1).strokeColor(this.theme.fail).dash(3, { space: 2 });
      if (!mark.only) {
        doc.moveTo(...pt(0, f));
        for (let i = 1; i < n; i++) doc.lineTo(...pt(i, f));
        doc.closePath().stroke();
      } else {
        chart.axes.forEach((axis, i) => {
          if (!mark.only!.includes(axis.label)) return;
          const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
          const [x, y] = pt(i, f);
          const dx = Math.cos(a + Math.PI / 2) * 7;
          const dy = Math.sin(a + Math.PI / 2) * 7;
          doc.moveTo(x - dx, y - dy).lineTo(x + dx, y + dy).stroke();
        });
      }
      doc.undash().restore();
    }
    // Ring values between the first two axes, on a white ground: never hidden under the data line.
    const between = (i: number, f: number): [number, number] => {
      const a = -Math.PI / 2 + (2 * Math.PI * (i + 0.5)) / n;
      return [cx + r * f * Math.cos(a) * Math.cos(Math.PI / n), cy + r * f * Math.sin(a) * Math.cos(Math.PI / n)];
    };
    for (const ring of chart.rings) {
      const [x, y] = between(0, frac(ring.value));
      this.chartLabel(ring.label, x + 2, y - 3, 6.5, this.theme.muted);
    }
    // Each dashed ring says what it is, between the last axis and the first.
    for (const mark of chart.marks ?? []) {
      if (mark.only || !mark.short) continue;
      const [x, y] = between(n - 1, frac(mark.value));
      this.chartLabel(mark.short, x - this.textWidth(mark.short, 'regular', 6.5) - 2, y - 3, 6.5, this.theme.fail);
    }
    // Axis labels outside the rings, aligned away from the centre.
    const labelW = Math.min(118, this.width / 4.2);
    chart.axes.forEach((axis, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const [ax, ay] = [cx + (r + 8) * cos, cy + (r + 8) * sin];
      const size = n > 12 ? 7 : 8;
      const lines = this.layout(axis.label, labelW, size, 'regular').slice(0, 3);
      const valueLines = this.layout(axis.display, labelW, size, 'bold');
      const all = [...lines, ...valueLines].map((l, k) => ({ ...l, top: k * this.lineHeight(size) }));
      const h = all.length * this.lineHeight(size);
      const align: 'left' | 'right' | 'center' = Math.abs(cos) < 0.25 ? 'center' : cos > 0 ? 'left' : 'right';
      const x = align === 'center' ? ax - labelW / 2 : align === 'left' ? ax : ax - labelW;
      const y = sin < -0.25 ? ay - h : sin > 0.25 ? ay : ay - h / 2;
      this.drawLines(all, x, y, size, this.theme.text, labelW, align);
    });
    this.y = cy + r + 38;
    if (chart.series.length > 1) {
      this.legend(chart.series, this.y, false);
      this.y += 16;
    }
    this.y += 10;
  }

  private bars(chart: BarChart): void {
    const doc = this.doc;
    const labelW = this.width * 0.38;
    const valueW = 34;
    const x0 = this.left + labelW + 6;
    const plotW = this.width - labelW - 6 - valueW;
    const rowH = barRowHeight(chart);
    const span = chart.max - chart.min || 1;
    const xOf = (v: number): number => x0 + (Math.max(chart.min, Math.min(chart.max, v)) - chart.min) / span * plotW;
    const top = this.y + 4;
    const bottom = top + chart.items.length * rowH;
    doc.save().lineWidth(0.4).strokeColor(this.theme.rule);
    for (const tick of chart.ticks) doc.moveTo(xOf(tick.value), top).lineTo(xOf(tick.value), bottom).stroke();
    doc.restore();
    // The rubric's gates as dashed lines (across one bar when the gate is about one section).
    for (const mark of chart.marks ?? []) {
      doc.save().lineWidth(1).strokeColor(this.theme.fail).dash(3, { space: 2 });
      chart.items.forEach((item, i) => {
        if (mark.only && !mark.only.includes(item.label.trim())) return;
        const y = top + i * rowH;
        doc.moveTo(xOf(mark.value), y + 1).lineTo(xOf(mark.value), y + rowH - 1);
      });
      doc.stroke().undash().restore();
    }
    const barH = Math.min(10, (rowH - 6) / chart.series.length);
    chart.items.forEach((item, i) => {
      const y = top + i * rowH;
      const size = 8;
      const label = this.fit(item.label, labelW, size);
      this.textAt(label.trimStart(), this.left + (label.length - label.trimStart().length) * 3, y + (rowH - this.lineHeight(size)) / 2, { size });
      chart.series.forEach((s, k) => {
        const v = item.values[k] ?? null;
        const by = y + (rowH - barH * chart.series.length) / 2 + k * barH;
        if (v !== null) doc.save().rect(x0, by + 0.5, Math.max(0.5, xOf(v) - x0), barH - 1).fill(item.colors?.[k] ?? s.color).restore();
        this.textAt(item.display[k] ?? '', xOf(v ?? chart.min) + 3, by + (barH - this.lineHeight(7.5)) / 2, { size: 7.5, style: 'bold' });
      });
    });
    for (const tick of chart.ticks) {
      const w = this.textWidth(tick.label, 'regular', 6.5);
      this.textAt(tick.label, xOf(tick.value) - w / 2, bottom + 2, { size: 6.5, color: this.theme.muted });
    }
    this.y = bottom + 16;
    if (chart.series.length > 1) {
      this.legend(chart.series, this.y, true);
      this.y += 16;
    }
    this.y += 6;
  }

  // ---------------------------------------------------------------- shapes

  /** A filled rectangle at a fixed place. */
  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.doc.save().rect(x, y, width, height).fill(color).restore();
  }

  /** A filled rectangle with rounded corners at a fixed place. */
  fillRoundedRect(x: number, y: number, width: number, height: number, radius: number, color: string): void {
    this.doc.save().roundedRect(x, y, width, height, radius).fill(color).restore();
  }

  /** The outline of a rectangle with rounded corners at a fixed place. */
  strokeRoundedRect(x: number, y: number, width: number, height: number, radius: number, stroke: { width: number; color: string }): void {
    this.doc.save().roundedRect(x, y, width, height, radius).lineWidth(stroke.width).strokeColor(stroke.color).stroke().restore();
  }

  /** A straight line at a fixed place; `dash` draws it dotted (a line to fill in by hand). */
  strokeLine(x1: number, y1: number, x2: number, y2: number, stroke: { width: number; color: string; dash?: { length: number; space: number } }): void {
    const doc = this.doc.save().moveTo(x1, y1).lineTo(x2, y2).lineWidth(stroke.width).strokeColor(stroke.color);
    if (stroke.dash) doc.dash(stroke.dash.length, { space: stroke.dash.space }).stroke().undash();
    else doc.stroke();
    doc.restore();
  }

  // ---------------------------------------------------------------- images, attachments, finishing

  image(bytes: Uint8Array, x: number, y: number, fit: [number, number]): void {
    this.doc.image(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), x, y, { fit, align: 'center', valign: 'center' });
  }

  /**
   * Embed a file in the PDF (shown in a viewer's attachments panel), as pdfkit's `doc.file` does,
   * but with the compressed stream and the checksum computed natively and the compressed bytes
   * kept for the next document: every report of a batch attaches the same rubric (150 KB), and
   * compressing it with pdfkit's JavaScript MD5 each time cost more than drawing a page.
   */
  attach(file: { name: string; bytes: Uint8Array; type: string; description: string; date: Date; relationship?: 'Source' | 'Data' | 'Supplement' }): void {
    const data = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const key = createHash('sha256').update(data).digest('hex');
    let packed = deflatedFiles.get(key);
    if (!packed) {
      packed = deflateSync(data);
      if (deflatedFiles.size > 64) deflatedFiles.clear();
      deflatedFiles.set(key, packed);
    }
    const doc = this.doc as unknown as {
      ref(data: object): { end(chunk?: Buffer): void };
      addNamedEmbeddedFile(name: string, ref: object): void;
      _root: { data: { AF?: object[] } };
    };
    const stream = doc.ref({
      Type: 'EmbeddedFile',
      Subtype: file.type.replace(/\//g, '#2F'),
      Params: { CreationDate: file.date, ModDate: file.date, CheckSum: new String(createHash('md5').update(data).digest('hex')), Size: data.byteLength },
      Filter: 'FlateDecode',
    });
    stream.end(packed);
    const spec = doc.ref({
      Type: 'Filespec',
      AFRelationship: file.relationship ?? 'Source',
      F: new String(file.name),
      EF: { F: stream },
      UF: new String(file.name),
      Desc: new String(file.description),
    });
    spec.end();
    doc.addNamedEmbeddedFile(file.name, spec);
    (doc._root.data.AF ??= []).push(spec);
  }

  /** Draw the header and footer on every page and return the PDF bytes. */
  async finish(decoration: PageDecoration): Promise<Buffer> {
    const doc = this.doc;
    this.chapter?.end();
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      if (i === start && decoration.skipFirst) continue;
      doc.switchToPage(i);
      this.fillColor = undefined; // appended content starts from the page's default state
      const margins = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // text below the bottom margin would add a page
      this.artifact(() => {
        const headerY = this.top - 30;
        const half = this.width / 2 - 6;
        this.textAt(decoration.header.left, this.left, headerY, { size: 7.5, color: this.theme.muted, width: half });
        this.textAt(decoration.header.right, this.left + half + 12, headerY, { size: 7.5, color: this.theme.muted, width: half, align: 'right' });
        doc.save().moveTo(this.left, headerY + 13).lineTo(this.right, headerY + 13).lineWidth(0.5).strokeColor(this.theme.rule).stroke().restore();
        const footerY = this.bottom + 22;
        doc.save().moveTo(this.left, footerY - 5).lineTo(this.right, footerY - 5).lineWidth(0.5).strokeColor(this.theme.rule).stroke().restore();
        const pageText = decoration.footer.pageLabel.replace('{page}', String(i - start + 1)).replace('{pages}', String(count));
        const pageW = this.textWidth(pageText, 'bold', 7.5) + 2;
        let x = this.left;
        if (decoration.footer.document) {
          // The document number comes first and is never cut: it is what a reader quotes.
          this.textAt(decoration.footer.document, x, footerY, { size: 7.5, style: 'bold', color: this.theme.text });
          x += this.textWidth(decoration.footer.document, 'bold', 7.5) + 8;
        }
        this.textAt(decoration.footer.left, x, footerY, { size: 7.5, color: this.theme.muted, width: this.right - pageW - 16 - x });
        this.textAt(pageText, this.right - pageW, footerY, { size: 7.5, style: 'bold', color: this.theme.text, width: pageW, align: 'right' });
      }, 'Pagination');
      doc.page.margins.bottom = margins;
    }
    doc.flushPages();
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      doc.on('data', (d: Buffer) => chunks.push(d));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.end();
    });
  }
}

const HEADING: Record<1 | 2 | 3, { size: number; before: number; after: number }> = {
  1: { size: 15, before: 10, after: 12 },
  2: { size: 11, before: 10, after: 6 },
  3: { size: 9.5, before: 7, after: 4 },
};

function isInline(p: Paragraph): p is Inline {
  return typeof p === 'string' || Array.isArray(p);
}

function isParagraphList(text: Paragraph | Paragraph[]): text is Paragraph[] {
  if (!Array.isArray(text) || text.length === 0) return false;
  const first = text[0]!;
  return typeof first === 'string' || Array.isArray(first) || 'bullet' in first;
}

function radarRadius(chart: RadarChart, width: number): number {
  // Two radars with their titles fit on one A4 page.
  return Math.min(chart.axes.length > 10 ? 112 : 104, width * 0.26);
}

function barRowHeight(chart: BarChart): number {
  return chart.series.length > 1 ? 22 : 17;
}
