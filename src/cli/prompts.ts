import {
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isTabKey,
  isUpKey,
  makeTheme,
  useEffect,
  usePrefix,
  useState,
  useKeypress,
  useRef,
} from '@inquirer/core';
import { input, select, Separator } from '@inquirer/prompts';
import { SiapError } from '../errors.js';
import type { Lang, Words } from '../i18n.js';
import { ASSESS_WORDS } from '../messages/assess.js';
import { layoutQuestion, wrapItems, type HeaderParts, type KeyedOption } from './question-layout.js';
import { displayWidth, fitToWidth, wrapText } from './table.js';
import { stripControls } from '../source/text.js';

/**
 * The only module that talks to inquirer. Everything shown is passed in as words (so it is in
 * the user's language); Ctrl-C (inquirer's ExitPromptError) becomes `SiapError('CANCELLED')`.
 */

/** The colours a prompt may use (a chalk instance fits; a no-colour palette gives plain text). */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  /** Selected text (an answer that typing replaces); plain when absent. */
  inverse?(text: string): string;
}

/** Where a prompt reads keys and draws (the command's context: its stdin and stdout, and its width). */
export interface Terminal {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  columns?: number;
}

/** A prompt's question broken at word boundaries to the terminal's width (the first line after `? `). */
function wrapMessage(message: string, terminal: Terminal | undefined): string {
  const columns = columnsOf(terminal);
  if (displayWidth(message) + 2 <= columns - 1) return message;
  return wrapText(message, columns - 3).join('\n  ');
}

function columnsOf(terminal: Terminal | undefined): number {
  return terminal?.columns && terminal.columns >= 30 ? terminal.columns : 80;
}

/**
 * The answer shown after a prompt's question once answered (`✔ question answer`): on the same line
 * when it fits, else on the next line, so the terminal never breaks a word.
 */
function answerAfter(message: string, terminal: Terminal | undefined, paint: Paint): (text: string) => string {
  const columns = columnsOf(terminal);
  const last = displayWidth(message.split('\n').at(-1)!) + (message.includes('\n') ? 0 : 2);
  return (text) => (last + 1 + displayWidth(text) <= columns - 1 ? paint.cyan(text) : `\n  ${paint.cyan(text)}`);
}

/** Inquirer's context for a terminal, plus its own options. */
function on(terminal: Terminal | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return terminal ? { input: terminal.stdin, output: terminal.stdout, ...extra } : extra;
}

/** Ctrl-C or a closed terminal while a prompt waits → CANCELLED (exit 130); other errors pass. */
async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') {
      throw new SiapError('CANCELLED', {}, { cause: error });
    }
    throw error;
  }
}

