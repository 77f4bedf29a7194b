import type { Diagnostic, Params } from '../errors.js';
import { RUBRIC_WORDS } from '../messages/words.js';
import type { Lang, LocalText, Words } from '../i18n.js';
import type { YamlSource } from '../source/yaml.js';
import { didYouMean } from '../util/suggest.js';
import { buildMigrations } from './migrations.js';
import type {
  Band,
  Chart,
  Column,
  Condition,
  Crosswalk,
  ConditionOp,
  Gate,
  IndexSpec,
  Option,
  Profile,
  Question,
  Rubric,
  Scalar,
  Scale,
  ScaleLevel,
  SectionNode,
  Threshold,
  Vocabulary,
  Horizon,
} from './model.js';
import type { BandInput, ColumnInput, ConditionInput, ContextFieldInput, QuestionInput, RubricInput, SectionInput, TextInput } from './schema.js';

type Path = (string | number)[];

/** Keys whose values are texts in the rubric's languages. */
const TEXT_KEYS = new Set(['title', 'short_title', 'description', 'source', 'authority', 'label', 'descriptor', 'recommendation', 'text', 'hint', 'unit', 'pass', 'fail', 'yes', 'no', 'summary', 'reassess', 'drop', 'reason', 'owner']);
/** Keys of `vocabulary` whose values are texts (its `question` is a word, not a question id). */
const VOCABULARY_TEXT_KEYS = new Set(['question', 'questions', 'band', 'advice', 'target']);

/**
 * Cross-check a rubric that passed the schema and resolve it into the model scoring uses.
 * Returns every problem found; `rubric` is set only when none of them is an error.
 */
