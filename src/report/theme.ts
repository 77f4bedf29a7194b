import type { TemplateColors } from './template.js';

/**
 * Every colour the report and the batch recap draw with, defined once: the template's colours
 * (a template may change each of them) and the status colours, which stay fixed so that green,
 * red and amber mean the same in every document.
 */
export interface Theme extends TemplateColors {
  /** Good news: a passed gate, "recommended", a selected regency; the top band without a rubric colour. */
  pass: string;
  /** Bad news: a failed gate, "not recommended", a required question counted as the lowest value. */
  fail: string;
  /** Caution: the edge of a provisional notice; the middle band without a rubric colour. */
  warn: string;
  /** Caution as text: darker than `warn`, so it stays readable on white and on `warnFill`. */
  warnText: string;
  /** Background of a provisional notice. */
  warnFill: string;
  /** Background of a selected regency's row in the recap. */
  passFill: string;
  /** Background of every other body row of a striped table. */
  zebra: string;
  /** Text on a filled colour chip (the band in the summary). */
  onFill: string;
}

/** The colours of the standard template; a template may change each of them. */
export const DEFAULT_COLORS: TemplateColors = {
  accent: '#1f4e79',
  accentLight: '#e8eef5',
  text: '#1a1a1a',
  muted: '#5f6368',
  rule: '#c8cdd3',
  tableHeader: '#dde6f0',
};

/** The colours of the standard template with the status colours. */
export const DEFAULT_THEME: Theme = {
  ...DEFAULT_COLORS,
  pass: '#1a7f37',
  fail: '#cf222e',
  warn: '#bf8700',
  warnText: '#8a5a00',
  warnFill: '#fff4e5',
  passFill: '#e6f4ea',
  zebra: '#f6f8fa',
  onFill: '#ffffff',
};

/** The theme of a template: its colours, with the fixed status colours. */
export function themeOf(colors: TemplateColors): Theme {
  return { ...DEFAULT_THEME, ...colors };
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Text colour for a label on a filled chip: white where it contrasts enough (4.5:1, which also
 * survives greyscale printing), else the dark text colour (amber, light green).
 */
export function textOn(fill: string, dark: string = DEFAULT_THEME.text): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(fill)) return DEFAULT_THEME.onFill;
  return contrast(fill, '#ffffff') >= 4.5 ? '#ffffff' : dark;
}