function baseTheme(paint: Paint, lang: Lang, answer: (text: string) => string = (text) => paint.cyan(text), columns = 80): Record<string, unknown> {
  return {
    prefix: { idle: paint.cyan('?'), done: paint.green('✔') },
    style: {
      answer,
      message: (text: string) => paint.bold(text),
      // Broken between words for the terminal (the terminal itself would break inside a word).
      error: (text: string) => fitToWidth(`> ${text}`, columns).split('\n').map((line) => paint.red(line)).join('\n'),
      defaultAnswer: (text: string) => paint.dim(`(${text})`),
      help: (text: string) => paint.dim(text),
      highlight: (text: string) => paint.cyan(text),
      description: (text: string) => paint.dim(text),
      disabled: (text: string) => paint.dim(text),
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${paint.bold(key)} ${paint.dim(HELP_WORDS[action]?.[lang] ?? action)}`).join(paint.dim(' • ')),
    },
    i18n: { disabledError: ASSESS_WORDS.disabledChoice[lang] },
  };
}

/** Inquirer's key hints, in the user's language. */
const HELP_WORDS: Record<string, Words> = {
  navigate: ASSESS_WORDS.keyMove,
  select: ASSESS_WORDS.keyChoose,
};

export interface AskTextOptions {
  message: string;
  /** Shown and used when Enter is pressed on an empty line. */
  default?: string;
  /** Put the current value in the line, ready to edit (for changing an earlier answer). */
  prefill?: string;
  /** `true` when valid, else the message to show. */
  validate?: (text: string) => true | string;
  /** Erase the prompt once answered (the caller shows what matters). */
  clearWhenDone?: boolean;
  paint: Paint;
  lang: Lang;
  terminal?: Terminal;
}

/** One line of text. */
export function askText(options: AskTextOptions): Promise<string> {
  const validate = options.validate;
  const message = wrapMessage(options.message, options.terminal);
  return guard(() =>
    input({
      message,
      ...(options.prefill ? { default: options.prefill, prefill: 'editable' as const } : options.default ? { default: options.default } : {}),
      ...(validate ? { validate: (text: string) => validate(stripControls(text)) } : {}),
      theme: baseTheme(options.paint, options.lang, answerAfter(message, options.terminal, options.paint), columnsOf(options.terminal)),
    }, on(options.terminal, options.clearWhenDone ? { clearPromptOnDone: true } : {})),
  ).then(stripControls);
}

export interface MenuChoice<V> {
  value: V;
  name: string;
  /** Shown after the question once chosen; by default the name without the list's padding. */
  short?: string;
  description?: string;
  /** A reason it cannot be chosen now. */
  disabled?: string;
}

/** A heading line inside a menu. */
export interface MenuHeading {
  heading: string;
}

export interface AskMenuOptions<V> {
  message: string;
  choices: (MenuChoice<V> | MenuHeading)[];
  default?: V;
  pageSize?: number;
  paint: Paint;
  lang: Lang;
  terminal?: Terminal;
}

/** Choose one entry of a list with the arrow keys (or by typing its first letters). */
export function askMenu<V>(options: AskMenuOptions<V>): Promise<V> {
  const choices = options.choices.map((c) =>
    'heading' in c
      ? new Separator(options.paint.dim(c.heading))
      : { value: c.value, name: c.name, short: c.short ?? c.name.trim().replace(/ {2,}/g, ' '), ...(c.description ? { description: c.description } : {}), ...(c.disabled ? { disabled: c.disabled } : {}) },
  );
  const message = wrapMessage(options.message, options.terminal);
  return guard(() =>
    select<V>({
      message,
      choices,
      ...(options.default !== undefined ? { default: options.default } : {}),
      pageSize: options.pageSize ?? 12,
      loop: false,
      theme: baseTheme(options.paint, options.lang, answerAfter(message, options.terminal, options.paint), columnsOf(options.terminal)),
    }, on(options.terminal)),
  );
}

/** Yes or no, in the user's language. */
export function askConfirm(options: { message: string; default: boolean; yes: string; no: string; paint: Paint; lang: Lang; terminal?: Terminal }): Promise<boolean> {
  return askMenu<boolean>({
    message: options.message,
    choices: [
      { value: true, name: options.yes },
      { value: false, name: options.no },
    ],
    default: options.default,
    paint: options.paint,
    lang: options.lang,
    ...(options.terminal ? { terminal: options.terminal } : {}),
  });
}

// ─── The question prompt ─────────────────────────────────────────────────────────────────────

export type { HeaderParts, KeyedOption } from './question-layout.js';

/** An action reachable from the question prompt by a letter: skip, N/A, back, … */
export interface KeyedAction<A extends string = string> {
  key: string;
  word: string;
  action: A;
}

export type QuestionResult<A extends string = string> =
  | { type: 'keys'; keys: string[] }
  | { type: 'text'; text: string }
  | { type: 'action'; action: A };

export interface QuestionPromptWords {
  answer: string;
  choose: string;
  toggle: string;
  save: string;
  pickFirst: string;
  typeFirst: string;
  unknownKey: string;
  noneTicked: string;
  /** `?` in the key bar: the full view, and back to the normal one. */
  more: string;
  /** Added to `typeFirst` and `unknownKey` when the question has more to show than fits. */
  orFullText: string;
  less: string;
  scroll: string;
  /** `lines {first}–{last} of {total}`. */
  scrollPosition: string;
  clearLine: string;
  /** Tab on a selected current answer: put the cursor in it to change it. */
  editCurrent: string;
  /** Esc after the current answer was replaced or changed: bring it back. */
  restore: string;
  readOnly: string;
  readOnlyRefused: string;
  /** A one-letter text answer that is also an action key: `"{text}" is also the key for {word}`. */
  ambiguous: string;
  ambiguousKeep: string;
  ambiguousEdit: string;
}

export interface QuestionPromptConfig<A extends string = string> {
  /** Lines above the answers: breadcrumb and text, hint, evidence, current answer (wrapped to the width). */
  header: HeaderParts;
  mode: 'single' | 'multi' | 'text';
  options: KeyedOption[];
  /** Keys chosen now (the current answer when revisiting). */
  selected: string[];
  /**
   * Text mode: the current answer, in the line and selected: Enter keeps it, typing replaces it (so
   * an action key is an action, as on every question), Tab or an editing key (← → Home End Backspace
   * Delete Ctrl-U) changes it in place, Esc brings it back.
   */
  text?: string;
  /** Text mode: `true` when the typed text is acceptable, else why not. */
  validate?: (text: string) => true | string;
  /** Multi mode: whether ticking nothing is an answer. */
  allowEmpty?: boolean;
  /** Short description of the answer keys for the key bar, e.g. `0–4`. */
  keysHint: string;
  actions: KeyedAction<A>[];
  /** Answers are shown but cannot be given (the file is open elsewhere). */
  readOnly?: boolean;
  words: QuestionPromptWords;
  width: number;
  rows: number;
  paint: Paint;
}

/** Keys that move in or delete from the line: on a selected answer they start changing it in place. */
function isEditingKey(key: { name?: string; ctrl?: boolean }): boolean {
  if (['left', 'right', 'home', 'end', 'backspace', 'delete'].includes(key.name ?? '')) return true;
  return Boolean(key.ctrl) && ['a', 'e', 'b', 'f', 'u', 'k', 'w', 'h'].includes(key.name ?? '');
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A one-letter text answer that is also an action key, waiting for the assessor to say which was meant. */
interface Ambiguity {
  text: string;
  action: KeyedAction;
}

const questionView = createPrompt<QuestionResult, QuestionPromptConfig>((config, done) => {
  const { paint, options, actions, words } = config;
  const theme = makeTheme(baseTheme(paint, 'id'));
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [active, setActive] = useState<number>(options.findIndex((o) => config.selected.includes(o.key)));
  const [ticked, setTicked] = useState<string[]>(config.mode === 'multi' ? config.selected : []);
  const [buffer, setBuffer] = useState<string>(config.mode === 'text' ? (config.text ?? '') : '');
  const [error, setError] = useState<string | undefined>(undefined);
  // An error that asks for an answer or a key names `?` too, when the key bar offers the full text.
  const [errorNamesFullText, setErrorNamesFullText] = useState(false);
  const showError = (text: string | undefined, namesFullText = false): void => {
    setError(text);
    setErrorNamesFullText(namesFullText);
  };
  const [expanded, setExpanded] = useState<boolean>(false);
  const [scroll, setScroll] = useState<number>(0);
  const [ambiguity, setAmbiguity] = useState<Ambiguity | undefined>(undefined);
  const current = config.mode === 'text' ? (config.text ?? '') : '';
  const [selected, setSelected] = useState<boolean>(current !== '');
  const scrollMax = useRef<number>(0);
  const scrollPage = useRef<number>(10);
  const prefix = usePrefix({ status, theme });

  useEffect((rl) => {
    if (config.mode === 'text' && config.text) rl.write(config.text);
  }, []);

  const finish = (value: QuestionResult): void => {
    setStatus('done');
    done(value);
  };
  const keyList = [config.readOnly ? '' : config.keysHint, ...actions.map((a) => a.key)].filter(Boolean).join(', ');
  const optionFor = (text: string): number => options.findIndex((o) => o.key === text);
  const actionFor = (text: string): KeyedAction | undefined => actions.find((a) => a.key === text);
  const toggle = (key: string): void => {
    const option = options.find((o) => o.key === key);
    if (!option) return;
    if (ticked.includes(key)) setTicked(ticked.filter((k) => k !== key));
    else if (option.exclusive) setTicked([key]);
    else setTicked([...ticked.filter((k) => !options.find((o) => o.key === k)?.exclusive), key]);
  };
  const scrollBy = (step: number): void => setScroll(Math.max(0, Math.min(scrollMax.current, scroll + step)));

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (ambiguity) {
      // "s" typed as a text answer while "s" is also an action: 1 (or Enter) does the action, 2 saves the text.
      const typed = rl.line.trim() || (key.name === '1' || key.name === '2' ? key.name : '');
      rl.clearLine(0);
      if (isEnterKey(key) || typed === '1') return finish({ type: 'action', action: ambiguity.action.action });
      if (typed === '2') return finish({ type: 'text', text: ambiguity.text });
      if (key.name === 'escape' || isBackspaceKey(key)) {
        setAmbiguity(undefined);
        rl.write(ambiguity.text);
        setBuffer(ambiguity.text);
      }
      return;
    }
    const typed = buffer.trim().toLowerCase();
    if (isEnterKey(key)) {
      if (config.mode === 'text') {
        const text = buffer.trim();
        const action = actionFor(text.toLowerCase());
        const verdict = text === '' ? words.typeFirst : config.validate ? config.validate(buffer) : true;
        if (action && verdict === true && !config.readOnly) {
          setAmbiguity({ text, action });
          return;
        }
        if (action) return finish({ type: 'action', action: action.action });
        if (config.readOnly && text !== '') {
          rl.write(buffer);
          showError(words.readOnlyRefused);
          return;
        }
        if (verdict === true) return finish({ type: 'text', text });
        rl.write(buffer);
        showError(text === '' ? fill(verdict, { keys: keyList }) : verdict, text === '');
        return;
      }
      if (typed !== '') {
        const action = actionFor(typed);
        if (action) return finish({ type: 'action', action: action.action });
        const index = optionFor(typed);
        if (index >= 0 && config.readOnly) {
          setActive(index);
          setBuffer('');
          showError(words.readOnlyRefused);
          return;
        }
        if (index >= 0 && config.mode === 'single') return finish({ type: 'keys', keys: [options[index]!.key] });
        if (index >= 0 && config.mode === 'multi') {
          toggle(options[index]!.key);
          setActive(index);
          setBuffer('');
          return;
        }
        setBuffer('');
        showError(fill(words.unknownKey, { key: typed, keys: keyList }), true);
        return;
      }
      if (config.readOnly) {
        showError(words.readOnlyRefused);
        return;
      }
      if (config.mode === 'single') {
        if (active >= 0) return finish({ type: 'keys', keys: [options[active]!.key] });
        showError(fill(words.pickFirst, { keys: config.keysHint }));
        return;
      }
      if (ticked.length > 0 || config.allowEmpty) {
        return finish({ type: 'keys', keys: options.filter((o) => ticked.includes(o.key)).map((o) => o.key) });
      }
      showError(words.noneTicked);
      return;
    }
    showError(undefined);
    if (config.mode === 'text' && current !== '') {
      const line = rl.line;
      if (selected) {
        if (isTabKey(key)) {
          // Tab: change the answer in place (a terminal's tab character is not kept).
          rl.clearLine(0);
          rl.write(current);
          setBuffer(current);
          setSelected(false);
          return;
        }
        if (line.length > current.length && line.startsWith(current)) {
          // Typed over the selected answer: what was typed replaces it; `?` alone is the full view.
          const typedNow = line.slice(current.length);
          rl.clearLine(0);
          if (typedNow === '?') {
            rl.write(current);
            setExpanded(!expanded);
            setScroll(0);
            return;
          }
          rl.write(typedNow);
          setBuffer(typedNow);
          setSelected(false);
          return;
        }
        if (line !== current || isEditingKey(key)) {
          setSelected(false);
          setBuffer(line);
          return;
        }
      } else if (key.name === 'escape' && buffer !== current && !config.readOnly) {
        rl.clearLine(0);
        rl.write(current);
        setBuffer(current);
        setSelected(true);
        return;
      }
    }
    if (rl.line.endsWith('?') && (config.mode !== 'text' || rl.line === '?')) {
      rl.clearLine(0);
      setBuffer('');
      setExpanded(!expanded);
      setScroll(0);
      return;
    }
    if (expanded && (isUpKey(key) || isDownKey(key) || key.name === 'pageup' || key.name === 'pagedown')) {
      if (config.mode !== 'text') rl.clearLine(0);
      if (config.mode !== 'text') setBuffer('');
      const page = scrollPage.current;
      scrollBy(isUpKey(key) ? -1 : isDownKey(key) ? 1 : key.name === 'pageup' ? -page : page);
      return;
    }
    if (config.mode === 'text') {
      setBuffer(rl.line);
      return;
    }
    if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      setBuffer('');
      if (options.length === 0) return;
      const step = isUpKey(key) ? -1 : 1;
      setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      return;
    }
    if (config.mode === 'multi' && key.name === 'space' && !config.readOnly) {
      rl.clearLine(0);
      setBuffer('');
      if (active >= 0) toggle(options[active]!.key);
      return;
    }
    if (isTabKey(key)) {
      rl.clearLine(0);
      setBuffer('');
      return;
    }
    const line = rl.line;
    const text = line.trim().toLowerCase();
    setBuffer(line);
    const index = optionFor(text);
    if (index >= 0) {
      setActive(index);
      // In a multi question a key that cannot grow into another key ticks at once.
      if (config.mode === 'multi' && !config.readOnly && !options.some((o) => o.key !== text && o.key.startsWith(text))) {
        toggle(options[index]!.key);
        rl.clearLine(0);
        setBuffer('');
      }
    }
  });

  if (status === 'done') return '';

  const width = Math.max(20, config.width - 1);
  const keyText = (k: string, word: string): string => `${paint.bold(k)} ${paint.dim(word)}`;
  const pending = config.mode !== 'text' ? buffer.trim() : selected && buffer !== '' && paint.inverse ? paint.inverse(buffer) : buffer;
  const promptLine = `${prefix} ${paint.bold(words.answer)} ${pending}`;
  const promptRows = Math.max(1, Math.ceil((displayWidth(promptLine) + 1) / width));

  const footerFor = (more: boolean, scrollAt?: { first: number; last: number; total: number }): string[] => {
    if (ambiguity) {
      const items = [
        paint.yellow(fill(words.ambiguous, { text: ambiguity.text, word: ambiguity.action.word })),
        keyText('1/Enter', ambiguity.action.word),
        keyText('2', fill(words.ambiguousKeep, { text: ambiguity.text })),
        keyText('Esc', words.ambiguousEdit),
      ];
      return wrapItems(items, width);
    }
    const items: string[] = [];
    if (config.readOnly) items.push(paint.yellow(words.readOnly));
    else if (config.mode === 'text') items.push(keyText('Enter', words.save));
    else if (config.mode === 'multi') items.push(keyText(config.keysHint, words.toggle), keyText('Enter', words.save));
    else items.push(keyText(config.keysHint, words.choose));
    items.push(...actions.map((a) => keyText(a.key, a.word)));
    if (config.mode === 'text' && selected && !config.readOnly) items.push(keyText('Tab', words.editCurrent));
    else if (config.mode === 'text' && buffer !== '') items.push(keyText('Ctrl-U', words.clearLine));
    if (config.mode === 'text' && !selected && current !== '' && buffer !== current && !config.readOnly) items.push(keyText('Esc', words.restore));
    if (scrollAt) items.push(keyText('↑↓', `${words.scroll} (${fill(words.scrollPosition, { first: String(scrollAt.first), last: String(scrollAt.last), total: String(scrollAt.total) })})`));
    if (expanded) items.push(keyText('?', words.less));
    else if (more) items.push(keyText('?', words.more));
    const lines = wrapItems(items, width);
    if (error) lines.push(...wrapText(`> ${error}${errorNamesFullText && more && !expanded ? words.orFullText : ''}`, width, '').map((l) => paint.red(l)));
    return lines;
  };
  const layoutWith = (footer: string[]) =>
    layoutQuestion({
      width,
      rows: Math.max(8, config.rows - 1),
      parts: config.header,
      mode: config.mode,
      options,
      active,
      ticked,
      expanded,
      scroll,
      reserved: promptRows + footer.length,
      paint,
    });
  let footer = footerFor(true);
  let layout = layoutWith(footer);
  if (!expanded && !layout.more) {
    footer = footerFor(false);
    layout = layoutWith(footer);
  } else if (expanded && layout.scroll) {
    footer = footerFor(true, layout.scroll);
    layout = layoutWith(footer);
    if (layout.scroll) footer = footerFor(true, layout.scroll);
  }
  scrollMax.current = layout.scroll?.max ?? 0;
  scrollPage.current = Math.max(1, layout.lines.length - 1);
  return [[...layout.lines, promptLine].join('\n'), footer.join('\n')];
});

/** Ask one rubric question: answer keys (or text), or an action letter. The prompt leaves no trace: the caller prints the outcome once it is saved. */
export function askQuestion<A extends string>(config: QuestionPromptConfig<A>, terminal?: Terminal): Promise<QuestionResult<A>> {
  return guard(() => questionView(config as unknown as QuestionPromptConfig, on(terminal, { clearPromptOnDone: true })) as Promise<QuestionResult<A>>).then((result) =>
    // What is typed is saved to the answers file, which may hold no control characters.
    result.type === 'text' ? { type: 'text', text: stripControls(result.text) } : result,
  );
}
