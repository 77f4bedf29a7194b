/// <reference lib="dom" />
import { isAnswered, type AnswerEntry } from '../../answers/model.js';
import { describeCondition } from '../../answers/template.js';
import type { Diagnostic } from '../../errors.js';
import { pick, type Lang, type Words } from '../../i18n.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { FORM_WORDS as F } from '../../messages/form.js';
import { formatAnswer, formatNumber, formatRange, formatSpan } from '../../messages/present.js';
import { describeProblem } from '../../messages/problem.js';
import { WORDS } from '../../messages/words.js';
import { isScored, type Question } from '../../rubric/model.js';
import type { Pending } from '../state.js';
import { h, replaceChildren, type Child } from './dom.js';

/** What a question's inputs report to the form. */
export interface QuestionHandlers {
  value(id: string, raw: unknown): void;
  na(id: string, on: boolean, reason: string): void;
  notes(id: string, note: string, evidence: string): void;
  clear(id: string): void;
}

/** One question on the page and the parts that change as it is answered. */
export interface QuestionView {
  id: string;
  root: HTMLElement;
  badge: HTMLElement;
  problems: HTMLElement;
  echo?: HTMLElement;
  valueInputs: (HTMLInputElement | HTMLTextAreaElement)[];
  naBox?: HTMLInputElement;
  naReason?: HTMLInputElement;
  clearButton: HTMLButtonElement;
}

/** An element id for a question: rubric ids may hold any character, so pages use positions. */
export function questionAnchor(order: number): string {
  return `q-${order + 1}`;
}

const t = (lang: Lang, words: Words, params: Record<string, string | number> = {}): string => say(words, lang, params);

