import { resolve } from 'node:path';
import { likelyRegionCode, parseNumber, typedRegionCode } from '../answers/values.js';
import { SiapError } from '../errors.js';
import { isLang, type Lang } from '../i18n.js';
import type { Env } from './context.js';

/**
 * Commander's raw result → one typed options object per command, checked once. Every mistake is
 * a `SiapError` with a USAGE_* code (exit 2) raised before any file is read.
 */

export type RawOptions = Record<string, unknown>;

export interface RubricListOptions {
  json: boolean;
}
export interface RubricShowOptions {
  rubric: string;
  questions: boolean;
}
export interface RubricValidateOptions {
  files: string[];
}
export interface RubricSchemaOptions {
  schema: 'rubric' | 'answers' | 'template' | 'score';
  /** The answers schema of this rubric (question ids and values complete in editors). */
  rubric?: string;
}
export interface InitOptions {
  rubric: string;
  regency?: string;
  type?: 'kabupaten' | 'kota';
  province?: string;
  code?: string;
  kind: 'self' | 'assessor';
  profile?: string;
  output?: string;
  /** Write the rubric's answers JSON Schema beside the answers file and point the file at it. */
  schema?: true;
  force: boolean;
}
export interface AssessOptions {
  answers?: string;
  rubric?: string;
  profile?: string;
  /** `--lang` as typed: it overrides the language stored in a file being resumed. */
  lang?: Lang;
  /** Details of a new file, the same options as `init` (they pre-fill the detail questions). */
  regency?: string;
  type?: 'kabupaten' | 'kota';
  province?: string;
  code?: string;
  kind?: 'self' | 'assessor';
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}
export interface ScoreOptions {
  answers: string;
  rubric?: string;
  format: 'table' | 'json' | 'csv';
  explain: boolean;
  failUnder?: number;
  strict: boolean;
  /** Excel workbook to write. */
  xlsx?: string;
  /** Overwrite an existing workbook. */
  force?: boolean;
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}
export interface ReportOptions {
  answers: string;
  output?: string;
  template?: string;
  rubric?: string;
  /** The self-assessment for the page "Penilaian Mandiri vs Verifikasi Asesor". */
  compare?: string;
  force: boolean;
  strict: boolean;
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}
export interface BatchOptions {
  inputs: string[];
  top: number | null;
  jobs: number | null;
  out?: string;
  pdf: boolean;
  csv?: string;
  json?: string;
  xlsx?: string;
  decimalComma: boolean;
  template?: string;
  rubric?: string;
  /** Only the regencies of these provinces (names or two-digit codes, as typed). */
  province?: string[];
  /** Rows grouped by province in every output. */
  byProvince: boolean;
  /** The recap's date (`--date`): never the clock. */
  date?: string;
  force: boolean;
  strict: boolean;
  /** Every column of the ranking table, whatever the terminal's width. */
  wide: boolean;
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}
export interface VerifyOptions {
  report: string;
}
export interface CompareOptions {
  a: string;
  b: string;
  json: boolean;
  /** Rubric to score B with. */
  rubric?: string;
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}
export interface MergeOptions {
  files: string[];
  output: string;
  rule: 'median' | 'min';
  kappa: 'linear' | 'quadratic';
  json: boolean;
  force: boolean;
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}

export interface FormOptions {
  /** An answers file to pre-fill the form from. */
  answers?: string;
  rubric?: string;
  regency?: string;
  type?: 'kabupaten' | 'kota';
  province?: string;
  code?: string;
  output?: string;
  force: boolean;
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}

export interface MigrateOptions {
  answers: string;
  /** A bundled version (`1.1.0`) or a rubric file; default: the latest bundled version. */
  to?: string;
  output?: string;
  json: boolean;
  force: boolean;
  /** Follow `rubric.file` wherever it points (see io/load.ts). */
  allowRubricFile?: true;
}

/** A command with its checked options: what `main` hands to the command's module. */
export type Invocation =
  | { command: 'rubric-list'; options: RubricListOptions }
  | { command: 'rubric-show'; options: RubricShowOptions }
  | { command: 'rubric-validate'; options: RubricValidateOptions }
  | { command: 'rubric-schema'; options: RubricSchemaOptions }
  | { command: 'init'; options: InitOptions }
  | { command: 'assess'; options: AssessOptions }
  | { command: 'score'; options: ScoreOptions }
  | { command: 'report'; options: ReportOptions }
  | { command: 'batch'; options: BatchOptions }
  | { command: 'verify'; options: VerifyOptions }
  | { command: 'compare'; options: CompareOptions }
  | { command: 'merge'; options: MergeOptions }
  | { command: 'form'; options: FormOptions }
  | { command: 'migrate'; options: MigrateOptions };

