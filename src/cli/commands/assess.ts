import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Answers, Assessment, Person, Regency } from '../../answers/model.js';
import { parseAnswers } from '../../answers/parse.js';
import { buildAnswersTemplate, defaultAnswersName } from '../../answers/template.js';
import { checkValue } from '../../answers/values.js';
import {
  clearAnswer,
  firstUnanswered,
  isQuestionAnswered,
  jumpTargets,
  nextUnanswered,
  previousQuestion,
  progressAt,
  recordNa,
  recordNotes,
  recordValue,
  visibilityChanges,
  visibleQuestions,
} from '../../answers/walk.js';
import { serializeAnswers } from '../../answers/write.js';
import { isSiapError, SiapError, type Status } from '../../errors.js';
import { pick, type Lang, type Words } from '../../i18n.js';
import { AnswersAutosave } from '../../io/autosave.js';
import { fileExists } from '../../io/files.js';
import { loadAssessment } from '../../io/load.js';
import { DEFAULT_RUBRIC, loadRubric } from '../../io/rubrics.js';
import { describe } from '../../messages/catalog.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say as fill } from '../../messages/define.js';
import { ACTION_KEYS, ASSESS_WORDS as W } from '../../messages/assess.js';
import { formatAnswer } from '../../messages/present.js';
import { questionsInProfile, type Question, type Rubric } from '../../rubric/model.js';
import { scoreAssessment } from '../../scoring/score.js';
import { decodeText } from '../../source/text.js';
import { WORDS } from '../../messages/words.js';
import {
  answerText,
  editableText,
  questionScreen,
  questionTitle,
  selectedKeys,
  summaryLine,
  valueFromKeys,
  type Action,
  type ScreenSize,
} from '../assess-screen.js';
import type { Context } from '../context.js';
import type { AssessOptions } from '../options.js';
import { palette, printWarnings } from '../print.js';
import { askConfirm, askMenu, askQuestion, askText, type MenuChoice, type MenuHeading, type Paint, type QuestionResult } from '../prompts.js';
import { defaultReportName, renderReportFile } from '../render-report.js';
import { answersFileRefs } from '../rubric-refs.js';
import { formatScoreSummary } from '../score-view.js';
import { pickRegion } from '../region-pick.js';
import { truncate } from '../table.js';
import { answersKind } from '../../register/register.js';


/** What asking one question led to. */
type Outcome = { type: 'answered' } | { type: Exclude<Action, 'na'> };

interface Session {
  ctx: Context;
  lang: Lang;
  paint: Paint;
  /** Colours for what goes to stderr (notices between prompts). */
  paintErr: Paint;
  rubric: Rubric;
  /** The answers file as the user named it (relative to `ctx.cwd`). */
  file: string;
  saver: AnswersAutosave;
  /** The answers as saved: every change goes through `update`, which writes the file first. */
  answers: Answers;
}

/**
 * `siap assess [ANSWERS] [--rubric id|file] [--profile p]`: the interactive walk-through. A new
 * file starts with the regency and assessment details; an existing one resumes at its first
 * unanswered question. The file is rewritten atomically after every answer, so Ctrl-C or a
 * killed process loses at most the answer being typed.
 */
export async function runAssess(options: AssessOptions, ctx: Context): Promise<{ status: Status }> {
  const { answers: fileArg, rubric: rubricRef, profile } = options;
  if (!ctx.stdinIsTTY) throw new SiapError('NOT_A_TERMINAL', { rubric: rubricRef ?? DEFAULT_RUBRIC });
  let session: Session | undefined;
  try {
    const resuming = fileArg !== undefined && fileExists(fileArg, ctx.cwd);
    session = resuming ? await resume(fileArg, rubricRef, profile, ctx) : await start(fileArg, rubricRef, profile, ctx);
    return { status: await walk(session) };
  } catch (error) {
    if (isSiapError(error) && error.code === 'CANCELLED') {
      if (session) {
        const p = progressAt(session.rubric, session.answers, undefined);
        ctx.err(`\n${say(W.stopped, ctx.lang, { file: session.file, answered: p.answered, total: p.total })}\n`);
      } else ctx.err(`\n${W.stoppedBeforeFile[ctx.lang]}\n`);
    }
    throw error;
  }
}