export function buildRubric(
  input: RubricInput,
  source: YamlSource,
  sha256: string,
): { rubric?: Rubric; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (code: Diagnostic['code'], path: Path, params: Params = {}, atKey = false): void => {
    diagnostics.push({ code, severity: 'error', params, source: source.locate(path, atKey) });
  };
  const hint = didYouMean;

  const languages: Lang[] = input.languages ?? ['id'];
  const primary = languages[0]!;
  checkTexts(input, [], languages, report);

  // Scales
  const scales = new Map<string, Scale>();
  for (const [id, scale] of Object.entries(input.scales)) {
    const levels: ScaleLevel[] = [];
    scale.levels.forEach((level, i) => {
      const previous = scale.levels[i - 1];
      if (previous && level.value <= previous.value) {
        report('SCALE_ORDER', ['scales', id, 'levels', i, 'value'], { scale: id, value: level.value, previous: previous.value });
      }
      levels.push({
        value: level.value,
        label: text(level.label, primary),
        descriptor: text(level.descriptor, primary),
        evidence: (level.evidence ?? []).map((e) => text(e, primary)),
        ...(level.recommendation ? { recommendation: text(level.recommendation, primary) } : {}),
        ...(level.horizon ? { horizon: level.horizon } : {}),
      });
    });
    scales.set(id, { id, title: text(scale.title, primary), ...(scale.description ? { description: text(scale.description, primary) } : {}), cumulative: scale.cumulative ?? false, levels });
  }
  const scaleNames = [...scales.keys()];
  const knownScale = (name: string, path: Path): Scale | undefined => {
    const scale = scales.get(name);
    if (!scale) report('SCALE_UNKNOWN', path, { scale: name, known: scaleNames.join(', ') || '—' });
    return scale;
  };

  // Index range
  let lower = 0;
  let upper = 100;
  if (input.index.expression === 'scale') {
    if (!input.index.scale) report('INDEX_SCALE_MISSING', ['index', 'expression']);
    else {
      const scale = knownScale(input.index.scale, ['index', 'scale']);
      if (scale && scale.levels.length > 0) {
        lower = scale.levels[0]!.value;
        upper = scale.levels.at(-1)!.value;
      }
    }
  }
  const index: IndexSpec = {
    expression: input.index.expression,
    decimals: input.index.decimals ?? (input.index.expression === 'percent' ? 1 : 2),
    lower,
    upper,
    ...(input.index.scale ? { scale: input.index.scale } : {}),
    ...(input.index.label ? { label: text(input.index.label, primary) } : {}),
  };

  const bands = buildBands(input.bands, ['bands'], lower, upper, report, primary);
  const sectionBands = input.section_bands ? buildBands(input.section_bands, ['section_bands'], lower, upper, report, primary) : undefined;

  // Tree
  const nodes = new Map<string, SectionNode>();
  const questions: Question[] = [];
  const questionPaths = new Map<string, Path>();
  const idLines = new Map<string, number>();
  const claimId = (id: string, path: Path): void => {
    const line = source.locate([...path, 'id']).line ?? 0;
    const other = idLines.get(id);
    if (other !== undefined) report('ID_DUPLICATE', [...path, 'id'], { id, otherLine: other });
    else idLines.set(id, line);
  };
  const checkWeight = (weight: number | undefined, path: Path): number => {
    if (weight === undefined) return 1;
    if (!(Number.isFinite(weight) && weight > 0)) report('WEIGHT_INVALID', [...path, 'weight'], { weight });
    return weight;
  };

  const buildSection = (sec: SectionInput, path: Path, depth: number, parent: string | undefined): SectionNode => {
    claimId(sec.id, path);
    const node: SectionNode = {
      id: sec.id,
      title: text(sec.title, primary),
      weight: checkWeight(sec.weight, path),
      depth,
      tags: sec.tags ?? [],
      sections: [],
      questions: [],
      ...(sec.description ? { description: text(sec.description, primary) } : {}),
      ...(parent !== undefined ? { parent } : {}),
    };
    if (sec.bands) node.bands = buildBands(sec.bands, [...path, 'bands'], lower, upper, report, primary);
    nodes.set(sec.id, node);
    if (!sec.sections && !sec.questions) report('NODE_EMPTY', [...path, 'id'], { id: sec.id });
    if (sec.sections && sec.questions) report('NODE_MIXED', [...path, 'questions'], { id: sec.id }, true);
    sec.sections?.forEach((child, i) => node.sections.push(buildSection(child, [...path, 'sections', i], depth + 1, sec.id)));
    sec.questions?.forEach((q, i) => {
      const qPath = [...path, 'questions', i];
      claimId(q.id, qPath);
      const question = buildQuestion(q, qPath, sec.id, questions.length);
      questions.push(question);
      questionPaths.set(question.id, qPath);
      node.questions.push(question);
    });
    return node;
  };

  const crosswalkIds = Object.keys(input.crosswalks ?? {});
  const checkCrosswalk = (crosswalk: Record<string, string[]> | undefined, path: Path): void => {
    for (const key of Object.keys(crosswalk ?? {})) {
      if (!crosswalkIds.includes(key)) report('CROSSWALK_UNKNOWN', [...path, 'crosswalk', key], { id: key, known: crosswalkIds.join(', ') || '—' }, true);
    }
  };
  /** Thresholds of a number question (its own or a variant's), checked in order and against the bounds. */
  const buildThresholds = (q: { min: number; max?: number; scale?: string; horizon?: Horizon }, input: NonNullable<Extract<QuestionInput, { kind: 'number' }>['thresholds']>, path: Path, scale: Scale | undefined): Threshold[] => {
    const thresholds: Threshold[] = [];
    input.forEach((t, i) => {
      const tPath = [...path, i];
      const previous = input[i - 1];
      if (previous && t.from <= previous.from) report('THRESHOLD_ORDER', [...tPath, 'from'], { from: t.from, previous: previous.from });
      if (i === 0 && t.from > q.min) report('THRESHOLD_GAP', [...tPath, 'from'], { min: q.min, from: t.from });
      if (q.max !== undefined && t.from > q.max) report('THRESHOLD_RANGE', [...tPath, 'from'], { from: t.from, max: q.max });
      if ((t.points === undefined) === (t.level === undefined)) report('THRESHOLD_RESULT', tPath);
      let points = t.points ?? 0;
      if (t.level !== undefined) {
        points = t.level;
        if (!q.scale) report('SCALE_UNKNOWN', [...tPath, 'level'], { scale: '—', known: scaleNames.join(', ') || '—' }, true);
        else if (scale && !scale.levels.some((l) => l.value === t.level)) {
          report('LEVEL_UNKNOWN', [...tPath, 'level'], { value: t.level, scale: q.scale, known: scale.levels.map((l) => l.value).join(', ') });
        }
      }
      const levelInfo = t.level !== undefined ? scale?.levels.find((l) => l.value === t.level) : undefined;
      const recommendation = t.recommendation ? text(t.recommendation, primary) : levelInfo?.recommendation;
      // A threshold's own horizon, else the question's, else the level's when its recommendation is the level's.
      const horizon = t.horizon ?? q.horizon ?? (t.recommendation ? undefined : levelInfo?.horizon);
      thresholds.push({
        from: t.from,
        points,
        ...(t.level !== undefined ? { level: t.level } : {}),
        ...(t.label ? { label: text(t.label, primary) } : levelInfo ? { label: levelInfo.label } : {}),
        ...(t.descriptor ? { descriptor: text(t.descriptor, primary) } : levelInfo ? { descriptor: levelInfo.descriptor } : {}),
        ...(recommendation ? { recommendation } : {}),
        ...(recommendation && horizon ? { horizon } : {}),
      });
    });
    return thresholds;
  };
  /** Thresholds of number questions' variants, until their conditions are resolved with the other conditions. */
  const variantThresholds = new Map<string, Threshold[][]>();

  const buildColumns = (columns: ColumnInput[], path: Path): Column[] => {
    const seen = new Set<string>();
    return columns.map((c, i) => {
      if (seen.has(c.id)) report('COLUMN_DUPLICATE', [...path, i, 'id'], { column: c.id });
      seen.add(c.id);
      const kind = c.kind ?? 'text';
      if (kind === 'choice' && !c.options) report('COLUMN_OPTIONS', [...path, i, 'kind'], { column: c.id });
      return {
        id: c.id,
        title: text(c.title, primary),
        kind,
        required: c.required ?? false,
        integer: c.integer ?? false,
        ...(c.hint ? { hint: text(c.hint, primary) } : {}),
        ...(c.unit ? { unit: text(c.unit, primary) } : {}),
        ...(c.min !== undefined ? { min: c.min } : {}),
        ...(c.max !== undefined ? { max: c.max } : {}),
        ...(c.options ? { options: c.options.map((o) => ({ id: o.id, label: text(o.label, primary) })) } : {}),
      };
    });
  };

  const buildQuestion = (q: QuestionInput, path: Path, parent: string, order: number): Question => {
    checkCrosswalk(q.crosswalk, path);
    const base = {
      id: q.id,
      text: text(q.text, primary),
      evidence: (q.evidence ?? []).map((e) => text(e, primary)),
      weight: checkWeight(q.weight, path),
      allowNa: q.allow_na ?? false,
      required: q.required ?? (q.kind !== 'text' && q.kind !== 'list'),
      tags: q.tags ?? [],
      references: q.references ?? [],
      parent,
      order,
      minPoints: 0,
      maxPoints: 0,
      assessorOnly: q.assessor_only ?? false,
      ...(q.title ? { title: text(q.title, primary) } : {}),
      ...(q.hint ? { hint: text(q.hint, primary) } : {}),
      ...(q.crosswalk ? { crosswalk: q.crosswalk } : {}),
      ...(q.horizon ? { horizon: q.horizon } : {}),
      ...(q.owner ? { owner: text(q.owner, primary) } : {}),
    };
    switch (q.kind) {
      case 'level': {
        const scale = knownScale(q.scale, [...path, 'scale']);
        const own = new Map<number, NonNullable<typeof q.levels>[number]>();
        q.levels?.forEach((level, i) => {
          if (scale && !scale.levels.some((l) => l.value === level.value)) {
            report('LEVEL_UNKNOWN', [...path, 'levels', i, 'value'], { value: level.value, scale: q.scale, known: scale.levels.map((l) => l.value).join(', ') });
          }
          own.set(level.value, level);
        });
        const levels = (scale?.levels ?? []).map((level): ScaleLevel => {
          const mine = own.get(level.value);
          const recommendation = mine?.recommendation ? text(mine.recommendation, primary) : level.recommendation;
          // The question's own horizon beats the scale's generic one; a question's own recommendation never takes the scale's.
          const horizon = mine?.horizon ?? q.horizon ?? (mine?.recommendation ? undefined : level.horizon);
          return {
            value: level.value,
            label: level.label,
            descriptor: mine?.descriptor ? text(mine.descriptor, primary) : level.descriptor,
            evidence: mine?.evidence ? mine.evidence.map((e) => text(e, primary)) : level.evidence,
            ...(recommendation ? { recommendation } : {}),
            ...(recommendation && horizon ? { horizon } : {}),
          };
        });
        const values = levels.map((l) => l.value);
        return { ...base, kind: 'level', scale: q.scale, levels, minPoints: Math.min(...values, Infinity) === Infinity ? 0 : Math.min(...values), maxPoints: values.length ? Math.max(...values) : 0 };
      }
      case 'boolean': {
        const points = q.points ?? { yes: 1, no: 0 };
        return {
          ...base,
          kind: 'boolean',
          points,
          minPoints: Math.min(points.yes, points.no),
          maxPoints: Math.max(points.yes, points.no),
          ...(q.labels ? { labels: { yes: text(q.labels.yes, primary), no: text(q.labels.no, primary) } } : {}),
          ...(q.recommendation ? { recommendation: text(q.recommendation, primary) } : {}),
        };
      }
      case 'choice':
      case 'multi': {
        const seen = new Set<string>();
        const options: Option[] = q.options.map((o, i) => {
          if (seen.has(o.id)) report('OPTION_DUPLICATE', [...path, 'options', i, 'id'], { option: o.id });
          seen.add(o.id);
          return {
            id: o.id,
            label: text(o.label, primary),
            points: o.points,
            exclusive: o.exclusive ?? false,
            ...(o.descriptor ? { descriptor: text(o.descriptor, primary) } : {}),
            ...(o.recommendation ? { recommendation: text(o.recommendation, primary) } : {}),
            ...(o.recommendation && (o.horizon ?? q.horizon) ? { horizon: o.horizon ?? q.horizon } : {}),
          };
        });
        const pts = options.map((o) => o.points);
        if (q.kind === 'choice') return { ...base, kind: 'choice', options, minPoints: Math.min(...pts), maxPoints: Math.max(...pts) };
        const aggregate = q.aggregate ?? 'sum';
        const negative = pts.filter((p) => p < 0);
        const positive = pts.filter((p) => p > 0);
        const minPoints = aggregate === 'sum' ? negative.reduce((a, b) => a + b, 0) : Math.min(0, ...pts);
        const natural = aggregate === 'sum' ? positive.reduce((a, b) => a + b, 0) : Math.max(0, ...pts);
        return {
          ...base,
          kind: 'multi',
          options,
          aggregate,
          minPoints,
          maxPoints: q.max_points !== undefined ? Math.min(q.max_points, natural) : natural,
          ...(q.recommendation ? { recommendation: text(q.recommendation, primary) } : {}),
        };
      }
      case 'number': {
        if (q.max !== undefined && q.max < q.min) report('NUMBER_BOUNDS', [...path, 'max'], { min: q.min, max: q.max });
        const scale = q.scale ? knownScale(q.scale, [...path, 'scale']) : undefined;
        const thresholds = buildThresholds(q, q.thresholds, [...path, 'thresholds'], scale);
        const variants = (q.variants ?? []).map((v, i) => buildThresholds(q, v.thresholds, [...path, 'variants', i, 'thresholds'], scale));
        if (variants.length > 0) variantThresholds.set(q.id, variants);
        const pts = [thresholds, ...variants].flat().map((t) => t.points);
        const bounds = scale ? scale.levels.map((l) => l.value) : pts;
        return {
          ...base,
          kind: 'number',
          min: q.min,
          integer: q.integer ?? false,
          thresholds,
          minPoints: Math.min(...bounds),
          maxPoints: Math.max(...bounds),
          ...(q.max !== undefined ? { max: q.max } : {}),
          ...(q.unit ? { unit: text(q.unit, primary) } : {}),
          ...(q.scale ? { scale: q.scale } : {}),
        };
      }
      case 'list': {
        if (q.min_rows !== undefined && q.max_rows !== undefined && q.min_rows > q.max_rows) report('LIST_ROWS', [...path, 'min_rows'], { min: q.min_rows, max: q.max_rows });
        return {
          ...base,
          kind: 'list',
          columns: buildColumns(q.columns, [...path, 'columns']),
          minRows: q.min_rows ?? 0,
          ...(q.max_rows !== undefined ? { maxRows: q.max_rows } : {}),
        };
      }
      case 'text':
        return { ...base, kind: 'text', multiline: q.multiline ?? false };
    }
  };

  /** A context field as an unscored question (so values are checked and shown the same way). */
  const buildContextField = (f: ContextFieldInput, path: Path, order: number): Question => {
    claimId(f.id, path);
    const need = (key: string): void => report('CONTEXT_FORM', [...path, 'kind'], { id: f.id, kind: f.kind, key });
    const base = {
      id: f.id,
      title: text(f.title, primary),
      text: text(f.text ?? f.title, primary),
      evidence: (f.evidence ?? []).map((e) => text(e, primary)),
      weight: 0,
      allowNa: false,
      required: false,
      tags: [],
      references: f.references ?? [],
      assessorOnly: false,
      parent: '',
      order,
      minPoints: 0,
      maxPoints: 0,
      ...(f.hint ? { hint: text(f.hint, primary) } : {}),
    };
    switch (f.kind) {
      case 'number':
        return {
          ...base,
          kind: 'number',
          min: f.min ?? 0,
          integer: f.integer ?? false,
          thresholds: [],
          ...(f.max !== undefined ? { max: f.max } : {}),
          ...(f.unit ? { unit: text(f.unit, primary) } : {}),
        };
      case 'choice':
        if (!f.options) need('options');
        return {
          ...base,
          kind: 'choice',
          options: (f.options ?? []).map((o) => ({ id: o.id, label: text(o.label, primary), points: 0, exclusive: false, ...(o.descriptor ? { descriptor: text(o.descriptor, primary) } : {}) })),
        };
      case 'boolean':
        return { ...base, kind: 'boolean', points: { yes: 0, no: 0 }, ...(f.labels ? { labels: { yes: text(f.labels.yes, primary), no: text(f.labels.no, primary) } } : {}) };
      case 'text':
        return { ...base, kind: 'text', multiline: f.multiline ?? false };
      case 'list':
        if (!f.columns) need('columns');
        return { ...base, kind: 'list', columns: buildColumns(f.columns ?? [], [...path, 'columns']), minRows: 0, ...(f.max_rows !== undefined ? { maxRows: f.max_rows } : {}) };
    }
  };

  const sections = input.sections.map((sec, i) => buildSection(sec, ['sections', i], 1, undefined));
  const questionById = new Map(questions.map((q) => [q.id, q]));

  // Conditions: resolve, then check references look backwards and form no cycle.
  const edges = new Map<string, { ref: string; path: Path }[]>();
  input.sections.forEach((sec, i) => visitQuestions(sec, ['sections', i], (q, path) => {
    const refs: { ref: string; path: Path }[] = [];
    const question = questionById.get(q.id);
    if (q.when) {
      const condition = buildCondition(q.when, [...path, 'when'], refs, report, questionById, hint);
      if (question && condition) question.when = condition;
    }
    if (q.kind === 'number' && q.variants && question?.kind === 'number') {
      const thresholds = variantThresholds.get(q.id) ?? [];
      const variants = q.variants.map((v, k) => ({ when: buildCondition(v.when, [...path, 'variants', k, 'when'], refs, report, questionById, hint), thresholds: thresholds[k] ?? [] }));
      if (variants.every((v): v is { when: Condition; thresholds: Threshold[] } => v.when !== undefined)) question.variants = variants;
    }
    if (refs.length > 0) edges.set(q.id, refs);
  }));
  checkConditionGraph(edges, questionById, report);

  // Gates
  const maxDepth = Math.max(...[...nodes.values()].map((n) => n.depth));
  const gates: Gate[] = [];
  (input.gates ?? []).forEach((g, i) => {
    const path: Path = ['gates', i];
    const forms = [g.question !== undefined, g.index_min !== undefined, g.node !== undefined, g.sections_min !== undefined].filter(Boolean).length;
    const base = { id: g.id, title: text(g.title, primary), ...(g.recommendation ? { recommendation: text(g.recommendation, primary) } : {}) };
    const inRange = (value: number, key: string): void => {
      if (value < lower || value > upper) report('GATE_RANGE', [...path, key], { id: g.id, value, lower, upper });
    };
    if (forms !== 1 || (g.node !== undefined && g.min === undefined)) {
      report('GATE_FORM', [...path, 'id'], { id: g.id });
    } else if (g.question !== undefined) {
      const target = questionById.get(g.question);
      if (!target) report('GATE_UNKNOWN_TARGET', [...path, 'question'], { id: g.id, ref: g.question, suggestion: hint(g.question, questionById.keys(), noSuggestion) });
      else if (g.value === undefined) report('GATE_FORM', [...path, 'id'], { id: g.id });
      else {
        const op = g.op ?? '=';
        checkComparison(target, op, g.value, [...path, 'value'], report);
        gates.push({ ...base, type: 'question', question: g.question, op, value: g.value });
      }
    } else if (g.index_min !== undefined) {
      inRange(g.index_min, 'index_min');
      gates.push({ ...base, type: 'index', min: g.index_min });
    } else if (g.node !== undefined) {
      if (!nodes.has(g.node)) report('GATE_UNKNOWN_TARGET', [...path, 'node'], { id: g.id, ref: g.node, suggestion: hint(g.node, nodes.keys(), noSuggestion) });
      inRange(g.min!, 'min');
      gates.push({ ...base, type: 'node', node: g.node, min: g.min! });
    } else {
      const depth = g.depth ?? 1;
      if (depth > maxDepth) report('GATE_UNKNOWN_TARGET', [...path, 'depth'], { id: g.id, ref: `depth ${depth}`, suggestion: `max depth ${maxDepth}` });
      inRange(g.sections_min!, 'sections_min');
      gates.push({ ...base, type: 'sections', depth, min: g.sections_min! });
    }
  });

  const profiles = new Map<string, Profile>();
  for (const [id, p] of Object.entries(input.profiles ?? {})) {
    profiles.set(id, { id, title: text(p.title, primary), tags: p.tags, ...(p.description ? { description: text(p.description, primary) } : {}) });
  }

  const charts: Chart[] = (input.charts ?? []).map((c, i) => {
    c.nodes.forEach((ref, k) => {
      if (!nodes.has(ref)) report('CHART_UNKNOWN_NODE', ['charts', i, 'nodes', k], { id: c.id, ref, suggestion: hint(ref, nodes.keys(), noSuggestion) });
    });
    return { id: c.id, title: text(c.title, primary), nodes: c.nodes };
  });

  // Context fields: unscored facts about the regency, in the same id space as the questions.
  const context = (input.context ?? []).map((f, i) => buildContextField(f, ['context', i], i));
  const contextById = new Map(context.map((f) => [f.id, f]));

  const crosswalks = new Map<string, Crosswalk>();
  for (const [id, cw] of Object.entries(input.crosswalks ?? {})) {
    const path: Path = ['crosswalks', id];
    let levels: Crosswalk['levels'];
    if (cw.levels) {
      const scale = knownScale(cw.levels.scale, [...path, 'levels', 'scale']);
      const map = Object.entries(cw.levels.map).map(([from, to]) => {
        if (!/^-?\d+(\.\d+)?$/.test(from)) report('CROSSWALK_LEVEL', [...path, 'levels', 'map', from], { value: from }, true);
        if (scale && !scale.levels.some((l) => l.value === to)) {
          report('LEVEL_UNKNOWN', [...path, 'levels', 'map', from], { value: to, scale: cw.levels!.scale, known: scale.levels.map((l) => l.value).join(', ') });
        }
        return { from: Number(from), to };
      });
      levels = { scale: cw.levels.scale, map };
    }
    crosswalks.set(id, { id, title: text(cw.title, primary), ...(cw.description ? { description: text(cw.description, primary) } : {}), ...(levels ? { levels } : {}) });
  }

  const migrations = buildMigrations(input.migrations, { version: input.version, questionById, contextById }, report, (t) => text(t, primary));

  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const rubric: Rubric = {
    id: input.id,
    version: input.version,
    sha256,
    file: source.file,
    title: text(input.title, primary),
    languages,
    index,
    bands,
    gates,
    scales,
    profiles,
    charts,
    vocabulary: vocabularyOf(input.vocabulary, primary),
    tiers: (input.tiers ?? RUBRIC_WORDS.defaultTiers).map((t) => text(t, primary)),
    sections,
    nodes,
    questions,
    questionById,
    context,
    contextById,
    crosswalks,
    migrations,
    ...(input.short_title ? { shortTitle: text(input.short_title, primary) } : {}),
    ...(input.description ? { description: text(input.description, primary) } : {}),
    ...(input.source ? { source: text(input.source, primary) } : {}),
    ...(input.authority ? { authority: text(input.authority, primary) } : {}),
    ...(sectionBands ? { sectionBands } : {}),
    ...(input.recommendation ? { recommendation: { pass: text(input.recommendation.pass, primary), fail: text(input.recommendation.fail, primary) } } : {}),
  };
  return { rubric, diagnostics };
}

