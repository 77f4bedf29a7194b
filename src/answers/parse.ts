import { SiapError, type Diagnostic, type Params } from '../errors.js';
import { inBoth, phrase, say } from '../messages/define.js';
import { DATE_WORDS } from '../messages/input.js';
import { monthName } from '../messages/report-words.js';
import type { Words } from '../i18n.js';
import { ANSWERS_WORDS, SOURCE_WORDS } from '../messages/words.js';
import type { Register } from '../register/register.js';
import type { Question, Rubric } from '../rubric/model.js';
import { issuesToDiagnostics, leafIssues, schemaVocabulary, typeOf, typeWord } from '../source/issues.js';
import { sortByPosition } from '../source/positions.js';
import { withoutRefused } from '../source/salvage.js';
import { parseYaml, type YamlSource } from '../source/yaml.js';
import { didYouMean } from '../util/suggest.js';
import type { AnswerEntry, Answers, MigratedFrom, Person, PanelAnswer } from './model.js';
import { ANSWERS_VOCABULARY, AnswersSchema, type AnswerEntryInput, type AnswersInput } from './schema.js';
import { whereItWent } from '../rubric/migrations.js';
import { checkRegion, type RegionRef } from './region.js';
import { checkValue } from './values.js';

export interface ParsedAnswers {
  answers: Answers;
  warnings: Diagnostic[];
  /** Where the regency sits in the official register (only when one was given to check against). */
  region?: RegionRef;
}

export interface ParseAnswersOptions {
  /** Warnings about the rubric's identity and the regency's details become errors. */
  strict?: boolean;
  /** The official register to check the regency's name, kind, province and code against. */
  register?: Register;
}

/** Answers text → YAML source; the rubric it names can be read from it before full validation. */
export function readAnswersSource(text: string, file: string): YamlSource {
  return parseYaml(text, file, 'ANSWERS_INVALID');
}

/** The rubric an answers file says it was made for (before anything else is checked). */
export function rubricRefOf(source: YamlSource): { id?: string; version?: string; sha256?: string; file?: string } {
  const data = source.data as { rubric?: { id?: unknown; version?: unknown; sha256?: unknown; file?: unknown } } | null;
  const rubric = data && typeof data === 'object' ? data.rubric : undefined;
  if (!rubric || typeof rubric !== 'object') return {};
  return {
    ...(typeof rubric.id === 'string' ? { id: rubric.id } : {}),
    ...(typeof rubric.version === 'string' && rubric.version !== '' ? { version: rubric.version } : {}),
    ...(typeof rubric.sha256 === 'string' && rubric.sha256 !== '' ? { sha256: rubric.sha256 } : {}),
    ...(typeof rubric.file === 'string' && rubric.file !== '' ? { file: rubric.file } : {}),
  };
}

/** The document must be a map, and not a rubric handed over by mistake. */
export function assertAnswersDocument(source: YamlSource): void {
  const data = source.data;
  let problem: Diagnostic | undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problem = { code: 'SCHEMA_TYPE', severity: 'error', params: { where: SOURCE_WORDS.fileContent, expected: typeWord('object'), received: typeWord(typeOf(data)) }, source: source.locate([]) };
  } else if ('sections' in data && 'scales' in data) {
    problem = { code: 'ANSWERS_IS_RUBRIC', severity: 'error', params: {}, source: source.locate(['sections'], true) };
  }
  if (problem) throw new SiapError('ANSWERS_INVALID', { count: 1 }, { diagnostics: [problem] });
}

/** Answers text → answers checked against the rubric. */
export function parseAnswers(text: string, file: string, rubric: Rubric, options: ParseAnswersOptions = {}): ParsedAnswers {
  return parseAnswersSource(readAnswersSource(text, file), rubric, options);
}

/**
 * Check a parsed answers document against its rubric: shape, question ids, values, N/A rules,
 * the rubric identity (a changed rubric is a warning, or an error with `strict`) and, given the
 * register, the regency's details (src/answers/region.ts).
 */
