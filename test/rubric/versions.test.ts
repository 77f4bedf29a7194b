import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiapError } from '../../src/errors.js';
import { loadAssessment } from '../../src/io/load.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { bundledRubricFiles, bundledVersions, latestBundledVersion } from '../../src/io/versions.js';
import { compareVersions } from '../../src/rubric/versions.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { toScoreJson } from '../../src/scoring/json.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const ID = 'kesiapan-kota-cerdas';
const SHA_1_0_0 = 'a11223bfba1589736c08d2b2eb71b4d5d445255da0ccccd5219f1a7242393525';
const DIR = fixture('versions', '1.0.0');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

interface Pinned {
  rubric: { id: string; version: string; sha256: string };
  index: number;
  display: string;
  band: string;
  recommended: boolean;
  provisional: boolean;
  coverage: Record<string, number>;
  gates: { id: string; passed: boolean; actual: unknown; reason: string }[];
  nodes: Record<string, number | null>;
  questions: Record<string, { state: string; points: number | null; score: number | null }>;
}
interface ScoreJson {
  rubric: unknown;
  index: number;
  display: string;
  band: { id: string } | null;
  recommended: boolean;
  provisional: boolean;
  coverage: unknown;
  gates: { id: string; passed: boolean; actual: unknown; reason: string }[];
  nodes: { id: string; index: number | null }[];
  questions: { id: string; state: string; points: number | null; score: number | null }[];
}
const PINNED = JSON.parse(readFileSync(fixture('versions', 'figures-1.0.0.json'), 'utf8')) as Record<string, Pinned>;

describe('every bundled version stays', () => {
  it('keeps 1.0.0 byte for byte, so files made for it still match its sha256', () => {
    expect(loadRubric(`${ID}@1.0.0`).rubric.sha256).toBe(SHA_1_0_0);
    expect(bundledVersions(ID)[0]).toBe('1.0.0');
  });

  it('names every bundled file after its id and version, and never ships one id in both layouts', () => {
    const files = bundledRubricFiles();
    for (const f of files) {
      const { rubric } = loadRubric(f.version === undefined ? f.id : `${f.id}@${f.version}`);
      expect(rubric.id, f.shown).toBe(f.id);
      if (f.version !== undefined) expect(rubric.version, f.shown).toBe(f.version);
    }
    const flat = new Set(files.filter((f) => f.version === undefined).map((f) => f.id));
    const versioned = new Set(files.filter((f) => f.version !== undefined).map((f) => f.id));
    expect([...flat].filter((id) => versioned.has(id))).toEqual([]);
  });

  it('orders versions as numbers', () => {
    expect(['1.10.0', '1.2.0', '1.0.0', '2.0'].sort(compareVersions)).toEqual(['1.0.0', '1.2.0', '1.10.0', '2.0']);
  });
});

describe('an answers file for 1.0.0 scores exactly as before versions existed', () => {
  it.each(FILES)('%s: same index, band, gates, coverage, every node and every question', (file) => {
    const loaded = loadAssessment(join(DIR, file));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.rubric.version).toBe('1.0.0');
    const json = toScoreJson(scoreAssessment(loaded.rubric, loaded.answers)) as unknown as ScoreJson;
    const pinned = PINNED[file]!;
    expect(json.rubric).toEqual(pinned.rubric);
    expect(json.index).toBe(pinned.index);
    expect(json.display).toBe(pinned.display);
    expect(json.band?.id).toBe(pinned.band);
    expect(json.recommended).toBe(pinned.recommended);
    expect(json.provisional).toBe(pinned.provisional);
    expect(json.coverage).toEqual(pinned.coverage);
    expect(json.gates.map((g) => ({ id: g.id, passed: g.passed, actual: g.actual, reason: g.reason }))).toEqual(pinned.gates);
    expect(Object.fromEntries(json.nodes.map((n) => [n.id, n.index]))).toEqual(pinned.nodes);
    expect(Object.fromEntries(json.questions.map((q) => [q.id, { state: q.state, points: q.points, score: q.score }]))).toEqual(pinned.questions);
  });

  it('uses 1.0.0 also when --rubric names the same bundled id without a version', () => {
    const loaded = loadAssessment(join(DIR, FILES[0]!), { rubric: ID });
    expect(loaded.rubric.version).toBe('1.0.0');
    expect(loaded.warnings).toEqual([]);
  });

  it('finds the version by the sha256 when the file names no version', () => {
    const dir = tmpDir();
    const text = readFileSync(join(DIR, FILES[0]!), 'utf8').replace(/^ {2}version: 1\.0\.0\n/m, '');
    writeFileSync(join(dir, 'tanpa-versi.yaml'), text);
    expect(loadAssessment(join(dir, 'tanpa-versi.yaml')).rubric.version).toBe('1.0.0');
  });

  it('refuses a version siap does not ship, at rubric.version, instead of scoring with another one', () => {
    const dir = tmpDir();
    const text = readFileSync(join(DIR, FILES[0]!), 'utf8').replace(/^ {2}version: 1\.0\.0$/m, '  version: 9.9.9');
    writeFileSync(join(dir, 'masa-depan.yaml'), text);
    let error: unknown;
    try {
      loadAssessment(join(dir, 'masa-depan.yaml'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiapError);
    expect((error as SiapError).code).toBe('ANSWER_RUBRIC_VERSION_UNKNOWN');
    expect((error as SiapError).source).toMatchObject({ line: 9, column: 12 });
  });
});

describe('siap rubric list and show with versions', () => {
  it('lists every version and marks the latest', async () => {
    const r = await runCli(['rubric', 'list', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; version: string; latest: boolean }[];
    const mine = list.filter((x) => x.id === ID);
    expect(mine.map((x) => x.version)).toEqual(bundledVersions(ID));
    expect(mine.filter((x) => x.latest).map((x) => x.version)).toEqual([latestBundledVersion(ID)]);
    expect(list.find((x) => x.id === 'spbe-2020')).toMatchObject({ version: '2020.1', latest: true });
  });

  it('shows id@version, and refuses a version that does not exist', async () => {
    const ok = await runCli(['rubric', 'show', `${ID}@1.0.0`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${ID} v1.0.0`);
    const missing = await runCli(['rubric', 'show', `${ID}@0.9.0`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('RUBRIC_VERSION_NOT_FOUND');
  });
});
