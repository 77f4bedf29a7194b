import { resolve } from 'node:path';
import { isAnswered, type Answers, type Assessment, type Person, type Regency } from '../../answers/model.js';
import { parseAnswers } from '../../answers/parse.js';
import { buildAnswersTemplate, defaultAnswersName } from '../../answers/template.js';
import { checkValue, typedRegionCode } from '../../answers/values.js';
import {
  clearAnswer,
  firstUnanswered,
  followingQuestion,
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
import { assertWritableFolder, fileExists } from '../../io/files.js';
import { AnswersLock, checkWritable, type LockNote } from '../../io/lock.js';
import { loadAssessment } from '../../io/load.js';
import { DEFAULT_RUBRIC, loadRubric } from '../../io/rubrics.js';
import { describe } from '../../messages/catalog.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { phrase, say as fill } from '../../messages/define.js';
import { ACTION_KEYS, ASSESS_WORDS as W } from '../../messages/assess.js';
import { describeCounts, describeGate, formatAnswer, formatIndexOf } from '../../messages/present.js';
import type { Question, Rubric } from '../../rubric/model.js';
import type { QuestionCounts, ScoreResult } from '../../scoring/model.js';
import { countQuestions, scoreAssessment } from '../../scoring/score.js';
import { decodeText } from '../../source/text.js';
import { LANGUAGE_NAMES, regencyDisplayName, WORDS } from '../../messages/words.js';
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
import { siapCommand, type Context } from '../context.js';
import { isIsoDate, type AssessOptions } from '../options.js';
import { fitMessages, fitOutput, palette, printWarnings } from '../print.js';
import { askConfirm, askMenu, askQuestion, askText, type MenuChoice, type MenuHeading, type Paint } from '../prompts.js';
import { answersFileRefs } from '../rubric-refs.js';
import { loadedWarnings } from '../version-notice.js';
import { formatScoreSummary } from '../score-view.js';
import { pickRegion } from '../region-pick.js';
import { truncate, wrapText } from '../table.js';
import { answersKind } from '../../register/register.js';

/** What asking one question led to. */
type Outcome = { type: 'answered' } | { type: Exclude<Action, 'na'> };

interface Session {
  /** The command's context, in the session's language. */
  ctx: Context;
  /** The language of the words. */
  lang: Lang;
  /** The language of the keys: the one stored in the file, so a key never changes meaning between sessions. */
  keys: Lang;
  paint: Paint;
  /** Colours for what goes to stderr (notices between prompts). */
  paintErr: Paint;
  rubric: Rubric;
  /** The answers file as the user named it (relative to `ctx.cwd`). */
  file: string;
  /** Writes the file; absent when the file is open read-only. */
  saver?: AnswersAutosave;
  readOnly: boolean;
  /** The answers as saved: every change goes through `update`, which writes the file first. */
  answers: Answers;
}

/** The lock this run holds, released however the run ends. */
interface Held {
  lock?: AnswersLock;
  /** The file exists (so stopping early never says it was not created). */
  existing?: string;
}

/**
 * `siap assess [ANSWERS] [--rubric id|file] [--profile p] [--regency … --type … --province …
 * --code … --kind …]`: the interactive walk-through. A new file starts with the regency and
 * assessment details; an existing one resumes after the question answered last (or at the first
 * unanswered one). The file is rewritten atomically after every answer, and an answer's ✔ is
 * printed only once it is on disk, so Ctrl-C or a killed process loses at most the answer being
 * typed. One walk at a time: a second one on the same file is told before its first question.
 */
export async function runAssess(options: AssessOptions, ctx: Context): Promise<{ status: Status }> {
  const { answers: fileArg, rubric: rubricRef } = options;
  if (!ctx.stdinIsTTY) throw new SiapError('NOT_A_TERMINAL', { rubric: rubricRef ?? DEFAULT_RUBRIC });
  let session: Session | undefined;
  const held: Held = {};
  try {
    const resuming = fileArg !== undefined && fileExists(fileArg, ctx.cwd);
    if (resuming) held.existing = fileArg;
    session = resuming ? await resume(fileArg, options, ctx, held) : await start(fileArg, options, ctx, held);
    if (!session) return { status: 'ok' };
    return { status: await walk(session) };
  } catch (error) {
    if (isSiapError(error) && error.code === 'CANCELLED') {
      const lang = session?.lang ?? ctx.lang;
      if (session?.readOnly) ctx.err(`\n${fitMessages(say(W.stoppedReadOnly, lang, { file: session.file }), ctx)}\n`);
      else if (session) {
        const c = countsOf(session);
        ctx.err(`\n${fitMessages(say(W.stopped, lang, { file: session.file, answered: c.answered, total: c.asked, siap: siapCommand(ctx) }), session.ctx)}\n`);
      } else if (held.existing) ctx.err(`\n${fitMessages(say(W.stoppedUnchanged, lang, { file: held.existing }), ctx)}\n`);
      else ctx.err(`\n${W.stoppedBeforeFile[lang]}\n`);
    }
    throw error;
  } finally {
    held.lock?.release();
  }
}

const say = fill;

/** The terminal's size now (it can change between two questions); 80×24 when unknown or tiny. */
function screenSize(ctx: Context): ScreenSize {
  const width = ctx.columns;
  const rows = ctx.rows;
  return { width: width && width >= 40 ? width : 80, rows: rows && rows >= 12 ? rows : 24 };
}

/** The same context in another language (the terminal size stays live). */
function inLanguage(ctx: Context, lang: Lang): Context {
  if (ctx.lang === lang) return ctx;
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx)) as Context;
  copy.lang = lang;
  return copy;
}

