import { closeSync, fsyncSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnswerEntry, Answers, Person } from '../answers/model.js';
import { SiapError } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import { SESSION_COMMENT } from '../messages/assess.js';
import { YamlEditor, type KeyPath } from '../source/yaml-edit.js';
import { fsError, readUserBytes, writeFileAtomic } from './files.js';

/** What identifies the file content we last wrote (or read), to notice edits by another program. */
interface Stamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Fields of an entry in the order a new entry is written (the template's order). */
const ENTRY_FIELDS = ['value', 'na', 'note', 'evidence'] as const;

/**
 * The answers file is the draft: after every answer it is rewritten atomically (temporary file,
 * fsync, rename), so the file on disk is always complete, valid and resumable. Only what changed
 * is edited in the YAML document, so the user's comments and layout stay; a JSON file stays JSON.
 */
export class AnswersAutosave {
  readonly file: string;
  private readonly rubric: Rubric;
  private readonly editor: YamlEditor;
  private readonly json: boolean;
  private saved: Answers;
  private created: boolean;
  private stamp: Stamp | undefined;
  private lastText: string;
  /** A file saved on Windows stays as it was: with its byte-order mark and CRLF line ends. */
  private readonly bom: boolean;
  private readonly crlf: boolean;

  private constructor(file: string, rubric: Rubric, text: string, answers: Answers, created: boolean, bom: boolean) {
    this.file = file;
    this.rubric = rubric;
    this.editor = YamlEditor.open(text);
    this.json = /\.json$/i.test(file);
    this.saved = answers;
    this.created = created;
    this.lastText = text;
    this.bom = bom;
    this.crlf = /\r\n/.test(text);
    this.stamp = created ? stampOf(file) : undefined;
  }

  /**
   * Resume a file that exists: `text` and `answers` are what was just read from it, `bom` whether
   * its bytes began with a UTF-8 byte-order mark (kept on every save, as are CRLF line ends).
   */
  static resume(file: string, rubric: Rubric, text: string, answers: Answers, options: { bom?: boolean } = {}): AnswersAutosave {
    return new AnswersAutosave(file, rubric, text, answers, true, Boolean(options.bom));
  }

  /**
   * Start a new file from `text` (whose content is `answers`); nothing is written until the first
   * save, which refuses to replace a file that appeared in the meantime.
   */
  static create(file: string, rubric: Rubric, text: string, answers: Answers): AnswersAutosave {
    return new AnswersAutosave(file, rubric, text, answers, false, false);
  }

  /** The answers as last written. */
  get answers(): Answers {
    return this.saved;
  }

  /** The text last written (or read). */
  get text(): string {
    return this.lastText;
  }

  /** Bring the file in line with `next`, touching only what changed since the last save. */
  save(next: Answers): void {
    this.applyHeader(this.saved, next);
    this.applyEntries('context', this.saved.context, next.context);
    this.applyEntries('answers', this.saved.entries, next.entries);
    const lf = this.json ? this.editor.toJsonText() : this.editor.toString();
    const text = this.crlf ? lf.replace(/\r?\n/g, '\r\n') : lf;
    this.write(text);
    this.saved = next;
    this.lastText = text;
  }

  private write(text: string): void {
    if (this.created && !this.unchangedOnDisk()) {
      // Another program (an editor) changed the file: do not overwrite its edits.
      throw new SiapError('ASSESS_FILE_CHANGED', { file: this.file, unsaved: '' }, { source: { file: this.file } });
    }
    writeFileAtomic(this.file, this.bom ? `\uFEFF${text}` : text, { overwrite: this.created });
    this.created = true;
    this.stamp = stampOf(this.file);
    // The rename itself is on disk only once the folder is: a power cut right after the ✔ keeps the answer.
    syncFolder(dirname(this.file));
  }

  /** The file still holds what was last written or read (a sync client re-writing the same bytes is fine). */
  private unchangedOnDisk(): boolean {
    const now = stampOf(this.file);
    if (!now) return false;
    if (this.stamp && now.size === this.stamp.size && now.mtimeMs === this.stamp.mtimeMs && now.ino === this.stamp.ino) return true;
    let text: string;
    try {
      text = readUserBytes(this.file).toString('utf8');
    } catch {
      return false;
    }
    if (text.replace(/^\uFEFF/, '') !== this.lastText) return false;
    this.stamp = now;
    return true;
  }

  private applyHeader(before: Answers, after: Answers): void {
    const field = (path: KeyPath, a: string | undefined, b: string | undefined): void => {
      if ((a ?? '') === (b ?? '')) return;
      if (b === undefined || b === '') this.editor.setNull(path);
      else this.editor.set(path, b);
    };
    const r0 = before.regency;
    const r1 = after.regency;
    field(['regency', 'name'], r0.name, r1.name);
    field(['regency', 'kind'], r0.kind, r1.kind);
    field(['regency', 'province'], r0.province, r1.province);
    field(['regency', 'code'], r0.code, r1.code);
    const a0 = before.assessment;
    const a1 = after.assessment;
    field(['assessment', 'kind'], a0.kind, a1.kind);
    field(['assessment', 'date'], a0.date, a1.date);
    field(['assessment', 'place'], a0.place, a1.place);
    field(['assessment', 'signing_place'], a0.signingPlace, a1.signingPlace);
    field(['assessment', 'mode'], a0.mode, a1.mode);
    field(['assessment', 'profile'], a0.profile, a1.profile);
    if (JSON.stringify(a0.assessors) !== JSON.stringify(a1.assessors)) {
      this.editor.set(['assessment', 'assessors'], a1.assessors.map(person), { itemFlow: true });
    }
    if (JSON.stringify(a0.representative) !== JSON.stringify(a1.representative)) {
      if (a1.representative) this.editor.set(['assessment', 'representative'], person(a1.representative));
      else this.editor.setNull(['assessment', 'representative']);
    }
    field(['assessment', 'notes'], a0.notes, a1.notes);
    const s0 = before.session ?? {};
    const s1 = after.session ?? {};
    if (s0.lang === s1.lang && s0.last === s1.last) return;
    if (this.editor.kindAt(['session']) !== 'map') {
      // A new block goes just above the answers, with the rest of the file's identity.
      const keys = this.editor.keysAt([]);
      const at = keys.indexOf('answers');
      const comment = ` ${SESSION_COMMENT[s1.lang ?? 'id']}`;
      this.editor.set(['session'], { ...(s1.lang ? { lang: s1.lang } : {}), ...(s1.last ? { last: s1.last } : {}) }, { comment, spaceBefore: true, ...(at >= 0 ? { index: at } : {}) });
      return;
    }
    field(['session', 'lang'], s0.lang, s1.lang);
    field(['session', 'last'], s0.last, s1.last);
  }

  private applyEntries(section: 'answers' | 'context', before: Map<string, AnswerEntry>, after: Map<string, AnswerEntry>): void {
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(id);
      const b = after.get(id);
      if (!sameEntry(a, b)) this.writeEntry(section, id, b, a);
    }
  }

  private writeEntry(section: 'answers' | 'context', id: string, entry: AnswerEntry | undefined, previous: AnswerEntry | undefined): void {
    const path = [section, id];
    const kind = this.editor.kindAt(path);
    const fields = entryFields(entry);
    const was = entryFields(previous);
    const hasAny = Object.keys(fields).length > 0;

    if (kind === 'map') {
      // The keys as they will be after each change (read once: the edits are made together).
      const present = this.editor.keysAt(path);
      const kinds = new Map(present.map((name) => [name, this.editor.kindAt([...path, name])]));
      for (const name of ENTRY_FIELDS) {
        const fieldPath = [...path, name];
        const value = fields[name];
        // A field that did not change is not touched (its own spacing stays).
        if (JSON.stringify(value) === JSON.stringify(was[name])) continue;
        if (value === undefined) {
          // Keep the key (as in the template) but empty; an empty list stays a list.
          if (name === 'evidence' && kinds.get(name) === 'seq') this.editor.set(fieldPath, [], { flow: true });
          else if (kinds.has(name)) this.editor.setNull(fieldPath);
          continue;
        }
        if (present.includes(name)) {
          this.editor.set(fieldPath, value, { flow: name === 'value' });
          continue;
        }
        const index = indexAfter(present, ENTRY_FIELDS.slice(0, ENTRY_FIELDS.indexOf(name)));
        this.editor.set(fieldPath, value, { flow: name === 'value', index });
        present.splice(index, 0, name);
      }
      return;
    }
    if (!hasAny) {
      if (kind === 'scalar') this.editor.setNull(path);
      return;
    }
    if (kind === 'scalar' && Object.keys(fields).length === 1 && fields.value !== undefined) {
      // `K2: true` stays in its short form.
      this.editor.set(path, fields.value, { flow: true });
      return;
    }
    const ordered: Record<string, unknown> = {};
    for (const name of ENTRY_FIELDS) if (fields[name] !== undefined) ordered[name] = fields[name];
    const index = kind === 'missing' ? this.insertionIndex(section, id) : undefined;
    this.editor.set(path, ordered, { flow: false, ...(index === undefined ? {} : { index }) });
    if (Array.isArray(fields.value)) this.editor.set([...path, 'value'], fields.value, { flow: true });
  }

  /** A new answer (or context fact) goes after those of earlier questions (fields), so the file keeps the rubric's order. */
  private insertionIndex(section: 'answers' | 'context', id: string): number {
    const orderOf = (key: string): number | undefined =>
      section === 'answers' ? this.rubric.questionById.get(key)?.order : ((i) => (i >= 0 ? i : undefined))(this.rubric.context.findIndex((f) => f.id === key));
    const order = orderOf(id) ?? Number.POSITIVE_INFINITY;
    const keys = this.editor.keysAt([section]);
    let index = 0;
    keys.forEach((key, i) => {
      const other = orderOf(key);
      if (other !== undefined && other < order) index = i + 1;
    });
    return index;
  }
}