const noSuggestion = RUBRIC_WORDS.checkIdSpelling;

function vocabularyOf(input: RubricInput['vocabulary'], primary: Lang): Vocabulary {
  const out: Vocabulary = {};
  if (!input) return out;
  for (const key of ['question', 'questions', 'band', 'advice', 'target'] as const) {
    const value = input[key];
    if (value) out[key] = text(value, primary);
  }
  if (input.gates) out.gates = input.gates;
  return out;
}

function text(value: TextInput, primary: Lang): LocalText {
  return typeof value === 'string' ? { [primary]: value } : { ...value };
}

function buildBands(
  input: BandInput[],
  path: Path,
  lower: number,
  upper: number,
  report: (code: Diagnostic['code'], path: Path, params?: Params) => void,
  primary: Lang,
): Band[] {
  let ordered = true;
  input.forEach((band, i) => {
    const previous = input[i - 1];
    if (previous && band.min >= previous.min) {
      ordered = false;
      report('BANDS_ORDER', [...path, i, 'min'], { min: band.min, previous: previous.min });
    }
    if (band.min > upper || band.min < lower) report('BANDS_RANGE', [...path, i, 'min'], { min: band.min, lower, upper });
  });
  const last = input.at(-1);
  // A gap is only meaningful once the bands are in order.
  if (ordered && last && last.min > lower) report('BANDS_GAP', [...path, input.length - 1, 'min'], { min: last.min, lower });
  return input.map((band, i) => ({
    id: band.id ?? `band-${i + 1}`,
    min: band.min,
    label: text(band.label, primary),
    ...(band.description ? { description: text(band.description, primary) } : {}),
    ...(band.color ? { color: band.color } : {}),
  }));
}

