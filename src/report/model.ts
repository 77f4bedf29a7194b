import type { AnswerValue, Answers, ListRow, Person } from '../answers/model.js';
import { formatDecimal, groupThousands, pick, type Lang, type LocalText, type Words } from '../i18n.js';
import { consensusFacts, describeCounts, describeGate, formatAnswer, formatCell, formatIndex, formatNumber, strongestItems, weakestItems } from '../messages/present.js';
import { countQuestions } from '../scoring/score.js';
import { isScored, type Band, type Horizon, type Question, type Rubric } from '../rubric/model.js';
import type { ChildTrace, NodeScore, QuestionScore, ScoreResult } from '../scoring/model.js';
import { say, type Params } from '../messages/define.js';
import { formatLongDate, label, REPORT_WORDS as W } from '../messages/report-words.js';
import { EXCLUSION_WORDS, regencyDisplayName, WORDS } from '../messages/words.js';
import { documentNumber, figuresOf, MANIFEST_FORMAT, MANIFEST_NAME, manifestText, qrPayload, sha256Hex, type ManifestFile, type ReportManifest } from './identity.js';
import { breakableName, type BarChart, type Chart, type ChartMark, type Column, type Paragraph, type RadarChart, type Run, type TableRow, type TableSpec } from './layout.js';
import type { ReportTemplate } from './template.js';
import { themeOf, type Theme } from './theme.js';
import { upperFirst } from '../util/case.js';

/**
 * The report as data: every word and number decided, in one language, ready to lay out. Pure:
 * no pdfkit, no file system, no clock. `renderReportPdf` (pdf.ts) turns it into pages.
 */
export interface ReportModel {
  lang: Lang;
  info: { title: string; subject: string; author: string; keywords: string; creator: string; creationDate: Date };
  theme: Theme;
  /** Running header and footer of every page but the cover; `pageLabel` holds `{page}` and `{pages}`. */
  header: { left: string; right: string };
  footer: { document: string; left: string; pageLabel: string };
  /** Added to a table's title on the pages it continues on: "(lanjutan)". */
  continued: string;
  /** The files the report is made from and its manifest, embedded in the PDF (`siap verify` reads them back). */
  attachments: Attachment[];
  cover?: CoverSection;
  /** Numbered sections in print order. */
  sections: ReportSection[];
}

export interface Attachment {
  name: string;
  bytes: Uint8Array;
  type: string;
  description: string;
  date: Date;
  /** How the file relates to the document (PDF 2.0 /AFRelationship). */
  relationship: 'Source' | 'Data' | 'Supplement';
}

export interface CoverSection {
  authority?: string;
  logo?: { bytes: Uint8Array; format: 'png' | 'jpeg' };
  title: string;
  subtitle: string;
  regency: string;
  province?: string;
  year?: string;
  byLine: string;
  kind: string;
  date?: string;
  provisional?: string;
  /** "Nomor dokumen SIAP-…" */
  documentLine: string;
  rubricLine: string;
}

export type ReportSection =
  | IdentitySection
  | SummarySection
  | ChartsSection
  | ComparisonSection
  | ResultsSection
  | QuestionsSection
  | FindingsSection
  | ActionsSection
  | MethodSection
  | SignoffSection;

/** `[label, value]` rows of a two-column facts table. */
export type Facts = [label: string, value: string][];

export interface IdentitySection {
  kind: 'identity';
  title: string;
  regency: { heading: string; facts: Facts };
  assessment: { heading: string; facts: Facts };
  people: { heading: string; table: TableSpec };
  notes?: { heading: string; text: string };
}

export interface SummarySection {
  kind: 'summary';
  title: string;
  lead: string;
  index: { label: string; value: string; of: string; band: string; bandColor: string };
  status: { label: string; text: string; recommended: boolean; detail?: string };
  provisional?: string;
  facts: Facts;
  /** The numbered top priority actions, from the weaknesses. */
  priorities?: { heading: string; note: string; items: Paragraph[] };
  gates?: { heading: string; items: { passed: boolean; title: string; detail: string }[] };
  /** Index and band of each top-level section. */
  pillars: { heading: string; table: TableSpec };
}

export interface ChartsSection {
  kind: 'charts';
  title: string;
  charts: Chart[];
  note: string;
}

/** Self-assessment next to the assessor's verification (filled in by `--compare`). */
export interface ComparisonSection {
  kind: 'comparison';
  title: string;
  lead: string;
  chart: BarChart;
  table: TableSpec;
}

export interface ResultsSection {
  kind: 'results';
  title: string;
  tables: { heading: string; table: TableSpec }[];
}

export interface QuestionsSection {
  kind: 'questions';
  title: string;
  notes: string[];
  groups: { breadcrumb?: string; heading: string; table: TableSpec }[];
}

export interface FindingsSection {
  kind: 'findings';
  title: string;
  /** The rule that decides which list an item is in. */
  note: string;
  gates?: { heading: string; items: Paragraph[] };
  pillars: {
    heading: string;
    blocks: { heading: string; items: Paragraph[]; empty: string }[];
  }[];
}

/** Every recommendation, numbered, grouped by horizon and by the responsible perangkat daerah. */
export interface ActionsSection {
  kind: 'actions';
  title: string;
  lead: string;
  groups: { heading: string; blocks: { heading?: string; table: TableSpec }[] }[];
  empty?: string;
}

export interface MethodSection {
  kind: 'method';
  title: string;
  paragraphs: string[];
  /** A command to type, printed in monospace. */
  command?: string;
  nodes: { heading: string; formula: string; table: TableSpec }[];
}

export interface Signer {
  role: string;
  name: string;
  /** "NIP. 1970…", or "NIP." with a dotted line to fill in. */
  nip: string;
  details: string[];
}

export interface SignoffSection {
  kind: 'signoff';
  title: string;
  lead: string;
  placeDate: string;
  team: string;
  signers: Signer[];
  acknowledged: { label: string; signer: Signer };
  /** Document number and hashes, to match a paper copy to its data; `qr` is the QR code's text. */
  identity: { heading: string; facts: Facts; note: string; qr: string; qrAlt: string };
}

export interface ReportOptions {
  template: ReportTemplate;
  lang: Lang;
  /** `SOURCE_DATE_EPOCH`, when set: the PDF's creation date. Never the clock. */
  generatedAt?: Date;
  toolVersion: string;
  /** Place in a batch ranking. */
  rank?: { position: number; total: number; selected?: boolean };
  /** The answers file as read, embedded as an attachment. */
  source?: { name: string; bytes: Uint8Array };
  /** The rubric file's text, embedded so the report can be re-derived. */
  rubricSource?: { name: string; text: string };
  /** The `--compare` self-assessment as read, embedded beside the answers (and its rubric when it is another file). */
  compareSource?: { name: string; bytes: Uint8Array; rubric?: { name: string; text: string } };
  /** A finished comparison section (self-assessment vs assessor); built by the compare work. */
  comparison?: ComparisonSection;
}

/** The PDF date when neither the answers nor SOURCE_DATE_EPOCH give one (fixed, never the clock). */
export const FALLBACK_DATE = new Date('2000-01-01T00:00:00Z');