const say = fill;

/** The terminal's size now (it can change between two questions); 80×24 when unknown or tiny. */
function screenSize(ctx: Context): ScreenSize {
  const width = ctx.columns;
  const rows = ctx.rows;
  return { width: width && width >= 40 ? width : 80, rows: rows && rows >= 12 ? rows : 24 };
}

function checkProfile(rubric: Rubric, profile: string | undefined): void {
  if (profile && !rubric.profiles.has(profile)) {
    throw new SiapError('PROFILE_UNKNOWN', { profile, known: [...rubric.profiles.keys()].join(', ') || '—' });
  }
}

/** Write the answers (only what changed) and make them the session's state. */
function update(s: Session, next: Answers): void {
  s.saver.save(next);
  s.answers = next;
}

// ─── Opening a file ───────────────────────────────────────────────────────────────────────────

async function resume(file: string, rubricRef: string | undefined, profile: string | undefined, ctx: Context): Promise<Session> {
  const loaded = loadAssessment(file, { cwd: ctx.cwd, rubric: rubricRef });
  printWarnings(loaded.warnings, ctx);
  const { rubric } = loaded;
  checkProfile(rubric, profile);
  const text = decodeText(loaded.bytes, file);
  const s: Session = {
    ctx,
    lang: ctx.lang,
    paint: palette(ctx.colorOut),
    paintErr: palette(ctx.colorErr),
    rubric,
    file,
    saver: AnswersAutosave.resume(resolve(ctx.cwd, file), rubric, text, loaded.answers),
    answers: loaded.answers,
  };
  if (profile && profile !== s.answers.assessment.profile) {
    update(s, { ...s.answers, assessment: { ...s.answers.assessment, profile } });
  }
  if (!s.answers.regency.name) {
    // A template from `siap init` may not name the regency yet: ask for the details first.
    ctx.err(`${W.detailsIntro[ctx.lang]}\n`);
    update(s, await askDetails(s.answers, s, ctx.now()));
  }
  return s;
}

async function start(fileArg: string | undefined, rubricRef: string | undefined, profile: string | undefined, ctx: Context): Promise<Session> {
  const lang = ctx.lang;
  const ref = rubricRef ?? DEFAULT_RUBRIC;
  const { rubric, warnings } = loadRubric(ref, { cwd: ctx.cwd });
  printWarnings(warnings, ctx);
  checkProfile(rubric, profile);
  if (fileArg !== undefined) checkFolder(fileArg, ctx.cwd);
  const paint = palette(ctx.colorOut);
  const count = questionsInProfile(rubric, profile).length;
  ctx.err(`${say(W.newAssessment, lang, { title: pick(rubric.title, lang), rubric: rubric.id, version: rubric.version, count })}\n${W.detailsIntro[lang]}\n`);

  const empty: Answers = {
    file: fileArg ?? '',
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
    regency: { name: '' },
    assessment: { kind: 'assessor', assessors: [], ...(profile ? { profile } : {}) },
    entries: new Map(),
  };
  const details = await askDetails(empty, { ctx, lang, paint }, ctx.now());
  const file = fileArg ?? (await askFileName(defaultAnswersName(details.regency.name), { ctx, lang, paint }));

  const { rubricFile, schema } = answersFileRefs(rubric.id, ref, file, ctx.cwd);
  const identity = { ...empty.rubric, ...(rubricFile ? { file: rubricFile } : {}) };
  const base = /\.json$/i.test(file)
    ? serializeAnswers({ ...empty, file, rubric: identity, assessment: { ...empty.assessment, kind: details.assessment.kind } }, rubric)
    : buildAnswersTemplate(rubric, {
        lang,
        assessmentKind: details.assessment.kind,
        ...(profile ? { profile } : {}),
        schemaRef: schema,
        ...(rubricFile ? { rubricFile } : {}),
      });
  const baseAnswers = parseAnswers(base, file, rubric).answers;
  const s: Session = { ctx, lang, paint, paintErr: palette(ctx.colorErr), rubric, file, saver: AnswersAutosave.create(resolve(ctx.cwd, file), rubric, base, baseAnswers), answers: baseAnswers };
  // The first save: the details are on disk before the first question is asked.
  update(s, { ...baseAnswers, regency: details.regency, assessment: { ...baseAnswers.assessment, ...details.assessment } });
  ctx.err(`${say(W.created, lang, { file })}\n`);
  return s;
}