function visitQuestions(sec: SectionInput, path: Path, visit: (q: QuestionInput, path: Path) => void): void {
  sec.questions?.forEach((q, i) => visit(q, [...path, 'questions', i]));
  sec.sections?.forEach((child, i) => visitQuestions(child, [...path, 'sections', i], visit));
}

function buildCondition(
  input: ConditionInput,
  path: Path,
  refs: { ref: string; path: Path }[],
  report: (code: Diagnostic['code'], path: Path, params?: Params, atKey?: boolean) => void,
  questions: Map<string, Question>,
  hint: (word: string, candidates: Iterable<string>, fallback: Words) => Words,
): Condition | undefined {
  const forms = [input.question !== undefined, input.regency !== undefined, input.all !== undefined, input.any !== undefined, input.not !== undefined];
  const count = forms.filter(Boolean).length;
  const compareKeys = input.op !== undefined || input.value !== undefined;
  if (count !== 1 || (compareKeys && input.question === undefined && input.regency === undefined)) {
    report('CONDITION_FORM', path);
    return undefined;
  }
  if (input.all || input.any) {
    const key = input.all ? 'all' : 'any';
    const of = (input.all ?? input.any)!.map((c, i) => buildCondition(c, [...path, key, i], refs, report, questions, hint));
    return of.every((c): c is Condition => c !== undefined) ? { type: key, of } : undefined;
  }
  if (input.not) {
    const of = buildCondition(input.not, [...path, 'not'], refs, report, questions, hint);
    return of ? { type: 'not', of } : undefined;
  }
  if (input.value === undefined) {
    report('CONDITION_FORM', path);
    return undefined;
  }
  const op = input.op ?? (Array.isArray(input.value) ? 'in' : '=');
  const value = input.value as Scalar | Scalar[];
  if (input.regency !== undefined) return { type: 'regency', op, value };
  const ref = input.question!;
  refs.push({ ref, path: [...path, 'question'] });
  const target = questions.get(ref);
  if (!target) {
    report('CONDITION_UNKNOWN_QUESTION', [...path, 'question'], { ref, suggestion: hint(ref, questions.keys(), noSuggestion) });
    return undefined;
  }
  checkComparison(target, op, value, [...path, 'value'], report);
  return { type: 'compare', question: ref, op, value };
}