/** Build the report model. Same inputs → same model. */
export function buildReportModel(rubric: Rubric, answers: Answers, result: ScoreResult, options: ReportOptions): ReportModel {
  const { lang, template } = options;
  const ctx = new ModelBuilder(rubric, answers, result, options);
  const regency = ctx.regency;
  const rubricShort = pick(rubric.shortTitle ?? rubric.title, lang);
  const withRubric = (text: string): string => text.replaceAll('{rubric_short}', rubricShort).replaceAll('{rubric}', pick(rubric.title, lang));
  const title = withRubric(pick(template.title, lang));
  // The rubric's title goes under the cover title unless the title already names it.
  const namesRubric = /\{rubric(_short)?\}/.test(pick(template.title, lang));
  const subtitle = template.subtitle ? withRubric(pick(template.subtitle, lang)) : namesRubric ? '' : pick(rubric.title, lang);
  const assessmentDate = answers.assessment.date;
  const creationDate = options.generatedAt ?? (assessmentDate ? new Date(`${assessmentDate}T00:00:00Z`) : FALLBACK_DATE);
  const shownDate = assessmentDate ?? (options.generatedAt ? options.generatedAt.toISOString().slice(0, 10) : undefined);

  const sections: ReportSection[] = [];
  let number = 0;
  const numbered = (key: Parameters<typeof label>[0]): string => `${++number}. ${ctx.label(key, { tiers: ctx.tierPair('title') })}`;
  // The action plan is numbered first: the summary and the findings point to its numbers.
  const plan = template.sections.includes('actions') ? ctx.actionPlan() : undefined;
  // The charts chapter is left out when the rubric gives nothing to draw.
  const charts = template.sections.includes('charts') ? ctx.chartList() : [];
  // Chapter numbers are known before the sections are built (the summary names the action plan's).
  const chapters = template.sections.filter((id) => id !== 'cover' && (id !== 'comparison' || options.comparison) && (id !== 'charts' || charts.length > 0));
  const actionsChapter = chapters.indexOf('actions') + 1;
  for (const id of template.sections) {
    switch (id) {
      case 'cover':
        break;
      case 'identity':
        sections.push(ctx.identity(numbered('identity'), shownDate));
        break;
      case 'summary':
        sections.push(ctx.summary(numbered('summary'), shownDate, plan, actionsChapter));
        break;
      case 'charts':
        if (charts.length > 0) sections.push(ctx.charts(numbered('charts'), charts));
        break;
      case 'comparison':
        if (options.comparison) sections.push({ ...options.comparison, title: numbered('comparison') });
        break;
      case 'results':
        sections.push(ctx.results(numbered('results')));
        break;
      case 'questions':
        sections.push(ctx.questions(numbered('questions')));
        break;
      case 'findings':
        sections.push(ctx.findings(numbered('findings'), plan));
        break;
      case 'actions':
        sections.push(ctx.actions(numbered('actions'), plan!));
        break;
      case 'method':
        sections.push(ctx.method(numbered('method')));
        break;
      case 'signoff':
        sections.push(ctx.signoff(numbered('signoff'), shownDate));
        break;
    }
  }

  const kindWords = WORDS[answers.assessment.kind][lang];
  const provisional = result.provisional ? WORDS.provisional[lang] : undefined;
  const doc = ctx.document;
  const cover: CoverSection | undefined = template.sections.includes('cover')
    ? {
        ...(template.authority ? { authority: pick(template.authority, lang) } : {}),
        ...(template.logo ? { logo: { bytes: template.logo.bytes, format: template.logo.format } } : {}),
        title,
        subtitle,
        regency,
        ...(answers.regency.province ? { province: say(W.provinceOf, lang, { province: answers.regency.province }) } : {}),
        ...(shownDate ? { year: say(W.year, lang, { year: shownDate.slice(0, 4) }), date: formatLongDate(shownDate, lang) } : {}),
        byLine: ctx.byLine(),
        kind: kindWords,
        ...(provisional ? { provisional } : {}),
        documentLine: `${say(W.docNumber, lang)} ${doc.number}`,
        rubricLine: `${rubric.id} v${rubric.version} · SHA-256 ${rubric.sha256}`,
      }
    : undefined;

  const people = answers.assessment.assessors.map((p) => p.name);
  return {
    lang,
    info: {
      title: `${title} — ${regency}`,
      subject: `${pick(rubric.title, lang)} (${rubric.id} v${rubric.version})`,
      author: people.length > 0 ? people.join(', ') : answers.assessment.kind === 'self' ? regency : ctx.team,
      keywords: [doc.number, rubric.id, regency, answers.regency.province, kindWords].filter(Boolean).join(', '),
      creator: `siap ${options.toolVersion}`,
      creationDate,
    },
    theme: ctx.theme,
    header: { left: [regency, answers.regency.province].filter(Boolean).join(' · '), right: `${rubricShort} · ${rubric.id} v${rubric.version}` },
    footer: {
      document: doc.number,
      left: [title, kindWords, shownDate ? formatLongDate(shownDate, lang) : undefined, provisional].filter(Boolean).join(' · '),
      pageLabel: ctx.label('page', { page: '{page}', pages: '{pages}' }),
    },
    continued: say(W.continued, lang),
    attachments: ctx.attachments(creationDate),
    ...(cover ? { cover } : {}),
    sections,
  };
}

/** One numbered action of the plan. */
interface PlannedAction {
  number: number;
  qs: QuestionScore;
}

interface ActionPlan {
  /** In print order, numbered 1…n. */
  actions: PlannedAction[];
  numberOf: Map<string, number>;
}

const HORIZONS: (Horizon | 'none')[] = ['quick', 'medium', 'long', 'none'];
const HORIZON_WORDS: Record<Horizon | 'none', Words> = { quick: W.horizonQuick, medium: W.horizonMedium, long: W.horizonLong, none: W.horizonNone };

/** Helpers that need the rubric, the answers and the score together. */
class ModelBuilder {
  readonly lang: Lang;
  readonly regency: string;
  readonly team: string;
  readonly theme: Theme;
  /** The rubric's words (or the report's) and the kind of area, filled into every phrase. */
  readonly terms: Params;
  readonly gatesMean: 'recommendation' | 'target';
  /** The document number and the hashes it is made from. */
  readonly document: { number: string; hashes: [label: string, sha256: string][]; answers?: string; compare?: string };
  private readonly nodeScores: Map<string, NodeScore>;
  private readonly questionScores: Map<string, QuestionScore>;

