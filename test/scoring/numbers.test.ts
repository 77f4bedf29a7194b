import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedValues, checkValue, isPercentQuestion } from '../../src/answers/values.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { describe as words } from '../../src/messages/catalog.js';
import { runCli, tmpDir } from '../helpers/run-cli.js';

// Version 1.0.0 counts ICT staff and online services (no maximum); 1.1.0 asks for shares of agencies.
const { rubric } = loadRubric('kesiapan-kota-cerdas@1.0.0');
const question = (id: string) => rubric.questionById.get(id)!;
/** S4.1 ICT share of the budget (percent, 0–100); S3.1 ICT civil servants and I4.1 online services (no maximum). */
const PERCENT = question('S4.1');
const PEOPLE = question('S3.1');
const SERVICES = question('I4.1');

describe('numbers as people write them', () => {
  it('a trailing % is accepted on a percentage question, with a decimal comma too', () => {
    expect(isPercentQuestion(PERCENT)).toBe(true);
    expect(checkValue(PERCENT, '0,45%')).toEqual({ ok: true, value: 0.45 });
    expect(checkValue(PERCENT, '12.5 %')).toEqual({ ok: true, value: 12.5 });
    expect(checkValue(PERCENT, '0,45')).toEqual({ ok: true, value: 0.45 });
    // Not on a count of people: a % there is a mistake worth pointing out.
    expect(isPercentQuestion(PEOPLE)).toBe(false);
    expect(checkValue(PEOPLE, '45%')).toMatchObject({ ok: false, code: 'ANSWER_WRONG_KIND' });
  });

  it('a question without a maximum says "minimal 0", and every range is written one way', () => {
    expect(acceptedValues(PEOPLE)).toEqual({ id: 'minimal 0 orang', en: 'at least 0 people' });
    expect(acceptedValues(PERCENT)).toEqual({ id: 'rentang 0–100 persen dari belanja APBD', en: 'range 0–100 percent of APBD spending' });
    const below = checkValue(PEOPLE, -1);
    expect(below).toMatchObject({ ok: false, code: 'ANSWER_OUT_OF_BOUNDS' });
    if (below.ok) return;
    const id = words(below.code, 'id', below.params);
    expect(`${id.message} — ${id.hint}`).toBe('nilai -1 untuk "S3.1" di luar batasnya — nilai yang diterima: minimal 0 orang');
    const wrong = checkValue(PEOPLE, 'banyak');
    if (wrong.ok) throw new Error('accepted');
    expect(words(wrong.code, 'en', wrong.params).hint).toBe('accepted values: at least 0 people');
  });

  it('an implausible value where the rubric sets no maximum counts, with a warning', () => {
    // 100 × the highest threshold (30 services) is the line.
    expect(checkValue(SERVICES, 3000)).toEqual({ ok: true, value: 3000 });
    const huge = checkValue(SERVICES, 1e29);
    expect(huge).toMatchObject({ ok: true, value: 1e29, warning: { code: 'ANSWER_IMPLAUSIBLE' } });
    if (!huge.ok || !huge.warning) return;
    expect(words(huge.warning.code, 'id', huge.warning.params).message).toBe('nilai 1e+29 untuk "I4.1" jauh di atas yang masuk akal (lebih dari 3000); tetap dihitung');
    // A question with a maximum needs no such guess.
    expect(checkValue(PERCENT, 100)).toEqual({ ok: true, value: 100 });
  });

  it('in a file: the warning is located, the file still scores, the template says "minimal"', async () => {
    const dir = tmpDir();
    expect((await runCli(['init', '--rubric', 'kesiapan-kota-cerdas@1.0.0', '-o', 'g.yaml'], { cwd: dir })).code).toBe(0);
    const template = readFileSync(join(dir, 'g.yaml'), 'utf8');
    expect(template).toContain('  #   Nilai: minimal 0, bilangan bulat, satuan: layanan');
    expect(template).toContain('  #     1–<5  ');
    expect(template).toContain('  #     ≥ 30  ');
    const lines = template.split('\n');
    const at = lines.indexOf('  I4.1:') + 1;
    lines[at] = '    value: 1e29';
    const percent = lines.indexOf('  S4.1:') + 1;
    lines[percent] = '    value: 0,45%';
    writeFileSync(join(dir, 'g.yaml'), lines.join('\n'));
    const scored = await runCli(['score', 'g.yaml', '--json'], { cwd: dir });
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain(`g.yaml:${at + 1}:12  ANSWER_IMPLAUSIBLE  peringatan: nilai 1e+29 untuk "I4.1"`);
    const json = JSON.parse(scored.stdout) as { questions: { id: string; value: unknown }[] };
    expect(json.questions.find((q) => q.id === 'S4.1')?.value).toBe(0.45);
  });
});