/** A comparison must make sense for the kind of question it looks at. */
function checkComparison(
  target: Question,
  op: ConditionOp,
  value: Scalar | Scalar[],
  path: Path,
  report: (code: Diagnostic['code'], path: Path, params?: Params) => void,
): void {
  const ordered = op === '<' || op === '<=' || op === '>' || op === '>=';
  const values = Array.isArray(value) ? value : [value];
  if (op === 'in' && !Array.isArray(value)) report('CONDITION_OP', path, { op, ref: target.id, kind: target.kind });
  if (op !== 'in' && Array.isArray(value) && target.kind !== 'multi') report('CONDITION_OP', path, { op, ref: target.id, kind: target.kind });
  switch (target.kind) {
    case 'level':
      // No levels: the question's scale is unknown, reported (SCALE_UNKNOWN) at the question.
      if (target.levels.length === 0) break;
      for (const v of values) {
        if (typeof v !== 'number' || !target.levels.some((l) => l.value === v)) {
          report('CONDITION_VALUE', path, { value: JSON.stringify(v), ref: target.id, expected: target.levels.map((l) => l.value).join(', ') });
        }
      }
      break;
    case 'number':
      for (const v of values) if (typeof v !== 'number') report('CONDITION_VALUE', path, { value: JSON.stringify(v), ref: target.id, expected: 'number' });
      break;
    case 'boolean':
      if (ordered) report('CONDITION_OP', path, { op, ref: target.id, kind: target.kind });
      for (const v of values) if (typeof v !== 'boolean') report('CONDITION_VALUE', path, { value: JSON.stringify(v), ref: target.id, expected: 'true, false' });
      break;
    case 'choice':
    case 'multi':
      if (ordered) report('CONDITION_OP', path, { op, ref: target.id, kind: target.kind });
      for (const v of values) {
        if (!target.options.some((o) => o.id === v)) {
          report('CONDITION_VALUE', path, { value: JSON.stringify(v), ref: target.id, expected: target.options.map((o) => o.id).join(', ') });
        }
      }
      break;
    case 'text':
      if (ordered) report('CONDITION_OP', path, { op, ref: target.id, kind: target.kind });
      break;
    case 'list':
      report('CONDITION_OP', path, { op, ref: target.id, kind: target.kind });
      break;
  }
}