export function parseAnswersSource(source: YamlSource, rubric: Rubric, options: ParseAnswersOptions = {}): ParsedAnswers {
  const data = source.data;
  const fail = (diagnostics: Diagnostic[]): never => {
    const sorted = sortByPosition(diagnostics);
    throw new SiapError('ANSWERS_INVALID', { count: sorted.filter((d) => d.severity === 'error').length }, { diagnostics: sorted });
  };
  assertAnswersDocument(source);
  const parsed = AnswersSchema.safeParse(data);
  const diagnostics: Diagnostic[] = [];
  let input: AnswersInput;
  if (parsed.success) input = parsed.data;
  else {
    // The parts of the wrong shape are reported, and the rest is still checked (all problems at once).
    const issues = leafIssues(parsed.error.issues, data);
    diagnostics.push(...issuesToDiagnostics(issues, source, schemaVocabulary(AnswersSchema, ANSWERS_VOCABULARY)));
    const rest = withoutRefused(data, issues, (d) => AnswersSchema.safeParse(d), leafIssues);
    if (!rest) fail(diagnostics);
    input = rest!.data;
  }

  const error = (code: Diagnostic['code'], path: (string | number)[], params: Params, atKey = false): void => {
    diagnostics.push({ code, severity: 'error', params, source: source.locate(path, atKey) });
  };
  const warn = (code: Diagnostic['code'], path: (string | number)[], params: Params): void => {
    diagnostics.push({ code, severity: 'warning', params, source: source.locate(path) });
  };

  // Rubric identity
  if (input.rubric.id !== rubric.id) error('ANSWER_RUBRIC_ID', ['rubric', 'id'], { expected: input.rubric.id, actual: rubric.id });
  else if (input.rubric.sha256 && input.rubric.sha256 !== rubric.sha256) {
    const versionChanged = input.rubric.version && input.rubric.version !== rubric.version;
    const params: Params = versionChanged
      ? { expected: input.rubric.version!, actual: rubric.version }
      : { expected: input.rubric.sha256.slice(0, 12), actual: rubric.sha256.slice(0, 12), strictness: options.strict ? ANSWERS_WORDS.strictIsOn : ANSWERS_WORDS.strictMakesError };
    const code = versionChanged ? 'ANSWER_RUBRIC_VERSION' : 'ANSWER_RUBRIC_HASH';
    if (options.strict) error(code, ['rubric', versionChanged ? 'version' : 'sha256'], params);
    else warn(code, ['rubric', versionChanged ? 'version' : 'sha256'], params);
  }

  // An unquoted code is a number to YAML (51.10 → 51.1): keep the digits exactly as written.
  const code = typeof input.regency.code === 'number' ? (source.sourceText(['regency', 'code']) ?? String(input.regency.code)) : input.regency.code;
  if (typeof input.regency.code === 'number') warn('ANSWER_CODE_NUMBER', ['regency', 'code'], { value: code!, number: String(input.regency.code) });
  const checked = options.register ? checkRegion(input.regency, source, options.register, Boolean(options.strict)) : undefined;
  if (checked) diagnostics.push(...checked.diagnostics);
  const date = input.assessment?.date;
  const dateProblem = date ? checkDate(date) : undefined;
  if (dateProblem) error(dateProblem.code, ['assessment', 'date'], { value: date!, ...('advice' in dateProblem ? { advice: dateProblem.advice } : {}) });
  const profile = input.assessment?.profile;
  if (profile && !rubric.profiles.has(profile)) {
    error('PROFILE_UNKNOWN', ['assessment', 'profile'], { profile, known: [...rubric.profiles.keys()].join(', ') || '—' });
  }

  // Answers, and the context facts (checked the same way against the rubric's context fields)
  const readEntry = (question: Question, raw: unknown, path: (string | number)[]): AnswerEntry => {
    const id = question.id;
    const entryInput: AnswerEntryInput = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as AnswerEntryInput) : { value: raw as AnswerEntryInput['value'] };
    const valuePath = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? [...path, 'value'] : path;
    const entry: AnswerEntry = { evidence: (entryInput.evidence ?? []).filter((e) => e.trim() !== '') };
    if (entryInput.note) entry.note = entryInput.note;

    const naRaw = entryInput.na;
    const hasNa = naRaw !== undefined && naRaw !== null && naRaw !== false;
    const hasValue = entryInput.value !== undefined && entryInput.value !== null;
    if (hasNa) {
      if (!question.allowNa) error('ANSWER_NA_NOT_ALLOWED', [...path, 'na'], { id });
      else if (naRaw === true || (typeof naRaw === 'string' && naRaw.trim() === '')) error('ANSWER_NA_REASON', [...path, 'na'], { id });
      else if (hasValue) error('ANSWER_NA_AND_VALUE', [...path, 'na'], { id });
      else entry.na = String(naRaw).trim();
    } else if (hasValue) {
      const check = checkValue(question, entryInput.value, (below) => source.sourceText([...valuePath, ...below]));
      if (check.ok) entry.value = check.value;
      else error(check.code, valuePath, check.params);
      if (check.ok && check.warning) warn(check.warning.code, [...valuePath, ...(check.warning.at ?? [])], check.warning.params);
    }
    if (entryInput.panel) entry.panel = entryInput.panel.map(panelAnswer);
    return entry;
  };
  const entries = new Map<string, AnswerEntry>();
  for (const [id, raw] of Object.entries(input.answers ?? {})) {
    const path = ['answers', id];
    const question = rubric.questionById.get(id);
    if (!question) {
      // An id of an older version says where it went; a typo gets the nearest id not answered yet.
      const answered = new Set(Object.keys(input.answers ?? {}));
      const suggestion = movedHint(rubric, id) ?? didYouMean(id, rubric.questionById.keys(), phrase(ANSWERS_WORDS.listQuestionIds, { rubric: rubric.id }), { prefer: (c) => !answered.has(c) });
      error('ANSWER_UNKNOWN_QUESTION', path, { id, rubric: rubric.id, suggestion }, true);
      continue;
    }
    const entry = readEntry(question, raw, path);
    entries.set(id, entry);
    // A self-assessment does not ask the assessors' own questions: an answer there is ignored, so say so.
    if (question.assessorOnly && (input.assessment?.kind ?? 'self') === 'self' && (entry.value !== undefined || entry.na !== undefined)) {
      const answered = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? [...path, entry.na !== undefined ? 'na' : 'value'] : path;
      warn('ANSWER_ASSESSOR_ONLY', answered, { id });
    }
  }
  const context = new Map<string, AnswerEntry>();
  for (const [id, raw] of Object.entries(input.context ?? {})) {
    const path = ['context', id];
    const field = rubric.contextById.get(id);
    if (!field) {
      const known = [...rubric.contextById.keys()];
      const suggestion = known.length > 0 ? didYouMean(id, known, phrase(ANSWERS_WORDS.listContextIds, { rubric: rubric.id })) : phrase(ANSWERS_WORDS.noContext, { rubric: rubric.id });
      error('ANSWER_UNKNOWN_CONTEXT', path, { id, rubric: rubric.id, suggestion }, true);
      continue;
    }
    context.set(id, readEntry(field, raw, path));
  }

  if (diagnostics.some((d) => d.severity === 'error')) fail(diagnostics);

  const assessment = input.assessment ?? {};
  const answers: Answers = {
    file: source.file,
    rubric: compact({ id: input.rubric.id, version: input.rubric.version, sha256: input.rubric.sha256, file: input.rubric.file }) as Answers['rubric'],
    regency: {
      name: input.regency.name?.trim() ?? '',
      ...compact({
      kind: input.regency.kind,
      province: input.regency.province,
      code: code === null || code === undefined ? undefined : String(code),
      }),
    },
    assessment: {
      kind: assessment.kind ?? 'self',
      assessors: (assessment.assessors ?? []).map(person),
      ...compact({
      date: assessment.date,
      place: assessment.place,
      signingPlace: assessment.signing_place,
      mode: assessment.mode,
      profile: assessment.profile,
      representative: assessment.representative ? person(assessment.representative) : undefined,
      notes: assessment.notes,
      }),
    },
    context,
    entries,
    ...(input.merged_from ? { mergedFrom: input.merged_from } : {}),
    ...(input.consensus
      ? {
          consensus: {
            assessors: input.consensus.assessors,
            rule: input.consensus.rule ?? 'median',
            compared: input.consensus.compared,
            agreed: input.consensus.agreed,
            kappa: input.consensus.kappa ?? null,
            weighting: input.consensus.kappa_weighting ?? 'linear',
            open: input.consensus.open ?? [],
          },
        }
      : {}),
    ...(input.session && (input.session.lang || input.session.last) ? { session: compact({ lang: input.session.lang, last: input.session.last }) } : {}),
    ...(input.migrated_from ? { migratedFrom: migratedFrom(input.migrated_from) } : {}),
  };
  return { answers, warnings: diagnostics, ...(checked ? { region: checked.region } : {}) };
}

