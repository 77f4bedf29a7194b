/**
 * The assessment report on paper: draws a `ReportModel` (model.ts, where every word and number is
 * decided) page by page with the PDF toolkit (pdf-writer.ts).
 */
import type { FontStyle } from './layout.js';
import type { CoverSection, ReportModel, ReportSection, Signer } from './model.js';
import { createPdf, type PdfWriter } from './pdf-writer.js';
import { qrMatrix } from './qr.js';
import { textOn } from './theme.js';

/** Chapters that always open a page: the summary a reader turns to first, and the page that is signed. */
const OWN_PAGE = new Set<ReportSection['kind']>(['identity', 'summary', 'signoff']);
/** Another chapter follows on the same page when at least this share of the page is still free. */
const CONTINUE_WHEN_FREE = 0.5;

/** Render a report model to PDF bytes. */
export async function renderReportPdf(model: ReportModel, options: { tagged?: boolean } = {}): Promise<Buffer> {
  const pdf = createPdf({ info: model.info, lang: model.lang, theme: model.theme, ...(options.tagged === false ? { tagged: false } : {}) });
  if (model.cover) {
    pdf.section();
    drawCover(pdf, model.cover);
  }
  model.sections.forEach((section, i) => {
    if (i > 0 || model.cover) {
      const free = pdf.remaining / (pdf.bottom - pdf.top);
      if (OWN_PAGE.has(section.kind) || free < CONTINUE_WHEN_FREE) pdf.newPage();
      else pdf.space(14);
    }
    pdf.section();
    drawSection(pdf, section, model.continued);
  });
  for (const file of model.attachments) pdf.attach(file);
  return pdf.finish({ header: model.header, footer: model.footer, skipFirst: Boolean(model.cover) });
}

/** Lines of a paragraph as plain strings (for text drawn at fixed places). */
function lineTexts(pdf: PdfWriter, text: string, width: number, size: number, style: FontStyle = 'regular'): string[] {
  return pdf.layout(text, width, size, style).map((line) => line.segs.map((s) => s.text).join(''));
}

function drawCover(pdf: PdfWriter, cover: CoverSection): void {
  const { theme } = pdf;
  const pageW = pdf.pageWidth;
  const pageH = pdf.pageHeight;
  const center = (text: string, y: number, size: number, style: FontStyle = 'regular', color = theme.text, width = pdf.width - 40, tag = 'P'): number => {
    const lines = lineTexts(pdf, text, width, size, style);
    pdf.tag(tag, () => lines.forEach((line, i) => pdf.textAt(line, pdf.left, y + i * pdf.lineHeight(size), { size, style, color, width: pdf.width, align: 'center' })));
    return y + lines.length * pdf.lineHeight(size);
  };
  pdf.artifact(() => pdf.fillRect(0, 0, pageW, 14, theme.accent));
  let y = 110;
  if (cover.logo) {
    const logo = cover.logo;
    pdf.tag('Figure', () => pdf.image(logo.bytes, pageW / 2 - 45, y, [90, 90]), { alt: cover.authority ?? cover.title });
    y += 106;
  }
  if (cover.authority) y = center(cover.authority.toLocaleUpperCase('id'), y, 11, 'bold', theme.muted) + 24;
  else y += 30;
  pdf.bookmark(cover.title, 1, y);
  y = center(cover.title.toLocaleUpperCase('id'), y, 21, 'bold', theme.accent, pdf.width - 40, 'H1') + 8;
  y = center(cover.subtitle, y, 13.5, 'regular', theme.text) + 34;
  pdf.artifact(() => pdf.strokeLine(pageW / 2 - 60, y, pageW / 2 + 60, y, { width: 1.5, color: theme.accent }));
  y += 30;
  y = center(cover.regency.toLocaleUpperCase('id'), y, 20, 'bold', theme.text) + 4;
  if (cover.province) y = center(cover.province, y, 12.5, 'regular', theme.text) + 4;
  if (cover.year) y = center(cover.year, y, 12.5, 'regular', theme.text);
  if (cover.provisional) {
    y += 26;
    const text = cover.provisional;
    const w = pdf.textWidth(text, 'bold', 13) + 28;
    const top = y;
    pdf.artifact(() => pdf.strokeRoundedRect(pageW / 2 - w / 2, top, w, 26, 3, { width: 1.5, color: theme.fail }));
    pdf.tag('P', () => pdf.textAt(text, pageW / 2 - w / 2, top + 5.5, { size: 13, style: 'bold', color: theme.fail, width: w, align: 'center' }));
  }
  // The assessment box near the bottom of the page.
  const boxW = pdf.width - 80;
  const inner = boxW - 40;
  const boxH =
    28 +
    pdf.layout(cover.kind, inner, 11, 'bold').length * pdf.lineHeight(11) +
    pdf.layout(cover.byLine, inner, 10).length * pdf.lineHeight(10) +
    (cover.date ? 4 + pdf.lineHeight(10) : 0) +
    4;
  const boxY = pageH - 166 - boxH;
  pdf.artifact(() => {
    pdf.fillRect(pdf.left + 40, boxY, boxW, boxH, theme.accentLight);
    pdf.fillRect(pdf.left + 40, boxY, 3, boxH, theme.accent);
  });
  let by = boxY + 14;
  by = center(cover.kind, by, 11, 'bold', theme.accent, inner) + 4;
  by = center(cover.byLine, by, 10, 'regular', theme.text, inner) + 4;
  if (cover.date) center(cover.date, by, 10, 'regular', theme.text, inner);
  center(cover.documentLine, pageH - 132, 9.5, 'bold', theme.text);
  center(cover.rubricLine, pageH - 114, 7, 'regular', theme.muted, pdf.width);
  pdf.artifact(() => pdf.fillRect(0, pageH - 14, pageW, 14, theme.accent));
}

