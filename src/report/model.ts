import type { AnswerValue, Answers, ListRow, Person } from '../answers/model.js';
import { formatDecimal, pick, type Lang, type Words } from '../i18n.js';
import { consensusFacts, describeCounts, describeGate, formatAnswer, formatCell, formatIndex, formatNumber, strongestItems, weakestItems } from '../messages/present.js';
import { countQuestions } from '../scoring/score.js';
import { isScored, type Band, type Question, type Rubric } from '../rubric/model.js';
import type { ChildTrace, NodeScore, QuestionScore, ScoreResult } from '../scoring/model.js';
import { say, type Params } from '../messages/define.js';
import { formatLongDate, label, REPORT_WORDS as W } from '../messages/report-words.js';
import { EXCLUSION_WORDS, regencyDisplayName, WORDS } from '../messages/words.js';
import type { BarChart, Chart, Column, Paragraph, RadarChart, Run, TableRow, TableSpec } from './layout.js';
import type { ReportTemplate } from './template.js';
import { themeOf, type Theme } from './theme.js';

/**
 * The report as data: every word and number decided, in one language, ready to lay out. Pure:
 * no pdfkit, no file system, no clock. `renderReportPdf` (pdf.ts) turns it into pages.
 */
export interface ReportModel {
  lang: Lang;
  info: { title: string; subject: string; author: string; keywords: string; creator: string; creationDate: Date };
  theme: Theme;
  /** Running header and footer of every page; `pageLabel` holds `{page}` and `{pages}`. */
  header: { left: string; right: string };
  footer: { left: string; pageLabel: string };
  /** Added to a table's title on the pages it continues on: "(lanjutan)". */
  continued: string;
  /** The answers file, embedded in the PDF. */
  attachment?: { name: string; bytes: Uint8Array; type: string; description: string; date: Date };
  cover?: CoverSection;
  /** Numbered sections in print order. */
  sections: ReportSection[];
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
  note?: string;
  groups: { breadcrumb?: string; heading: string; table: TableSpec }[];
}

export interface FindingsSection {
  kind: 'findings';
  title: string;
  gates?: { heading: string; items: Paragraph[] };
  pillars: {
    heading: string;
    blocks: { heading: string; items: Paragraph[]; empty: string }[];
  }[];
}

export interface MethodSection {
  kind: 'method';
  title: string;
  paragraphs: string[];
  nodes: { heading: string; formula: string; table: TableSpec }[];
}