function migratedFrom(m: NonNullable<AnswersInput['migrated_from']>): MigratedFrom {
  return {
    rubric: compact({ id: m.rubric.id, version: m.rubric.version, sha256: m.rubric.sha256 }) as MigratedFrom['rubric'],
    ...(m.file ? { file: m.file } : {}),
    ...(m.dropped && Object.keys(m.dropped).length > 0 ? { dropped: m.dropped as Record<string, Record<string, unknown>> } : {}),
  };
}

/**
 * A date must be written YYYY-MM-DD (else ANSWER_DATE) and exist (2026-02-30 does not:
 * ANSWER_NO_SUCH_DATE, with what is wrong with it as the advice).
 */
function checkDate(text: string): { code: 'ANSWER_DATE' } | { code: 'ANSWER_NO_SUCH_DATE'; advice: Words } | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return { code: 'ANSWER_DATE' };
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) {
    // 2026-13-01: perhaps the day and the month changed places.
    const swapped = day >= 1 && day <= 12 && month >= 1 && month <= daysIn(year, day) ? `${parts[1]}-${parts[3]}-${parts[2]}` : undefined;
    const noMonth = phrase(DATE_WORDS.noSuchMonth, { month: parts[2]! });
    return { code: 'ANSWER_NO_SUCH_DATE', advice: swapped ? inBoth((lang) => noMonth[lang] + phrase(DATE_WORDS.swapped, { date: swapped })[lang]) : noMonth };
  }
  if (day < 1) return { code: 'ANSWER_NO_SUCH_DATE', advice: DATE_WORDS.dayZero };
  const last = daysIn(year, month);
  if (day > last) return { code: 'ANSWER_NO_SUCH_DATE', advice: inBoth((lang) => say(DATE_WORDS.monthEnds, lang, { month: monthName(month, lang), year, last })) };
  return undefined;
}