  constructor(
    readonly rubric: Rubric,
    readonly answers: Answers,
    readonly result: ScoreResult,
    readonly options: ReportOptions,
  ) {
    const lang = options.lang;
    this.lang = lang;
    this.regency = answers.regency.name ? regencyDisplayName(answers.regency) : say(W.regencyUnnamed, lang);
    this.theme = themeOf(options.template.colors);
    this.nodeScores = new Map(result.nodes.map((n) => [n.id, n]));
    this.questionScores = new Map(result.questions.map((q) => [q.id, q]));
    const v = rubric.vocabulary;
    const word = (own: LocalText | undefined, fallback: Words): string => (own ? pick(own, lang) : fallback[lang]);
    const question = word(v.question, W.termQuestion);
    const questions = word(v.questions ?? v.question, W.termQuestions);
    const band = word(v.band, W.termBand);
    const bands = v.band ? band : W.termBands[lang];
    const advice = word(v.advice, W.termAdvice);
    const target = word(v.target, W.termTarget);
    const area = W[answers.regency.kind === 'kota' ? 'areaKota' : answers.regency.kind === 'kabupaten' ? 'areaKabupaten' : 'areaUnknown'][lang];
    this.terms = {
      question, Question: upperFirst(question), questions, Questions: upperFirst(questions),
      band, Band: upperFirst(band), bands,
      advice, Advice: upperFirst(advice),
      target, Target: upperFirst(target),
      area, Area: upperFirst(area),
    };
    this.gatesMean = v.gates ?? 'recommendation';
    this.team = options.template.team ? pick(options.template.team, lang) : this.label('assessor_team');
    const hashes: [string, string][] = [];
    const answersHash = options.source ? sha256Hex(options.source.bytes) : undefined;
    if (answersHash) hashes.push(['answers', answersHash]);
    hashes.push(['rubric', rubric.sha256]);
    const compareHash = options.compareSource ? sha256Hex(options.compareSource.bytes) : undefined;
    if (compareHash) hashes.push(['compare', compareHash]);
    this.document = { number: documentNumber(hashes), hashes, ...(answersHash ? { answers: answersHash } : {}), ...(compareHash ? { compare: compareHash } : {}) };
  }

  /** Words in the report's language with the rubric's terms filled in. */
  t(words: Words, params: Params = {}): string {
    return say(words, this.lang, { ...this.terms, ...params });
  }

  /** A label, in the template's wording when it has one, with the rubric's terms filled in. */
  label(key: Parameters<typeof label>[0], params: Params = {}): string {
    return label(key, this.lang, this.options.template.labels, { ...this.terms, ...params });
  }

  private idx(value: number | null): string {
    return formatIndex(value, this.result.decimals, this.lang);
  }

  /** Band label and colour; rubrics without colours get green → amber → red by band order. */
  bandOf(band: { id: string; label: { id?: string; en?: string }; color?: string } | null): { label: string; color: string } {
    if (!band) return { label: '—', color: this.theme.muted };
    return { label: pick(band.label, this.lang), color: band.color ?? this.fallbackBandColor(band.id) };
  }

  private fallbackBandColor(id: string): string {
    const lists: Band[][] = [this.rubric.bands, this.rubric.sectionBands ?? [], ...[...this.rubric.nodes.values()].map((n) => n.bands ?? [])];
    for (const bands of lists) {
      const i = bands.findIndex((b) => b.id === id);
      if (i < 0) continue;
      const { pass, warn, fail } = this.theme;
      if (bands.length === 1) return pass;
      const f = i / (bands.length - 1);
      return f <= 0.5 ? mix(pass, warn, f * 2) : mix(warn, fail, (f - 0.5) * 2);
    }
    return this.theme.warn;
  }

  /** Name of the tree's level at `depth` (1 = Pilar), as the rubric calls it. */
  tier(depth: number): string {
    return pick(this.rubric.tiers[depth - 1] ?? this.rubric.tiers.at(-1), this.lang);
  }

  /** `Pilar dan Elemen` for titles, `Pilar / Elemen` for a column header; one tier when the tree has one level. */
  tierPair(style: 'title' | 'header'): string {
    const deep = [...this.rubric.nodes.values()].some((n) => n.depth >= 2);
    const first = upperFirst(this.tier(1));
    if (!deep) return first;
    const second = upperFirst(this.tier(2));
    return style === 'title' ? this.t(W.tierPair, { first, second }) : `${first} / ${second}`;
  }

  /** A question's short name: its title when the rubric gives one, else its text shortened. */
  questionName(id: string, max = 90): string {
    const q = this.rubric.questionById.get(id);
    if (!q) return id;
    return q.title ? pick(q.title, this.lang) : shorten(pick(q.text, this.lang), max);
  }

  private pillarOf(sectionId: string): string {
    let node = this.rubric.nodes.get(sectionId);
    while (node?.parent) node = this.rubric.nodes.get(node.parent);
    return node?.id ?? sectionId;
  }

  private nodeTitle(id: string): string {
    return pick(this.rubric.nodes.get(id)?.title, this.lang);
  }

  private person(p: Person): string[] {
    return [p.institution, p.nip ? `${this.t(W.nip)} ${p.nip}` : undefined].filter((x): x is string => Boolean(x));
  }

  /** The words on the cover under the kind of assessment: the team and its members. */
  byLine(): string {
    const a = this.answers.assessment;
    const names = a.assessors.map((p) => p.name).join(', ');
    if (a.kind === 'self') {
      const team = this.label('self_team', { regency: this.regency });
      return names ? this.t(W.teamMembers, { team, names }) : this.t(W.selfBy, { regency: this.regency });
    }
    return names ? this.t(W.teamMembers, { team: this.team, names }) : this.team;
  }

  /** Status words: a recommendation, or (vocabulary `gates: target`) whether the target is met. */
  private statusWords(): { label: string; text: string; verdict: string; gates: string; unmet: string } {
    const ok = this.result.recommended;
    if (this.gatesMean === 'target') {
      return {
        label: this.terms.Target as string,
        text: this.t(ok ? W.targetMet : W.targetNotMet),
        verdict: this.t(ok ? W.verdictTargetMet : W.verdictTargetNotMet),
        gates: this.t(W.gatesTarget),
        unmet: this.t(W.gateUnmetTarget),
      };
    }
    return {
      label: this.t(W.status),
      text: (ok ? WORDS.recommended : WORDS.notRecommended)[this.lang],
      verdict: this.t(ok ? W.verdictRecommended : W.verdictNotRecommended),
      gates: this.t(W.gates),
      unmet: this.t(W.gateUnmet),
    };
  }

