import type { MigrationStatus } from '../answers/migrate.js';
import type { Words } from '../i18n.js';
import { msg } from './define.js';

/** Problems and notices of `siap migrate` and of older rubric versions. */
export const migrateMessages = {
  MIGRATE_NO_TARGET: msg('rubrik "{id}" tidak punya versi bawaan lain untuk tujuan migrasi', 'rubric "{id}" has no other bundled version to migrate to', [
    'sebutkan rubrik tujuannya: --to <versi> atau --to <berkas rubrik>',
    'name the target: --to <version> or --to <rubric file>',
  ]),
  MIGRATE_OTHER_RUBRIC: msg('{file} adalah rubrik "{to}", bukan versi lain dari "{from}"', '{file} is rubric "{to}", not another version of "{from}"', [
    'migrasi hanya antarversi satu rubrik; untuk rubrik lain buat berkas baru dengan `{siap} init`',
    'migration works between versions of one rubric; for another rubric start a new file with `{siap} init`',
  ]),
  MIGRATE_BACKWARDS: msg('{id} versi {to} lebih lama dari versi {from} yang dipakai berkas ini', '{id} version {to} is older than version {from} this file uses', [
    'migrasi hanya ke versi yang lebih baru',
    'answers only migrate to a newer version',
  ]),
  MIGRATE_NO_PATH: msg('{id} versi {to} tidak menyatakan cara membawa jawaban dari versi {from}', '{id} version {to} declares no way to carry answers from version {from}', [
    'versi tujuan perlu `migrations: [{from: {from}, rules: …}]` (lihat rubrics/README.md, "Migrasi")',
    'the target version needs `migrations: [{from: {from}, rules: …}]` (see rubrics/README.md, "Migrasi")',
  ]),
  MIGRATE_OUTPUT_IS_INPUT: msg('berkas keluaran sama dengan berkas masukan; {siap} migrate tidak pernah mengubah berkas masukan', 'the output is the input file; {siap} migrate never changes its input', [
    'pilih nama lain dengan -o',
    'choose another name with -o',
  ]),
  RUBRIC_NEWER_VERSION: msg('berkas ini dinilai dengan {id} versi {version} yang disebutnya; versi {latest} sudah ada', 'this file is scored with {id} version {version}, as it names; version {latest} is out', [
    'bawa jawabannya ke versi baru dengan `{siap} migrate {file}`',
    'carry its answers to the new version with `{siap} migrate {file}`',
  ]),
  RUBRIC_NEWER_VERSION_FILES: msg('{count} berkas dinilai dengan versi lama rubrik {id} ({versions}); versi {latest} sudah ada', '{count} files are scored with an older version of rubric {id} ({versions}); version {latest} is out', [
    'bawa jawabannya ke versi baru dengan `{siap} migrate <berkas>`; peringkat campuran versi membandingkan instrumen yang berbeda',
    'carry their answers to the new version with `{siap} migrate <file>`; a ranking across versions compares different instruments',
  ]),
};

/** Words of the `siap migrate` report. */
export const MIGRATE_CLI_WORDS = {
  title: { id: 'Migrasi {file}: {id} {from} → {to}', en: 'Migration of {file}: {id} {from} → {to}' },
  step: { id: 'Langkah {from} → {to}', en: 'Step {from} → {to}' },
  status: { id: 'STATUS', en: 'STATUS' },
  oldIds: { id: 'VERSI {version}', en: 'VERSION {version}' },
  answer: { id: 'JAWABAN', en: 'ANSWER' },
  reason: { id: 'KETERANGAN', en: 'NOTE' },
  carriedList: { id: 'Dibawa apa adanya ({count}): {list}', en: 'Carried over unchanged ({count}): {list}' },
  invalid: { id: 'jawaban lama bukan jawaban sah di versi baru', en: 'the old answer is not a valid answer in the new version' },
  context: { id: 'konteks', en: 'context' },
  unanswered: { id: 'belum dijawab', en: 'unanswered' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  written: { id: 'Berkas jawaban versi {version} ditulis: {file} ({reassess} pertanyaan perlu dinilai ulang, {fresh} pertanyaan baru belum dijawab). Berkas asal tidak diubah.', en: 'Answers for version {version} written: {file} ({reassess} question(s) to re-assess, {fresh} new question(s) unanswered). The original file is unchanged.' },
  next: { id: 'Lanjutkan dengan: {siap} assess {file}', en: 'Continue with: {siap} assess {file}' },
  nothing: { id: '{file} sudah memakai {id} versi {version}; tidak ada yang dimigrasikan dan tidak ada berkas yang ditulis.', en: '{file} already uses {id} version {version}; nothing to migrate and nothing written.' },
} satisfies Record<string, Words>;

/** The status of a migrated question, in words. */
export const MIGRATION_STATUS_WORDS = {
  carried: { id: 'dibawa', en: 'carried' },
  moved: { id: 'dipindah', en: 'moved' },
  remapped: { id: 'dipetakan ulang', en: 'remapped' },
  merged: { id: 'digabung', en: 'merged' },
  split: { id: 'dipecah', en: 'split' },
  reassess: { id: 'dinilai ulang', en: 're-assess' },
  dropped: { id: 'dihapus', en: 'dropped' },
  new: { id: 'baru', en: 'new' },
} satisfies Record<MigrationStatus, Words>;