/** The question's fixed parts (text, hint, evidence, answers) with the current answer filled in. */
export function renderQuestion(question: Question, entry: AnswerEntry | undefined, pending: Pending | undefined, lang: Lang, headingLevel: number, on: QuestionHandlers): QuestionView {
  const anchor = questionAnchor(question.order);
  const id = question.id;
  const name = `${anchor}-a`;
  const headingId = `${anchor}-t`;
  const hasTitle = question.title !== undefined;
  const heading = h(headingTag(headingLevel), { id: headingId, class: 'q-title' }, pick(hasTitle ? question.title : question.text, lang));
  const badge = h('span', { class: 'q-state' });

  const meta: string[] = [];
  if (!isScored(question)) meta.push(t(lang, F.notScored));
  else {
    if (!question.required) meta.push(t(lang, F.optional));
    meta.push(t(lang, F.weight, { weight: formatNumber(question.weight, lang) }));
  }
  if (question.when) meta.push(t(lang, F.onlyWhen, { rule: describeCondition(question.when, lang) }));

  const na = entry?.na !== undefined || pending?.type === 'na';
  const value = entry?.na === undefined ? entry?.value : undefined;
  const valueInputs: (HTMLInputElement | HTMLTextAreaElement)[] = [];
  let echo: HTMLElement | undefined;

  const radio = (raw: string, checked: boolean, body: Child[], onPick: () => void): HTMLElement => {
    const input = h('input', { type: 'radio', name, value: raw, checked, onchange: onPick });
    valueInputs.push(input);
    return h('label', { class: 'opt' }, input, h('span', { class: 'opt-body' }, body));
  };
  const optionBody = (label: string, descriptor: string | undefined, extra: Child[] = []): Child[] => [
    h('span', { class: 'opt-label' }, label),
    descriptor ? h('span', { class: 'opt-desc' }, descriptor) : null,
    ...extra,
  ];

  let answer: HTMLElement;
  switch (question.kind) {
    case 'level':
      answer = choiceGroup(
        question.levels.map((level) =>
          radio(String(level.value), value === level.value, optionBody(`${formatNumber(level.value, lang)} · ${pick(level.label, lang)}`, pick(level.descriptor, lang) || undefined, [
            level.evidence.length > 0
              ? h('span', { class: 'opt-evidence' }, `${t(lang, F.evidenceAtLevel)}: `, level.evidence.map((e, i) => [i > 0 ? ' · ' : '', pick(e, lang)]))
              : null,
          ]), () => on.value(id, level.value)),
        ),
      );
      break;
    case 'boolean': {
      const yes = question.labels ? pick(question.labels.yes, lang) : t(lang, WORDS.yes);
      const no = question.labels ? pick(question.labels.no, lang) : t(lang, WORDS.no);
      answer = choiceGroup([
        radio('true', value === true, optionBody(yes, undefined), () => on.value(id, true)),
        radio('false', value === false, optionBody(no, undefined), () => on.value(id, false)),
      ], 'opts-inline');
      break;
    }
    case 'choice':
      answer = choiceGroup(
        question.options.map((option) =>
          radio(option.id, value === option.id, optionBody(pick(option.label, lang), option.descriptor ? pick(option.descriptor, lang) : undefined), () => on.value(id, option.id)),
        ),
      );
      break;
    case 'multi': {
      const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      const boxes: HTMLInputElement[] = [];
      const changed = (changedOption: string): void => {
        const option = question.options.find((o) => o.id === changedOption);
        const box = boxes[question.options.indexOf(option!)]!;
        if (box.checked) {
          // An exclusive option ("none of these") and the others untick each other.
          question.options.forEach((o, i) => {
            if (o.id !== changedOption && (option!.exclusive || o.exclusive)) boxes[i]!.checked = false;
          });
        }
        const ids = question.options.filter((_, i) => boxes[i]!.checked).map((o) => o.id);
        on.value(id, ids.length === 0 && question.options.some((o) => o.exclusive) ? undefined : ids);
      };
      answer = choiceGroup(
        question.options.map((option) => {
          const box = h('input', { type: 'checkbox', name, value: option.id, checked: chosen.includes(option.id), onchange: () => changed(option.id) });
          boxes.push(box);
          valueInputs.push(box);
          const body = optionBody(pick(option.label, lang), option.descriptor ? pick(option.descriptor, lang) : undefined, [option.exclusive ? h('span', { class: 'opt-evidence' }, t(lang, F.exclusive)) : null]);
          return h('label', { class: 'opt' }, box, h('span', { class: 'opt-body' }, body));
        }),
      );
      break;
    }
    case 'number': {
      const typed = pending?.type === 'value' ? pending.text : typeof value === 'number' ? formatNumber(value, lang) : '';
      const input = h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', id: `${anchor}-n`, value: typed, oninput: () => on.value(id, input.value) });
      valueInputs.push(input);
      const unit = question.unit ? pick(question.unit, lang) : '';
      const range = formatRange(question.min, question.max, lang);
      echo = h('span', { class: 'q-echo', 'aria-live': 'polite' });
      const limits = [range, question.integer ? t(lang, F.wholeNumber) : ''].filter(Boolean).join(' · ');
      answer = h('div', { class: 'number' },
        h('label', { class: 'number-field', for: input.id }, h('span', { class: 'field-label' }, t(lang, F.yourAnswer)), h('span', { class: 'number-input' }, input, unit ? h('span', { class: 'unit' }, unit) : null)),
        h('span', { class: 'limits' }, limits),
        echo,
        thresholds(question, lang),
      );
      break;
    }
    case 'list': {
      // One table row per list row, one input per column; every change sends the rows that have
      // something in them, and the shared check (answers/values.ts) types and validates them.
      const rows: Record<string, string>[] = Array.isArray(value)
        ? (value as unknown[]).filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])))
        : [];
      const body = h('tbody', {});
      const send = (): void => {
        const filled = rows.filter((r) => Object.values(r).some((v) => v.trim() !== '')).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v.trim() !== '')));
        on.value(id, filled.length === 0 ? undefined : filled);
      };
      const cell = (row: Record<string, string>, column: (typeof question.columns)[number], r: number): HTMLElement => {
        const label = `${pick(column.title, lang)} ${r + 1}`;
        const set = (text: string): void => {
          row[column.id] = text;
          send();
        };
        if (column.kind === 'choice' || column.kind === 'boolean') {
          const choices = column.kind === 'choice' ? (column.options ?? []).map((o) => [o.id, pick(o.label, lang)] as const) : ([['true', WORDS.yes[lang]], ['false', WORDS.no[lang]]] as const);
          const select = h('select', { 'aria-label': label, onchange: () => set(select.value) }, h('option', { value: '' }, '—'), ...choices.map(([v, l]) => h('option', { value: v, selected: row[column.id] === v }, l)));
          return h('td', {}, select);
        }
        const input = h('input', { type: 'text', 'aria-label': label, value: row[column.id] ?? '', ...(column.kind === 'number' ? { inputmode: 'decimal' } : {}), oninput: () => set(input.value) });
        valueInputs.push(input);
        return h('td', {}, input);
      };
      const draw = (): void => {
        replaceChildren(body, rows.map((row, r) => h('tr', {}, ...question.columns.map((column) => cell(row, column, r)))));
      };
      while (rows.length < Math.max(1, question.minRows)) rows.push({});
      draw();
      const addRow = h('button', { type: 'button', class: 'link', onclick: () => {
        if (question.maxRows !== undefined && rows.length >= question.maxRows) return;
        rows.push({});
        draw();
      } }, t(lang, F.addRow));
      const head = h('thead', {}, h('tr', {}, ...question.columns.map((column) => h('th', { scope: 'col' }, pick(column.title, lang) + (column.unit ? ` (${pick(column.unit, lang)})` : '')))));
      answer = h('div', { class: 'list' }, h('table', { class: 'list-table' }, head, body), addRow);
      break;
    }
    case 'text': {
      const typed = typeof value === 'string' ? value : '';
      const input = question.multiline
        ? h('textarea', { id: `${anchor}-x`, rows: 4, oninput: () => on.value(id, input.value) })
        : h('input', { type: 'text', id: `${anchor}-x`, oninput: () => on.value(id, input.value) });
      input.value = typed;
      valueInputs.push(input);
      answer = h('label', { class: 'text-field', for: input.id }, h('span', { class: 'field-label' }, t(lang, F.yourAnswer)), input);
      break;
    }
  }

  let naBox: HTMLInputElement | undefined;
  let naReason: HTMLInputElement | undefined;
  let naPart: HTMLElement | null = null;
  if (question.allowNa) {
    const box = h('input', { type: 'checkbox', class: 'na-box', checked: na, onchange: () => on.na(id, box.checked, reason.value) });
    const reason = h('input', { type: 'text', id: `${anchor}-na`, value: entry?.na ?? '', oninput: () => on.na(id, box.checked, reason.value) });
    naBox = box;
    naReason = reason;
    naPart = h('div', { class: 'na' },
      h('label', { class: 'na-toggle' }, box, ' ', t(lang, F.na)),
      h('label', { class: 'na-reason', for: reason.id }, h('span', { class: 'field-label' }, t(lang, F.naReason)), reason),
    );
  }

  const note = h('textarea', { id: `${anchor}-note`, rows: 2, oninput: () => on.notes(id, note.value, evidence.value) });
  note.value = entry?.note ?? '';
  const evidence = h('textarea', { id: `${anchor}-ev`, rows: 2, oninput: () => on.notes(id, note.value, evidence.value) });
  evidence.value = (entry?.evidence ?? []).join('\n');
  const hasNotes = Boolean(entry?.note) || (entry?.evidence.length ?? 0) > 0;
  const notes = h('details', { class: 'notes', open: hasNotes },
    h('summary', {}, t(lang, hasNotes ? F.notesFilled : F.notesAndEvidence)),
    h('label', { for: note.id }, h('span', { class: 'field-label' }, t(lang, F.note)), note),
    h('label', { for: evidence.id }, h('span', { class: 'field-label' }, t(lang, F.evidence)), evidence),
  );

  const clearButton = h('button', { type: 'button', class: 'link clear', onclick: () => on.clear(id) }, t(lang, F.clear));
  const problems = h('div', { class: 'q-problems', id: `${anchor}-p`, 'aria-live': 'polite' });
  for (const input of valueInputs) input.setAttribute('aria-describedby', problems.id);

  const root = h('article', { class: `q kind-${question.kind}`, id: anchor, 'data-question': id, 'aria-labelledby': headingId },
    h('header', { class: 'q-head' }, h('span', { class: 'q-id' }, id), heading, badge),
    hasTitle ? h('p', { class: 'q-text' }, pick(question.text, lang)) : null,
    meta.length > 0 ? h('p', { class: 'q-meta' }, meta.join(' · ')) : null,
    question.hint ? h('p', { class: 'q-hint' }, h('strong', {}, `${t(lang, F.hint)}: `), pick(question.hint, lang)) : null,
    question.evidence.length > 0
      ? h('div', { class: 'q-evidence' }, h('strong', {}, t(lang, F.evidenceExpected)), h('ul', {}, question.evidence.map((e) => h('li', {}, pick(e, lang)))))
      : null,
    h('fieldset', { class: 'answer' }, h('legend', { class: 'sr-only' }, `${id} · ${t(lang, F.yourAnswer)}`), answer),
    naPart,
    problems,
    h('div', { class: 'q-foot' }, notes, clearButton),
  );
  return { id, root, badge, problems, ...(echo ? { echo } : {}), valueInputs, ...(naBox ? { naBox } : {}), ...(naReason ? { naReason } : {}), clearButton };
}