  identity(title: string, shownDate: string | undefined): IdentitySection {
    const { answers, rubric, lang } = this;
    const a = answers.assessment;
    const none = this.t(W.notRecorded);
    const regencyFacts: Facts = [
      [this.t(W.regencyName), this.regency],
      [this.t(W.regencyKind), answers.regency.kind ? WORDS[answers.regency.kind][lang] : none],
      [this.t(W.province), answers.regency.province ?? none],
      [this.t(W.code), answers.regency.code ?? none],
      // The regency's unscored facts (the rubric's context fields), as recorded.
      ...this.result.context.flatMap((f): [string, string][] => {
        const field = rubric.contextById.get(f.id);
        if (!field || f.value === undefined) return [];
        const value = field.kind === 'list' && Array.isArray(f.value) && f.value.length === 0 ? none : formatAnswer(field, f.value, lang);
        return [[pick(f.title, lang), f.note ? `${value}\n${f.note}` : value]];
      }),
    ];
    const hash = this.result.answersRubricSha256
      ? `${rubric.sha256}\n${this.t(W.rubricDiffers, { hash: this.result.answersRubricSha256.slice(0, 16) })}`
      : rubric.sha256;
    const assessmentFacts: Facts = [
      [this.t(W.assessmentKind), WORDS[a.kind][lang]],
      [this.t(W.date), shownDate ? formatLongDate(shownDate, lang) : none],
      [this.t(W.place), a.place ?? none],
      [this.t(W.mode), a.mode ? WORDS[a.mode][lang] : none],
      ...(a.profile ? [[this.t(W.profile), `${pick(rubric.profiles.get(a.profile)?.title, lang)} (${a.profile})`] as [string, string]] : []),
      [this.t(W.rubric), pick(rubric.title, lang)],
      [this.t(W.rubricId), `${rubric.id} v${rubric.version}`],
      [this.t(W.rubricHash), hash],
      ...(rubric.source ? [[this.t(W.rubricSource), pick(rubric.source, lang)] as [string, string]] : []),
      ...(this.options.source ? [[this.t(W.answersFile), this.options.source.name] as [string, string]] : []),
      ...(answers.migratedFrom
        ? [[this.t(W.migratedFrom), this.t(Object.keys(answers.migratedFrom.dropped ?? {}).length > 0 ? W.migratedFromValue : W.migratedFromPlain, { id: answers.migratedFrom.rubric.id, version: answers.migratedFrom.rubric.version ?? '—', dropped: Object.keys(answers.migratedFrom.dropped ?? {}).length })] as [string, string]]
        : []),
      ...(this.document.answers ? [[this.t(W.answersHash), this.document.answers] as [string, string]] : []),
      [this.t(W.docNumber), this.document.number],
    ];
    const columns: Column[] = [
      { header: this.t(W.no), width: 5, align: 'right' },
      { header: this.t(W.name), width: 30 },
      { header: this.t(W.role), width: 25 },
      { header: this.t(W.institution), width: 40 },
    ];
    const rows: TableRow[] = a.assessors.map((p, i) => ({ cells: [String(i + 1), p.name, p.role ?? '—', this.person(p).join('\n') || '—'] }));
    if (rows.length === 0) rows.push({ cells: ['—', none, '—', '—'] });
    return {
      kind: 'identity',
      title,
      regency: { heading: this.label('regency_identity'), facts: regencyFacts },
      assessment: { heading: this.label('assessment_identity'), facts: assessmentFacts },
      people: { heading: this.t(a.kind === 'self' ? W.selfTeamHeading : W.assessors), table: { columns, rows } },
      ...(a.notes ? { notes: { heading: this.t(W.notes), text: a.notes } } : {}),
    };
  }

  summary(title: string, shownDate: string | undefined, plan: ActionPlan | undefined, actionsChapter: number): SummarySection {
    const { result, rubric, lang } = this;
    const band = this.bandOf(result.band);
    const status = this.statusWords();
    const detail = rubric.recommendation ? pick(result.recommended ? rubric.recommendation.pass : rubric.recommendation.fail, lang) : undefined;
    const c = result.coverage;
    const index = this.idx(result.index);
    const rubricTitle = pick(rubric.title, lang);
    const self = this.answers.assessment.kind === 'self';
    const when = shownDate ? this.t(W.onDate, { date: formatLongDate(shownDate, lang) }) : '';
    const counts = countQuestions(result);
    const who = this.t(self ? W.leadSelf : W.leadAssessor, { regency: this.regency, answered: counts.answered, applicable: counts.asked, rubric: rubricTitle, when });
    const outcome = result.index === null
      ? this.t(W.outcomeNone)
      : this.t(self ? W.outcomeSelf : W.outcomeAssessor, { regency: this.regency, index, upper: result.upper, bandWord: this.terms.band!, band: band.label, verdict: status.verdict });
    const lead = [who, outcome, self ? this.t(W.selfNotVerified) : ''].filter(Boolean).join(' ');
    // The same counts and labels as `assess` and `score`; a panel's consensus says so.
    const facts: Facts = [[WORDS.coverage[lang], describeCounts(counts, lang)], ...consensusFacts(this.answers, lang)];
    if (this.options.rank) {
      const r = this.options.rank;
      facts.push([this.t(W.rank), `${this.t(W.rankOf, { position: r.position, total: r.total })}${r.selected ? ` (${this.t(W.selected)})` : ''}`]);
    }
    const indexLabel = rubric.index.label ? pick(rubric.index.label, lang) : WORDS.index[lang];
    const missing = result.questions.filter((q) => q.imputed).map((q) => q.id);
    const shown = missing.length > 12 ? [...missing.slice(0, 10), this.t(W.andMore, { count: missing.length - 10 })] : missing;
    // The priority actions: the weaknesses with most to gain that the rubric gives a step for.
    const top = weakestItems(result, Infinity).filter((qs) => qs.recommendation).slice(0, 5);
    const priorities = top.length > 0
      ? {
          heading: this.t(W.priorities),
          note: plan ? this.t(W.prioritiesNote, { chapter: actionsChapter }) : this.t(W.prioritiesNoChapter),
          items: top.map((qs): Paragraph => {
            const n = plan?.numberOf.get(qs.id);
            const extra = [`${qs.id} · ${this.questionName(qs.id, 60)}`, this.t(W.gainPoints, { gain: formatDecimal(qs.gain, result.decimals, lang) }), ...(n ? [this.t(W.actionRef, { n })] : [])];
            return [{ text: pick(qs.recommendation, lang) }, { text: ` (${extra.join('; ')})`, color: this.theme.muted }];
          }),
        }
      : undefined;
    return {
      kind: 'summary',
      title,
      lead,
      index: { label: indexLabel, value: index, of: this.t(W.indexOf, { upper: formatNumber(result.upper, lang) }), band: band.label, bandColor: band.color },
      status: { label: status.label, text: status.text, recommended: result.recommended, ...(detail ? { detail } : {}) },
      ...(result.provisional ? { provisional: this.t(W.provisionalNote, { count: c.requiredUnanswered, list: shown.join(', ') }) } : {}),
      facts,
      ...(priorities ? { priorities } : {}),
      ...(result.gates.length > 0
        ? {
            gates: {
              heading: status.gates,
              items: result.gates.map((g) => ({ passed: g.passed, title: pick(g.title, lang), detail: describeGate(g, result, rubric, lang) })),
            },
          }
        : {}),
      pillars: this.pillarOverview(),
    };
  }

