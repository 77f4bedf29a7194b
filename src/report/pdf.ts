/**
 * The assessment report on paper: draws a `ReportModel` (model.ts, where every word and number is
 * decided) page by page with the PDF toolkit (pdf-writer.ts).
 */
import type { FontStyle } from './layout.js';
import type { CoverSection, ReportModel, ReportSection, Signer } from './model.js';
import { createPdf, type PdfWriter } from './pdf-writer.js';

/** Render a report model to PDF bytes. */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const pdf = createPdf({ info: model.info, lang: model.lang, theme: model.theme });
  if (model.cover) drawCover(pdf, model.cover);
  model.sections.forEach((section, i) => {
    if (i > 0 || model.cover) pdf.newPage();
    drawSection(pdf, section, model.continued);
  });
  if (model.attachment) pdf.attach(model.attachment);
  return pdf.finish({ header: model.header, footer: model.footer });
}

function drawCover(pdf: PdfWriter, cover: CoverSection): void {
  const { theme } = pdf;
  const pageW = pdf.pageWidth;
  const pageH = pdf.pageHeight;
  const center = (text: string, y: number, size: number, style: FontStyle = 'regular', color = theme.text, width = pdf.width - 40): number => {
    const lines = pdf.layout(text, width, size, style);
    lines.forEach((line, i) => pdf.textAt(line.segs.map((s) => s.text).join(''), pdf.left, y + i * pdf.lineHeight(size), { size, style, color, width: pdf.width, align: 'center' }));
    return y + lines.length * pdf.lineHeight(size);
  };
  pdf.fillRect(0, 0, pageW, 14, theme.accent);
  let y = 110;
  if (cover.logo) {
    pdf.image(cover.logo.bytes, pageW / 2 - 45, y, [90, 90]);
    y += 106;
  }
  if (cover.authority) y = center(cover.authority.toLocaleUpperCase('id'), y, 11, 'bold', theme.muted) + 24;
  else y += 30;
  y = center(cover.title.toLocaleUpperCase('id'), y, 21, 'bold', theme.accent) + 8;
  y = center(cover.subtitle, y, 13.5, 'regular', theme.text) + 34;
  pdf.strokeLine(pageW / 2 - 60, y, pageW / 2 + 60, y, { width: 1.5, color: theme.accent });
  y += 30;
  y = center(cover.regency.toLocaleUpperCase('id'), y, 20, 'bold', theme.text) + 4;
  if (cover.province) y = center(cover.province, y, 12.5, 'regular', theme.text) + 4;
  if (cover.year) y = center(cover.year, y, 12.5, 'regular', theme.text);
  if (cover.provisional) {
    y += 26;
    const text = cover.provisional;
    const w = pdf.textWidth(text, 'bold', 13) + 28;
    pdf.strokeRoundedRect(pageW / 2 - w / 2, y, w, 26, 3, { width: 1.5, color: theme.fail });
    pdf.textAt(text, pageW / 2 - w / 2, y + 5.5, { size: 13, style: 'bold', color: theme.fail, width: w, align: 'center' });
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
  const boxY = pageH - 158 - boxH;
  pdf.fillRect(pdf.left + 40, boxY, boxW, boxH, theme.accentLight);
  pdf.fillRect(pdf.left + 40, boxY, 3, boxH, theme.accent);
  let by = boxY + 14;
  by = center(cover.kind, by, 11, 'bold', theme.accent, inner) + 4;
  by = center(cover.byLine, by, 10, 'regular', theme.text, inner) + 4;
  if (cover.date) center(cover.date, by, 10, 'regular', theme.text, inner);
  pdf.textAt(cover.rubricLine, pdf.left, pageH - 118, { size: 7.5, color: theme.muted, width: pdf.width, align: 'center' });
  pdf.fillRect(0, pageH - 14, pageW, 14, theme.accent);
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
      if (section.note) pdf.paragraph(section.note, { size: 8, color: pdf.theme.muted });
      for (const group of section.groups) {
        pdf.table(group.table, { title: group.heading, ...(group.breadcrumb ? { kicker: group.breadcrumb } : {}), continued: more(group.heading) });
      }
      return;
    case 'findings':
      if (section.gates) {
        pdf.heading(section.gates.heading, 2);
        pdf.bullets(section.gates.items, { bullet: '✗', color: pdf.theme.fail });
      }
      for (const pillar of section.pillars) {
        pdf.heading(pillar.heading, 2, 60);
        for (const block of pillar.blocks) {
          pdf.heading(block.heading, 3, 24);
          if (block.items.length > 0) pdf.bullets(block.items);
          else pdf.paragraph(block.empty, { style: 'italic', color: pdf.theme.muted });
        }
      }
      return;
    case 'method':
      for (const p of section.paragraphs) pdf.paragraph(p);
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
  pdf.fillRect(pdf.left, y, pdf.width, boxH, theme.accentLight);
  pdf.fillRect(pdf.left, y, 4, boxH, theme.accent);
  pdf.textAt(s.index.label, pdf.left + 16, y + 10, { size: 9, style: 'bold', color: theme.muted, width: leftW - 24 });
  pdf.textAt(s.index.value, pdf.left + 16, y + 24, { size: 30, style: 'bold', color: theme.accent });
  const vw = pdf.textWidth(s.index.value, 'bold', 30);
  pdf.textAt(s.index.of, pdf.left + 22 + vw, y + 43, { size: 10, color: theme.muted });
  const chipW = Math.min(leftW - 30, pdf.textWidth(s.index.band, 'bold', 10) + 20);
  pdf.fillRoundedRect(pdf.left + 16, y + 68, chipW, 18, 3, s.index.bandColor);
  pdf.textAt(s.index.band, pdf.left + 16, y + 71.5, { size: 10, style: 'bold', color: theme.onFill, width: chipW, align: 'center' });
  const rx = pdf.left + leftW;
  const rw = pdf.width - leftW - 14;
  pdf.strokeLine(rx - 8, y + 12, rx - 8, y + boxH - 12, { width: 0.5, color: theme.rule });
  pdf.textAt(s.status.label, rx, y + 10, { size: 9, style: 'bold', color: theme.muted, width: rw });
  const mark = s.status.recommended ? '✓' : '✗';
  pdf.textAt(`${mark} ${s.status.text}`, rx, y + 25, { size: 13, style: 'bold', color: s.status.recommended ? theme.pass : theme.fail, width: rw });
  if (s.status.detail) {
    const lines = pdf.layout(s.status.detail, rw, 8.5).slice(0, 4);
    lines.forEach((line, i) => pdf.textAt(line.segs.map((g) => g.text).join(''), rx, y + 46 + i * pdf.lineHeight(8.5), { size: 8.5, width: rw }));
  }
  pdf.y = y + boxH + 12;
  if (s.provisional) {
    const lines = pdf.layout(s.provisional, pdf.width - 24, 9, 'bold');
    const h = lines.length * pdf.lineHeight(9) + 12;
    pdf.ensure(h + 8);
    const top = pdf.y;
    pdf.fillRect(pdf.left, top, pdf.width, h, theme.warnFill);
    pdf.fillRect(pdf.left, top, 4, h, theme.warn);
    lines.forEach((line, i) => pdf.textAt(line.segs.map((g) => g.text).join(''), pdf.left + 14, top + 6 + i * pdf.lineHeight(9), { size: 9, style: 'bold', color: theme.warnText }));
    pdf.y = top + h + 10;
  }
  pdf.facts(s.facts);
  if (s.gates) {
    pdf.heading(s.gates.heading, 2);
    for (const g of s.gates.items) {
      pdf.bullets([[{ text: g.title, style: 'bold' }, { text: ` — ${g.detail}` }]], { bullet: g.passed ? '✓' : '✗', color: g.passed ? theme.pass : theme.fail });
    }
  }
  pdf.table(s.pillars.table, { title: s.pillars.heading });
}

function drawSignoff(pdf: PdfWriter, s: Extract<ReportSection, { kind: 'signoff' }>): void {
  const { theme } = pdf;
  pdf.paragraph(s.lead, { after: 14 });
  const colW = (pdf.width - 30) / 2;
  const signerHeight = (signer: Signer): number =>
    pdf.layout(signer.role, colW, 9, 'bold').length * pdf.lineHeight(9) + 54 + pdf.lineHeight(9.5) + signer.details.reduce((h, d) => h + pdf.layout(d, colW, 8.5).length * pdf.lineHeight(8.5), 0);
  const drawSigner = (signer: Signer, x: number, y: number): void => {
    let yy = y;
    for (const line of pdf.layout(signer.role, colW, 9, 'bold')) {
      pdf.textAt(line.segs.map((g) => g.text).join(''), x, yy, { size: 9, style: 'bold' });
      yy += pdf.lineHeight(9);
    }
    yy += 46;
    const name = signer.name || '';
    if (name) pdf.textAt(name, x, yy, { size: 9.5, style: 'bold', width: colW });
    const lineY = yy + pdf.lineHeight(9.5) + 1;
    const lineW = Math.min(colW, Math.max(150, pdf.textWidth(name, 'bold', 9.5) + 4));
    // No name yet: a dotted line to write it on.
    pdf.strokeLine(x, lineY, x + lineW, lineY, { width: 0.6, color: theme.text, ...(name ? {} : { dash: { length: 1.5, space: 2 } }) });
    yy += pdf.lineHeight(9.5) + 8;
    for (const d of signer.details) {
      for (const line of pdf.layout(d, colW, 8.5)) {
        pdf.textAt(line.segs.map((g) => g.text).join(''), x, yy, { size: 8.5, color: theme.muted });
        yy += pdf.lineHeight(8.5);
      }
    }
  };
  const rightX = pdf.left + colW + 30;
  pdf.ensure(pdf.lineHeight(9.5) * 2 + 20 + signerHeight(s.signers[0]!));
  for (const line of pdf.layout(s.placeDate, colW, 9.5)) {
    pdf.textAt(line.segs.map((g) => g.text).join(''), rightX, pdf.y, { size: 9.5 });
    pdf.y += pdf.lineHeight(9.5);
  }
  pdf.y += 2;
  for (const line of pdf.layout(s.team, colW, 9.5, 'bold')) {
    pdf.textAt(line.segs.map((g) => g.text).join(''), rightX, pdf.y, { size: 9.5, style: 'bold', color: theme.accent });
    pdf.y += pdf.lineHeight(9.5);
  }
  pdf.y += 14;
  for (let i = 0; i < s.signers.length; i += 2) {
    const pair = s.signers.slice(i, i + 2);
    const h = Math.max(...pair.map(signerHeight)) + 18;
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
  pdf.y += 6;
  const x = pdf.left + pdf.width / 2 - colW / 2;
  pdf.textAt(ack.label, x, pdf.y, { size: 9.5 });
  pdf.y += pdf.lineHeight(9.5);
  drawSigner(ack.signer, x, pdf.y);
  pdf.y += signerHeight(ack.signer);
}