function headingTag(level: number): 'h3' | 'h4' | 'h5' | 'h6' {
  return level <= 3 ? 'h3' : level === 4 ? 'h4' : level === 5 ? 'h5' : 'h6';
}

function choiceGroup(options: HTMLElement[], extra = ''): HTMLElement {
  return h('div', { class: `opts ${extra}`.trim() }, options);
}

/** A number question's bands: `0–<50 · 50–<90 · ≥ 90`, with their labels. */
function thresholds(question: Question, lang: Lang): HTMLElement | null {
  if (question.kind !== 'number' || question.thresholds.length === 0) return null;
  const items = question.thresholds.map((threshold, i) => {
    const next = question.thresholds[i + 1];
    const span = formatSpan(threshold.from, next?.from, lang);
    const label = threshold.label ? pick(threshold.label, lang) : '';
    const descriptor = threshold.descriptor ? pick(threshold.descriptor, lang) : '';
    // A band's own label says its range in words; the bare range stands in when it has none.
    return h('li', {}, label ? label : h('span', { class: 'band-span' }, span), descriptor ? h('span', { class: 'opt-desc' }, descriptor) : null);
  });
  return h('div', { class: 'thresholds' }, h('strong', {}, t(lang, F.bands)), h('ul', {}, items));
}

/**
 * Bring the changing parts of a question up to date: its state, whether the answers can be
 * chosen (not while N/A is ticked), the number's band, and its problems: what was typed, and
 * what a loaded file said about it (the same words as the CLI).
 */
