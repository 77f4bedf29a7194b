/// <reference lib="dom" />
import { isAnswered } from '../../answers/model.js';
import { isQuestionAnswered, visibleQuestions } from '../../answers/walk.js';
import { isSiapError, type Diagnostic } from '../../errors.js';
import { isLang, LANGS, pick, type Lang, type Words } from '../../i18n.js';
import { inBoth, say } from '../../messages/define.js';
import { FORM_WORDS as F } from '../../messages/form.js';
import { formatIndex, formatSize } from '../../messages/present.js';
import { LOCALE_WORDS, regencyDisplayName, WORDS } from '../../messages/words.js';
import { buildRubric } from '../../rubric/build.js';
import { questionsInProfile, type Question, type Rubric, type SectionNode } from '../../rubric/model.js';
import { scoreAssessment } from '../../scoring/score.js';
import { decodeText, MAX_INPUT_BYTES } from '../../source/text.js';
import { dataSource } from '../../source/yaml.js';
import { FORM_FORMAT, type FormPayload } from '../payload.js';
import {
  answerNa,
  answerNotes,
  answersFileName,
  answersFileText,
  answerValue,
  clearQuestion,
  openAnswersText,
  questionOfProblem,
  withDetails,
  type FormState,
  type OpenedFile,
} from '../state.js';
import { renderDetails, type DetailsView } from './details.js';
import { h, replaceChildren } from './dom.js';
import { problemLine, questionAnchor, renderQuestion, syncQuestion, type QuestionHandlers, type QuestionView } from './question.js';
import { drawScore } from './score.js';

const DRAFT_FORMAT = 'siap-form-draft/1';

/** What the browser keeps between visits: the answers as an answers file, and what was typed but not yet valid. */
interface DraftRecord {
  format: typeof DRAFT_FORMAT;
  changedAt: string;
  /** Changes not yet saved to a file. */
  dirty: boolean;
  fileSaved?: { file: string; at: string };
  lang: Lang;
  text: string;
  pending: Record<string, { value: string } | { na: true }>;
}

interface SectionView {
  node: SectionNode;
  root: HTMLElement;
  progress: HTMLElement;
  notAsked: HTMLElement;
}

/** Read the page's data, build the rubric with the CLI's own code, and start the form. */
export function startForm(doc: Document, win: Window): void {
  const started = win.performance.now();
  const data = doc.getElementById('siap-form-data')?.textContent ?? '';
  const payload = JSON.parse(data) as FormPayload;
  if (payload.format !== FORM_FORMAT) throw new Error(`unknown form data format ${String(payload.format)}`);
  const file = payload.rubric.file;
  const { rubric, diagnostics } = buildRubric(payload.rubric.data, dataSource(file, payload.rubric.data), payload.rubric.sha256);
  if (!rubric) throw new Error(`rubric ${file} does not build: ${diagnostics.map((d) => d.code).join(', ')}`);
  new FormApp(doc, win, payload, rubric).start();
  // For measuring: milliseconds from navigation to the first drawing, and in this script.
  doc.documentElement.dataset.renderMs = String(Math.round(win.performance.now()));
  doc.documentElement.dataset.scriptMs = String(Math.round(win.performance.now() - started));
}

class FormApp {
  private lang: Lang;
  private state!: FormState;
  private readonly storage: Storage | undefined;
  private storageWorks = true;
  private dirty = false;
  private storedAt: Date | undefined;
  private fileSaved: { file: string; at: Date } | undefined;
  private storeTimer: number | undefined;
  /** Problems of the last file opened (or of a restored draft), by question, and the rest. */
  private fileProblems: Diagnostic[] = [];
  private problemsByQuestion = new Map<string, Diagnostic[]>();
  /** Where the problems were found: a file's name, or the browser's draft. */
  private problemsSource = '';
  private notice: { lines: string[]; tone: 'info' | 'warn' | 'error' } | undefined;

