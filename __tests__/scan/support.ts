// Scanning in-memory repositories: files by path, parsed and checked by the scan rules alone.
import { digestWorkflow } from '../../src/rules/scan/digest.js';
import { hardcodedTokenFindings } from '../../src/rules/scan/hardcoded-token.js';
import { checkRepositoryDigests, type RepositoryCheck } from '../../src/rules/scan/repository.js';
import type { Finding } from '../../src/rules/types.js';
import { repoFilesFromRecord } from '../../src/workflow/index.js';

export const NOW = new Date('2026-01-01T00:00:00Z');

const isWorkflow = (path: string): boolean => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);

/**
 * The scan in two phases, as `runScan` does it: each workflow digested on its own, then the
 * repository phase over the digests.
 */
export function scanInPhases(files: Record<string, string>, now: Date = NOW): RepositoryCheck {
  const repo = repoFilesFromRecord(files);
  const all = Object.entries(files).map(([path, text]) => ({ path, text }));
  return checkRepositoryDigests({
    digests: all
      .filter(f => isWorkflow(f.path))
      .map(({ path, text }) => digestWorkflow({ path, text, repo, now })),
    actions: all.filter(f => /(^|\/)action\.ya?ml$/.test(f.path)),
    hardcoded: {
      ok: true,
      value: [...all]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .flatMap(f => hardcodedTokenFindings(f, now))
    },
    now,
    redigest: (path, again) => {
      const text = files[path];
      return text === undefined ? undefined : digestWorkflow({ path, text, repo, now, ...again });
    }
  });
}

/** The scan's findings (`scanInPhases`); a rule that stopped early fails the test. */
export function scan(files: Record<string, string>): Finding[] {
  const { findings, errors } = scanInPhases(files);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return findings;
}

/** Findings of one rule, as `rule@line:column`. */
export function placesOf(findings: readonly Finding[], rule: string): string[] {
  return findings
    .filter(f => f.rule === rule)
    .map(f => `${f.location?.line ?? '?'}:${f.location?.column ?? '?'}`);
}

export function rulesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map(f => f.rule))].sort();
}

/** A one-workflow repository at `.github/workflows/ci.yml`. */
export function workflow(text: string): Record<string, string> {
  return { '.github/workflows/ci.yml': text };
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex(l => l.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

/** The 1-based column of `needle` in the first line containing it. */
export function columnOf(text: string, needle: string): number {
  const line = text.split('\n').find(l => l.includes(needle)) ?? '';
  return line.indexOf(needle) + 1;
}