  /** Radars from the rubric's declared charts, else of pillars and elements; bars when too few axes (none: no charts chapter). */
  chartList(): Chart[] {
    const { result, rubric, lang } = this;
    const color = this.theme.accent;
    const ringsFor = (): RadarChart['rings'] => {
      const span = result.upper - result.lower;
      const steps = result.expression === 'scale' && Number.isInteger(span) && span <= 10 ? span : 5;
      return Array.from({ length: steps }, (_, i) => {
        const value = result.lower + ((i + 1) * span) / steps;
        return { value, label: formatNumber(Number(value.toFixed(4)), lang) };
      });
    };
    const altOf = (chartTitle: string, items: { label: string; display: string }[], marks: ChartMark[]): string => {
      const values = items.map((it) => `${it.label.trim()} ${it.display}`).join('; ');
      const text = this.t(W.chartAlt, { title: chartTitle, values });
      return marks.length > 0 ? `${text} ${this.t(W.chartMarks, { marks: marks.map((m) => m.label).join('; ') })}` : text;
    };
    const radar = (chartTitle: string, ids: string[], first: boolean): RadarChart => {
      const axes = ids.map((id) => {
        const node = this.nodeScores.get(id);
        return { label: this.nodeTitle(id), values: [node?.index ?? null], display: this.idx(node?.index ?? null) };
      });
      const marks = this.gateMarks(ids, first);
      return {
        type: 'radar',
        title: chartTitle,
        axes,
        series: [{ name: WORDS[this.answers.assessment.kind][lang], color }],
        min: result.lower,
        max: result.upper,
        rings: ringsFor(),
        ...(marks.length > 0 ? { marks } : {}),
        alt: altOf(chartTitle, axes, marks),
      };
    };
    const charts: Chart[] = [];
    if (rubric.charts.length > 0) {
      rubric.charts.forEach((chart, i) => charts.push(radar(pick(chart.title, lang), chart.nodes, i === 0)));
    } else {
      const pillars = rubric.sections.map((s) => s.id);
      const elements = [...rubric.nodes.values()].filter((n) => n.depth === 2).map((n) => n.id);
      if (pillars.length >= 3) charts.push(radar(this.t(W.resultsBy, { tier: this.tier(1).toLocaleLowerCase('id') }), pillars, true));
      if (elements.length >= 3 && elements.length <= 24) charts.push(radar(this.t(W.resultsBy, { tier: this.tier(2).toLocaleLowerCase('id') }), elements, charts.length === 0));
    }
    // Two-axis rubrics cannot make a radar: a bar chart of the sections instead.
    const depthsShown = charts.length === 0 ? [...rubric.nodes.values()].filter((n) => n.depth <= 2) : [];
    if (depthsShown.length > 0) {
      const ticks = ringsFor();
      const chartTitle = this.t(W.resultsBy, { tier: this.tier(1).toLocaleLowerCase('id') });
      const items = depthsShown.map((n) => {
        const score = this.nodeScores.get(n.id);
        return {
          label: `${n.depth > 1 ? '   ' : ''}${pick(n.title, lang)}`,
          values: [score?.index ?? null],
          display: [this.idx(score?.index ?? null)],
          colors: [score?.band ? this.bandOf(score.band).color : undefined],
        };
      });
      const marks = this.gateMarks(depthsShown.map((n) => n.id), true);
      charts.push({
        type: 'bars',
        title: chartTitle,
        items,
        series: [{ name: WORDS[this.answers.assessment.kind][lang], color }],
        min: result.lower,
        max: result.upper,
        ticks: [{ value: result.lower, label: formatNumber(result.lower, lang) }, ...ticks],
        ...(marks.length > 0 ? { marks } : {}),
        alt: altOf(chartTitle, items.map((it) => ({ label: it.label, display: it.display[0]! })), marks),
      });
    }
    return charts;
  }

  /**
   * The rubric's gates that a chart of these sections can show, as dashed lines: a minimum for
   * every section at their depth, a minimum for one of them, and (on the first chart) the
   * overall index's minimum.
   */
  private gateMarks(ids: string[], first: boolean): ChartMark[] {
    const { rubric, lang } = this;
    const depths = new Set(ids.map((id) => rubric.nodes.get(id)?.depth));
    const marks: ChartMark[] = [];
    const min = (value: number): string => formatNumber(value, lang);
    for (const gate of rubric.gates) {
      if (gate.type === 'sections' && depths.size === 1 && depths.has(gate.depth)) {
        marks.push({ value: gate.min, label: this.t(W.markSections, { tier: this.tier(gate.depth).toLocaleLowerCase('id'), min: min(gate.min) }), short: `≥ ${min(gate.min)}` });
      } else if (gate.type === 'node' && ids.includes(gate.node)) {
        marks.push({ value: gate.min, label: this.t(W.markNode, { name: this.nodeTitle(gate.node), min: min(gate.min) }), only: [this.nodeTitle(gate.node)] });
      } else if (gate.type === 'index' && first) {
        marks.push({ value: gate.min, label: this.t(W.markIndex, { min: min(gate.min) }), short: this.t(W.markIndexShort, { min: min(gate.min) }) });
      }
    }
    return marks;
  }

  charts(title: string, charts: Chart[]): ChartsSection {
    const { result, lang } = this;
    const marks = [...new Set(charts.flatMap((c) => c.marks ?? []).map((m) => m.label))];
    const scale = this.t(W.chartScale, { lower: formatNumber(result.lower, lang), upper: formatNumber(result.upper, lang) });
    return { kind: 'charts', title, charts, note: marks.length > 0 ? `${scale}. ${this.t(W.chartMarks, { marks: marks.join('; ') })}` : scale };
  }

  private resultColumns(): Column[] {
    return [
      { header: this.tierPair('header'), width: 46 },
      { header: this.t(W.weight), width: 10, align: 'right' },
      { header: WORDS.index[this.lang], width: 11, align: 'right' },
      { header: this.terms.Band as string, width: 19 },
      { header: this.t(W.coverageShort), width: 14, align: 'right' },
    ];
  }

  private nodeRow(node: NodeScore, indent: number, emphasis: boolean): TableRow {
    const band = this.bandOf(node.band);
    const name = nodeName(node.id, pick(node.title, this.lang));
    return {
      ...(emphasis ? { emphasis: true } : {}),
      cells: [
        indent > 0 ? { text: name, indent } : name,
        formatNumber(node.weight, this.lang),
        this.idx(node.index),
        node.band ? { text: band.label, swatch: band.color } : '—',
        `${node.coverage.answered}/${node.coverage.applicable}`,
      ],
    };
  }

  /** The top-level sections and the overall index, one row each. */
  pillarOverview(): { heading: string; table: TableSpec } {
    const { result } = this;
    const columns = this.resultColumns();
    const rootBand = this.bandOf(result.band);
    const rows: TableRow[] = result.nodes.filter((n) => n.depth === 1).map((n) => this.nodeRow(n, 0, false));
    rows.push({
      emphasis: true,
      cells: [
        this.t(W.overall),
        '',
        this.idx(result.index),
        result.band ? { text: rootBand.label, swatch: rootBand.color } : '—',
        `${result.coverage.answered}/${result.coverage.applicable}`,
      ],
    });
    const tier1 = this.tier(1);
    const header1 = upperFirst(tier1);
    return { heading: this.t(W.summaryBy, { tier: tier1.toLocaleLowerCase('id') }), table: { columns: [{ ...columns[0]!, header: header1 }, ...columns.slice(1)], rows } };
  }

  results(title: string): ResultsSection {
    const { rubric, lang } = this;
    const columns = this.resultColumns();
    // The summary already holds the pillar overview: it is printed once.
    const tables: ResultsSection['tables'] = this.options.template.sections.includes('summary') ? [] : [this.pillarOverview()];
    for (const pillar of rubric.sections) {
      if (pillar.sections.length === 0) continue;
      const rows: TableRow[] = [];
      const walk = (id: string, depth: number): void => {
        const node = this.nodeScores.get(id)!;
        rows.push(this.nodeRow(node, depth - 1, depth === 1));
        for (const child of rubric.nodes.get(id)!.sections) walk(child.id, depth + 1);
      };
      walk(pillar.id, 1);
      tables.push({ heading: nodeName(pillar.id, pick(pillar.title, lang)), table: { columns, rows } });
    }
    if (tables.length === 0) tables.push(this.pillarOverview());
    return { kind: 'results', title, tables };
  }