export function syncQuestion(view: QuestionView, question: Question, entry: AnswerEntry | undefined, pending: Pending | undefined, fileProblems: Diagnostic[], lang: Lang, notice?: Diagnostic): void {
  const naOn = view.naBox?.checked ?? false;
  for (const input of view.valueInputs) {
    input.disabled = naOn;
    if (!naOn) continue;
    if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox')) input.checked = false;
    else input.value = '';
  }
  if (view.naReason) {
    view.naReason.disabled = !naOn;
    view.naReason.required = naOn;
  }
  const answered = isAnswered(entry);
  const problem = pending !== undefined || fileProblems.some((p) => p.severity === 'error');
  const state = problem ? 'problem' : entry?.na !== undefined ? 'na' : answered ? 'answered' : 'open';
  view.root.dataset.state = state;
  view.badge.textContent = t(lang, state === 'problem' ? F.stateProblem : state === 'na' ? F.stateNa : state === 'answered' ? F.stateAnswered : F.stateUnanswered);
  view.clearButton.disabled = !answered && pending === undefined;
  if (view.echo) view.echo.textContent = entry?.value !== undefined ? t(lang, F.numberGives, { label: formatAnswer(question, entry.value, lang) }) : '';

  const lines: HTMLElement[] = [];
  if (pending?.type === 'value') lines.push(problemLine(pending.problem, lang, false));
  if (pending?.type === 'na') lines.push(h('p', { class: 'problem' }, t(lang, F.naReasonRequired)));
  if (notice) lines.push(problemLine(notice, lang, false));
  for (const p of fileProblems) lines.push(problemLine(p, lang, true));
  replaceChildren(view.problems, lines);
  for (const input of view.valueInputs) input.setAttribute('aria-invalid', String(pending?.type === 'value'));
}

/** `file:line:col  CODE  message` and the hint, laid out and worded as the CLI prints them (no position for what was typed). */
export function problemLine(problem: Diagnostic, lang: Lang, located: boolean): HTMLElement {
  const { where, message, hint } = describeProblem(problem, lang);
  return h('p', { class: `problem ${problem.severity}` },
    located && problem.source ? h('span', { class: 'where' }, where) : null,
    h('code', { class: 'code' }, problem.code),
    ' ',
    problem.severity === 'warning' ? `${t(lang, CLI_WORDS.warning)}` : '',
    message,
    hint ? h('span', { class: 'problem-hint' }, `${t(lang, CLI_WORDS.hint)} ${hint}`) : null,
  );
}
