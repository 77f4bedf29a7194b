import { msg } from './define.js';

/** Problems in a rubric file, found by the validator. */
export const rubricMessages = {
  RUBRIC_INVALID: msg('rubrik tidak valid: {count} masalah', 'rubric is not valid: {count} problem(s)'),
  RUBRIC_NOT_FOUND: msg('rubrik "{ref}" tidak ditemukan, baik sebagai rubrik bawaan maupun sebagai berkas', 'rubric "{ref}" is neither a bundled rubric nor a file', [
    'rubrik bawaan: {known}; `{siap} rubric list` menampilkan semuanya',
    'bundled rubrics: {known}; `{siap} rubric list` shows them all',
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
  PROFILE_UNKNOWN: msg('profil "{profile}" tidak didefinisikan di rubrik', 'profile "{profile}" is not defined in the rubric', [
    'profil yang tersedia: {known}',
    'profiles defined: {known}',
  ]),
};