  questions(title: string): QuestionsSection {
    const { rubric, lang } = this;
    // The id column is as wide as the longest id (ids such as D-GOV-3 should not wrap).
    const longest = Math.max(4, ...rubric.questions.map((q) => q.id.length));
    const idWidth = Math.min(18, longest * 1.35 + 2.5);
    const columns: Column[] = [
      { header: this.t(W.id), width: idWidth },
      { header: this.t(W.question), width: 80 - idWidth },
      { header: this.t(W.points), width: 10, align: 'right' },
      { header: this.t(W.value), width: 10, align: 'right' },
    ];
    const groups: QuestionsSection['groups'] = [];
    let outside = 0;
    let assessorOnly = 0;
    for (const node of rubric.nodes.values()) {
      if (node.questions.length === 0) continue;
      const rows: TableRow[] = [];
      for (const q of node.questions) {
        const qs = this.questionScores.get(q.id)!;
        if (qs.state === 'hidden' && qs.hiddenBy === 'profile') {
          outside++;
          continue;
        }
        if (qs.state === 'hidden' && qs.hiddenBy === 'assessor') {
          assessorOnly++;
          continue;
        }
        rows.push(this.questionRow(q, qs));
      }
      if (rows.length === 0) continue;
      const ancestors: string[] = [];
      for (let p = node.parent ? rubric.nodes.get(node.parent) : undefined; p; p = p.parent ? rubric.nodes.get(p.parent) : undefined) ancestors.unshift(pick(p.title, lang));
      groups.push({
        ...(ancestors.length > 0 ? { breadcrumb: ancestors.join(' › ') } : {}),
        heading: nodeName(node.id, pick(node.title, lang)),
        table: { columns, rows },
      });
    }
    const profile = this.answers.assessment.profile;
    const notes: string[] = [];
    if (outside > 0 && profile) notes.push(this.t(W.outsideProfile, { count: outside, profile }));
    if (assessorOnly > 0) notes.push(this.t(W.assessorOnlyLeftOut, { count: assessorOnly }));
    return { kind: 'questions', title, notes, groups };
  }

  private questionRow(q: Question, qs: QuestionScore): TableRow {
    const { lang } = this;
    const body: Paragraph[] = q.title ? [[{ text: pick(q.title, lang), style: 'bold' }], pick(q.text, lang)] : [[{ text: pick(q.text, lang), style: 'bold' }]];
    const line = (name: string, text: string, color?: string): Paragraph => [{ text: `${name}: `, style: 'bold' }, ...linkify(text, color)];
    const { theme } = this;
    switch (qs.state) {
      case 'answered':
        if (q.kind === 'list' && Array.isArray(qs.value)) {
          // One bullet per row of a list (e.g. the quick wins), its cells in column order.
          body.push([{ text: `${this.t(W.answer)}:`, style: 'bold' }]);
          for (const row of qs.value as ListRow[]) body.push({ bullet: '•', text: q.columns.filter((c) => row[c.id] !== undefined).map((c) => formatCell(c, row[c.id]!, lang)).join(' · ') });
        } else body.push(line(this.t(W.answer), formatAnswer(q, qs.value as AnswerValue, lang, qs.label)));
        break;
      case 'na':
        body.push(line(WORDS.na[lang], qs.naReason ?? ''));
        break;
      case 'unanswered':
        body.push([{ text: this.t(qs.imputed ? W.unansweredImputed : W.unansweredOptional), style: 'italic', color: qs.imputed ? theme.fail : theme.muted }]);
        break;
      case 'hidden':
        body.push([{ text: this.t(W.hiddenCondition), style: 'italic', color: theme.muted }]);
        break;
    }
    if (qs.state === 'answered' && qs.descriptor) body.push([{ text: `${this.t(W.descriptor)}: `, style: 'bold' }, { text: pick(qs.descriptor, lang), style: 'italic' }]);
    if (qs.note) body.push(line(this.t(W.note), qs.note));
    for (const [id, items] of Object.entries(q.crosswalk ?? {})) {
      const title = this.rubric.crosswalks.get(id)?.title;
      body.push([{ text: `${title ? pick(title, lang) : id}: `, style: 'bold', color: theme.muted }, { text: items.join(', '), color: theme.muted }]);
    }
    if (qs.evidence.length > 0) {
      body.push([{ text: `${this.t(W.evidence)}:`, style: 'bold' }]);
      for (const e of qs.evidence) {
        const runs = linkify(e);
        body.push({ bullet: '•', text: runs.some((r) => r.link) ? runs : e });
      }
    }
    const scored = isScored(q);
    const points = !scored ? '—' : qs.points === null ? '—' : `${formatNumber(qs.points, lang)} / ${formatNumber(qs.maxPoints, lang)}`;
    const value = !scored ? this.t(W.notScored) : this.idx(qs.score);
    return { cells: [{ text: q.id, style: 'bold' }, { text: body }, points, value] };
  }

  /** The answer as printed beside an item of the findings or the action plan. */
  private answerOf(qs: QuestionScore): string {
    const q = this.rubric.questionById.get(qs.id)!;
    if (qs.state === 'answered') return formatAnswer(q, qs.value as AnswerValue, this.lang, qs.label);
    return qs.imputed ? this.t(W.imputedShort) : '';
  }

  /**
   * Every recommendation of the score, numbered in print order: by horizon (quick wins first),
   * then by responsible body (in rubric order of first appearance, those without one last), then
   * by what reaching the top would add to the index.
   */
  actionPlan(): ActionPlan {
    const items = this.result.questions.filter((qs) => qs.recommendation);
    const owners: string[] = [];
    for (const qs of items) {
      const owner = pick(qs.owner, this.lang);
      if (owner && !owners.includes(owner)) owners.push(owner);
    }
    const ownerRank = (qs: QuestionScore): number => {
      const i = owners.indexOf(pick(qs.owner, this.lang));
      return i < 0 ? owners.length : i;
    };
    const horizonRank = (qs: QuestionScore): number => HORIZONS.indexOf(qs.horizon ?? 'none');
    const order = new Map(this.result.questions.map((qs, i) => [qs.id, i]));
    const sorted = [...items].sort((a, b) => horizonRank(a) - horizonRank(b) || ownerRank(a) - ownerRank(b) || b.gain - a.gain || order.get(a.id)! - order.get(b.id)!);
    const actions = sorted.map((qs, i) => ({ number: i + 1, qs }));
    return { actions, numberOf: new Map(actions.map((a) => [a.qs.id, a.number])) };
  }