/** Fail before any question when the answers file could not be written where asked. */
function checkFolder(file: string, cwd: string): void {
  const folder = dirname(resolve(cwd, file));
  let ok = false;
  try {
    ok = statSync(folder).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new SiapError('FILE_WRITE_FAILED', { reason: 'ENOENT' }, { source: { file } });
}

async function askFileName(suggested: string, s: Pick<Session, 'ctx' | 'lang' | 'paint'>): Promise<string> {
  const name = await askText({
    message: W.fileName[s.lang],
    default: suggested,
    paint: s.paint,
    lang: s.lang,
    terminal: s.ctx,
    validate: (text) => {
      const file = text.trim() || suggested;
      if (!/\.(ya?ml|json)$/i.test(file)) return W.fileNameInvalid[s.lang];
      if (fileExists(file, s.ctx.cwd)) return say(W.fileExists, s.lang, { file });
      try {
        checkFolder(file, s.ctx.cwd);
      } catch (error) {
        return isSiapError(error) ? describe(error.code, s.lang, error.params).message : String(error);
      }
      return true;
    },
  });
  return name.trim() || suggested;
}

function isoDate(date: Date): string {
  // The local calendar day: an assessment at 07:00 WIB is on that day, not on yesterday's UTC date.
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function isValidDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The regency and assessment details, each prompt pre-filled with what is known. */
async function askDetails(current: Answers, s: Pick<Session, 'ctx' | 'lang' | 'paint'>, today: Date): Promise<Answers> {
  const { lang, paint } = s;
  const terminal = s.ctx;
  const text = (message: Words, value: string | undefined, validate?: (t: string) => true | string, params: Record<string, string | number> = {}): Promise<string> =>
    askText({ message: say(message, lang, params), ...(value ? { prefill: value } : {}), ...(validate ? { validate } : {}), paint, lang, terminal }).then((t) => t.trim());
  const r = current.regency;
  const a = current.assessment;

  const name = await text(W.regencyName, r.name, (t) => t.trim() !== '' || W.regencyNameRequired[lang]);
  // A name the official register knows: its kind, province and code are offered (asks which one when several).
  const changed = name !== r.name;
  const known = changed || !r.code ? await pickRegion(name, changed ? {} : r, { ctx: s.ctx, lang, paint, where: '', ask: true }) : undefined;
  const guessKind = (known ? answersKind(known.kind) : r.kind) ?? (/^kota\s/i.test(name) ? 'kota' : 'kabupaten');
  const kind = await askMenu<'kabupaten' | 'kota'>({
    message: W.regencyKind[lang],
    choices: [
      { value: 'kabupaten', name: W.kabupaten[lang] },
      { value: 'kota', name: W.kota[lang] },
    ],
    default: guessKind,
    paint,
    lang,
    terminal: s.ctx,
  });
  const province = await text(W.province, known?.province ?? r.province);
  const code = await text(W.code, known?.code ?? r.code, (t) => t.trim() === '' || /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/.test(t.trim()) || W.codeInvalid[lang]);
  const assessmentKind = await askMenu<'self' | 'assessor'>({
    message: W.assessmentKind[lang],
    choices: [
      { value: 'assessor', name: WORDS.assessor[lang] },
      { value: 'self', name: WORDS.self[lang] },
    ],
    default: a.kind,
    paint,
    lang,
    terminal: s.ctx,
  });
  const dateText = await askText({
    message: W.date[lang],
    ...(a.date ? { prefill: a.date } : { default: isoDate(today) }),
    validate: (t) => isValidDate(t.trim() || isoDate(today)) || W.dateInvalid[lang],
    paint,
    lang,
    terminal: s.ctx,
  });
  const date = dateText.trim() || isoDate(today);
  const place = await text(W.place, a.place);
  const mode = await askMenu<'onsite' | 'online'>({
    message: W.mode[lang],
    choices: [
      { value: 'onsite', name: WORDS.onsite[lang] },
      { value: 'online', name: WORDS.online[lang] },
    ],
    default: a.mode ?? 'onsite',
    paint,
    lang,
    terminal: s.ctx,
  });
  const assessors: Person[] = [];
  for (let n = 1; ; n++) {
    const known = a.assessors[n - 1];
    const who = await text(W.assessorName, known?.name, undefined, { n });
    if (who === '') break;
    const role = await text(W.assessorRole, known?.role);
    const institution = await text(W.assessorInstitution, known?.institution ?? assessors.at(-1)?.institution);
    assessors.push({ name: who, ...(role ? { role } : {}), ...(institution ? { institution } : {}), ...(known?.nip ? { nip: known.nip } : {}) });
  }
  const regency: Regency = { name, kind, ...(province ? { province } : {}), ...(code ? { code } : {}) };
  const assessment: Assessment = {
    ...a,
    kind: assessmentKind,
    date,
    mode,
    assessors,
    ...(place ? { place } : {}),
  };
  if (!place) delete assessment.place;
  return { ...current, regency, assessment };
}

// ─── The walk ─────────────────────────────────────────────────────────────────────────────────

async function walk(s: Session): Promise<Status> {
  const { ctx, lang, rubric } = s;
  let current = firstUnanswered(rubric, s.answers);
  const p = progressAt(rubric, s.answers, undefined);
  if (p.answered > 0) {
    ctx.err(`${current ? say(W.resuming, lang, { file: s.file, answered: p.answered, total: p.total, id: current.id }) : say(W.resumingDone, lang, { file: s.file, total: p.total })}\n`);
  }
  if (s.answers.assessment.profile) {
    const profile = rubric.profiles.get(s.answers.assessment.profile);
    if (profile) ctx.err(`${say(W.profileSet, lang, { profile: pick(profile.title, lang), count: p.total })}\n`);
  }
  let last: Question | undefined = current ?? visibleQuestions(rubric, s.answers).at(-1);
  for (;;) {
    if (!current) {
      const next = await endMenu(s, last);
      if (next === 'finish') {
        if (await confirmFinish(s)) return finish(s);
        continue;
      }
      if (next === 'review') {
        const after = await reviewLoop(s, last);
        if (after === 'finish') return finish(s);
        current = after;
        continue;
      }
      current = next;
      continue;
    }
    last = current;
    const outcome = await askOne(s, current);
    switch (outcome.type) {
      case 'answered':
      case 'skip':
        current = nextUnanswered(rubric, s.answers, current.id);
        break;
      case 'clear':
        break;
      case 'back': {
        const previous = previousQuestion(rubric, s.answers, current.id);
        if (previous) current = previous;
        else ctx.err(`${W.firstQuestion[lang]}\n`);
        break;
      }
      case 'jump':
        current = (await jumpMenu(s, current)) ?? current;
        break;
      case 'review': {
        const next = await reviewLoop(s, current);
        if (next === 'finish') return finish(s);
        current = next;
        break;
      }
      case 'finish':
        if (await confirmFinish(s)) return finish(s);
        break;
    }
  }
}

/** Ask one question, record what was chosen (saving the file), and say what comes next. */
async function askOne(s: Session, question: Question): Promise<Outcome> {
  const { lang, paint, rubric } = s;
  const size = screenSize(s.ctx);
  const entry = s.answers.entries.get(question.id);
  const { input, header, actions } = questionScreen(rubric, s.answers, question, lang, paint, size);
  const check = (raw: unknown) => checkValue(question, raw);
  const problem = (result: ReturnType<typeof check>): string => {
    if (result.ok) return '';
    const { message, hint } = describe(result.code, lang, result.params);
    return hint ? `${message} — ${hint}` : message;
  };
  const summary = (result: QuestionResult<Action>): string => {
    const line = (mark: string, outcome: string): string => summaryLine(mark, question, outcome, lang, size.width);
    if (result.type === 'action') {
      const word = actions.find((a) => a.action === result.action)?.word ?? result.action;
      return result.action === 'skip' ? paint.dim(line('↷', W.skipped[lang])) : paint.dim(line('·', word));
    }
    const checked = check(result.type === 'keys' ? valueFromKeys(question, result.keys, lang) : result.text);
    const shown = checked.ok ? (question.kind === 'multi' && Array.isArray(checked.value) && checked.value.length === 0 ? W.multiNoneSelected[lang] : formatAnswer(question, checked.value, lang)) : '';
    return line(paint.green('✔'), paint.cyan(truncate(shown.replace(/\s+/g, ' '), 60)));
  };

  const result = await askQuestion<Action>({
    header: header.lines,
    ...(header.full ? { fullHeader: header.full } : {}),
    mode: input.mode,
    options: input.options,
    selected: selectedKeys(question, entry, lang),
    text: editableText(question, entry, lang),
    validate: (text) => {
      const checked = check(text);
      return checked.ok || problem(checked);
    },
    allowEmpty: input.allowEmpty,
    keysHint: input.keysHint,
    actions,
    words: {
      answer: W.answer[lang],
      choose: W.choose[lang],
      toggle: W.toggle[lang],
      save: W.save[lang],
      otherActions: W.otherActions[lang],
      backToTyping: W.backToTyping[lang],
      pickFirst: W.pickFirst[lang],
      unknownKey: W.unknownKey[lang],
      noneTicked: say(W.noneTicked, lang, { skip: ACTION_KEYS.skip[lang] }),
      more: W.more[lang],
    },
    width: size.width,
    rows: size.rows,
    summary,
    paint,
  }, s.ctx);

  if (result.type === 'action') {
    if (result.action === 'na') {
      const reason = await askText({
        message: W.naReason[lang],
        ...(entry?.na ? { prefill: entry.na } : {}),
        validate: (t) => t.trim() !== '' || W.naReasonRequired[lang],
        paint,
        lang,
        terminal: s.ctx,
      });
      record(s, recordNa(s.answers, question.id, reason.trim()));
      return { type: 'answered' };
    }
    if (result.action === 'clear') record(s, clearAnswer(s.answers, question.id));
    return { type: result.action };
  }
  const checked = check(result.type === 'keys' ? valueFromKeys(question, result.keys, lang) : result.text);
  if (!checked.ok) throw new SiapError('INTERNAL', { detail: `assess: ${problem(checked)}` });
  record(s, recordValue(s.answers, question.id, checked.value));
  await askNotes(s, question);
  return { type: 'answered' };
}

/** Save a change and say which later questions it showed or hid. */
function record(s: Session, next: Answers): void {
  const before = s.answers;
  update(s, next);
  const { shown, hidden } = visibilityChanges(s.rubric, before, next);
  const list = (qs: Question[]): string => qs.map((q) => `${q.id} ${questionTitle(q, s.lang)}`).join('; ');
  if (shown.length > 0) s.ctx.err(`${say(W.nowShown, s.lang, { list: list(shown) })}\n`);
  if (hidden.length > 0) s.ctx.err(`${say(W.nowHidden, s.lang, { list: list(hidden) })}\n`);
}

/**
 * The optional note and evidence references after an answer (each saved when changed). The two
 * prompts leave no trace when skipped; what was written stays on screen under the answer.
 */
async function askNotes(s: Session, question: Question): Promise<void> {
  const { ctx, lang, paint, paintErr } = s;
  const entry = s.answers.entries.get(question.id);
  if (question.kind !== 'text') {
    const note = (await askText({ message: W.note[lang], ...(entry?.note ? { prefill: entry.note } : {}), clearWhenDone: true, paint, lang, terminal: ctx })).trim();
    if (note !== (entry?.note ?? '')) update(s, recordNotes(s.answers, question.id, { note }));
    if (note) ctx.err(`${paintErr.dim(`  ${W.noteShown[lang]}: ${note}`)}\n`);
  }
  // The expected evidence was on the question screen; repeat it here only if it fits on the line.
  const expected = question.evidence.map((e) => pick(e, lang)).join('; ');
  const reminder = expected ? ` (${say(W.evidenceExpected, lang, { list: expected })})` : '';
  const fits = W.evidenceRefs[lang].length + reminder.length + 4 <= screenSize(ctx).width;
  const message = fits && reminder ? `${W.evidenceRefs[lang]}${paint.dim(reminder)}` : W.evidenceRefs[lang];
  const now = s.answers.entries.get(question.id)?.evidence ?? [];
  const typed = await askText({ message, ...(now.length > 0 ? { prefill: now.join('; ') } : {}), clearWhenDone: true, paint, lang, terminal: ctx });
  const evidence = typed.split(';').map((e) => e.trim()).filter(Boolean);
  if (JSON.stringify(evidence) !== JSON.stringify(now)) update(s, recordNotes(s.answers, question.id, { evidence }));
  if (evidence.length > 0) ctx.err(`${paintErr.dim(`  ${W.evidenceShown[lang]}: ${evidence.join('; ')}`)}\n`);
}

// ─── Menus ────────────────────────────────────────────────────────────────────────────────────

function pageSize(ctx: Context): number {
  return Math.max(5, screenSize(ctx).rows - 6);
}

/** Pillars and elements with their progress; where the jump lands, or undefined to stay. */
async function jumpMenu(s: Session, current: Question): Promise<Question | undefined> {
  const { lang, paint, rubric } = s;
  const targets = jumpTargets(rubric, s.answers);
  const choices: MenuChoice<string>[] = [{ value: '', name: W.cancel[lang] }];
  for (const t of targets) {
    const indent = '  '.repeat(t.section.depth - 1);
    const code = t.section.depth > 1 && /\d/.test(t.section.id) ? `${t.section.id} ` : '';
    const label = `${indent}${code}${pick(t.section.title, lang)}  (${t.answered}/${t.visible})`;
    choices.push({ value: t.section.id, name: label, ...(t.target ? {} : { disabled: W.nothingAsked[lang] }) });
  }
  const chosen = await askMenu<string>({ message: W.jumpTitle[lang], choices, default: current.parent, pageSize: pageSize(s.ctx), paint, lang, terminal: s.ctx });
  const target = targets.find((t) => t.section.id === chosen)?.target;
  return target === undefined ? undefined : rubric.questionById.get(target);
}

/**
 * The review list: every asked question with its answer, grouped by pillar. Choosing one asks it
 * again with the current answer pre-selected, then comes back here.
 */
async function reviewLoop(s: Session, resumeAt: Question | undefined): Promise<Question | undefined | 'finish'> {
  const { lang, paint, rubric } = s;
  let focus = '';
  for (;;) {
    const visible = visibleQuestions(rubric, s.answers);
    const p = progressAt(rubric, s.answers, undefined);
    const back = resumeAt && visible.some((q) => q.id === resumeAt.id) ? resumeAt : firstUnanswered(rubric, s.answers);
    const choices: (MenuChoice<string> | MenuHeading)[] = [
      { value: '<', name: back ? say(W.backTo, lang, { id: back.id }) : W.leaveReview[lang] },
      { value: '@', name: W.editDetails[lang] },
    ];
    const width = screenSize(s.ctx).width;
    let pillar = '';
    for (const q of visible) {
      const top = rubric.nodes.get(q.parent);
      let root = top;
      while (root?.parent) root = rubric.nodes.get(root.parent);
      if (root && root.id !== pillar) {
        pillar = root.id;
        choices.push({ heading: `── ${pick(root.title, lang)} ──` });
      }
      const answer = answerText(q, s.answers.entries.get(q.id), lang) || '—';
      const idCol = q.id.padEnd(6);
      const answerCol = truncate(answer.replace(/\s+/g, ' '), 26).padEnd(26);
      choices.push({ value: q.id, name: truncate(`${idCol} ${answerCol} ${questionTitle(q, lang)}`, width - 4) });
    }
    const chosen = await askMenu<string>({
      message: say(W.reviewTitle, lang, { answered: p.answered, total: p.total }),
      choices,
      default: focus || '<',
      pageSize: pageSize(s.ctx),
      paint,
      lang,
      terminal: s.ctx,
    });
    if (chosen === '<') return back;
    if (chosen === '@') {
      update(s, await askDetails(s.answers, s, s.ctx.now()));
      focus = '@';
      continue;
    }
    const question = rubric.questionById.get(chosen)!;
    focus = chosen;
    for (;;) {
      const outcome = await askOne(s, question);
      if (outcome.type === 'clear') continue;
      if (outcome.type === 'finish' && (await confirmFinish(s))) return 'finish';
      if (outcome.type === 'jump') {
        const target = await jumpMenu(s, question);
        if (target) return target;
      }
      if (outcome.type === 'back') {
        const previous = previousQuestion(rubric, s.answers, question.id);
        if (previous) return previous;
      }
      break;
    }
  }
}

/** After the last question: finish, go to what is still open, review, or go back. */
async function endMenu(s: Session, last: Question | undefined): Promise<Question | 'finish' | 'review'> {
  const { lang, paint, rubric } = s;
  const p = progressAt(rubric, s.answers, undefined);
  const open = visibleQuestions(rubric, s.answers).filter((q) => !isQuestionAnswered(s.answers, q.id));
  const choices: MenuChoice<string>[] = [{ value: 'finish', name: W.endFinish[lang] }];
  if (open[0]) choices.push({ value: open[0].id, name: say(W.endFirstOpen, lang, { id: open[0].id, n: open.length }) });
  choices.push({ value: 'review', name: W.endReview[lang] });
  if (last) choices.push({ value: last.id, name: say(W.endBack, lang, { id: last.id }) });
  const chosen = await askMenu<string>({ message: say(W.endTitle, lang, { answered: p.answered, total: p.total }), choices, default: 'finish', paint, lang, terminal: s.ctx });
  if (chosen === 'finish' || chosen === 'review') return chosen;
  return rubric.questionById.get(chosen)!;
}

async function confirmFinish(s: Session): Promise<boolean> {
  const missing = scoreAssessment(s.rubric, s.answers).coverage.requiredUnanswered;
  if (missing === 0) return true;
  return askConfirm({ message: say(W.finishProvisional, s.lang, { n: missing }), default: true, yes: W.yes[s.lang], no: W.no[s.lang], paint: s.paint, lang: s.lang, terminal: s.ctx });
}

/** The score summary of `siap score`, then the offer to render the PDF report. */
async function finish(s: Session): Promise<Status> {
  const { ctx, lang } = s;
  const result = scoreAssessment(s.rubric, s.answers);
  ctx.out(`\n${formatScoreSummary(result, s.rubric, lang, palette(ctx.colorOut))}\n`);
  ctx.err(`${say(W.saved, lang, { file: s.file })}\n`);
  const pdf = defaultReportName(s.file);
  const wanted = await askConfirm({
    message: say(fileExists(pdf, ctx.cwd) ? W.offerReportReplacing : W.offerReport, lang, { pdf }),
    default: true,
    yes: W.yes[lang],
    no: W.no[lang],
    paint: s.paint,
    lang,
    terminal: ctx,
  });
  if (!wanted) {
    ctx.err(`${say(W.reportLater, lang, { file: s.file })}\n`);
    return 'ok';
  }
  await renderReportFile({ answers: s.file, output: pdf, force: true, strict: false }, ctx);
  ctx.err(`${say(CLI_WORDS.reportWritten, lang, { file: pdf })}\n`);
  return 'ok';
}