function drawSection(pdf: PdfWriter, section: ReportSection, continued: string): void {
  const more = (title: string): string => `${title} (${continued})`;
  pdf.heading(section.title, 1, 60);
  switch (section.kind) {
    case 'identity':
      pdf.heading(section.regency.heading, 2);
      pdf.facts(section.regency.facts);
      pdf.heading(section.assessment.heading, 2);
      pdf.facts(section.assessment.facts);
      pdf.table(section.people.table, { title: section.people.heading, continued: more(section.people.heading) });
      if (section.notes) {
        pdf.heading(section.notes.heading, 2);
        pdf.paragraph(section.notes.text);
      }
      return;
    case 'summary':
      drawSummary(pdf, section);
      return;
    case 'charts':
      for (const chart of section.charts) pdf.chart(chart);
      pdf.paragraph(section.note, { size: 7.5, color: pdf.theme.muted });
      return;
    case 'comparison':
      pdf.paragraph(section.lead);
      pdf.chart(section.chart);
      pdf.table(section.table, { continued: more(section.title) });
      return;
    case 'results':
      for (const t of section.tables) pdf.table(t.table, { title: t.heading, continued: more(t.heading) });
      return;
    case 'questions':
      for (const note of section.notes) pdf.paragraph(note, { size: 8, color: pdf.theme.muted });
      for (const group of section.groups) {
        pdf.table(group.table, { title: group.heading, ...(group.breadcrumb ? { kicker: group.breadcrumb } : {}), continued: more(group.heading) });
      }
      return;
    case 'findings':
      pdf.paragraph(section.note, { size: 8, color: pdf.theme.muted, after: 6 });
      if (section.gates) {
        pdf.heading(section.gates.heading, 2);
        pdf.bullets(section.gates.items, { bullet: '✗', color: pdf.theme.fail });
      }
      for (const pillar of section.pillars) {
        pdf.heading(pillar.heading, 2, 60);
        for (const block of pillar.blocks) {
          pdf.heading(block.heading, 3, 24, true, false);
          if (block.items.length > 0) pdf.bullets(block.items);
          else pdf.paragraph(block.empty, { style: 'italic', color: pdf.theme.muted });
        }
      }
      return;
    case 'actions':
      pdf.paragraph(section.lead, { after: 6 });
      if (section.empty) pdf.paragraph(section.empty, { style: 'italic', color: pdf.theme.muted });
      for (const group of section.groups) {
        const [first, ...rest] = group.blocks;
        if (!first) continue;
        if (first.heading) {
          pdf.heading(group.heading, 2, 80);
          pdf.table(first.table, { title: first.heading, titleLevel: 3, continued: more(`${group.heading} · ${first.heading}`) });
        } else pdf.table(first.table, { title: group.heading, continued: more(group.heading) });
        for (const block of rest) pdf.table(block.table, { title: block.heading!, titleLevel: 3, continued: more(`${group.heading} · ${block.heading}`) });
      }
      return;
    case 'method':
      for (const p of section.paragraphs) pdf.paragraph(p);
      if (section.command) pdf.paragraph([{ text: section.command, style: 'mono' }], { size: 8.5, indent: 12, after: 8, tag: 'Code' });
      for (const node of section.nodes) pdf.table(node.table, { title: node.heading, titleLevel: 3, note: node.formula, continued: more(node.heading) });
      return;
    case 'signoff':
      drawSignoff(pdf, section);
      return;
  }
}