  actions(title: string, plan: ActionPlan): ActionsSection {
    const { lang, result } = this;
    const withOwners = plan.actions.some((a) => a.qs.owner);
    const columns: Column[] = [
      { header: this.t(W.no), width: 6, align: 'right' },
      { header: this.t(W.actionColumn), width: 50 },
      { header: this.t(W.currentColumn), width: 34 },
      { header: this.t(W.gainColumn), width: 10, align: 'right' },
    ];
    const row = (a: PlannedAction): TableRow => {
      const answer = this.answerOf(a.qs);
      return {
        cells: [
          { text: String(a.number), style: 'bold' },
          pick(a.qs.recommendation, lang),
          { text: [[{ text: `${a.qs.id}  `, style: 'bold' }, { text: this.questionName(a.qs.id, 120) }], ...(answer ? [[{ text: answer, style: 'italic' as const, color: this.theme.muted }]] : [])] },
          `+${formatDecimal(a.qs.gain, result.decimals, lang)}`,
        ],
      };
    };
    const groups: ActionsSection['groups'] = [];
    for (const horizon of HORIZONS) {
      const inGroup = plan.actions.filter((a) => (a.qs.horizon ?? 'none') === horizon);
      if (inGroup.length === 0) continue;
      const blocks: ActionsSection['groups'][number]['blocks'] = [];
      if (!withOwners) blocks.push({ table: { columns, rows: inGroup.map(row), zebra: true } });
      else {
        const byOwner = new Map<string, PlannedAction[]>();
        for (const a of inGroup) {
          const owner = pick(a.qs.owner, lang);
          byOwner.set(owner, [...(byOwner.get(owner) ?? []), a]);
        }
        for (const [owner, list] of byOwner) {
          blocks.push({ heading: owner ? this.t(W.ownerIs, { owner }) : this.t(W.ownerNone), table: { columns, rows: list.map(row), zebra: true } });
        }
      }
      groups.push({ heading: this.t(HORIZON_WORDS[horizon]), blocks });
    }
    return {
      kind: 'actions',
      title,
      lead: this.t(W.actionsLead, { byOwner: withOwners ? this.t(W.actionsByOwner) : '' }),
      groups,
      ...(plan.actions.length === 0 ? { empty: this.t(W.noRecommendations) } : {}),
    };
  }

  /** A list's heading, saying so when the template shows only the first of them: `Kekuatan (5 teratas dari 18)`. */
  private shownOf(heading: string, shown: number, total: number): string {
    return shown < total ? `${heading} (${this.t(W.topOf, { shown, total })})` : heading;
  }

  findings(title: string, plan: ActionPlan | undefined): FindingsSection {
    const { result, rubric, lang } = this;
    const per = this.options.template.findingsPerPillar;
    const strongest = strongestItems(result, Infinity);
    const weakest = weakestItems(result, Infinity);
    const item = (qs: QuestionScore, extra?: string): Paragraph => {
      const runs: Run[] = [{ text: `${qs.id}  `, style: 'bold' }, { text: this.questionName(qs.id, 160) }];
      const answer = this.answerOf(qs);
      if (answer) runs.push({ text: ` — ${answer}`, style: 'italic' });
      if (extra) runs.push({ text: ` (${extra})`, color: this.theme.muted });
      return runs;
    };
    const pillars: FindingsSection['pillars'] = [];
    for (const pillar of rubric.sections) {
      const inPillar = (qs: QuestionScore): boolean => this.pillarOf(qs.parent) === pillar.id;
      const strongItems = strongest.filter(inPillar);
      const strengths = strongItems.slice(0, per).map((qs) => item(qs));
      const weakItems = weakest.filter(inPillar);
      const weaknesses = weakItems.slice(0, per).map((qs) => {
        const n = plan?.numberOf.get(qs.id);
        const gain = this.t(W.gainAt, { gain: formatDecimal(qs.gain, result.decimals, lang) });
        return item(qs, n ? `${gain}; ${this.t(W.actionRef, { n })}` : gain);
      });
      const blocks: FindingsSection['pillars'][number]['blocks'] = [
        { heading: this.shownOf(this.label('strengths'), strengths.length, strongItems.length), items: strengths, empty: this.t(W.noStrengths) },
        { heading: this.shownOf(this.label('weaknesses'), weaknesses.length, weakItems.length), items: weaknesses, empty: this.t(W.noWeaknesses) },
      ];
      // Without an action plan, the steps stay with the weaknesses they come from.
      if (!plan) {
        const recommendations = weakItems
          .filter((qs) => qs.recommendation)
          .slice(0, per * 2)
          .map((qs): Paragraph => [{ text: `${qs.id}  `, style: 'bold' }, { text: pick(qs.recommendation, lang) }]);
        blocks.push({ heading: this.label('recommendations'), items: recommendations, empty: this.t(W.noRecommendations) });
      }
      pillars.push({ heading: nodeName(pillar.id, pick(pillar.title, lang)), blocks });
    }
    const failed = result.gates.filter((g) => !g.passed);
    return {
      kind: 'findings',
      title,
      note: this.t(W.findingsRule),
      ...(failed.length > 0
        ? {
            gates: {
              heading: this.statusWords().unmet,
              items: failed.map((g): Paragraph => [
                { text: pick(g.title, lang), style: 'bold' },
                { text: ` — ${describeGate(g, result, rubric, lang)}` },
                ...(g.recommendation ? [{ text: `. ${pick(g.recommendation, lang)}` }] : []),
              ]),
            },
          }
        : {}),
      pillars,
    };
  }

  method(title: string): MethodSection {
    const { result, lang } = this;
    const n = (v: number | null): string => this.idx(v);
    const paragraphs: string[] = [];
    paragraphs.push(this.t(W.methodIntro));
    paragraphs.push(result.expression === 'percent' ? this.t(W.methodPercent) : this.t(W.methodScale, { lower: result.lower, upper: result.upper }));
    if (this.options.source) paragraphs.push(this.t(W.toolNote, { version: this.options.toolVersion, file: this.options.source.name }));
    const columns: Column[] = [
      { header: this.t(W.component), width: 50 },
      { header: this.t(W.weight), width: 10, align: 'right' },
      { header: this.t(W.value), width: 11, align: 'right' },
      { header: this.t(W.weightTimesValue), width: 13, align: 'right' },
      { header: this.t(W.remark), width: 16 },
    ];
    const component = (ch: ChildTrace): string => {
      if (ch.type === 'section') return nodeName(ch.id, this.nodeTitle(ch.id));
      return `${ch.id} · ${this.questionName(ch.id, 80)}`;
    };
    const exclusionOf = (ch: ChildTrace): keyof typeof EXCLUSION_WORDS =>
      ch.excluded === 'text' && ch.type === 'question' && this.rubric.questionById.get(ch.id)?.kind === 'list' ? 'list' : (ch.excluded ?? 'empty');
    const remark = (ch: ChildTrace): string => {
      if (!ch.counted) return this.t(W.notCounted, { reason: EXCLUSION_WORDS[exclusionOf(ch)] });
      if (ch.type === 'section') return '';
      const qs = this.questionScores.get(ch.id)!;
      if (qs.imputed) return this.t(W.imputedShort);
      return qs.points === null ? '' : this.t(W.pointsOf, { points: formatNumber(qs.points, lang), max: formatNumber(qs.maxPoints, lang) });
    };
    const tableOf = (node: NodeScore): TableSpec => {
      const rows: TableRow[] = node.children
        // Questions a profile or a self-assessment does not ask are left out, as in the question detail.
        .filter((ch) => {
          const hiddenBy = ch.type === 'question' ? this.questionScores.get(ch.id)?.hiddenBy : undefined;
          return ch.excluded !== 'profile' && ch.excluded !== 'assessor' && hiddenBy !== 'profile' && hiddenBy !== 'assessor';
        })
        .map((ch) => ({
          cells: [
            component(ch),
            // An unscored question (text, list) has no weight, as rubric show says.
            ch.excluded === 'text' ? '—' : formatNumber(ch.weight, lang),
            ch.counted ? n(ch.score) : '—',
            ch.counted && ch.score !== null ? groupThousands(formatDecimal(ch.weight * ch.score, result.decimals, lang), lang) : '—',
            ch.counted ? remark(ch) : { text: remark(ch), style: 'italic', color: this.theme.muted },
          ],
        }));
      rows.push({
        emphasis: true,
        cells: [this.t(W.total), formatNumber(Number(node.weightTotal.toPrecision(12)), lang), n(node.index), groupThousands(formatDecimal(node.weightedSum, result.decimals, lang), lang), ''],
      });
      return { columns, rows, size: 8 };
    };
    const formula = (node: NodeScore, name: string): string =>
      node.index === null
        ? `${name} = —`
        : `${name} = ${groupThousands(formatDecimal(node.weightedSum, result.decimals, lang), lang)} / ${formatNumber(Number(node.weightTotal.toPrecision(12)), lang)} = ${n(node.index)}`;
    const overall = this.t(W.overall);
    const nodes: MethodSection['nodes'] = [{ heading: overall, formula: formula(result.root, overall), table: tableOf(result.root) }];
    for (const node of result.nodes) {
      const name = nodeName(node.id, pick(node.title, lang));
      nodes.push({ heading: name, formula: formula(node, name === pick(node.title, lang) ? name : node.id), table: tableOf(node) });
    }
    return {
      kind: 'method',
      title,
      paragraphs,
      ...(this.options.source ? { command: this.t(W.explainCommand, { file: this.options.source.name }) } : {}),
      nodes,
    };
  }