  private readonly root: HTMLElement;
  private views = new Map<string, QuestionView>();
  private sections: SectionView[] = [];
  private details: DetailsView | undefined;
  private statusLine: HTMLElement | undefined;
  private regencyLine: HTMLElement | undefined;
  private summary: HTMLElement | undefined;
  private scorePanel: HTMLElement | undefined;
  private toc: HTMLElement | undefined;
  private noticeBox: HTMLElement | undefined;
  private problemsBox: HTMLElement | undefined;
  private fileInput: HTMLInputElement | undefined;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly payload: FormPayload,
    private readonly rubric: Rubric,
  ) {
    this.lang = payload.lang;
    this.root = doc.getElementById('app') ?? doc.body;
    this.storage = openStorage(win);
  }

  /** Words of the form in the current language. */
  private w(words: Words, params: Record<string, string | number> = {}): string {
    return say(words, this.lang, params);
  }

  start(): void {
    this.state = this.restore() ?? this.initialState();
    this.render();
    const flush = (): void => {
      if (this.storeTimer !== undefined) this.store();
    };
    this.win.addEventListener('pagehide', flush);
    this.doc.addEventListener('visibilitychange', () => {
      if (this.doc.visibilityState === 'hidden') flush();
    });
    this.win.addEventListener('beforeunload', (event) => {
      flush();
      if (!this.dirty) return;
      event.preventDefault();
      // Browsers show their own words; older ones show this.
      event.returnValue = this.w(F.leaveWarning);
    });
    // A printed questionnaire shows every note and evidence box.
    let closed: HTMLDetailsElement[] = [];
    this.win.addEventListener('beforeprint', () => {
      closed = [...this.doc.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
      for (const d of closed) d.open = true;
    });
    this.win.addEventListener('afterprint', () => {
      for (const d of closed) d.open = false;
    });
    // The first save into the browser's storage waits until the page is on screen.
    if (!this.storedAt) this.win.setTimeout(() => this.store(), 0);
  }

  // ─── State ─────────────────────────────────────────────────────────────────────────────────

  private initialState(): FormState {
    const { file, text, problems = [] } = this.payload.initial;
    const opened = openAnswersText(text, file, this.rubric);
    if (!opened.answers) throw new Error(`the form's own answers do not load: ${opened.problems.map((p) => p.code).join(', ')}`);
    // `siap form` left out answers of its file that were wrong: they wait next to their questions.
    if (problems.length > 0) {
      this.setFileProblems(problems, file);
      const count = [...opened.answers.entries.values()].filter(isAnswered).length;
      this.notice = { lines: [this.w(F.openTitle, { file }), this.w(F.openPartial, { count })], tone: 'warn' };
    }
    return { answers: opened.answers, pending: new Map() };
  }

  /** The draft this browser kept for this form, if there is one and it still loads. */
  private restore(): FormState | undefined {
    let record: DraftRecord | undefined;
    try {
      const raw = this.storage?.getItem(this.payload.storageKey);
      record = raw ? (JSON.parse(raw) as DraftRecord) : undefined;
    } catch {
      record = undefined;
    }
    if (!record || record.format !== DRAFT_FORMAT) return undefined;
    if (isLang(record.lang)) this.lang = record.lang;
    const opened = openAnswersText(record.text, this.payload.initial.file, this.rubric);
    const changed = new Date(record.changedAt);
    if (!opened.answers) {
      this.notice = { lines: [this.w(F.restoredProblems)], tone: 'warn' };
      this.setFileProblems(opened.problems, this.w(F.browserDraft));
      return undefined;
    }
    let state: FormState = { answers: opened.answers, pending: new Map() };
    for (const [id, pending] of Object.entries(record.pending ?? {})) {
      state = 'value' in pending ? answerValue(state, this.rubric, id, pending.value) : answerNa(state, this.rubric, id, true, '');
    }
    this.dirty = record.dirty;
    this.storedAt = changed;
    if (record.fileSaved) this.fileSaved = { file: record.fileSaved.file, at: new Date(record.fileSaved.at) };
    const lines = [this.w(F.restored, { time: this.formatTime(changed, true) })];
    if (opened.problems.some((p) => p.severity === 'error')) {
      lines.push(this.w(F.restoredProblems));
      this.setFileProblems(opened.problems, this.w(F.browserDraft));
    }
    this.notice = { lines, tone: 'info' };
    return state;
  }

  /** A change made in the form: keep it, mark it unsaved to a file, and bring the page up to date. */
  private update(next: FormState, questionId?: string): void {
    this.state = next;
    this.dirty = true;
    if (questionId !== undefined && this.problemsByQuestion.delete(questionId)) this.drawProblems();
    this.storeSoon();
    this.refresh();
  }

  private storeSoon(): void {
    if (this.storeTimer !== undefined) this.win.clearTimeout(this.storeTimer);
    this.storeTimer = this.win.setTimeout(() => this.store(), 250);
  }

  private store(): void {
    if (this.storeTimer !== undefined) this.win.clearTimeout(this.storeTimer);
    this.storeTimer = undefined;
    if (!this.storage) {
      this.storageWorks = false;
      this.drawStatus();
      return;
    }
    const now = new Date();
    const record: DraftRecord = {
      format: DRAFT_FORMAT,
      changedAt: now.toISOString(),
      dirty: this.dirty,
      ...(this.fileSaved ? { fileSaved: { file: this.fileSaved.file, at: this.fileSaved.at.toISOString() } } : {}),
      lang: this.lang,
      text: answersFileText(this.state.answers, this.rubric),
      pending: Object.fromEntries([...this.state.pending].map(([id, p]) => [id, p.type === 'value' ? { value: p.text } : { na: true as const }])),
    };
    try {
      this.storage.setItem(this.payload.storageKey, JSON.stringify(record));
      this.storedAt = now;
      this.storageWorks = true;
    } catch {
      this.storageWorks = false;
    }
    this.drawStatus();
  }

  private handlers(): QuestionHandlers {
    return {
      value: (id, raw) => this.update(answerValue(this.state, this.rubric, id, raw), id),
      na: (id, on, reason) => this.update(answerNa(this.state, this.rubric, id, on, reason), id),
      notes: (id, note, evidence) => this.update(answerNotes(this.state, id, note, evidence), id),
      clear: (id) => {
        this.update(clearQuestion(this.state, id), id);
        this.redrawQuestion(id, true);
      },
    };
  }

  // ─── Files ─────────────────────────────────────────────────────────────────────────────────

  /** "Simpan berkas jawaban": download the answers as a `siap-answers/1` file named after the regency. */
  private save(): void {
    const text = answersFileText(this.state.answers, this.rubric);
    const name = answersFileName(this.state.answers);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml;charset=utf-8' }));
    const link = h('a', { href: url, download: name, hidden: true });
    this.doc.body.appendChild(link);
    link.click();
    link.remove();
    this.win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.dirty = false;
    this.fileSaved = { file: name, at: new Date() };
    const lines = [this.w(F.savedFile, { file: name })];
    if (this.state.pending.size > 0) lines.push(this.w(F.saveWithOpen, { count: this.state.pending.size }));
    if (!this.state.answers.regency.name) lines.push(this.w(F.saveNoName));
    this.showNotice(lines, lines.length > 1 ? 'warn' : 'info');
    this.store();
  }

  /** "Buka berkas": load an answers file, checked by the CLI's parser; its problems go next to their questions. */
  private async open(file: File): Promise<void> {
    let opened: OpenedFile;
    if (file.size > MAX_INPUT_BYTES) {
      const size = inBoth((lang) => formatSize(file.size, lang));
      opened = { problems: [{ code: 'FILE_TOO_LARGE', severity: 'error', params: { size, limit: inBoth((lang) => formatSize(MAX_INPUT_BYTES, lang)) }, source: { file: file.name } }], skipped: [] };
    } else {
      try {
        const text = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
        opened = openAnswersText(text, file.name, this.rubric);
      } catch (error) {
        if (!isSiapError(error)) throw error;
        opened = { problems: error.problems(), skipped: [] };
      }
    }
    const title = this.w(F.openTitle, { file: file.name });
    if (!opened.answers) {
      this.setFileProblems(opened.problems, file.name);
      this.showNotice([title, this.w(F.openFailed)], 'error');
      this.drawProblems(true);
      this.refresh();
      return;
    }
    if (this.dirty && !this.win.confirm(this.w(F.confirmReplace))) return;
    this.state = { answers: opened.answers, pending: new Map() };
    const count = [...opened.answers.entries.values()].filter(isAnswered).length;
    const partial = opened.skipped.length > 0;
    this.dirty = partial;
    this.setFileProblems(opened.problems, file.name);
    this.render();
    this.showNotice([title, this.w(partial ? F.openPartial : F.openOk, { count })], partial ? 'warn' : 'info');
    this.store();
    if (opened.problems.length > 0) this.problemsBox?.focus();
  }

  private setFileProblems(problems: Diagnostic[], source: string): void {
    this.fileProblems = problems;
    this.problemsSource = source;
    this.problemsByQuestion = new Map();
    for (const problem of problems) {
      const id = questionOfProblem(problem, this.rubric);
      if (id === undefined) continue;
      this.problemsByQuestion.set(id, [...(this.problemsByQuestion.get(id) ?? []), problem]);
    }
  }

  private discardDraft(): void {
    if (!this.win.confirm(this.w(F.confirmDiscard))) return;
    this.storage?.removeItem(this.payload.storageKey);
    this.state = this.initialState();
    this.dirty = false;
    this.fileSaved = undefined;
    this.setFileProblems([], '');
    this.notice = undefined;
    this.render();
    this.store();
  }

  private switchLanguage(): void {
    const y = this.win.scrollY;
    this.lang = otherLang(this.lang);
    this.render();
    this.win.scrollTo(0, y);
    this.doc.getElementById('lang')?.focus({ preventScroll: true });
    this.store();
  }

  // ─── Drawing ───────────────────────────────────────────────────────────────────────────────

  /** Build the whole page from the state (at start, after opening a file, on a language switch). */
  private render(): void {
    const lang = this.lang;
    const rubric = this.rubric;
    this.doc.documentElement.lang = lang;
    this.doc.title = this.w(F.pageTitle, { title: pick(rubric.title, lang) });

    const fileInput = h('input', { type: 'file', accept: '.yaml,.yml,.json,application/yaml,text/yaml,application/json', class: 'sr-only', tabindex: -1, 'aria-hidden': 'true' });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      fileInput.value = '';
      if (file) void this.open(file);
    });
    this.fileInput = fileInput;

    this.statusLine = h('p', { class: 'save-status', 'aria-live': 'polite' });
    this.summary = h('div', { class: 'summary', 'aria-hidden': 'true' });
    const header = h('header', { class: 'top' },
      h('div', { class: 'title-block' },
        h('p', { class: 'kicker' }, this.w(F.kicker)),
        h('h1', {}, pick(rubric.title, lang)),
        h('p', { class: 'rubric-line' }, this.w(F.rubricLine, { rubric: rubric.id, version: rubric.version })),
        this.regencyLine = h('p', { class: 'regency-line' }),
      ),
      h('div', { class: 'toolbar', role: 'group', 'aria-label': this.w(F.toolbar) },
        h('button', { type: 'button', class: 'primary', id: 'save', onclick: () => this.save() }, this.w(F.save)),
        h('button', { type: 'button', id: 'open', onclick: () => this.fileInput?.click() }, this.w(F.open)),
        h('button', { type: 'button', id: 'print', onclick: () => this.win.print() }, this.w(F.print)),
        h('button', { type: 'button', id: 'lang', lang: otherLang(lang), 'aria-label': this.w(F.switchLanguageLabel), onclick: () => this.switchLanguage() }, this.w(F.switchLanguage)),
        fileInput,
      ),
      this.statusLine,
    );

    this.noticeBox = h('div', { class: 'notice', role: 'status' });
    this.problemsBox = h('section', { class: 'file-problems', tabindex: -1, 'aria-labelledby': 'problems-title' });

    this.details = renderDetails(this.state.answers, rubric, this.payload.regions, lang, () => {
      const { regency, assessment } = this.details!.read();
      this.update(withDetails(this.state, regency, assessment));
    });

    this.views = new Map();
    this.sections = [];
    const handlers = this.handlers();
    const sectionTree = rubric.sections.map((node) => this.renderSection(node, handlers));

    this.scorePanel = h('section', { class: 'score-panel', 'aria-labelledby': 'score-title' });
    this.toc = h('nav', { class: 'toc', 'aria-labelledby': 'toc-title' });

    const main = h('main', { id: 'questions', tabindex: -1 },
      h('p', { class: 'intro' }, this.w(F.intro)),
      this.details.root,
      sectionTree,
    );
    const footer = h('footer', { class: 'foot' },
      h('p', {}, `siap ${this.payload.generator} · ${rubric.id} v${rubric.version} · sha256 ${rubric.sha256.slice(0, 12)}`),
      h('button', { type: 'button', class: 'link', id: 'discard', onclick: () => this.discardDraft() }, this.w(F.discardDraft)),
    );
    replaceChildren(this.root,
      h('a', { class: 'skip', href: '#questions' }, this.w(F.skipToQuestions)),
      header,
      this.summary,
      this.noticeBox,
      this.problemsBox,
      h('div', { class: 'layout' }, main, h('aside', { class: 'side' }, this.scorePanel, this.toc)),
      footer,
    );
    this.drawNotice();
    this.drawProblems();
    this.refresh();
  }

  private renderSection(node: SectionNode, handlers: QuestionHandlers): HTMLElement {
    const n = this.sections.length + 1;
    const anchor = `s-${n}`;
    const heading = node.depth <= 1 ? 'h2' : node.depth === 2 ? 'h3' : node.depth === 3 ? 'h4' : 'h5';
    const progress = h('span', { class: 'sec-progress' });
    const notAsked = h('p', { class: 'not-asked' });
    const root = h('section', { class: `sec depth-${node.depth}`, id: anchor, 'data-section': node.id, 'aria-labelledby': `${anchor}-t` });
    this.sections.push({ node, root, progress, notAsked });
    const title = `${node.depth > 1 && /\d/.test(node.id) ? `${node.id} ` : ''}${pick(node.title, this.lang)}`;
    root.append(
      h(heading, { id: `${anchor}-t`, class: 'sec-title' }, h('span', {}, title), ' ', progress),
      ...(node.description ? [h('p', { class: 'sec-desc' }, pick(node.description, this.lang))] : []),
      notAsked,
    );
    for (const question of node.questions) {
      const view = this.renderQuestionView(question, node.depth + 2, handlers);
      root.append(view.root);
    }
    for (const child of node.sections) root.append(this.renderSection(child, handlers));
    return root;
  }

  private renderQuestionView(question: Question, headingLevel: number, handlers: QuestionHandlers): QuestionView {
    const view = renderQuestion(question, this.state.answers.entries.get(question.id), this.state.pending.get(question.id), this.lang, headingLevel, handlers);
    view.root.dataset.level = String(headingLevel);
    this.views.set(question.id, view);
    return view;
  }

  /** Draw one question again from the state (after "clear", so its inputs are empty). */
  private redrawQuestion(id: string, focus: boolean): void {
    const old = this.views.get(id);
    const question = this.rubric.questionById.get(id);
    if (!old || !question) return;
    const view = this.renderQuestionView(question, Number(old.root.dataset.level), this.handlers());
    old.root.replaceWith(view.root);
    this.refresh();
    if (focus) (view.valueInputs[0] ?? view.clearButton).focus();
  }

  /** Bring every changing part up to date: which questions are asked, states, progress, score. */
  private refresh(): void {
    const { rubric, lang } = this;
    const answers = this.state.answers;
    // Out of the profile, or for assessors only (the form is a self-assessment): left out, not "not asked".
    const included = new Set(questionsInProfile(rubric, answers.assessment.profile).filter((q) => !(q.assessorOnly && answers.assessment.kind === 'self')));
    const inProfile = (q: Question): boolean => included.has(q);
    const visible = new Set(visibleQuestions(rubric, answers).map((q) => q.id));
    const answered = (id: string): boolean => isQuestionAnswered(answers, id);

    for (const question of rubric.questions) {
      const view = this.views.get(question.id);
      if (!view) continue;
      view.root.hidden = !visible.has(question.id);
      syncQuestion(view, question, answers.entries.get(question.id), this.state.pending.get(question.id), this.problemsByQuestion.get(question.id) ?? [], lang, this.state.notices?.get(question.id));
    }

    const inside = (section: SectionNode): Question[] => [...section.questions, ...section.sections.flatMap(inside)];
    // Asked and answered per section: shown beside its title and in the contents.
    const counts = new Map<SectionView, { done: number; total: number }>();
    for (const s of this.sections) {
      const all = inside(s.node);
      const asked = all.filter((q) => visible.has(q.id));
      const done = asked.filter((q) => answered(q.id)).length;
      counts.set(s, { done, total: asked.length });
      const notAsked = all.filter((q) => inProfile(q) && !visible.has(q.id) && s.node.questions.includes(q));
      s.root.hidden = all.length > 0 && !all.some(inProfile);
      s.progress.textContent = this.w(F.sectionProgress, { answered: done, total: asked.length });
      s.notAsked.textContent = notAsked.length > 0 ? this.w(F.notAskedHere, { count: notAsked.length }) : '';
      s.notAsked.hidden = notAsked.length === 0;
    }

    const result = scoreAssessment(rubric, answers);
    if (this.scorePanel) drawScore(this.scorePanel, result, rubric, lang);

    const askedAll = rubric.questions.filter((q) => visible.has(q.id));
    const answeredAll = askedAll.filter((q) => answered(q.id)).length;
    const percent = askedAll.length === 0 ? 100 : Math.floor((answeredAll / askedAll.length) * 100);
    const progressText = this.w(F.overallProgress, { answered: answeredAll, total: askedAll.length, percent });
    if (this.summary) {
      const progress = h('progress', { max: askedAll.length || 1, value: answeredAll });
      replaceChildren(this.summary,
        h('span', { class: 'sum-index' }, `${this.w(WORDS.index)} ${formatIndex(result.index, result.decimals, lang)}`),
        h('span', { class: 'sum-band' }, result.band ? pick(result.band.label, lang) : '—'),
        result.provisional ? h('span', { class: 'sum-prov' }, this.w(WORDS.provisional)) : null,
        h('span', { class: 'sum-progress' }, progress, ` ${answeredAll}/${askedAll.length}`),
      );
    }
    if (this.toc) this.drawToc(counts, progressText);
    this.drawStatus();
  }

  private drawToc(counts: Map<SectionView, { done: number; total: number }>, progressText: string): void {
    const lang = this.lang;
    const item = (s: SectionView): HTMLElement | null => {
      if (s.root.hidden) return null;
      const { done, total } = counts.get(s)!;
      const children = this.sections.filter((c) => c.node.parent === s.node.id).map(item).filter((c): c is HTMLElement => c !== null);
      return h('li', { class: done === total && total > 0 ? 'done' : '' },
        h('a', { href: `#${s.root.id}` }, pick(s.node.title, lang)),
        h('span', { class: 'toc-count' }, ` ${done}/${total}`),
        children.length > 0 ? h('ul', {}, children) : null,
      );
    };
    replaceChildren(this.toc!,
      h('h2', { id: 'toc-title' }, this.w(F.contents)),
      h('p', { class: 'toc-progress' }, progressText),
      h('ul', {}, h('li', {}, h('a', { href: '#details' }, this.w(F.detailsTitle))), this.sections.filter((s) => s.node.depth === 1).map(item)),
    );
  }

  private drawStatus(): void {
    if (!this.statusLine) return;
    const parts: HTMLElement[] = [];
    if (!this.storage || !this.storageWorks) parts.push(h('span', { class: 'st-warn' }, this.w(F.notSavedInBrowser)));
    else if (this.storedAt) parts.push(h('span', { class: 'st-ok', 'data-status': 'browser' }, `● ${this.w(F.savedInBrowser, { time: this.formatTime(this.storedAt, false) })}`));
    if (this.dirty) parts.push(h('span', { class: 'st-warn', 'data-status': 'unsaved' }, this.w(F.fileNotSaved)));
    else if (this.fileSaved) parts.push(h('span', { class: 'st-ok', 'data-status': 'file' }, this.w(F.fileSaved, { file: this.fileSaved.file, time: this.formatTime(this.fileSaved.at, false) })));
    replaceChildren(this.statusLine, parts.map((p, i) => [i > 0 ? ' · ' : '', p]));
    const regency = this.state.answers.regency;
    const name = regency.name ? regencyDisplayName(regency) : this.w(WORDS.noRegencyName);
    if (this.regencyLine) this.regencyLine.textContent = [name, regency.province].filter(Boolean).join(' · ');
  }

  private showNotice(lines: string[], tone: 'info' | 'warn' | 'error'): void {
    this.notice = { lines, tone };
    this.drawNotice();
  }

  private drawNotice(): void {
    if (!this.noticeBox) return;
    const notice = this.notice;
    this.noticeBox.hidden = !notice;
    this.noticeBox.className = `notice ${notice?.tone ?? ''}`;
    replaceChildren(this.noticeBox, notice ? notice.lines.map((line) => h('p', {}, line)) : []);
  }

  /** The problems of the last file opened, all of them, with a link to the question each is about. */
  private drawProblems(focus = false): void {
    const box = this.problemsBox;
    if (!box) return;
    const problems = this.fileProblems;
    box.hidden = problems.length === 0;
    if (problems.length === 0) {
      replaceChildren(box);
      return;
    }
    const items = problems.map((problem) => {
      const id = questionOfProblem(problem, this.rubric);
      const question = id === undefined ? undefined : this.rubric.questionById.get(id);
      return h('li', {},
        problemLine(problem, this.lang, true),
        question ? h('a', { href: `#${questionAnchor(question.order)}` }, this.w(F.goToQuestion, { id: question.id })) : null,
      );
    });
    replaceChildren(box,
      h('h2', { id: 'problems-title' }, this.w(F.problemsTitle, { source: this.problemsSource, count: problems.length })),
      h('ul', {}, items),
      h('button', { type: 'button', class: 'secondary', onclick: () => {
        this.setFileProblems([], '');
        this.drawProblems();
        this.refresh();
      } }, this.w(F.closeProblems)),
    );
    if (focus) box.focus();
  }

  private formatTime(date: Date, withDate: boolean): string {
    const locale = LOCALE_WORDS.pdfLocale[this.lang];
    return new Intl.DateTimeFormat(locale, withDate ? { dateStyle: 'medium', timeStyle: 'short' } : { hour: '2-digit', minute: '2-digit' }).format(date);
  }
}

/** The language the switch leads to. */
function otherLang(lang: Lang): Lang {
  return LANGS.find((other) => other !== lang) ?? lang;
}

/** The browser's storage, or nothing where it is blocked (some browsers refuse it for local files). */
function openStorage(win: Window): Storage | undefined {
  try {
    const storage = win.localStorage;
    const probe = 'siap-form:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}