/** Cycles first (each reported once), then references to questions that come later. */
function checkConditionGraph(
  edges: Map<string, { ref: string; path: Path }[]>,
  questions: Map<string, Question>,
  report: (code: Diagnostic['code'], path: Path, params?: Params) => void,
): void {
  const inCycle = new Set<string>();
  const cycleNodes = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const edge of edges.get(id) ?? []) {
      if (!questions.has(edge.ref)) continue;
      const s = state.get(edge.ref);
      if (s === 'open') {
        const cycle = [...stack.slice(stack.indexOf(edge.ref)), edge.ref];
        const key = `${id}->${edge.ref}`;
        if (!inCycle.has(key)) {
          inCycle.add(key);
          cycle.forEach((node) => cycleNodes.add(node));
          report('CONDITION_CYCLE', edge.path, { cycle: cycle.join(' → ') });
        }
      } else if (s === undefined) visit(edge.ref);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);

  for (const [id, list] of edges) {
    const self = questions.get(id);
    for (const edge of list) {
      const target = questions.get(edge.ref);
      if (!self || !target || (cycleNodes.has(id) && cycleNodes.has(edge.ref))) continue;
      if (target.order >= self.order) report('CONDITION_FORWARD', edge.path, { ref: edge.ref, id });
    }
  }
}

/** Every text must exist in every language the rubric declares. */
function checkTexts(
  value: unknown,
  path: Path,
  languages: Lang[],
  report: (code: Diagnostic['code'], path: Path, params?: Params) => void,
  isText = false,
): void {
  if (isText && isTextValue(value)) {
    for (const lang of languages) {
      const present = typeof value === 'string' ? lang === languages[0] : typeof value[lang] === 'string';
      if (!present) report('TEXT_MISSING_LANG', path, { lang, languages: languages.join(', ') });
    }
    return;
  }
  if (Array.isArray(value)) {
    const evidence = path.at(-1) === 'evidence';
    value.forEach((item, i) => checkTexts(item, [...path, i], languages, report, evidence));
  } else if (value !== null && typeof value === 'object') {
    const vocabulary = path.length === 1 && path[0] === 'vocabulary';
    for (const [key, child] of Object.entries(value)) {
      checkTexts(child, [...path, key], languages, report, vocabulary ? VOCABULARY_TEXT_KEYS.has(key) : TEXT_KEYS.has(key));
    }
  }
}

function isTextValue(value: unknown): value is string | { id?: string; en?: string } {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.keys(value).every((k) => k === 'id' || k === 'en');
}
