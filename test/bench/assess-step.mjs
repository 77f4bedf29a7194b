/**
 * One step of `siap assess` on the default rubric (kesiapan-kota-cerdas): record an answer, save
 * the answers file (edit the YAML document, write a temporary file, fsync, rename), see which
 * questions that showed or hid, find the next question and work out its whole screen — everything
 * between the assessor pressing Enter and the next prompt appearing. The answers file is the one a
 * new assessment starts from (the commented template, the largest file the step ever rewrites).
 * Run after `npm run build`; imports from dist/.
 *
 *   node test/bench/assess-step.mjs            prints the figures
 *   import { benchAssessStep } from './assess-step.mjs'   returns them (for bench.mjs)
 *
 * Spec §10 target: an interactive answer saved and the next prompt shown in ≤ 30 ms.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
const TARGET_MS = 30;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** A valid answer for a question, different on each pass so every save changes the file. */
function answerFor(question, pass) {
  switch (question.kind) {
    case 'level':
      return question.levels[(pass + question.order) % question.levels.length].value;
    case 'boolean':
      return (pass + question.order) % 2 === 0;
    case 'choice':
      return question.options[(pass + question.order) % question.options.length].id;
    case 'multi': {
      const plain = question.options.filter((o) => !o.exclusive);
      return [plain[(pass + question.order) % plain.length].id];
    }
    case 'number':
      return question.min + ((pass * 7 + question.order) % 50);
    case 'text':
      return `Catatan asesor, putaran ${pass + 1}: paparan disampaikan Sekda; target 2027 "tercapai".`;
  }
}

export async function benchAssessStep({ passes = 4, warmupPasses = 1, rubricRef = 'kesiapan-kota-cerdas' } = {}) {
  const [{ loadRubric }, { buildAnswersTemplate }, { parseAnswers }, walk, { AnswersAutosave }, { questionScreen }, { palette }, { layoutQuestion }] = await Promise.all([
    dist('io/rubrics.js'),
    dist('answers/template.js'),
    dist('answers/parse.js'),
    dist('answers/walk.js'),
    dist('io/autosave.js'),
    dist('cli/assess-screen.js'),
    dist('cli/print.js'),
    dist('cli/question-layout.js'),
  ]);
  const { rubric } = loadRubric(rubricRef, 'id');
  const dir = mkdtempSync(join(tmpdir(), 'siap-bench-assess-'));
  const file = join(dir, 'jawaban-gianyar.yaml');
  const paint = palette(false);
  const size = { width: 80, rows: 24 };
  try {
    const text = buildAnswersTemplate(rubric, { lang: 'id', regency: { name: 'Gianyar', kind: 'kabupaten' }, assessmentKind: 'assessor' });
    writeFileSync(file, text);
    let answers = parseAnswers(text, file, rubric, { lang: 'id' }).answers;
    const saver = AnswersAutosave.resume(file, rubric, text, answers);

    const times = [];
    for (let pass = 0; pass < warmupPasses + passes; pass++) {
      let question = walk.visibleQuestions(rubric, answers)[0];
      while (question) {
        const start = performance.now();
        const before = answers;
        // As `siap assess` records an answer: the value, and the question as the place to resume.
        answers = walk.recordValue(answers, question.id, answerFor(question, pass));
        answers = { ...answers, session: { lang: 'id', last: question.id } };
        saver.save(answers);
        walk.visibilityChanges(rubric, before, answers);
        const next = walk.followingQuestion(rubric, answers, question.id);
        if (next) {
          // The next question's whole screen: its parts, then the layout fitted to 80×24.
          const { header, input } = questionScreen(rubric, answers, next, 'id', paint, size);
          layoutQuestion({ width: size.width - 1, rows: size.rows - 1, parts: header, mode: input.mode, options: input.options, active: -1, ticked: [], expanded: false, scroll: 0, reserved: 3, paint });
        }
        const elapsed = performance.now() - start;
        if (pass >= warmupPasses) times.push(elapsed);
        question = next;
      }
    }
    return {
      rubric: rubric.id,
      questions: rubric.questions.length,
      fileBytes: statSync(file).size,
      steps: times.length,
      medianMs: quantile(times, 0.5),
      p90Ms: quantile(times, 0.9),
      maxMs: Math.max(...times),
      targetMs: TARGET_MS,
      ratio: quantile(times, 0.5) / TARGET_MS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchAssessStep();
  const f = (ms) => `${ms.toFixed(1)} ms`;
  console.log(`assess  one answer: record + atomic autosave (fsync) + next prompt, ${r.rubric} (${r.questions} questions, file ${(r.fileBytes / 1024).toFixed(0)} KB)`);
  console.log(`        median of ${r.steps} steps: ${f(r.medianMs)}   target ≤ ${r.targetMs} ms  ratio ${r.ratio.toFixed(2)}× of the target  ${r.medianMs <= r.targetMs ? 'ok' : 'OVER'}`);
  console.log(`        p90 ${f(r.p90Ms)}, slowest ${f(r.maxMs)}`);
}