function checkProfile(rubric: Rubric, profile: string | undefined): void {
  if (profile && !rubric.profiles.has(profile)) {
    throw new SiapError('PROFILE_UNKNOWN', { profile, known: [...rubric.profiles.keys()].join(', ') || '—' });
  }
}

/** The question counts, named the same on every screen. */
function countsOf(s: Pick<Session, 'rubric' | 'answers'>): QuestionCounts {
  return countQuestions(scoreAssessment(s.rubric, s.answers));
}

/** Write the answers (only what changed) and make them the session's state; returns once the file is on disk. */
function update(s: Session, next: Answers): void {
  if (!s.saver) throw new SiapError('INTERNAL', { detail: 'assess: a save was asked for in a read-only session' });
  // The keys' language goes into the file with its first save, so it never changes afterwards.
  const stored = next.session?.lang === s.keys ? next : { ...next, session: { ...next.session, lang: s.keys } };
  s.saver.save(stored);
  s.answers = stored;
}

/** The details options (`--regency` …) given on the command line, as prefilled answers. */
function detailsFromOptions(options: AssessOptions, base: Answers): Answers {
  const regency: Regency = {
    ...base.regency,
    ...(options.regency ? { name: options.regency } : {}),
    ...(options.type ? { kind: options.type } : {}),
    ...(options.province ? { province: options.province } : {}),
    ...(options.code ? { code: options.code } : {}),
  };
  const assessment: Assessment = { ...base.assessment, ...(options.kind ? { kind: options.kind } : {}) };
  return { ...base, regency, assessment };
}

function detailsOptionNames(options: AssessOptions): string[] {
  const names: [keyof AssessOptions, string][] = [['regency', '--regency'], ['type', '--type'], ['province', '--province'], ['code', '--code'], ['kind', '--kind']];
  return names.filter(([key]) => options[key] !== undefined).map(([, name]) => name);
}

// ─── Opening a file ───────────────────────────────────────────────────────────────────────────