export type CommandName = Invocation['command'];

/** `--allow-rubric-file`, only when given (so option objects stay as they were without it). */
function allowRubricFile(raw: RawOptions): { allowRubricFile?: true } {
  return raw.allowRubricFile ? { allowRubricFile: true } : {};
}

/** A non-empty string option, or nothing. */
function text(raw: RawOptions, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `--code` in the form to write (`5104` is 51.04, as in an answers file); refused unless it is a region code, with the code it most likely means. */
function regionCode(raw: RawOptions): string | undefined {
  const value = text(raw, 'code');
  if (value === undefined) return undefined;
  const code = typedRegionCode(value);
  if (code !== undefined) return code;
  throw new SiapError('USAGE_REGION_CODE', { value, example: likelyRegionCode(value) ?? '51.04' });
}

/** `{ key: value }` when the value is there, `{}` otherwise (options stay exact under exactOptionalPropertyTypes). */
function some<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function positiveInteger(value: unknown, option: string): number | null {
  if (value === undefined) return null;
  const raw = String(value).trim();
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new SiapError('USAGE_POSITIVE_INTEGER', { option, value: String(value) });
  }
  return Number(raw);
}

/** The arguments and options of one command, checked (`cwd` resolves paths compared with each other). */
export function toInvocation(command: CommandName, args: string[], raw: RawOptions, cwd: string): Invocation {
  switch (command) {
    case 'rubric-list':
      return { command, options: { json: Boolean(raw.json) } };
    case 'rubric-show':
      return { command, options: { rubric: args[0]!, questions: Boolean(raw.questions) } };
    case 'rubric-validate':
      return { command, options: { files: args } };
    case 'rubric-schema': {
      const schema = raw.answers ? 'answers' : raw.template ? 'template' : raw.score ? 'score' : 'rubric';
      return { command, options: { schema, ...some('rubric', text(raw, 'rubric')) } };
    }
    case 'init':
      return {
        command,
        options: {
          rubric: text(raw, 'rubric') ?? 'kesiapan-kota-cerdas',
          ...some('regency', text(raw, 'regency')),
          ...some('type', text(raw, 'type') as InitOptions['type']),
          ...some('province', text(raw, 'province')),
          ...some('code', regionCode(raw)),
          kind: raw.kind === 'assessor' ? 'assessor' : 'self',
          ...some('profile', text(raw, 'profile')),
          ...some('output', text(raw, 'output')),
          ...(raw.schema ? { schema: true as const } : {}),
          force: Boolean(raw.force),
        },
      };
    case 'assess':
      return {
        command,
        options: {
          ...some('answers', args[0]),
          ...some('rubric', text(raw, 'rubric')),
          ...some('profile', text(raw, 'profile')),
          ...some('lang', isLang(raw.lang) ? raw.lang : undefined),
          ...some('regency', text(raw, 'regency')),
          ...some('type', text(raw, 'type') as AssessOptions['type']),
          ...some('province', text(raw, 'province')),
          ...some('code', regionCode(raw)),
          ...some('kind', text(raw, 'kind') as AssessOptions['kind']),
          ...allowRubricFile(raw),
        },
      };
    case 'score':
      return { command, options: scoreOptions(args[0]!, raw) };
    case 'report':
      return {
        command,
        options: {
          answers: args[0]!,
          ...some('output', text(raw, 'output')),
          ...some('template', text(raw, 'template')),
          ...some('rubric', text(raw, 'rubric')),
          ...some('compare', text(raw, 'compare')),
          force: Boolean(raw.force),
          strict: Boolean(raw.strict),
          ...allowRubricFile(raw),
        },
      };
    case 'batch':
      return { command, options: batchOptions(args, raw, cwd) };
    case 'verify':
      return { command, options: { report: args[0]! } };
    case 'compare':
      return { command, options: { a: args[0]!, b: args[1]!, json: Boolean(raw.json), ...some('rubric', text(raw, 'rubric')), ...allowRubricFile(raw) } };
    case 'merge':
      return {
        command,
        options: {
          files: args,
          output: String(raw.output),
          rule: raw.rule === 'min' ? 'min' : 'median',
          kappa: raw.kappa === 'quadratic' ? 'quadratic' : 'linear',
          json: Boolean(raw.json),
          force: Boolean(raw.force),
          ...allowRubricFile(raw),
        },
      };
    case 'form': {
      const output = text(raw, 'output');
      if (output !== undefined && !/\.html?$/i.test(output)) throw new SiapError('USAGE_HTML_OUTPUT', {}, { source: { file: output } });
      return {
        command,
        options: {
          ...some('answers', args[0]),
          ...some('rubric', text(raw, 'rubric')),
          ...some('regency', text(raw, 'regency')),
          ...some('type', text(raw, 'type') as FormOptions['type']),
          ...some('province', text(raw, 'province')),
          ...some('code', regionCode(raw)),
          ...some('output', output),
          force: Boolean(raw.force),
          ...allowRubricFile(raw),
        },
      };
    }
    case 'migrate':
      return {
        command,
        options: {
          answers: args[0]!,
          ...some('to', text(raw, 'to')),
          ...some('output', text(raw, 'output')),
          json: Boolean(raw.json),
          force: Boolean(raw.force),
          ...allowRubricFile(raw),
        },
      };
  }
}