export interface Signer {
  role: string;
  name: string;
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
  const numbered = (key: Parameters<typeof label>[0]): string => `${++number}. ${label(key, lang, template.labels, { tiers: ctx.tierPair('title') })}`;
  for (const id of template.sections) {
    switch (id) {
      case 'cover':
        break;
      case 'identity':
        sections.push(ctx.identity(numbered('identity'), shownDate));
        break;
      case 'summary':
        sections.push(ctx.summary(numbered('summary'), shownDate));
        break;
      case 'charts': {
        const charts = ctx.charts(numbered('charts'));
        if (charts) sections.push(charts);
        else number--;
        break;
      }
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
        sections.push(ctx.findings(numbered('findings')));
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
  const cover: CoverSection | undefined = template.sections.includes('cover')
    ? {
        ...(template.authority ? { authority: pick(template.authority, lang) } : {}),
        ...(template.logo ? { logo: { bytes: template.logo.bytes, format: template.logo.format } } : {}),
        title,
        subtitle,
        regency,
        ...(answers.regency.province ? { province: say(W.provinceOf, lang, { province: answers.regency.province }) } : {}),
        ...(shownDate ? { year: say(W.year, lang, { year: shownDate.slice(0, 4) }), date: formatLongDate(shownDate, lang) } : {}),
        byLine: answers.assessment.kind === 'self' ? say(W.selfBy, lang, { regency }) : say(W.assessorBy, lang, { team: ctx.team }),
        kind: kindWords,
        ...(provisional ? { provisional } : {}),
        rubricLine: `${rubric.id} v${rubric.version} · SHA-256 ${rubric.sha256.slice(0, 16)}…`,
      }
    : undefined;

  const people = answers.assessment.assessors.map((p) => p.name);
  return {
    lang,
    info: {
      title: `${title} — ${regency}`,
      subject: `${pick(rubric.title, lang)} (${rubric.id} v${rubric.version})`,
      author: people.length > 0 ? people.join(', ') : answers.assessment.kind === 'self' ? regency : ctx.team,
      keywords: [rubric.id, regency, answers.regency.province, kindWords].filter(Boolean).join(', '),
      creator: `siap ${options.toolVersion}`,
      creationDate,
    },
    theme: ctx.theme,
    header: { left: [regency, answers.regency.province].filter(Boolean).join(' · '), right: `${rubricShort} · ${rubric.id} v${rubric.version}` },
    footer: {
      left: [title, kindWords, shownDate ? formatLongDate(shownDate, lang) : undefined, provisional].filter(Boolean).join(' · '),
      pageLabel: label('page', lang, template.labels, { page: '{page}', pages: '{pages}' }),
    },
    continued: say(W.continued, lang),
    ...(options.source
      ? {
          attachment: {
            name: options.source.name,
            bytes: options.source.bytes,
            type: /\.json$/i.test(options.source.name) ? 'application/json' : 'application/yaml',
            description: say(W.attachmentDescription, lang),
            date: creationDate,
          },
        }
      : {}),
    ...(cover ? { cover } : {}),
    sections,
  };
}

/** Helpers that need the rubric, the answers and the score together. */
class ModelBuilder {
  readonly lang: Lang;
  readonly regency: string;
  readonly team: string;
  readonly theme: Theme;
  private readonly nodeScores: Map<string, NodeScore>;
  private readonly questionScores: Map<string, QuestionScore>;

  constructor(
    readonly rubric: Rubric,
    readonly answers: Answers,
    readonly result: ScoreResult,
    readonly options: ReportOptions,
  ) {
    this.lang = options.lang;
    this.regency = answers.regency.name ? regencyDisplayName(answers.regency) : say(W.regencyUnnamed, this.lang);
    this.team = options.template.team ? pick(options.template.team, this.lang) : label('assessor_team', this.lang, options.template.labels);
    this.theme = themeOf(options.template.colors);
    this.nodeScores = new Map(result.nodes.map((n) => [n.id, n]));
    this.questionScores = new Map(result.questions.map((q) => [q.id, q]));
  }

  private t(words: Words, params: Params = {}): string {
    return say(words, this.lang, params);
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
    const cap = (t: string): string => t.charAt(0).toLocaleUpperCase('id') + t.slice(1);
    const first = cap(this.tier(1));
    if (!deep) return first;
    const second = cap(this.tier(2));
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
      regency: { heading: label('regency_identity', lang, this.options.template.labels), facts: regencyFacts },
      assessment: { heading: label('assessment_identity', lang, this.options.template.labels), facts: assessmentFacts },
      people: { heading: this.t(a.kind === 'self' ? W.selfTeamHeading : W.assessors), table: { columns, rows } },
      ...(a.notes ? { notes: { heading: this.t(W.notes), text: a.notes } } : {}),
    };
  }

  summary(title: string, shownDate: string | undefined): SummarySection {
    const { result, rubric, lang } = this;
    const band = this.bandOf(result.band);
    const status = result.recommended ? WORDS.recommended[lang] : WORDS.notRecommended[lang];
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
      : this.t(self ? W.outcomeSelf : W.outcomeAssessor, {
          regency: this.regency,
          index,
          upper: result.upper,
          band: band.label,
          verdict: result.recommended ? W.verdictRecommended : W.verdictNotRecommended,
        });
    const lead = [who, outcome, self ? this.t(W.selfNotVerified) : ''].filter(Boolean).join(' ');
    // The same counts and labels as `assess` and `score`; a panel's consensus says so.
    const facts: Facts = [[WORDS.coverage[lang], describeCounts(counts, lang)], ...consensusFacts(this.answers, lang)];
    if (this.options.rank) {
      const r = this.options.rank;
      facts.push([this.t(W.rank), `${this.t(W.rankOf, { position: r.position, total: r.total })}${r.selected ? ` (${this.t(W.selected)})` : ''}`]);
    }
    const indexLabel = rubric.index.label ? pick(rubric.index.label, lang) : WORDS.index[lang];
    return {
      kind: 'summary',
      title,
      lead,
      index: { label: indexLabel, value: index, of: this.t(W.indexOf, { upper: formatNumber(result.upper, lang) }), band: band.label, bandColor: band.color },
      status: { label: this.t(W.status), text: status, recommended: result.recommended, ...(detail ? { detail } : {}) },
      ...(result.provisional ? { provisional: this.t(W.provisionalNote, { count: c.requiredUnanswered }) } : {}),
      facts,
      ...(result.gates.length > 0
        ? {
            gates: {
              heading: this.t(W.gates),
              items: result.gates.map((g) => ({ passed: g.passed, title: pick(g.title, lang), detail: describeGate(g, result, rubric, lang) })),
            },
          }
        : {}),
      pillars: this.pillarOverview(),
    };
  }

  /** Radars from the rubric's declared charts, else of pillars and elements; bars when too few axes. */
  charts(title: string): ChartsSection | undefined {
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
    const radar = (chartTitle: string, ids: string[]): RadarChart => ({
      type: 'radar',
      title: chartTitle,
      axes: ids.map((id) => {
        const node = this.nodeScores.get(id);
        return { label: this.nodeTitle(id), values: [node?.index ?? null], display: this.idx(node?.index ?? null) };
      }),
      series: [{ name: WORDS[this.answers.assessment.kind][lang], color }],
      min: result.lower,
      max: result.upper,
      rings: ringsFor(),
    });
    const charts: Chart[] = [];
    if (rubric.charts.length > 0) {
      for (const chart of rubric.charts) charts.push(radar(pick(chart.title, lang), chart.nodes));
    } else {
      const pillars = rubric.sections.map((s) => s.id);
      const elements = [...rubric.nodes.values()].filter((n) => n.depth === 2).map((n) => n.id);
      if (pillars.length >= 3) charts.push(radar(this.t(W.resultsBy, { tier: this.tier(1).toLocaleLowerCase('id') }), pillars));
      if (elements.length >= 3 && elements.length <= 24) charts.push(radar(this.t(W.resultsBy, { tier: this.tier(2).toLocaleLowerCase('id') }), elements));
    }
    // Two-axis rubrics cannot make a radar: a bar chart of the sections instead.
    const depthsShown = charts.length === 0 ? [...rubric.nodes.values()].filter((n) => n.depth <= 2) : [];
    if (depthsShown.length > 0) {
      const ticks = ringsFor();
      charts.push({
        type: 'bars',
        title: this.t(W.resultsBy, { tier: this.tier(1).toLocaleLowerCase('id') }),
        items: depthsShown.map((n) => {
          const score = this.nodeScores.get(n.id);
          return {
            label: `${n.depth > 1 ? '   ' : ''}${pick(n.title, lang)}`,
            values: [score?.index ?? null],
            display: [this.idx(score?.index ?? null)],
            colors: [score?.band ? this.bandOf(score.band).color : undefined],
          };
        }),
        series: [{ name: WORDS[this.answers.assessment.kind][lang], color }],
        min: result.lower,
        max: result.upper,
        ticks: [{ value: result.lower, label: formatNumber(result.lower, lang) }, ...ticks],
      });
    }
    if (charts.length === 0) return undefined;
    return { kind: 'charts', title, charts, note: this.t(W.chartScale, { lower: formatNumber(result.lower, lang), upper: formatNumber(result.upper, lang) }) };
  }

  private resultColumns(): Column[] {
    return [
      { header: this.tierPair('header'), width: 46 },
      { header: this.t(W.weight), width: 10, align: 'right' },
      { header: WORDS.index[this.lang], width: 11, align: 'right' },
      { header: WORDS.band[this.lang], width: 19 },
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
    const header1 = tier1.charAt(0).toLocaleUpperCase('id') + tier1.slice(1);
    return { heading: this.t(W.summaryBy, { tier: tier1.toLocaleLowerCase('id') }), table: { columns: [{ ...columns[0]!, header: header1 }, ...columns.slice(1)], rows } };
  }

  results(title: string): ResultsSection {
    const { rubric, lang } = this;
    const columns = this.resultColumns();
    const row = (node: NodeScore, indent: number, emphasis: boolean): TableRow => this.nodeRow(node, indent, emphasis);
    const tables: ResultsSection['tables'] = [this.pillarOverview()];
    for (const pillar of rubric.sections) {
      if (pillar.sections.length === 0) continue;
      const rows: TableRow[] = [];
      const walk = (id: string, depth: number): void => {
        const node = this.nodeScores.get(id)!;
        rows.push(row(node, depth - 1, depth === 1));
        for (const child of rubric.nodes.get(id)!.sections) walk(child.id, depth + 1);
      };
      walk(pillar.id, 1);
      tables.push({ heading: nodeName(pillar.id, pick(pillar.title, lang)), table: { columns, rows } });
    }
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
    for (const node of rubric.nodes.values()) {
      if (node.questions.length === 0) continue;
      const rows: TableRow[] = [];
      for (const q of node.questions) {
        const qs = this.questionScores.get(q.id)!;
        if (qs.state === 'hidden' && qs.hiddenBy === 'profile') {
          outside++;
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
    return {
      kind: 'questions',
      title,
      ...(outside > 0 && profile ? { note: this.t(W.outsideProfile, { count: outside, profile }) } : {}),
      groups,
    };
  }

  private questionRow(q: Question, qs: QuestionScore): TableRow {
    const { lang } = this;
    const body: Paragraph[] = q.title ? [[{ text: pick(q.title, lang), style: 'bold' }], pick(q.text, lang)] : [[{ text: pick(q.text, lang), style: 'bold' }]];
    const line = (name: string, text: string, color?: string): Paragraph => [{ text: `${name}: `, style: 'bold' }, { text, ...(color ? { color } : {}) }];
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
      for (const e of qs.evidence) body.push({ bullet: '•', text: e });
    }
    const scored = isScored(q);
    const points = !scored ? '—' : qs.points === null ? '—' : `${formatNumber(qs.points, lang)} / ${formatNumber(qs.maxPoints, lang)}`;
    const value = !scored ? this.t(W.notScored) : this.idx(qs.score);
    return { cells: [{ text: q.id, style: 'bold' }, { text: body }, points, value] };
  }

  findings(title: string): FindingsSection {
    const { result, rubric, lang } = this;
    const per = this.options.template.findingsPerPillar;
    const strongest = strongestItems(result, Infinity);
    const weakest = weakestItems(result, Infinity);
    const answerOf = (qs: QuestionScore): string => {
      const q = rubric.questionById.get(qs.id)!;
      if (qs.state === 'answered') return formatAnswer(q, qs.value as AnswerValue, lang, qs.label);
      return qs.imputed ? this.t(W.imputedShort) : '';
    };
    const item = (qs: QuestionScore, extra?: string): Paragraph => {
      const runs: Run[] = [{ text: `${qs.id}  `, style: 'bold' }, { text: this.questionName(qs.id, 160) }];
      const answer = answerOf(qs);
      if (answer) runs.push({ text: ` — ${answer}`, style: 'italic' });
      if (extra) runs.push({ text: ` (${extra})`, color: this.theme.muted });
      return runs;
    };
    const pillars: FindingsSection['pillars'] = [];
    for (const pillar of rubric.sections) {
      const inPillar = (qs: QuestionScore): boolean => this.pillarOf(qs.parent) === pillar.id;
      const strengths = strongest.filter(inPillar).slice(0, per).map((qs) => item(qs));
      const weakItems = weakest.filter(inPillar);
      const weaknesses = weakItems.slice(0, per).map((qs) => item(qs, this.t(W.gainAt, { gain: formatDecimal(qs.gain, result.decimals, lang) })));
      const recommendations = weakItems
        .filter((qs) => qs.recommendation)
        .slice(0, per * 2)
        .map((qs): Paragraph => [{ text: `${qs.id}  `, style: 'bold' }, { text: pick(qs.recommendation, lang) }]);
      pillars.push({
        heading: nodeName(pillar.id, pick(pillar.title, lang)),
        blocks: [
          { heading: label('strengths', lang, this.options.template.labels), items: strengths, empty: this.t(W.noStrengths) },
          { heading: label('weaknesses', lang, this.options.template.labels), items: weaknesses, empty: this.t(W.noWeaknesses) },
          { heading: label('recommendations', lang, this.options.template.labels), items: recommendations, empty: this.t(W.noRecommendations) },
        ],
      });
    }
    const failed = result.gates.filter((g) => !g.passed);
    return {
      kind: 'findings',
      title,
      ...(failed.length > 0
        ? {
            gates: {
              heading: this.t(W.gateUnmet),
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
    const remark = (ch: ChildTrace): string => {
      if (!ch.counted) return this.t(W.notCounted, { reason: EXCLUSION_WORDS[ch.excluded ?? 'empty'] });
      if (ch.type === 'section') return '';
      const qs = this.questionScores.get(ch.id)!;
      if (qs.imputed) return this.t(W.imputedShort);
      return qs.points === null ? '' : this.t(W.pointsOf, { points: formatNumber(qs.points, lang), max: formatNumber(qs.maxPoints, lang) });
    };
    const tableOf = (node: NodeScore): TableSpec => {
      const rows: TableRow[] = node.children
        .filter((ch) => ch.excluded !== 'profile')
        .map((ch) => ({
          cells: [
            component(ch),
            formatNumber(ch.weight, lang),
            ch.counted ? n(ch.score) : '—',
            ch.counted && ch.score !== null ? formatDecimal(ch.weight * ch.score, result.decimals, lang) : '—',
            ch.counted ? remark(ch) : { text: remark(ch), style: 'italic', color: this.theme.muted },
          ],
        }));
      rows.push({
        emphasis: true,
        cells: [this.t(W.total), formatNumber(Number(node.weightTotal.toPrecision(12)), lang), n(node.index), formatDecimal(node.weightedSum, result.decimals, lang), ''],
      });
      return { columns, rows, size: 8 };
    };
    const formula = (node: NodeScore, name: string): string =>
      node.index === null
        ? `${name} = —`
        : `${name} = ${formatDecimal(node.weightedSum, result.decimals, lang)} / ${formatNumber(Number(node.weightTotal.toPrecision(12)), lang)} = ${n(node.index)}`;
    const overall = this.t(W.overall);
    const nodes: MethodSection['nodes'] = [{ heading: overall, formula: formula(result.root, overall), table: tableOf(result.root) }];
    for (const node of result.nodes) {
      const name = nodeName(node.id, pick(node.title, lang));
      nodes.push({ heading: name, formula: formula(node, name === pick(node.title, lang) ? name : node.id), table: tableOf(node) });
    }
    return { kind: 'method', title, paragraphs, nodes };
  }

  signoff(title: string, shownDate: string | undefined): SignoffSection {
    const { answers, lang } = this;
    const a = answers.assessment;
    const labels = this.options.template.labels;
    const dots = '……………………';
    const placeDate = label(a.kind === 'self' ? 'made_at' : 'signed_at', lang, labels, {
      place: a.place ?? dots,
      date: shownDate ? formatLongDate(shownDate, lang) : dots,
    });
    const team = a.kind === 'self' ? label('self_team', lang, labels, { regency: this.regency }) : this.team;
    const signers: Signer[] = a.assessors.map((p, i) => ({
      role: p.role ?? (a.kind === 'self' ? this.t(W.writer) : i === 0 ? this.t(W.chairman) : this.t(W.member)),
      name: p.name,
      details: this.person(p),
    }));
    if (signers.length === 0) signers.push({ role: a.kind === 'self' ? this.t(W.writer) : this.t(W.chairman), name: '', details: [] });
    const rep = a.representative;
    const lead = this.t(a.kind === 'self' ? W.signoffSelf : W.signoffAssessor, { team, regency: this.regency });
    return {
      kind: 'signoff',
      title,
      lead,
      placeDate,
      team,
      signers,
      acknowledged: {
        label: `${label('acknowledged', lang, labels)},`,
        signer: {
          role: rep?.role ?? label('representative', lang, labels, { regency: this.regency }),
          name: rep?.name ?? '',
          details: rep ? this.person(rep) : [],
        },
      },
    };
  }
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