function drawSummary(pdf: PdfWriter, s: Extract<ReportSection, { kind: 'summary' }>): void {
  const { theme } = pdf;
  pdf.paragraph(s.lead, { size: 9.5, after: 10 });
  // Key figures: the index and band on the left, the recommendation status on the right.
  const boxH = 96;
  pdf.ensure(boxH + 10);
  const y = pdf.y;
  const leftW = pdf.width * 0.42;
  pdf.artifact(() => {
    pdf.fillRect(pdf.left, y, pdf.width, boxH, theme.accentLight);
    pdf.fillRect(pdf.left, y, 4, boxH, theme.accent);
  });
  const vw = pdf.textWidth(s.index.value, 'bold', 30);
  const chipW = Math.min(leftW - 30, pdf.textWidth(s.index.band, 'bold', 10) + 20);
  pdf.tag('P', () => {
    pdf.textAt(s.index.label, pdf.left + 16, y + 10, { size: 9, style: 'bold', color: theme.muted, width: leftW - 24 });
    pdf.textAt(s.index.value, pdf.left + 16, y + 24, { size: 30, style: 'bold', color: theme.accent });
    pdf.textAt(s.index.of, pdf.left + 22 + vw, y + 43, { size: 10, color: theme.muted });
  });
  pdf.artifact(() => pdf.fillRoundedRect(pdf.left + 16, y + 68, chipW, 18, 3, s.index.bandColor));
  pdf.tag('P', () => pdf.textAt(s.index.band, pdf.left + 16, y + 71.5, { size: 10, style: 'bold', color: textOn(s.index.bandColor, theme.text), width: chipW, align: 'center' }));
  const rx = pdf.left + leftW;
  const rw = pdf.width - leftW - 14;
  pdf.artifact(() => pdf.strokeLine(rx - 8, y + 12, rx - 8, y + boxH - 12, { width: 0.5, color: theme.rule }));
  const mark = s.status.recommended ? '✓' : '✗';
  pdf.tag('P', () => {
    pdf.textAt(s.status.label, rx, y + 10, { size: 9, style: 'bold', color: theme.muted, width: rw });
    // The status wraps rather than being cut ("✗ Belum memenuhi target minimal nasional").
    const statusLines = lineTexts(pdf, `${mark} ${s.status.text}`, rw, 12, 'bold').slice(0, 2);
    statusLines.forEach((line, i) => pdf.textAt(line, rx, y + 25 + i * pdf.lineHeight(12), { size: 12, style: 'bold', color: s.status.recommended ? theme.pass : theme.fail, width: rw }));
    if (s.status.detail) {
      const top = y + 29 + statusLines.length * pdf.lineHeight(12);
      const lines = lineTexts(pdf, s.status.detail, rw, 8.5).slice(0, statusLines.length > 1 ? 3 : 4);
      lines.forEach((line, i) => pdf.textAt(line, rx, top + i * pdf.lineHeight(8.5), { size: 8.5, width: rw }));
    }
  });
  pdf.y = y + boxH + 12;
  if (s.provisional) {
    const lines = lineTexts(pdf, s.provisional, pdf.width - 24, 9, 'bold');
    const h = lines.length * pdf.lineHeight(9) + 12;
    pdf.ensure(h + 8);
    const top = pdf.y;
    pdf.artifact(() => {
      pdf.fillRect(pdf.left, top, pdf.width, h, theme.warnFill);
      pdf.fillRect(pdf.left, top, 4, h, theme.warn);
    });
    pdf.tag('P', () => lines.forEach((line, i) => pdf.textAt(line, pdf.left + 14, top + 6 + i * pdf.lineHeight(9), { size: 9, style: 'bold', color: theme.warnText })));
    pdf.y = top + h + 10;
  }
  pdf.facts(s.facts);
  if (s.priorities) {
    pdf.heading(s.priorities.heading, 2, 50);
    pdf.paragraph(s.priorities.note, { size: 8, color: theme.muted, after: 4 });
    pdf.bullets(s.priorities.items, { numbered: true });
  }
  if (s.gates) {
    pdf.heading(s.gates.heading, 2);
    for (const g of s.gates.items) {
      pdf.bullets([[{ text: g.title, style: 'bold' }, { text: ` — ${g.detail}` }]], { bullet: g.passed ? '✓' : '✗', color: g.passed ? theme.pass : theme.fail });
    }
  }
  pdf.table(s.pillars.table, { title: s.pillars.heading });
}