function scoreOptions(answers: string, raw: RawOptions): ScoreOptions {
  if (raw.json && raw.csv) throw new SiapError('USAGE_TOGETHER', { a: '--json', b: '--csv' });
  let failUnder: number | undefined;
  if (raw.failUnder !== undefined) {
    failUnder = parseNumber(String(raw.failUnder));
    if (failUnder === undefined) throw new SiapError('USAGE_NUMBER', { option: '--fail-under', value: String(raw.failUnder) });
  }
  return {
    answers,
    ...some('rubric', text(raw, 'rubric')),
    format: raw.json ? 'json' : raw.csv ? 'csv' : 'table',
    explain: Boolean(raw.explain),
    ...some('failUnder', failUnder),
    strict: Boolean(raw.strict),
    ...some('xlsx', text(raw, 'xlsx')),
    ...some('force', raw.force ? true : undefined),
    ...allowRubricFile(raw),
  };
}

function batchOptions(inputs: string[], raw: RawOptions, cwd: string): BatchOptions {
  const options: BatchOptions = {
    inputs,
    top: positiveInteger(raw.top, '--top'),
    jobs: positiveInteger(raw.jobs, '--jobs'),
    pdf: Boolean(raw.pdf),
    decimalComma: Boolean(raw.decimalComma),
    force: Boolean(raw.force),
    strict: Boolean(raw.strict),
    wide: Boolean(raw.wide),
    ...allowRubricFile(raw),
    ...some('out', text(raw, 'out')),
    ...some('csv', text(raw, 'csv')),
    ...some('json', text(raw, 'json')),
    ...some('xlsx', text(raw, 'xlsx')),
    ...some('template', text(raw, 'template')),
    ...some('rubric', text(raw, 'rubric')),
    ...some('province', provinceList(raw.province)),
    byProvince: Boolean(raw.byProvince),
    ...some('date', text(raw, 'date')),
  };
  if (options.date !== undefined && !isIsoDate(options.date)) throw new SiapError('USAGE_DATE', { option: '--date', value: options.date });
  if (options.pdf && !options.out) throw new SiapError('USAGE_PDF_NEEDS_OUT');
  if (options.out && !options.pdf) throw new SiapError('USAGE_ONLY_WITH', { option: '--out', with: '--pdf' });
  if (options.template && !options.pdf) throw new SiapError('USAGE_ONLY_WITH', { option: '--template', with: '--pdf' });
  if (options.decimalComma && !options.csv) throw new SiapError('USAGE_ONLY_WITH', { option: '--decimal-comma', with: '--csv FILE' });
  const outputs: [string, string | undefined][] = [['--csv', options.csv], ['--json', options.json], ['--xlsx', options.xlsx]];
  for (let i = 0; i < outputs.length; i++) {
    for (let j = i + 1; j < outputs.length; j++) {
      const [a, fa] = outputs[i]!;
      const [b, fb] = outputs[j]!;
      if (fa && fb && resolve(cwd, fa) === resolve(cwd, fb)) throw new SiapError('USAGE_SAME_FILE', { a, b });
    }
  }
  return options;
}

/** `--province Bali,51 --province NTB` → ['Bali', '51', 'NTB'] (names or codes; checked against the register later). */
function provinceList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
  if (list.length === 0) throw new SiapError('USAGE_OPTION_VALUE', { option: '--province' });
  return list;
}

/** A real calendar day written `YYYY-MM-DD` (`--date`, the assessment date asked by `siap assess`). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** `SOURCE_DATE_EPOCH` (reproducible builds): whole seconds since 1970, else a usage error. */
export function sourceDateEpoch(env: Env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/.test(raw)) throw new SiapError('USAGE_SOURCE_DATE_EPOCH', { value: raw });
  return new Date(Number(raw) * 1000);
}
