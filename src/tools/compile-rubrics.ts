import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUNDLED_RUBRICS, PACKAGE_ROOT } from '../io/bundled.js';
import { migrationProblems } from '../io/migrations.js';
import { compiledPathFor, COMPILED_RUBRICS, type CompiledRubric } from '../io/rubrics.js';
import { bundledRubricFiles } from '../io/versions.js';
import { describeProblem } from '../messages/problem.js';
import { parseRubric, sha256Of, type ParsedRubric } from '../rubric/parse.js';
import type { RubricInput } from '../rubric/schema.js';
import { parseYaml } from '../source/yaml.js';
import { markDone, upToDate } from './up-to-date.js';

/**
 * Build step: validate every bundled rubric file — every version of a versioned rubric — (the build
 * fails on any problem) and store its data as JSON beside the compiled code, keyed by the sha256 of
 * the YAML text: `dist/bundled/<id>.json` or `dist/bundled/<id>/<version>.json`.
 */
function compileRubrics(): void {
  // Start empty, so a rubric file that was moved or removed leaves no stale compiled copy behind.
  rmSync(COMPILED_RUBRICS, { recursive: true, force: true });
  mkdirSync(COMPILED_RUBRICS, { recursive: true });
  const parsed = new Map<string, ParsedRubric>();
  for (const bundled of bundledRubricFiles()) {
    const text = readFileSync(bundled.file, 'utf8');
    const one = parseRubric(text, bundled.shown);
    parsed.set(`${bundled.id}@${bundled.version ?? ''}`, one);
    const { rubric } = one;
    if (bundled.version !== undefined && rubric.version !== bundled.version) {
      throw new Error(`${bundled.shown}: the file says version ${rubric.version}; a bundled version's file is named after its version`);
    }
    const compiled: CompiledRubric = { format: 'siap-compiled-rubric/1', sha256: sha256Of(text), data: parseYaml(text, bundled.file, 'RUBRIC_INVALID').data as RubricInput };
    const out = compiledPathFor(bundled.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(compiled));
  }

  // Every migration a bundled version declares must come from a bundled version and fit it.
  for (const [key, one] of parsed) {
    const id = key.slice(0, key.lastIndexOf('@'));
    const problems = migrationProblems(one, (version) => parsed.get(`${id}@${version}`)?.rubric, { requireSources: true });
    // A build step, not a command: the problems go into the error the build stops with.
    if (problems.length > 0) throw new Error(`bundled rubric migrations are not valid:\n${problems.map((d) => describeProblem(d, 'en').text).join('\n')}`);
  }
}

if (!upToDate('rubrics', [BUNDLED_RUBRICS.dir, join(PACKAGE_ROOT, 'src'), join(PACKAGE_ROOT, 'package-lock.json')], [COMPILED_RUBRICS])) {
  compileRubrics();
  markDone('rubrics');
}