/** Room for a signature: at least 3 cm (85 pt) between the role and the name. */
const SIGNING_SPACE = 88;

function drawSignoff(pdf: PdfWriter, s: Extract<ReportSection, { kind: 'signoff' }>): void {
  const { theme } = pdf;
  pdf.paragraph(s.lead, { after: 14 });
  const colW = (pdf.width - 30) / 2;
  const lines = (text: string, size: number, style: FontStyle = 'regular'): string[] => (text ? lineTexts(pdf, text, colW, size, style) : []);
  const signerHeight = (signer: Signer): number =>
    lines(signer.role, 9, 'bold').length * pdf.lineHeight(9) +
    SIGNING_SPACE +
    Math.max(1, lines(signer.name, 9.5, 'bold').length) * pdf.lineHeight(9.5) +
    6 +
    pdf.lineHeight(8.5) +
    signer.details.reduce((h, d) => h + lines(d, 8.5).length * pdf.lineHeight(8.5), 0);
  const drawSigner = (signer: Signer, x: number, y: number): void => {
    let yy = y;
    pdf.tag('P', () => {
      for (const line of lines(signer.role, 9, 'bold')) {
        pdf.textAt(line, x, yy, { size: 9, style: 'bold' });
        yy += pdf.lineHeight(9);
      }
    });
    yy += SIGNING_SPACE;
    // A long name wraps; it is never cut.
    const nameLines = lines(signer.name, 9.5, 'bold');
    const nameTop = yy;
    pdf.tag('P', () => nameLines.forEach((line, i) => pdf.textAt(line, x, nameTop + i * pdf.lineHeight(9.5), { size: 9.5, style: 'bold' })));
    yy += Math.max(1, nameLines.length) * pdf.lineHeight(9.5);
    const widest = Math.max(0, ...nameLines.map((l) => pdf.textWidth(l, 'bold', 9.5)));
    const lineW = Math.min(colW, Math.max(150, widest + 4));
    const lineY = yy + 1;
    // No name yet: a dotted line to write it on.
    pdf.artifact(() => pdf.strokeLine(x, lineY, x + lineW, lineY, { width: 0.6, color: theme.text, ...(signer.name ? {} : { dash: { length: 1.5, space: 2 } }) }));
    yy += 6;
    pdf.tag('P', () => {
      pdf.textAt(signer.nip, x, yy, { size: 8.5, color: theme.text });
      yy += pdf.lineHeight(8.5);
      for (const d of signer.details) {
        for (const line of lines(d, 8.5)) {
          pdf.textAt(line, x, yy, { size: 8.5, color: theme.muted });
          yy += pdf.lineHeight(8.5);
        }
      }
    });
  };
  const rightX = pdf.left + colW + 30;
  pdf.ensure(pdf.lineHeight(9.5) * 2 + 20 + signerHeight(s.signers[0]!));
  pdf.tag('P', () => {
    for (const line of lines(s.placeDate, 9.5)) {
      pdf.textAt(line, rightX, pdf.y, { size: 9.5 });
      pdf.y += pdf.lineHeight(9.5);
    }
    pdf.y += 2;
    for (const line of lines(s.team, 9.5, 'bold')) {
      pdf.textAt(line, rightX, pdf.y, { size: 9.5, style: 'bold', color: theme.accent });
      pdf.y += pdf.lineHeight(9.5);
    }
  });
  pdf.y += 10;
  for (let i = 0; i < s.signers.length; i += 2) {
    const pair = s.signers.slice(i, i + 2);
    const h = Math.max(...pair.map(signerHeight)) + 16;
    pdf.ensure(h);
    const y = pdf.y;
    // One signer goes on the right, under the place and date, like a letter.
    if (pair.length === 1) drawSigner(pair[0]!, rightX, y);
    else pair.forEach((signer, k) => drawSigner(signer, k === 0 ? pdf.left : rightX, y));
    pdf.y = y + h;
  }
  const ack = s.acknowledged;
  const h = pdf.lineHeight(9.5) + signerHeight(ack.signer) + 10;
  pdf.ensure(h + 10);
  pdf.y += 4;
  const x = pdf.left + pdf.width / 2 - colW / 2;
  const ackY = pdf.y;
  pdf.tag('P', () => pdf.textAt(ack.label, x, ackY, { size: 9.5 }));
  pdf.y += pdf.lineHeight(9.5);
  drawSigner(ack.signer, x, pdf.y);
  pdf.y += signerHeight(ack.signer) + 8;
  drawDocumentIdentity(pdf, s.identity);
}