/** Flush a folder's entries (a rename into it) to disk; folders that cannot be opened or synced (some platforms) are left. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; some file systems refuse fsync on one: the file itself was synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function stampOf(file: string): Stamp | undefined {
  try {
    const s = statSync(file);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fsError(error, file);
  }
}

function entryFields(entry: AnswerEntry | undefined): Partial<Record<(typeof ENTRY_FIELDS)[number], unknown>> {
  if (!entry) return {};
  const out: Partial<Record<(typeof ENTRY_FIELDS)[number], unknown>> = {};
  if (entry.na !== undefined) out.na = entry.na;
  else if (entry.value !== undefined) out.value = entry.value;
  if (entry.note) out.note = entry.note;
  if (entry.evidence.length > 0) out.evidence = entry.evidence;
  return out;
}

/** Position for a new key: right after the last of `earlier` that is present. */
function indexAfter(present: string[], earlier: readonly string[]): number {
  let index = 0;
  present.forEach((key, i) => {
    if (earlier.includes(key)) index = i + 1;
  });
  return index;
}

function sameEntry(a: AnswerEntry | undefined, b: AnswerEntry | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify([a.value, a.na, a.note ?? '', a.evidence]) === JSON.stringify([b.value, b.na, b.note ?? '', b.evidence]);
}

function person(p: Person): Record<string, string> {
  return { name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.institution ? { institution: p.institution } : {}), ...(p.nip ? { nip: p.nip } : {}) };
}