/** How many days a month of a year has. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function person(p: { name: string; role?: string | null; institution?: string | null; nip?: string | null }): Person {
  return compact({ name: p.name, role: p.role, institution: p.institution, nip: p.nip }) as Person;
}

function panelAnswer(p: { assessor: string; value?: unknown; na?: unknown; note?: string | null }): PanelAnswer {
  const out: PanelAnswer = { assessor: p.assessor };
  if (p.value !== undefined && p.value !== null) out.value = p.value as PanelAnswer['value'] & {};
  if (typeof p.na === 'string' && p.na !== '') out.na = p.na;
  if (p.note) out.note = p.note;
  return out;
}

/** Drop keys whose value is null, undefined or an empty string. */
function compact<T extends Record<string, unknown>>(obj: T): { [K in keyof T]?: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], null> };
}

/** Where an id of an older version went in this rubric, as a hint, when its migrations say. */
function movedHint(rubric: Rubric, id: string): Words | undefined {
  const went = whereItWent(rubric, id);
  if (!went) return undefined;
  const version = rubric.version;
  const [only] = went.to;
  if (only === undefined) return phrase(ANSWERS_WORDS.dropped, { id, version });
  if (went.to.length > 1) return phrase(ANSWERS_WORDS.split, { id, version, to: went.to.map((t) => t.id).join(', ') });
  if (!only.context) return phrase(ANSWERS_WORDS.movedToQuestion, { id, version, to: only.id });
  return only.column ? phrase(ANSWERS_WORDS.movedToContextColumn, { id, version, to: only.id, column: only.column }) : phrase(ANSWERS_WORDS.movedToContext, { id, version, to: only.id });
}