  signoff(title: string, shownDate: string | undefined): SignoffSection {
    const { answers, lang } = this;
    const a = answers.assessment;
    const dots = '……………………';
    // Signed in a town (the regency's name by default), never in the meeting room; the date never breaks.
    const place = a.signingPlace ?? (answers.regency.name ? answers.regency.name.replace(/^(kabupaten|kota)\s+/i, '') : dots);
    const placeDate = this.label(a.kind === 'self' ? 'made_at' : 'signed_at', {
      place,
      date: shownDate ? formatLongDate(shownDate, lang).replaceAll(' ', '\u00a0') : dots,
    });
    const team = a.kind === 'self' ? this.label('self_team', { regency: this.regency }) : this.team;
    const nipOf = (p: Person | undefined): string => `${this.t(W.nip)} ${p?.nip ?? '……………………………'}`;
    const signers: Signer[] = a.assessors.map((p, i) => ({
      role: p.role ?? (a.kind === 'self' ? this.t(W.writer) : i === 0 ? this.t(W.chairman) : this.t(W.member)),
      name: p.name,
      nip: nipOf(p),
      details: p.institution ? [p.institution] : [],
    }));
    if (signers.length === 0) signers.push({ role: a.kind === 'self' ? this.t(W.writer) : this.t(W.chairman), name: '', nip: nipOf(undefined), details: [] });
    const rep = a.representative;
    const lead = this.t(a.kind === 'self' ? W.signoffSelf : W.signoffAssessor, { team, regency: this.regency });
    const doc = this.document;
    const facts: Facts = [
      [this.t(W.docNumber), doc.number],
      ...(doc.answers ? [[`${this.t(W.answersHash)}${this.options.source ? `\n${breakableName(this.options.source.name)}` : ''}`, doc.answers] as [string, string]] : []),
      [`${this.t(W.rubricHash)}\n${this.rubric.id} v${this.rubric.version}`, this.rubric.sha256],
      ...(doc.compare ? [[`${this.t(W.compareHash)}\n${breakableName(this.options.compareSource!.name)}`, doc.compare] as [string, string]] : []),
    ];
    return {
      kind: 'signoff',
      title,
      lead,
      placeDate,
      team,
      signers,
      acknowledged: {
        label: `${this.label('acknowledged')},`,
        signer: {
          role: rep?.role ?? this.label('representative', { regency: this.regency }),
          name: rep?.name ?? '',
          nip: nipOf(rep),
          details: rep?.institution ? [rep.institution] : [],
        },
      },
      identity: { heading: this.t(W.documentIdentity), facts, note: this.t(W.verifyNote), qr: qrPayload(doc.number, doc.hashes), qrAlt: this.t(W.qrAlt) },
    };
  }

  /**
   * The files the report is made from, embedded so that `siap verify` can re-derive it, and the
   * manifest that names them with their hashes and the report's figures.
   */
  attachments(date: Date): Attachment[] {
    const { lang, options } = this;
    const out: Attachment[] = [];
    const files: ManifestFile[] = [];
    const used = new Set<string>([MANIFEST_NAME]);
    const add = (role: string, name: string, bytes: Uint8Array, description: Words, relationship: Attachment['relationship'] = 'Source'): void => {
      let unique = name;
      for (let i = 2; used.has(unique); i++) unique = `${role}-${i > 2 ? `${i}-` : ''}${name}`;
      used.add(unique);
      out.push({ name: unique, bytes, type: mimeOf(unique), description: say(description, lang), date, relationship });
      files.push({ role, name: unique, sha256: sha256Hex(bytes) });
    };
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
    if (options.source) add('answers', options.source.name, options.source.bytes, W.attachmentDescription);
    if (options.rubricSource) add('rubric', options.rubricSource.name, utf8(options.rubricSource.text), W.attachRubric);
    const template = options.template;
    if (template.text !== undefined) add('template', basenameOf(template.file), utf8(template.text), W.attachTemplate, 'Supplement');
    if (template.logo) add('logo', basenameOf(template.logo.file), template.logo.bytes, W.attachLogo, 'Supplement');
    if (options.compareSource) {
      add('compare', options.compareSource.name, options.compareSource.bytes, W.attachCompare);
      if (options.compareSource.rubric) add('compare-rubric', options.compareSource.rubric.name, utf8(options.compareSource.rubric.text), W.attachCompareRubric);
    }
    const manifest: ReportManifest = {
      format: MANIFEST_FORMAT,
      kind: 'report',
      siap: options.toolVersion,
      document: this.document.number,
      lang,
      ...(options.generatedAt ? { generated_at: options.generatedAt.toISOString() } : {}),
      ...(options.rank ? { rank: options.rank } : {}),
      files,
      figures: figuresOf(this.result),
    };
    out.push({ name: MANIFEST_NAME, bytes: utf8(manifestText(manifest)), type: 'application/json', description: say(W.attachManifest, lang), date, relationship: 'Data' });
    return out;
  }
}

/** Split a text at the web addresses in it, each a run that links to itself. */
export function linkify(text: string, color?: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), ...(color ? { color } : {}) });
    runs.push({ text: m[0], link: m[0], ...(color ? { color } : {}) });
    last = m.index + m[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), ...(color ? { color } : {}) });
  return runs;
}

function mimeOf(name: string): string {
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.ya?ml$/i.test(name)) return 'application/yaml';
  if (/\.csv$/i.test(name)) return 'text/csv';
  if (/\.png$/i.test(name)) return 'image/png';
  if (/\.jpe?g$/i.test(name)) return 'image/jpeg';
  return 'application/octet-stream';
}

function basenameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * `S1 · Kepemimpinan` for ids that are codes (with a digit or a capital: S1, A2, D-GOV-1); just the
 * title for ids that are words (`struktur`, `governance`), which only repeat the title.
 */
export function nodeName(id: string, title: string): string {
  return /[0-9A-Z]/.test(id) ? `${id} · ${title}` : title;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Mix two #rrggbb colours. */
function mix(a: string, b: string, f: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => Math.round(v + (pb[i]! - v) * f).toString(16).padStart(2, '0')).join('')}`;
}
