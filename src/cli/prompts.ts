import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isTabKey,
  isUpKey,
  makeTheme,
  useEffect,
  usePrefix,
  useState,
  useKeypress,
} from '@inquirer/core';
import { input, select, Separator } from '@inquirer/prompts';
import { SiapError } from '../errors.js';
import type { Lang, Words } from '../i18n.js';
import { ASSESS_WORDS } from '../messages/assess.js';
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
}

/** Where a prompt reads keys and draws (the command's context: its stdin and stdout). */
export interface Terminal {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
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

function baseTheme(paint: Paint, lang: Lang): Record<string, unknown> {
  return {
    prefix: { idle: paint.cyan('?'), done: paint.green('✔') },
    style: {
      answer: (text: string) => paint.cyan(text),
      message: (text: string) => paint.bold(text),
      error: (text: string) => paint.red(`> ${text}`),
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
  return guard(() =>
    input({
      message: options.message,
      ...(options.prefill ? { default: options.prefill, prefill: 'editable' as const } : options.default ? { default: options.default } : {}),
      ...(validate ? { validate: (text: string) => validate(stripControls(text)) } : {}),
      theme: baseTheme(options.paint, options.lang),
    }, on(options.terminal, options.clearWhenDone ? { clearPromptOnDone: true } : {})),
  ).then(stripControls);
}

export interface MenuChoice<V> {
  value: V;
  name: string;
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
      : { value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}), ...(c.disabled ? { disabled: c.disabled } : {}) },
  );
  return guard(() =>
    select<V>({
      message: options.message,
      choices,
      ...(options.default !== undefined ? { default: options.default } : {}),
      pageSize: options.pageSize ?? 12,
      loop: false,
      theme: baseTheme(options.paint, options.lang),
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

/** An answer typed by its key: a level value, `y`/`t`, an option number. */
export interface KeyedOption {
  key: string;
  /** One line, without the key. */
  label: string;
  /** Lines shown below the list while this option is highlighted. */
  detail?: string[];
  /** Ticking it clears the other ticks, and the other way round (multi). */
  exclusive?: boolean;
}

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
  otherActions: string;
  backToTyping: string;
  pickFirst: string;
  unknownKey: string;
  noneTicked: string;
  more: string;
}

export interface QuestionPromptConfig<A extends string = string> {
  /** Lines above the answers (breadcrumb, text, hint, evidence), already fitted to the width. */
  header: string[];
  /** The header with nothing cut, shown with `?` when `header` had to be shortened. */
  fullHeader?: string[];
  mode: 'single' | 'multi' | 'text';
  options: KeyedOption[];
  /** Keys chosen now (the current answer when revisiting). */
  selected: string[];
  /** Text mode: the current answer, ready to edit. */
  text?: string;
  /** Text mode: `true` when the typed text is acceptable, else why not. */
  validate?: (text: string) => true | string;
  /** Multi mode: whether ticking nothing is an answer. */
  allowEmpty?: boolean;
  /** Short description of the answer keys for the footer, e.g. `0–4`. */
  keysHint: string;
  actions: KeyedAction<A>[];
  words: QuestionPromptWords;
  width: number;
  rows: number;
  /** The line left on screen once answered. */
  summary: (result: QuestionResult<A>) => string;
  paint: Paint;
}

function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

const questionView = createPrompt<QuestionResult, QuestionPromptConfig>((config, done) => {
  const { paint, options, actions, words } = config;
  const theme = makeTheme(baseTheme(paint, 'id'));
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [result, setResult] = useState<QuestionResult | undefined>(undefined);
  const [active, setActive] = useState<number>(options.findIndex((o) => config.selected.includes(o.key)));
  const [ticked, setTicked] = useState<string[]>(config.mode === 'multi' ? config.selected : []);
  const [buffer, setBuffer] = useState<string>(config.mode === 'text' ? (config.text ?? '') : '');
  const [actionMode, setActionMode] = useState<boolean>(false);
  const [savedText, setSavedText] = useState<string>('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [expanded, setExpanded] = useState<boolean>(false);
  const prefix = usePrefix({ status, theme });

  useEffect((rl) => {
    if (config.mode === 'text' && config.text) rl.write(config.text);
  }, []);

  const finish = (value: QuestionResult): void => {
    setResult(value);
    setStatus('done');
    done(value);
  };
  const keyList = [config.keysHint, ...actions.map((a) => a.key)].filter(Boolean).join(', ');
  const optionFor = (text: string): number => options.findIndex((o) => o.key === text);
  const actionFor = (text: string): KeyedAction | undefined => actions.find((a) => a.key === text);
  const toggle = (key: string): void => {
    const option = options.find((o) => o.key === key);
    if (!option) return;
    if (ticked.includes(key)) setTicked(ticked.filter((k) => k !== key));
    else if (option.exclusive) setTicked([key]);
    else setTicked([...ticked.filter((k) => !options.find((o) => o.key === k)?.exclusive), key]);
  };

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    const typed = buffer.trim().toLowerCase();
    if (isEnterKey(key)) {
      if (config.mode === 'text' && !actionMode) {
        if (buffer.trim() === '') {
          setActionMode(true);
          setSavedText('');
          setBuffer('');
          return;
        }
        const verdict = config.validate ? config.validate(buffer) : true;
        if (verdict === true) finish({ type: 'text', text: buffer.trim() });
        else {
          rl.write(buffer);
          setError(verdict);
        }
        return;
      }
      if (typed !== '') {
        const action = actionFor(typed);
        if (action) return finish({ type: 'action', action: action.action });
        const index = config.mode === 'text' ? -1 : optionFor(typed);
        if (index >= 0 && config.mode === 'single') return finish({ type: 'keys', keys: [options[index]!.key] });
        if (index >= 0 && config.mode === 'multi') {
          toggle(options[index]!.key);
          setActive(index);
          setBuffer('');
          return;
        }
        setBuffer('');
        setError(fill(words.unknownKey, { key: typed, keys: keyList }));
        return;
      }
      if (config.mode === 'text') {
        // An empty Enter in the action list goes back to typing the answer.
        setActionMode(false);
        if (savedText) rl.write(savedText);
        setBuffer(savedText);
        return;
      }
      if (config.mode === 'single') {
        if (active >= 0) return finish({ type: 'keys', keys: [options[active]!.key] });
        setError(fill(words.pickFirst, { keys: config.keysHint }));
        return;
      }
      if (ticked.length > 0 || config.allowEmpty) {
        return finish({ type: 'keys', keys: options.filter((o) => ticked.includes(o.key)).map((o) => o.key) });
      }
      setError(words.noneTicked);
      return;
    }
    setError(undefined);
    if (config.fullHeader && rl.line.endsWith('?')) {
      if (config.mode !== 'text' || actionMode || buffer === '') {
        rl.clearLine(0);
        setBuffer('');
        setExpanded(!expanded);
        return;
      }
    }
    if (config.mode === 'text') {
      if (isTabKey(key)) {
        rl.clearLine(0);
        if (actionMode) {
          setActionMode(false);
          if (savedText) rl.write(savedText);
          setBuffer(savedText);
        } else {
          setSavedText(buffer.replace(/\t/g, ''));
          setActionMode(true);
          setBuffer('');
        }
        return;
      }
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
    if (config.mode === 'multi' && key.name === 'space') {
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
      if (config.mode === 'multi' && !options.some((o) => o.key !== text && o.key.startsWith(text))) {
        toggle(options[index]!.key);
        rl.clearLine(0);
        setBuffer('');
      }
    }
  });

  if (status === 'done' && result) return config.summary(result);

  const width = Math.max(20, config.width - 1);
  const lines: string[] = [...(expanded && config.fullHeader ? config.fullHeader : config.header)];
  if (config.mode !== 'text') {
    options.forEach((o, i) => {
      const isActive = i === active;
      const box = config.mode === 'multi' ? (ticked.includes(o.key) ? '[x] ' : '[ ] ') : '';
      const text = fit(`${isActive ? '›' : ' '} ${box}${o.key} · ${o.label}`, width);
      lines.push(isActive ? paint.cyan(text) : text);
    });
  }
  const footer: string[] = [];
  const keyText = (k: string, word: string): string => `${paint.bold(k)} ${paint.dim(word)}`;
  const actionText = actions.map((a) => keyText(a.key, a.word)).join('  ');
  if (config.mode === 'text') {
    footer.push(
      actionMode
        ? `${actionText}  ${keyText('Tab', words.backToTyping)}`
        : `${keyText('Enter', words.save)}  ${keyText('Tab', `${words.otherActions} (${actions.map((a) => a.word).join(', ')})`)}`,
    );
  } else {
    const answerText = config.mode === 'multi' ? `${keyText(config.keysHint, words.toggle)}  ${keyText('Enter', words.save)}` : keyText(config.keysHint, words.choose);
    footer.push(`${answerText}  ${actionText}`);
  }
  if (config.fullHeader) footer[0] += `  ${keyText('?', words.more)}`;
  if (error) footer.push(paint.red(`> ${error}`));
  const footerRows = footer.reduce((n, l) => n + Math.max(1, Math.ceil(stripLength(l) / width)), 0);
  const detail = config.mode === 'text' || active < 0 || expanded ? [] : (options[active]!.detail ?? []);
  const room = config.rows - 1 - lines.length - 1 - footerRows;
  if (room > 0 && detail.length > 0) {
    const shown = detail.length > room ? [...detail.slice(0, room - 1), '…'] : detail;
    lines.push(...shown.map((l) => paint.dim(fit(l, width))));
  }
  const pending = config.mode === 'text' && !actionMode ? buffer : buffer.trim();
  const promptLine = `${prefix} ${paint.bold(words.answer)} ${pending}`;
  return [[...lines, promptLine].join('\n'), footer.join('\n')];
});

function stripLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '').length;
}

/** Ask one rubric question: answer keys (or text), or an action letter. */
export function askQuestion<A extends string>(config: QuestionPromptConfig<A>, terminal?: Terminal): Promise<QuestionResult<A>> {
  return guard(() => questionView(config as unknown as QuestionPromptConfig, on(terminal)) as Promise<QuestionResult<A>>).then((result) =>
    // What is typed is saved to the answers file, which may hold no control characters.
    result.type === 'text' ? { type: 'text', text: stripControls(result.text) } : result,
  );
}