async function resume(file: string, options: AssessOptions, baseCtx: Context, held: Held): Promise<Session | undefined> {
  const loaded = loadAssessment(file, { cwd: baseCtx.cwd, rubric: options.rubric, allowRubricFile: options.allowRubricFile });
  printWarnings(loadedWarnings(loaded, file), baseCtx);
  const { rubric } = loaded;
  checkProfile(rubric, options.profile);
  const path = resolve(baseCtx.cwd, file);
  // Before any question: a file that could not be saved, and a file another walk has open.
  checkWritable(path, file);
  const stored = loaded.answers.session?.lang;
  const lang = options.lang ?? stored ?? baseCtx.lang;
  const ctx = inLanguage(baseCtx, lang);
  const paint = palette(ctx.colorOut);
  const paintErr = palette(ctx.colorErr);
  let readOnly = false;
  const attempt = AnswersLock.acquire(path, ctx.now());
  if (attempt.ok) {
    held.lock = attempt.lock;
    if (attempt.replaced) ctx.err(`${fitMessages(say(W.staleLock, lang, { pid: attempt.replaced.pid }), ctx)}\n`);
  } else {
    const choice = await lockedMenu(file, attempt.holder, attempt.sameHost, { ctx, lang, paint });
    if (choice === 'quit') {
      ctx.err(`${fitMessages(say(W.lockedQuitDone, lang, { file, siap: siapCommand(ctx) }), ctx)}\n`);
      return undefined;
    }
    if (choice === 'takeover') held.lock = AnswersLock.takeOver(path, ctx.now());
    else {
      readOnly = true;
      ctx.err(`${fitMessages(paintErr.yellow(W.readOnlyOpened[lang]), ctx)}\n`);
    }
  }
  const text = decodeText(loaded.bytes, file);
  const s: Session = {
    ctx,
    lang,
    keys: stored ?? lang,
    paint,
    paintErr,
    rubric,
    file,
    ...(readOnly ? {} : { saver: AnswersAutosave.resume(path, rubric, text, loaded.answers, { bom: loaded.bytes[0] === 0xef && loaded.bytes[1] === 0xbb && loaded.bytes[2] === 0xbf }) }),
    readOnly,
    answers: loaded.answers,
  };
  if (s.keys !== lang) ctx.err(`${fitMessages(say(W.keysOfFile, lang, { lang: LANGUAGE_NAMES[s.keys] }), ctx)}\n`);
  if (readOnly) return s;
  if (options.profile && options.profile !== s.answers.assessment.profile) {
    update(s, { ...s.answers, assessment: { ...s.answers.assessment, profile: options.profile } });
  }
  const given = detailsOptionNames(options);
  if (!s.answers.regency.name) {
    // A template from `siap init` may not name the regency yet: ask for the details first.
    ctx.err(`${fitMessages(W.detailsIntro[lang], ctx)}\n`);
    update(s, await askDetails(detailsFromOptions(options, s.answers), s, ctx.now()));
  } else {
    if (given.length > 0) ctx.err(`${fitMessages(say(W.optionsNotUsed, lang, { options: given.join(', '), review: ACTION_KEYS.review[s.keys] }), ctx)}\n`);
    // A file from `siap init` names the regency but has no date yet: asked once (today by default),
    // so the report is dated.
    if (!s.answers.assessment.date) update(s, { ...s.answers, assessment: { ...s.answers.assessment, date: await askDate(undefined, s, ctx.now()) } });
  }
  return s;
}

