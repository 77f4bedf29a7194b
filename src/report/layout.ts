/**
 * Plain-data building blocks shared by the report model (`model.ts`), the batch recap
 * (`batch/recap.ts`) and the PDF toolkit (`pdf-writer.ts`). No pdfkit here: these are the words
 * and numbers to lay out, nothing more.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'mono';

/**
 * A file name that may wrap after `-`, `_` and a `.` before the last (a zero-width space there):
 * never between two letters, and never before its extension (`asesor.` / `yaml`).
 */
export function breakableName(name: string): string {
  return name.replace(/([-_]|\.(?=.*\.))/g, '$1\u200b');
}

/** A piece of text in one style. */
export interface Run {
  text: string;
  style?: FontStyle;
  color?: string;
  /** A web address the text links to (clickable in a viewer). */
  link?: string;
}

/** Plain text, or runs of differently styled text that wrap together. */
export type Inline = string | Run[];

/** A paragraph: inline text, or a list item whose wrapped lines hang after its bullet. */
export type Paragraph = Inline | { bullet: string; text: Inline };

/** A table cell: text, or text with a style, colour, fill, a colour swatch or an indent. */
export type Cell =
  | string
  | {
      /** One paragraph, or several stacked inside the cell. */
      text: Paragraph | Paragraph[];
      style?: FontStyle;
      color?: string;
      /** Background of this cell. */
      fill?: string;
      /** A small square of this colour before the text (band colours). */
      swatch?: string;
      /** Indent in levels (about 8 pt each), for trees. */
      indent?: number;
      align?: 'left' | 'right' | 'center';
      /** Font size for this cell only. */
      size?: number;
    };

export interface Column {
  header: string;
  /** Relative width: columns share the table width in proportion to it. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: Cell[];
  /** Bold text and a light fill (totals, pillar rows). */
  emphasis?: boolean;
  fill?: string;
}

export interface TableSpec {
  columns: Column[];
  rows: TableRow[];
  /** Print the header row (repeated on every page the table continues on). Default true. */
  header?: boolean;
  /** Font size of the body (default 8.5). */
  size?: number;
  /** Alternate light fills on body rows. */
  zebra?: boolean;
}

export interface RadarAxis {
  label: string;
  /** Value per series, in the chart's units; null when there is no data (drawn at the centre). */
  values: (number | null)[];
  /** The value as printed beside the label. */
  display: string;
}

export interface Series {
  name: string;
  color: string;
}

export interface RadarChart {
  type: 'radar';
  title: string;
  axes: RadarAxis[];
  series: Series[];
  min: number;
  max: number;
  /** Values of the rings (e.g. 20, 40, …, 100), printed along the first axis. */
  rings: { value: number; label: string }[];
  /** Thresholds drawn as dashed rings (the rubric's gates), with their labels. */
  marks?: ChartMark[];
  /** The chart in words, for readers who cannot see it (tagged PDF alt text). */
  alt: string;
}

/** A threshold drawn on a chart as a dashed line. */
export interface ChartMark {
  value: number;
  label: string;
  /** A short form drawn beside the line ("≥ 70"). */
  short?: string;
  /** Only on these axes / bars (by label); every one when absent. */
  only?: string[];
}

export interface BarItem {
  label: string;
  values: (number | null)[];
  display: string[];
  /** Bar colour per value (band colours); falls back to the series colour. */
  colors?: (string | undefined)[];
}

export interface BarChart {
  type: 'bars';
  title: string;
  items: BarItem[];
  series: Series[];
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
  marks?: ChartMark[];
  alt: string;
}

export type Chart = RadarChart | BarChart;
