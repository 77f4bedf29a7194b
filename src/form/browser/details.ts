/// <reference lib="dom" />
import type { Answers, Assessment, Person, Regency } from '../../answers/model.js';
import { typedRegionCode } from '../../answers/values.js';
import { pick, type Lang, type Words } from '../../i18n.js';
import { ASSESS_WORDS as A } from '../../messages/assess.js';
import { say } from '../../messages/define.js';
import { FORM_WORDS as F } from '../../messages/form.js';
import { kindFromName, nameKey } from '../../register/register.js';
import type { Rubric } from '../../rubric/model.js';
import type { RegionEntry } from '../payload.js';
import { h, replaceChildren } from './dom.js';

/** The regency and assessment details, and how to read them back. */
export interface DetailsView {
  root: HTMLElement;
  read(): { regency: Regency; assessment: Omit<Assessment, 'kind'> };
}

type Row = { name: string; role: string; institution: string };

/**
 * The details block. With `regions` (the official register) the name offers its entries, and a
 * name that is one regency (or one of the chosen kind: Kabupaten/Kota Solok) fills in the rest.
 */
export function renderDetails(answers: Answers, rubric: Rubric, regions: RegionEntry[], lang: Lang, onChange: () => void): DetailsView {
  const w = (words: Words, params: Record<string, string | number> = {}): string => say(words, lang, params);
  const r = answers.regency;
  const a = answers.assessment;
  const field = (id: string, label: string, input: HTMLElement, note?: HTMLElement | string): HTMLElement =>
    h('label', { class: 'field', for: id }, h('span', { class: 'field-label' }, label), input, note ? h('span', { class: 'field-note' }, note) : null);
  const text = (id: string, value: string | undefined, extra: Record<string, string | boolean> = {}): HTMLInputElement =>
    h('input', { type: 'text', id, value: value ?? '', oninput: onChange, ...extra });

  const name = text('d-name', r.name, { required: true, autocomplete: 'off', ...(regions.length > 0 ? { list: 'd-regions' } : {}) });
  const kind = h('select', { id: 'd-kind', onchange: onChange },
    h('option', { value: '' }, w(F.chooseKind)),
    h('option', { value: 'kabupaten', selected: r.kind === 'kabupaten' }, w(A.kabupaten)),
    h('option', { value: 'kota', selected: r.kind === 'kota' }, w(A.kota)),
  );
  const province = text('d-province', r.province, { autocomplete: 'off' });
  const code = text('d-code', r.code, { inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'd-code-note' });
  const codeNote = h('span', { id: 'd-code-note' }, w(F.codeHint));
  const checkCode = (): void => {
    const bad = code.value.trim() !== '' && typedRegionCode(code.value) === undefined;
    code.setAttribute('aria-invalid', String(bad));
    codeNote.textContent = bad ? w(A.codeInvalid) : w(F.codeHint);
    codeNote.className = bad ? 'problem' : '';
  };
  code.addEventListener('input', checkCode);
  checkCode();
  const date = h('input', { type: 'date', id: 'd-date', value: a.date ?? '', onchange: onChange, oninput: onChange });
  const notes = h('textarea', { id: 'd-notes', rows: 2, oninput: onChange });
  notes.value = a.notes ?? '';

  // The register: a name that is one regency (or one of the chosen kind) fills in the rest.
  if (regions.length > 0) {
    const fill = (kindChanged: boolean): void => {
      // The register's own name rule, as `--regency` uses it: prefix, case, accents and spacing ignored.
      const typed = nameKey(name.value);
      const named = regions.filter((region) => nameKey(region.name) === typed);
      // A changed kind only decides between two regencies of one name; it never undoes a pick.
      if (kindChanged && named.length < 2) return;
      const wanted = kindChanged ? kind.value : (kindFromName(name.value) ?? kind.value);
      const hit = named.length === 1 ? named[0] : named.find((region) => region.kind === wanted);
      if (!hit) return;
      name.value = hit.name;
      kind.value = hit.kind;
      province.value = hit.province;
      code.value = hit.code;
      checkCode();
      onChange();
    };
    name.addEventListener('change', () => fill(false));
    kind.addEventListener('change', () => fill(true));
  }

  let profile: HTMLSelectElement | undefined;
  if (rubric.profiles.size > 0) {
    profile = h('select', { id: 'd-profile', onchange: onChange },
      h('option', { value: '' }, w(F.allQuestions)),
      [...rubric.profiles.values()].map((p) => h('option', { value: p.id, selected: a.profile === p.id }, pick(p.title, lang))),
    );
  }

  // The team: a list of people, one row each; a row without a name is not saved.
  const rows: Row[] = a.assessors.map((p) => ({ name: p.name, role: p.role ?? '', institution: p.institution ?? '' }));
  if (rows.length === 0) rows.push({ name: '', role: '', institution: '' });
  const team = h('div', { class: 'team' });
  const drawTeam = (focusRow?: number): void => {
    const items = rows.map((row, i) => {
      const n = i + 1;
      const cell = (key: keyof Row, label: string): HTMLElement => {
        const input = h('input', { type: 'text', id: `d-team-${n}-${key}`, value: row[key], oninput: () => {
          row[key] = input.value;
          onChange();
        } });
        return field(input.id, label, input);
      };
      const remove = h('button', { type: 'button', class: 'link', 'aria-label': w(F.removeMember, { n }), onclick: () => {
        rows.splice(i, 1);
        drawTeam();
        onChange();
      } }, '×');
      return h('fieldset', { class: 'member' }, h('legend', {}, w(F.teamMember, { n })),
        cell('name', w(F.personName)), cell('role', w(F.personRole)), cell('institution', w(F.personInstitution)), rows.length > 1 ? remove : null);
    });
    const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
      rows.push({ name: '', role: '', institution: '' });
      drawTeam(rows.length);
    } }, w(F.addMember));
    replaceChildren(team, items, add);
    if (focusRow !== undefined) (team.querySelector(`#d-team-${focusRow}-name`) as HTMLInputElement | null)?.focus();
  };
  drawTeam();

  const repName = text('d-rep-name', a.representative?.name);
  const repRole = text('d-rep-role', a.representative?.role);

  const root = h('section', { class: 'details', id: 'details', 'aria-labelledby': 'details-title' },
    h('h2', { id: 'details-title' }, w(F.detailsTitle)),
    h('div', { class: 'grid' },
      field('d-name', `${w(F.regencyName)} (${w(F.required)})`, name, w(F.regencyNameHint)),
      field('d-kind', w(F.regencyKind), kind),
      field('d-province', w(F.province), province),
      field('d-code', w(F.code), code, codeNote),
      field('d-date', w(F.date), date),
      profile ? field('d-profile', w(F.profile), profile) : null,
    ),
    regions.length > 0 ? h('datalist', { id: 'd-regions' }, regions.map((region) => h('option', { value: region.name }, `${w(region.kind === 'kota' ? A.kota : A.kabupaten)} · ${region.province} · ${region.code}`))) : null,
    h('fieldset', { class: 'team-block' }, h('legend', {}, w(F.team)), team),
    h('fieldset', { class: 'team-block' }, h('legend', {}, w(F.representative)),
      h('div', { class: 'grid' }, field('d-rep-name', w(F.personName), repName), field('d-rep-role', w(F.personRole), repRole))),
    field('d-notes', w(F.notes), notes),
  );

  const read = (): { regency: Regency; assessment: Omit<Assessment, 'kind'> } => {
    const value = (input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string => input.value.trim();
    // Four digits are written as the dotted code they are read as (5104 → 51.04); anything else as typed.
    const codeText = typedRegionCode(code.value) ?? value(code);
    const regency: Regency = {
      name: value(name),
      ...(kind.value === 'kabupaten' || kind.value === 'kota' ? { kind: kind.value } : {}),
      ...(value(province) ? { province: value(province) } : {}),
      ...(codeText ? { code: codeText } : {}),
    };
    const person = (row: Row): Person => ({
      name: row.name.trim(),
      ...(row.role.trim() ? { role: row.role.trim() } : {}),
      ...(row.institution.trim() ? { institution: row.institution.trim() } : {}),
    });
    // The browser's date field gives YYYY-MM-DD or nothing, the shape answers files take.
    const dateText = value(date);
    const assessment: Omit<Assessment, 'kind'> = {
      ...(/^\d{4}-\d{2}-\d{2}$/.test(dateText) ? { date: dateText } : {}),
      ...(a.place ? { place: a.place } : {}),
      ...(a.mode ? { mode: a.mode } : {}),
      ...(profile?.value ? { profile: profile.value } : {}),
      assessors: rows.filter((row) => row.name.trim() !== '').map(person),
      ...(value(repName) ? { representative: { name: value(repName), ...(value(repRole) ? { role: value(repRole) } : {}) } } : {}),
      ...(value(notes) ? { notes: value(notes) } : {}),
    };
    return { regency, assessment };
  };
  return { root, read };
}