/** A file another walk holds: open it read-only, quit, or (when its computer cannot be checked) take it over. */
async function lockedMenu(file: string, holder: LockNote, sameHost: boolean, s: Pick<Session, 'ctx' | 'lang' | 'paint'>): Promise<'readonly' | 'quit' | 'takeover'> {
  const { ctx, lang, paint } = s;
  const at = new Date(holder.since);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const since = Number.isNaN(at.getTime()) ? holder.since : `${isoDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  ctx.err(`${fitMessages(paint.yellow(say(W.locked, lang, { file, pid: holder.pid || '?', host: holder.host, since })), ctx)}\n`);
  if (!sameHost) ctx.err(`${fitMessages(W.lockedElsewhere[lang], ctx)}\n`);
  const choices: MenuChoice<'readonly' | 'quit' | 'takeover'>[] = [
    { value: 'readonly', name: W.lockedReadOnly[lang] },
    { value: 'quit', name: W.lockedQuit[lang] },
    ...(sameHost ? [] : [{ value: 'takeover' as const, name: W.lockedTakeOver[lang] }]),
  ];
  return askMenu({ message: W.lockedWhat[lang], choices, default: 'readonly', paint, lang, terminal: ctx });
}

async function start(fileArg: string | undefined, options: AssessOptions, baseCtx: Context, held: Held): Promise<Session> {
  const lang = baseCtx.lang;
  const ctx = baseCtx;
  const ref = options.rubric ?? DEFAULT_RUBRIC;
  const profile = options.profile;
  const { rubric, warnings } = loadRubric(ref, { cwd: ctx.cwd });
  printWarnings(warnings, ctx);
  checkProfile(rubric, profile);
  if (fileArg !== undefined) assertWritableFolder(fileArg, { cwd: ctx.cwd });
  const paint = palette(ctx.colorOut);

  const empty: Answers = {
    file: fileArg ?? '',
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
    regency: { name: '' },
    assessment: { kind: 'assessor', assessors: [], ...(profile ? { profile } : {}) },
    context: new Map(),
    entries: new Map(),
  };
  const counts = countsOf({ rubric, answers: empty });
  ctx.err(`${fitMessages(say(W.newAssessment, lang, { title: pick(rubric.title, lang), rubric: rubric.id, version: rubric.version, counts: describeCounts(counts, lang) }), ctx)}\n${W.detailsIntro[lang]}\n`);
  const details = await askDetails(detailsFromOptions(options, empty), { ctx, lang, paint }, ctx.now());
  const file = fileArg ?? (await askFileName(defaultAnswersName(details.regency.name), { ctx, lang, paint }));

  // No `$schema` line: a file meant to be sent names nothing of this machine (see README).
  const { rubricFile, warning } = answersFileRefs(ref, file, ctx.cwd);
  if (warning) printWarnings([warning], ctx);
  const identity = { ...empty.rubric, ...(rubricFile ? { file: rubricFile } : {}) };
  const base = /\.json$/i.test(file)
    ? serializeAnswers({ ...empty, file, rubric: identity, assessment: { ...empty.assessment, kind: details.assessment.kind } }, rubric)
    : buildAnswersTemplate(rubric, {
        lang,
        assessmentKind: details.assessment.kind,
        ...(profile ? { profile } : {}),
        ...(rubricFile ? { rubricFile } : {}),
      });
  const baseAnswers = parseAnswers(base, file, rubric).answers;
  const path = resolve(ctx.cwd, file);
  // Claimed before the file exists, so two walks creating the same file cannot both write it.
  const attempt = AnswersLock.acquire(path, ctx.now());
  if (!attempt.ok) throw new SiapError('ASSESS_FILE_LOCKED', { file, pid: attempt.holder.pid, host: attempt.holder.host }, { source: { file } });
  held.lock = attempt.lock;
  const s: Session = {
    ctx,
    lang,
    keys: lang,
    paint,
    paintErr: palette(ctx.colorErr),
    rubric,
    file,
    saver: AnswersAutosave.create(path, rubric, base, baseAnswers),
    readOnly: false,
    answers: baseAnswers,
  };
  // The first save: the details (and the keys' language) are on disk before the first question is asked.
  update(s, { ...baseAnswers, regency: details.regency, assessment: { ...baseAnswers.assessment, ...details.assessment } });
  held.existing = file;
  ctx.err(`${fitMessages(say(W.created, lang, { file, siap: siapCommand(ctx) }), ctx)}\n`);
  return s;
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
      if (fileExists(file, s.ctx.cwd)) return say(W.fileExists, s.lang, { file, siap: siapCommand(s.ctx) });
      try {
        assertWritableFolder(file, { cwd: s.ctx.cwd });
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

/** The assessment date: the one known ready to edit, else today (the context's clock) on Enter. */
async function askDate(known: string | undefined, s: Pick<Session, 'ctx' | 'lang' | 'paint'>, today: Date): Promise<string> {
  const { lang, paint } = s;
  const typed = await askText({
    message: W.date[lang],
    ...(known ? { prefill: known } : { default: isoDate(today) }),
    validate: (t) => isIsoDate(t.trim() || isoDate(today)) || W.dateInvalid[lang],
    paint,
    lang,
    terminal: s.ctx,
  });
  return typed.trim() || isoDate(today);
}

/**
 * The regency's unscored facts (the rubric's context fields), one prompt each, from the review
 * menu: an empty line skips a field and a value is checked like an answer (a list is typed as
 * `a | b; c | d`). Each one is saved at once.
 */
async function askContext(s: Session): Promise<void> {
  const { lang, paint, rubric } = s;
  for (const field of rubric.context) {
    const current = s.answers.context.get(field.id);
    const unit = field.kind === 'number' && field.unit ? ` (${pick(field.unit, lang)})` : '';
    const choices = field.kind === 'choice' ? ` [${field.options.map((o) => o.id).join(' | ')}]` : field.kind === 'list' ? ` [${field.columns.map((c) => c.id).join(' | ')}; …]` : '';
    const typed = await askText({
      message: `${pick(field.title ?? field.text, lang)}${unit}${choices}`,
      ...(current?.value !== undefined ? { prefill: editableText(field, current, lang) } : {}),
      validate: (t) => {
        if (t.trim() === '') return true;
        const checked = checkValue(field, t);
        if (checked.ok) return true;
        const { message, hint } = describe(checked.code, lang, checked.params);
        return hint ? `${message} — ${hint}` : message;
      },
      paint,
      lang,
      terminal: s.ctx,
    });
    const context = new Map(s.answers.context);
    if (typed.trim() === '') context.delete(field.id);
    else {
      const checked = checkValue(field, typed);
      if (checked.ok) context.set(field.id, { ...(current ?? { evidence: [] }), value: checked.value });
      // Kept, but read one way of two (`1.234`): say which, at once, as for a question.
      if (checked.ok && checked.warning) {
        const { message, hint } = describe(checked.warning.code, lang, checked.warning.params);
        s.ctx.err(`${s.paintErr.yellow(`  ⚠ ${hint ? `${message} — ${hint}` : message}`)}
`);
      }
    }
    update(s, { ...s.answers, context });
  }
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
  const typedCode = await text(W.code, known?.code ?? r.code, (t) => t.trim() === '' || typedRegionCode(t) !== undefined || W.codeInvalid[lang]);
  const code = typedRegionCode(typedCode) ?? '';
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
  const date = await askDate(a.date, s, today);
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

/** Where to start: after the question answered last (the default), or at the first unanswered one. */
async function startingPoint(s: Session): Promise<Question | undefined> {
  const { ctx, lang, rubric } = s;
  const counts = countsOf(s);
  const first = firstUnanswered(rubric, s.answers);
  const visible = visibleQuestions(rubric, s.answers);
  const lastId = s.answers.session?.last;
  const last = lastId && visible.some((q) => q.id === lastId) ? rubric.questionById.get(lastId) : undefined;
  if (counts.answered > 0 || last) ctx.err(`${fitMessages(say(W.resuming, lang, { file: s.file, counts: describeCounts(counts, lang) }), ctx)}\n`);
  if (s.answers.assessment.profile) {
    const profile = rubric.profiles.get(s.answers.assessment.profile);
    if (profile) ctx.err(`${fitMessages(say(W.profileSet, lang, { profile: pick(profile.title, lang), count: counts.all }), ctx)}\n`);
  }
  if (!first) {
    if (counts.answered > 0) ctx.err(`${fitMessages(W.resumeAllDone[lang], ctx)}\n`);
    return undefined;
  }
  if (!last) {
    if (counts.answered > 0) ctx.err(`${fitMessages(say(W.resumeFirstOpen, lang, { id: first.id }), ctx)}\n`);
    return first;
  }
  const after = nextUnanswered(rubric, s.answers, last.id);
  if (after?.id === first.id) {
    ctx.err(`${fitMessages(say(W.resumeAfterLast, lang, { id: first.id, last: last.id }), ctx)}\n`);
    return first;
  }
  // The interview was further on than the first gap: continue there unless asked otherwise.
  const named = (q: Question): string => `${q.id} ${questionTitle(q, lang)}`;
  const room = screenSize(ctx).width - 6;
  const chosen = await askMenu<string>({
    message: W.resumeWhere[lang],
    choices: [
      { value: after ? after.id : '', name: truncate(after ? say(W.resumeChoiceAfter, lang, { last: last.id, id: named(after) }) : say(W.resumeChoiceAfterEnd, lang, { last: last.id }), room) },
      { value: first.id, name: truncate(say(W.resumeChoiceFirst, lang, { id: named(first) }), room) },
    ],
    default: after ? after.id : '',
    paint: s.paint,
    lang,
    terminal: ctx,
  });
  return chosen === '' ? undefined : rubric.questionById.get(chosen);
}

async function walk(s: Session): Promise<Status> {
  const { ctx, lang, rubric } = s;
  let current = await startingPoint(s);
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
        current = nextUnanswered(rubric, s.answers, current.id) ?? (s.readOnly ? followingQuestion(rubric, s.answers, current.id) : undefined);
        break;
      case 'clear':
        break;
      case 'back': {
        const previous = previousQuestion(rubric, s.answers, current.id);
        if (previous) current = previous;
        else ctx.err(`${fitMessages(W.firstQuestion[lang], ctx)}\n`);
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
  const { ctx, lang, paint, paintErr, rubric } = s;
  const size = screenSize(ctx);
  const entry = s.answers.entries.get(question.id);
  const { input, header, actions } = questionScreen(rubric, s.answers, question, lang, paint, size, { keys: s.keys, readOnly: s.readOnly });
  const check = (raw: unknown) => checkValue(question, raw);
  const problem = (result: ReturnType<typeof check>): string => {
    if (result.ok) return '';
    const { message, hint } = describe(result.code, lang, result.params);
    return hint ? `${message} — ${hint}` : message;
  };
  /** The line left on screen for this question, printed once what it says is true (saved, skipped): green and cyan when saved, else dim. */
  const summary = (mark: string, outcome: string, saved = false): void => {
    const paint = saved ? { mark: (t: string) => paintErr.green(t), outcome: (t: string) => paintErr.cyan(t) } : { mark: (t: string) => paintErr.dim(t), outcome: (t: string) => paintErr.dim(t) };
    ctx.err(`${summaryLine(mark, question, outcome, lang, size.width, paint)}\n`);
  };

  const result = await askQuestion<Action>({
    header,
    mode: input.mode,
    options: input.options,
    selected: selectedKeys(question, entry, s.keys),
    text: editableText(question, entry, lang),
    validate: (text) => {
      const checked = check(text);
      return checked.ok || problem(checked);
    },
    allowEmpty: input.allowEmpty,
    keysHint: input.keysHint,
    actions,
    readOnly: s.readOnly,
    words: {
      answer: W.answer[lang],
      choose: W.choose[lang],
      toggle: W.toggle[lang],
      save: W.save[lang],
      pickFirst: W.pickFirst[lang],
      typeFirst: W.typeFirst[lang],
      unknownKey: W.unknownKey[lang],
      noneTicked: say(W.noneTicked, lang, { skip: ACTION_KEYS.skip[s.keys] }),
      more: W.more[lang],
      orFullText: W.orFullText[lang],
      less: W.less[lang],
      scroll: W.scroll[lang],
      scrollPosition: W.scrollPosition[lang],
      clearLine: W.clearLine[lang],
      editCurrent: W.editCurrent[lang],
      restore: W.restore[lang],
      readOnly: W.readOnlyTag[lang],
      readOnlyRefused: W.readOnlyRefused[lang],
      ambiguous: W.ambiguous[lang],
      ambiguousKeep: W.ambiguousKeep[lang],
      ambiguousEdit: W.ambiguousEdit[lang],
    },
    width: size.width,
    rows: size.rows,
    paint,
  }, ctx);

  if (result.type === 'action') {
    if (result.action === 'na') {
      summary('·', W.actNa[lang]);
      const reason = await askText({
        message: W.naReason[lang],
        ...(entry?.na ? { prefill: entry.na } : {}),
        validate: (t) => t.trim() !== '' || W.naReasonRequired[lang],
        clearWhenDone: true,
        paint,
        lang,
        terminal: ctx,
      });
      record(s, question, recordNa(s.answers, question.id, reason.trim()));
      summary('✔', `${WORDS.naShort[lang]}: ${reason.trim()}`, true);
      return { type: 'answered' };
    }
    if (result.action === 'clear') {
      // Asked once, Tidak/No by default: a slip of the key must not lose an answer.
      const answer = answerText(question, entry, lang);
      if (answer) {
        const sure = await askConfirm({ message: say(W.clearConfirm, lang, { id: question.id, answer: truncate(answer.replace(/\s+/g, ' '), 40) }), default: false, yes: W.yes[lang], no: W.no[lang], paint, lang, terminal: ctx });
        if (!sure) {
          summary('·', W.clearKept[lang]);
          return { type: 'clear' };
        }
      }
      record(s, question, clearAnswer(s.answers, question.id));
    }
    const word = actions.find((a) => a.action === result.action)?.word ?? result.action;
    if (result.action === 'skip' && !s.readOnly) summary('↷', W.skipped[lang]);
    else summary('·', word);
    return { type: result.action };
  }
  const checked = check(result.type === 'keys' ? valueFromKeys(question, result.keys, s.keys) : result.text);
  if (!checked.ok) throw new SiapError('INTERNAL', { detail: `assess: ${problem(checked)}` });
  record(s, question, recordValue(s.answers, question.id, checked.value));
  // The ✔ only now: the answer is in the file on disk.
  const shown = question.kind === 'multi' && Array.isArray(checked.value) && checked.value.length === 0 ? W.multiNoneSelected[lang] : formatAnswer(question, checked.value, lang);
  summary('✔', shown.replace(/\s+/g, ' '), true);
  // Saved, but surely a slip (e.g. a digit too many where the rubric sets no maximum): say so at once.
  if (checked.warning) ctx.err(`${fitMessages(paintErr.yellow(`  ⚠ ${problem({ ok: false, ...checked.warning })}`), ctx)}\n`);
  await askNotes(s, question);
  return { type: 'answered' };
}

/** Save a change (remembering the question as the place to resume), then say which later questions it showed or hid. */
function record(s: Session, question: Question, next: Answers): void {
  const before = s.answers;
  const withPosition = next.entries.get(question.id) && isAnswered(next.entries.get(question.id)) ? { ...next, session: { ...next.session, last: question.id } } : next;
  try {
    update(s, withPosition);
  } catch (error) {
    if (isSiapError(error) && error.code === 'ASSESS_FILE_CHANGED') {
      // Say what was not saved, so it can be given again after resuming.
      const entry = next.entries.get(question.id);
      const answer = answerText(question, entry, s.lang) || W.actClear[s.lang];
      throw new SiapError('ASSESS_FILE_CHANGED', { ...error.params, file: s.file, unsaved: phrase(W.unsavedAnswer, { id: question.id, answer }) }, { source: { file: s.file }, cause: error });
    }
    throw error;
  }
  const { shown, hidden } = visibilityChanges(s.rubric, before, next);
  if (shown.length === 0 && hidden.length === 0) return;
  const from = visibleQuestions(s.rubric, before).length;
  const to = visibleQuestions(s.rubric, next).length;
  const list = (qs: Question[]): string => qs.map((q) => `${q.id} ${questionTitle(q, s.lang)}`).join('; ');
  if (shown.length > 0) s.ctx.err(`${fitMessages(say(W.nowShown, s.lang, { list: list(shown), from, to }), s.ctx)}\n`);
  if (hidden.length > 0) s.ctx.err(`${fitMessages(say(W.nowHidden, s.lang, { list: list(hidden), from, to }), s.ctx)}\n`);
}

/**
 * The optional note and evidence references after an answer (each saved when changed). The two
 * prompts leave no trace when skipped; what was written stays on screen under the answer, once saved.
 */
async function askNotes(s: Session, question: Question): Promise<void> {
  const { ctx, lang, paint, paintErr } = s;
  const entry = s.answers.entries.get(question.id);
  if (question.kind !== 'text') {
    const note = (await askText({ message: W.note[lang], ...(entry?.note ? { prefill: entry.note } : {}), clearWhenDone: true, paint, lang, terminal: ctx })).trim();
    if (note !== (entry?.note ?? '')) update(s, recordNotes(s.answers, question.id, { note }));
    if (note) ctx.err(`${fitMessages(paintErr.dim(`  ${W.noteShown[lang]}: ${note}`), ctx)}\n`);
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
  if (evidence.length > 0) ctx.err(`${fitMessages(paintErr.dim(`  ${W.evidenceShown[lang]}: ${evidence.join('; ')}`), ctx)}\n`);
}

// ─── Menus ────────────────────────────────────────────────────────────────────────────────────

function pageSize(ctx: Context): number {
  return Math.max(5, screenSize(ctx).rows - 6);
}

/** Pillars and elements with their progress; where the jump lands, or undefined to stay. */
async function jumpMenu(s: Session, current: Question): Promise<Question | undefined> {
  const { lang, paint, rubric } = s;
  const targets = jumpTargets(rubric, s.answers);
  const width = screenSize(s.ctx).width;
  const choices: MenuChoice<string>[] = [{ value: '', name: W.cancel[lang] }];
  for (const t of targets) {
    const indent = '  '.repeat(t.section.depth - 1);
    const code = t.section.depth > 1 && /\d/.test(t.section.id) ? `${t.section.id} ` : '';
    const count = `  (${t.answered}/${t.visible})`;
    const label = `${indent}${code}${truncate(pick(t.section.title, lang), Math.max(10, width - 6 - indent.length - code.length - count.length))}${count}`;
    // After the choice: the element itself, without the list's indent and count.
    const short = `${code}${pick(t.section.title, lang)}`;
    choices.push({ value: t.section.id, name: label, short, ...(t.target ? {} : { disabled: W.nothingAsked[lang] }) });
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
      ...(s.readOnly ? [] : [{ value: '@', name: W.editDetails[lang] }]),
      ...(s.readOnly || rubric.context.length === 0 ? [] : [{ value: '#', name: W.editContext[lang] }]),
    ];
    const width = screenSize(s.ctx).width;
    let pillar = '';
    // One id column for the list: D-GOV-1 lines up with S1.1.
    const idWidth = Math.max(6, ...visible.map((q) => q.id.length));
    for (const q of visible) {
      const top = rubric.nodes.get(q.parent);
      let root = top;
      while (root?.parent) root = rubric.nodes.get(root.parent);
      if (root && root.id !== pillar) {
        pillar = root.id;
        choices.push({ heading: `── ${pick(root.title, lang)} ──` });
      }
      const answer = answerText(q, s.answers.entries.get(q.id), lang) || '—';
      const idCol = q.id.padEnd(idWidth);
      const answerCol = truncate(answer.replace(/\s+/g, ' '), 26).padEnd(26);
      choices.push({ value: q.id, name: truncate(`${idCol} ${answerCol} ${questionTitle(q, lang)}`, width - 4), short: `${q.id} ${questionTitle(q, lang)}` });
    }
    const chosen = await askMenu<string>({
      message: say(s.readOnly ? W.reviewTitleReadOnly : W.reviewTitle, lang, { answered: p.answered, total: p.total }),
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
    if (chosen === '#') {
      await askContext(s);
      focus = '#';
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
  const open = visibleQuestions(rubric, s.answers).filter((q) => !isQuestionAnswered(s.answers, q.id));
  const choices: MenuChoice<string>[] = [{ value: 'finish', name: s.readOnly ? W.endQuit[lang] : W.endFinish[lang] }];
  if (open[0]) choices.push({ value: open[0].id, name: say(W.endFirstOpen, lang, { id: open[0].id, n: open.length }) });
  choices.push({ value: 'review', name: W.endReview[lang] });
  if (last) choices.push({ value: last.id, name: say(W.endBack, lang, { id: last.id }) });
  const chosen = await askMenu<string>({ message: say(W.endTitle, lang, { counts: describeCounts(countsOf(s), lang) }), choices, default: 'finish', paint, lang, terminal: s.ctx });
  if (chosen === 'finish' || chosen === 'review') return chosen;
  return rubric.questionById.get(chosen)!;
}

async function confirmFinish(s: Session): Promise<boolean> {
  if (s.readOnly) return true;
  const missing = scoreAssessment(s.rubric, s.answers).coverage.requiredUnanswered;
  if (missing === 0) return true;
  return askConfirm({ message: say(W.finishProvisional, s.lang, { n: missing }), default: true, yes: W.yes[s.lang], no: W.no[s.lang], paint: s.paint, lang: s.lang, terminal: s.ctx });
}

/** The result in a few lines: index, band, recommended or not, the failed gates. */
function headline(s: Session, result: ScoreResult): string {
  const { lang, rubric } = s;
  const c = s.paintErr;
  const width = screenSize(s.ctx).width - 1;
  const regency = s.answers.regency.name ? regencyDisplayName(s.answers.regency) : WORDS.noRegencyName[lang];
  const band = result.band ? pick(result.band.label, lang) : '—';
  const index = formatIndexOf(result, result.index, lang);
  const lines = [c.dim('─'.repeat(Math.min(width, 60)))];
  const provisional = result.provisional ? ` ${c.yellow(`[${WORDS.provisional[lang]}]`)}` : '';
  lines.push(c.bold(say(W.headline, lang, { regency, index, band })) + provisional);
  const failed = result.gates.filter((g) => !g.passed);
  const status = result.recommended ? c.green(`✓ ${WORDS.recommended[lang]}`) : c.red(`✗ ${WORDS.notRecommended[lang]}`);
  lines.push(failed.length > 0 ? `${status} — ${say(W.headlineGatesFailed, lang, { n: failed.length })}` : status);
  const shownGates = failed.length > 4 ? failed.slice(0, 3) : failed;
  for (const gate of shownGates) {
    lines.push(...wrapText(`✗ ${pick(gate.title, lang)} — ${describeGate(gate, result, rubric, lang)}`, width, '  ').map((l, i) => (i === 0 ? `  ${c.red(l.trimStart().slice(0, 1))}${l.trimStart().slice(1)}` : `  ${l}`)));
  }
  if (shownGates.length < failed.length) lines.push(`  ${say(W.headlineMoreGates, lang, { n: failed.length - shownGates.length })}`);
  return lines.join('\n');
}

/** The score summary of `siap score`, then the result again and the offer to render the PDF report. */
async function finish(s: Session): Promise<Status> {
  const { ctx, lang } = s;
  const result = scoreAssessment(s.rubric, s.answers);
  ctx.out(`\n${fitOutput(formatScoreSummary(result, s.rubric, lang, palette(ctx.colorOut), { answers: s.answers }), ctx)}\n`);
  if (s.readOnly) {
    ctx.err(`${headline(s, result)}\n${say(W.readOnlyEnd, lang, { file: s.file })}\n`);
    return 'ok';
  }
  ctx.err(`${fitMessages(say(W.saved, lang, { file: s.file, siap: siapCommand(ctx) }), ctx)}\n`);
  // The summary may have scrolled the index off a small screen: the result again, right above the question.
  ctx.err(`${headline(s, result)}\n`);
  // The report code (pdfkit, fonts) loads only here: starting a walk stays quick.
  const { defaultReportName, renderReportFile } = await import('../render-report.js');
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
    ctx.err(`${fitMessages(say(W.reportLater, lang, { file: s.file, siap: siapCommand(ctx) }), ctx)}\n`);
    return 'ok';
  }
  // The answers file was written by this walk: its `rubric.file` is the user's own choice.
  await renderReportFile({ answers: s.file, output: pdf, force: true, strict: false, allowRubricFile: true }, ctx);
  ctx.err(`${fitMessages(say(CLI_WORDS.reportWritten, lang, { file: pdf }), ctx)}\n`);
  return 'ok';
}