/** The document number and the hashes beside a QR code holding them, kept together at the foot of the sign-off. */
function drawDocumentIdentity(pdf: PdfWriter, identity: Extract<ReportSection, { kind: 'signoff' }>['identity']): void {
  const { theme } = pdf;
  const qrSize = 96;
  const textW = pdf.width - qrSize - 14;
  const labelW = 118;
  // A sha256 (64 hex digits) in monospace fits on one line beside the QR code.
  const mono = 6.5;
  // A label's first line names the hash (bold, however many lines it wraps to); the lines after it name the file.
  const labelLines = (label: string): { text: string; style: FontStyle }[] => {
    const [name = '', ...file] = label.split('\n');
    return [
      ...lineTexts(pdf, name, labelW - 6, 7.5, 'bold').map((text) => ({ text, style: 'bold' as const })),
      ...(file.length > 0 ? lineTexts(pdf, file.join('\n'), labelW - 6, 7.5) : []).map((text) => ({ text, style: 'regular' as const })),
    ];
  };
  const rowsH = identity.facts.reduce((h, [label, value]) => h + Math.max(labelLines(label).length, lineTexts(pdf, value, textW - labelW, mono, 'mono').length) * pdf.lineHeight(7.5) + 3, 0);
  const noteH = lineTexts(pdf, identity.note, textW, 7.5).length * pdf.lineHeight(7.5);
  const blockH = Math.max(qrSize, pdf.lineHeight(10) + 6 + rowsH + 4 + noteH) + 8;
  pdf.ensure(blockH + 12);
  const top = pdf.y + 4;
  pdf.artifact(() => pdf.strokeLine(pdf.left, top, pdf.right, top, { width: 0.5, color: theme.rule }));
  let y = top + 8;
  pdf.tag('H2', () => pdf.textAt(identity.heading, pdf.left, y, { size: 10, style: 'bold' }));
  y += pdf.lineHeight(10) + 6;
  for (const [label, value] of identity.facts) {
    const labelRows = labelLines(label);
    const valueLines = lineTexts(pdf, value, textW - labelW, mono, 'mono');
    const rowTop = y;
    pdf.tag('P', () => {
      labelRows.forEach((line, i) => pdf.textAt(line.text, pdf.left, rowTop + i * pdf.lineHeight(7.5), { size: 7.5, style: line.style, color: theme.muted }));
      valueLines.forEach((line, i) => pdf.textAt(line, pdf.left + labelW, rowTop + 0.6 + i * pdf.lineHeight(7.5), { size: mono, style: 'mono' }));
    });
    y += Math.max(labelRows.length, valueLines.length) * pdf.lineHeight(7.5) + 3;
  }
  y += 4;
  const noteTop = y;
  pdf.tag('P', () => lineTexts(pdf, identity.note, textW, 7.5).forEach((line, i) => pdf.textAt(line, pdf.left, noteTop + i * pdf.lineHeight(7.5), { size: 7.5, color: theme.muted })));
  pdf.qr(qrMatrix(identity.qr), pdf.right - qrSize, top + 6, qrSize, identity.qrAlt);
  pdf.y = top + blockH;
}
