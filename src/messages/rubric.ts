import { msg } from './define.js';

/** Problems in a rubric file, found by the validator. */
export const rubricMessages = {
  RUBRIC_INVALID: msg('rubrik tidak valid: {count} masalah', 'rubric is not valid: {count} problem(s)'),
  RUBRIC_NOT_FOUND: msg('rubrik "{ref}" tidak ditemukan, baik sebagai rubrik bawaan maupun sebagai berkas', 'rubric "{ref}" is neither a bundled rubric nor a file', [
    'rubrik bawaan: {known}; `{siap} rubric list` menampilkan semuanya',
    'bundled rubrics: {known}; `{siap} rubric list` shows them all',
  ]),
  RUBRIC_VERSION_NOT_FOUND: msg('rubrik "{id}" tidak punya versi {version}', 'rubric "{id}" has no version {version}', [
    'versi yang dibawa siap: {known}; tanpa `@versi` dipakai versi terbaru',
    'versions shipped with siap: {known}; without `@version` the latest is used',
  ]),
  RUBRIC_IS_ANSWERS: msg('ini berkas jawaban, bukan rubrik', 'this is an answers file, not a rubric', [
    'rubrik adalah berkas berisi `sections:` dan `scales:`; berkas jawaban dipakai dengan `{siap} score`',
    'a rubric holds `sections:` and `scales:`; answers files go to `{siap} score`',
  ]),
  ID_DUPLICATE: msg('id "{id}" dipakai lebih dari sekali (juga di baris {otherLine})', 'id "{id}" is used more than once (also on line {otherLine})', [
    'setiap bagian, pertanyaan, skala dan opsi memerlukan id yang unik',
    'every section, question, scale and option needs its own id',
  ]),
  SCALE_UNKNOWN: msg('skala "{scale}" tidak didefinisikan', 'scale "{scale}" is not defined', [
    'skala yang tersedia: {known}',
    'scales defined: {known}',
  ]),
  SCALE_ORDER: msg('level skala "{scale}" harus urut naik menurut nilai ({value} setelah {previous})', 'levels of scale "{scale}" must go up by value ({value} after {previous})'),
  LEVEL_UNKNOWN: msg('level {value} tidak ada pada skala "{scale}"', 'level {value} is not on scale "{scale}"', [
    'nilai level yang ada: {known}',
    'level values on that scale: {known}',
  ]),
  NODE_EMPTY: msg('bagian "{id}" tidak berisi sub-bagian maupun pertanyaan', 'section "{id}" has neither sub-sections nor questions', [
    'tambahkan `sections:` atau `questions:`',
    'add `sections:` or `questions:`',
  ]),
  NODE_MIXED: msg('bagian "{id}" berisi sub-bagian dan pertanyaan sekaligus', 'section "{id}" holds both sub-sections and questions', [
    'pindahkan pertanyaannya ke sebuah sub-bagian agar bobotnya jelas',
    'move the questions into a sub-section so their weight is clear',
  ]),
  WEIGHT_INVALID: msg('bobot harus angka lebih besar dari 0, bukan {weight}', 'weight must be a number above 0, not {weight}', [
    'hapus pertanyaan atau bagian yang tidak dinilai, atau beri bobot positif',
    'remove an item that does not count, or give it a positive weight',
  ]),
  TEXT_MISSING_LANG: msg('teks belum tersedia dalam bahasa "{lang}"', 'text is missing in language "{lang}"', [
    'rubrik ini menyatakan languages: [{languages}]; tambahkan `{lang}:` atau kurangi daftar bahasanya',
    'this rubric declares languages: [{languages}]; add `{lang}:` or shorten that list',
  ]),
  OPTION_DUPLICATE: msg('opsi "{option}" muncul lebih dari sekali', 'option "{option}" appears more than once'),
  NUMBER_BOUNDS: msg('batas bawah {min} lebih besar dari batas atas {max}', 'lower bound {min} is above upper bound {max}'),
  THRESHOLD_ORDER: msg('ambang harus urut naik: {from} muncul setelah {previous}', 'thresholds must go up: {from} comes after {previous}'),
  THRESHOLD_GAP: msg('nilai dari {min} sampai di bawah {from} tidak masuk ambang mana pun', 'values from {min} up to {from} fall under no threshold', [
    'mulai ambang pertama dari {min} (batas bawah pertanyaan)',
    'start the first threshold at {min} (the question\'s lower bound)',
  ]),
  THRESHOLD_RANGE: msg('ambang {from} berada di atas batas atas {max}, jadi tidak akan pernah tercapai', 'threshold {from} is above the upper bound {max}, so it can never be reached'),
  THRESHOLD_RESULT: msg('ambang harus memberi `points` atau `level` (tepat salah satu)', 'a threshold must give `points` or `level` (exactly one)'),
  BANDS_ORDER: msg('kategori harus urut dari min tertinggi ke terendah ({min} setelah {previous})', 'bands must go from the highest min to the lowest ({min} after {previous})'),
  BANDS_GAP: msg('kategori terendah dimulai dari {min}, padahal indeks bisa serendah {lower}', 'the lowest band starts at {min}, but the index can be as low as {lower}', [
    'beri kategori terendah `min: {lower}`',
    'give the lowest band `min: {lower}`',
  ]),
  BANDS_RANGE: msg('batas kategori {min} di luar rentang indeks {lower}–{upper}', 'band limit {min} lies outside the index range {lower}–{upper}'),
  INDEX_SCALE_MISSING: msg('index.expression "scale" memerlukan index.scale (nama skala)', 'index.expression "scale" needs index.scale (a scale name)'),
  CONDITION_FORM: msg('kondisi harus berisi tepat satu dari: question, regency, all, any, not', 'a condition must hold exactly one of: question, regency, all, any, not', [
    'contoh: `when: {question: S1.1, op: ">=", value: 2}` atau `when: {all: [ … ]}`',
    'for example `when: {question: S1.1, op: ">=", value: 2}` or `when: {all: [ … ]}`',
  ]),
  CONDITION_UNKNOWN_QUESTION: msg('kondisi merujuk ke pertanyaan "{ref}" yang tidak ada', 'condition refers to question "{ref}", which does not exist', [
    '{suggestion}',
    '{suggestion}',
  ]),
  CONDITION_FORWARD: msg('kondisi merujuk ke pertanyaan "{ref}" yang baru muncul sesudah "{id}"', 'condition refers to question "{ref}", which comes after "{id}"', [
    'kondisi hanya boleh melihat jawaban sebelumnya; pindahkan "{ref}" ke atas',
    'a condition may only look at earlier answers; move "{ref}" above',
  ]),
  CONDITION_CYCLE: msg('kondisi saling bergantung melingkar: {cycle}', 'conditions depend on each other in a cycle: {cycle}', [
    'putus lingkarannya: salah satu pertanyaan harus tampil tanpa syarat',
    'break the cycle: one of the questions must be shown without a condition',
  ]),
  CONDITION_OP: msg('operator "{op}" tidak dapat dipakai untuk pertanyaan "{ref}" berjenis {kind}', 'operator "{op}" cannot be used on question "{ref}" of kind {kind}'),
  CONDITION_VALUE: msg('nilai {value} tidak mungkin menjadi jawaban "{ref}" ({expected})', 'value {value} can never be an answer to "{ref}" ({expected})'),
  GATE_FORM: msg('syarat "{id}" harus berisi tepat satu aturan: question, index_min, node + min, atau sections_min', 'gate "{id}" must hold exactly one rule: question, index_min, node + min, or sections_min'),
  GATE_UNKNOWN_TARGET: msg('syarat "{id}" merujuk ke "{ref}" yang tidak ada', 'gate "{id}" refers to "{ref}", which does not exist', [
    '{suggestion}',
    '{suggestion}',
  ]),
  GATE_RANGE: msg('syarat "{id}": nilai {value} di luar rentang {lower}–{upper}', 'gate "{id}": value {value} lies outside the range {lower}–{upper}'),
  CHART_UNKNOWN_NODE: msg('grafik "{id}" merujuk ke bagian "{ref}" yang tidak ada', 'chart "{id}" refers to section "{ref}", which does not exist', [
    '{suggestion}',
    '{suggestion}',
  ]),
  COLUMN_DUPLICATE: msg('kolom "{column}" muncul lebih dari sekali', 'column "{column}" appears more than once'),
  COLUMN_OPTIONS: msg('kolom "{column}" berjenis choice memerlukan `options`', 'column "{column}" of kind choice needs `options`'),
  LIST_ROWS: msg('min_rows {min} lebih besar dari max_rows {max}', 'min_rows {min} is above max_rows {max}'),
  CONTEXT_FORM: msg('isian konteks "{id}" berjenis {kind} memerlukan `{key}`', 'context field "{id}" of kind {kind} needs `{key}`'),
  CROSSWALK_UNKNOWN: msg('padanan "{id}" tidak dideklarasikan di `crosswalks`', 'crosswalk "{id}" is not declared under `crosswalks`', [
    'padanan yang dideklarasikan: {known}',
    'declared crosswalks: {known}',
  ]),
  CROSSWALK_LEVEL: msg('level padanan "{value}" harus berupa angka', 'crosswalk level "{value}" must be a number'),
  MIGRATION_FORM: msg('aturan migrasi {rule} tidak lengkap atau bertentangan', 'migration rule {rule} is incomplete or contradicts itself', [
    'satu aturan: `from` + `to` (pindah/ganti nama), + `values` (petakan ulang), `from: [A, B]` + `to` + `combine` (gabung), `to: [A, B]` (pecah), `reassess: alasan` atau `drop: alasan`',
    'one rule: `from` + `to` (move/rename), + `values` (remap), `from: [A, B]` + `to` + `combine` (merge), `to: [A, B]` (split), `reassess: reason` or `drop: reason`',
  ]),
  MIGRATION_CYCLE: msg('migrasi dari versi {from} ke versi {version} berjalan mundur; versi-versi akan membentuk lingkaran', 'migration from version {from} to version {version} goes backwards; the versions would form a cycle', [
    'sebuah versi hanya menyatakan migrasi dari versi yang lebih lama',
    'a version only declares migrations from older versions',
  ]),
  MIGRATION_DUPLICATE: msg('"{id}" sudah diatur di {other}', '"{id}" is already handled in {other}', [
    'satu pertanyaan lama hanya punya satu aturan, dan satu pertanyaan baru hanya menerima dari satu aturan',
    'an old question has one rule, and a new question takes answers from one rule only',
  ]),
  MIGRATION_UNKNOWN_TARGET: msg('tujuan migrasi "{id}" tidak ada di versi {version}', 'migration target "{id}" does not exist in version {version}', [
    '{suggestion}',
    '{suggestion}',
  ]),
  MIGRATION_TARGET_MISSING: msg('pertanyaan "{id}" tidak punya tempat di versi {version}', 'question "{id}" has no place in version {version}', [
    'beri aturan dengan `to: <id baru>`, atau `drop: alasan` bila pertanyaannya dihapus',
    'give it a rule with `to: <new id>`, or `drop: reason` when the question is removed',
  ]),
  MIGRATION_UNKNOWN_SOURCE: msg('pertanyaan "{id}" tidak ada di versi {version}', 'question "{id}" does not exist in version {version}', [
    '{suggestion}',
    '{suggestion}',
  ]),
  MIGRATION_VALUE: msg('nilai {value} tidak dapat menjadi jawaban "{id}" versi {version}', 'value {value} can never be an answer to "{id}" in version {version}', [
    'nilai yang diterima: {accepted}',
    'accepted values: {accepted}',
  ]),
  MIGRATION_UNMAPPED: msg('jawaban lama {value} untuk "{id}" bukan jawaban yang sah untuk "{to}"', 'old answer {value} to "{id}" is not a valid answer to "{to}"', [
    'petakan di `values` (mis. `{value}: 1`), atau ke `null` agar dinilai ulang',
    'map it under `values` (e.g. `{value}: 1`), or to `null` so it is re-assessed',
  ]),
  MIGRATION_KIND_CHANGED: msg('"{id}" dibawa ke "{to}" tanpa aturan, padahal ukurannya berubah ({detail})', '"{id}" is carried to "{to}" without a rule although its measure changed ({detail})', [
    'nyatakan aturannya: `values` untuk memetakan jawaban, atau `reassess: alasan`',
    'declare a rule: `values` to map the answers, or `reassess: reason`',
  ]),
  MIGRATION_COLUMN: msg('kolom "{column}" tidak ada pada daftar "{id}"', 'column "{column}" is not a column of list "{id}"'),
  MIGRATION_SOURCE_MISSING: msg('migrasi dari versi {from}, tetapi versi itu tidak ada', 'a migration from version {from}, but that version is not at hand', [
    'versi yang ada: {known}',
    'versions at hand: {known}',
  ]),
  PROFILE_UNKNOWN: msg('profil "{profile}" tidak didefinisikan di rubrik', 'profile "{profile}" is not defined in the rubric', [
    'profil yang tersedia: {known}',
    'profiles defined: {known}',
  ]),
};
