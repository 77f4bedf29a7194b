import type { Answers } from '../answers/model.js';
import type { Diagnostic } from '../errors.js';
import type { YamlSource } from '../source/yaml.js';

/**
 * Characters the report's font cannot draw (emoji, CJK, Thai …) never vanish silently: before a
 * report is made, every field of the answers files that will be printed is checked, and each
 * field holding such characters becomes a warning located at that field. The PDF prints a visible
 * replacement mark for them (pdf-writer.ts `drawable`).
 */
export async function undrawableWarnings(files: { answers: Answers; source: Pick<YamlSource, 'locate' | 'file'> }[]): Promise<Diagnostic[]> {
  const { fontCovers, isModifier } = await import('./pdf-writer.js');
  const out: Diagnostic[] = [];
  for (const { answers, source } of files) {
    const check = (path: (string | number)[], text: string | undefined): void => {
      if (!text || /^[\u0000-\u024f]*$/.test(text)) return;
      const missing: string[] = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        // Joiners and variation selectors are invisible: only characters that would show count
        // (the same test as drawable() in the PDF, so every replacement mark printed was warned of).
        if (isModifier(cp)) continue;
        if (!fontCovers(cp)) {
          const shown = `${ch} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
          if (!missing.includes(shown)) missing.push(shown);
        }
      }
      if (missing.length === 0) return;
      const characters = missing.length > 5 ? `${missing.slice(0, 5).join(', ')} …` : missing.join(', ');
      out.push({ code: 'REPORT_CHARACTER_UNSUPPORTED', severity: 'warning', params: { field: fieldName(path), characters }, source: source.locate(path) });
    };
    const r = answers.regency;
    check(['regency', 'name'], r.name);
    check(['regency', 'province'], r.province);
    const a = answers.assessment;
    check(['assessment', 'place'], a.place);
    check(['assessment', 'signing_place'], a.signingPlace);
    check(['assessment', 'notes'], a.notes);
    const person = (path: (string | number)[], p: { name: string; role?: string; institution?: string; nip?: string }): void => {
      check([...path, 'name'], p.name);
      check([...path, 'role'], p.role);
      check([...path, 'institution'], p.institution);
      check([...path, 'nip'], p.nip);
    };
    a.assessors.forEach((p, i) => person(['assessment', 'assessors', i], p));
    if (a.representative) person(['assessment', 'representative'], a.representative);
    for (const [id, entry] of answers.entries) {
      if (typeof entry.value === 'string') check(['answers', id, 'value'], entry.value);
      check(['answers', id, 'na'], entry.na);
      check(['answers', id, 'note'], entry.note);
      entry.evidence.forEach((e, i) => check(['answers', id, 'evidence', i], e));
    }
  }
  return out;
}

/** `answers.S1.2.note`, `assessment.assessors[0].name`: the field as written in the file. */
function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
