// keepSecretsReadElsewhere: a no-environment fix deletes the repository secret only when no other
// workflow of the repository reads it (by name or through `secrets: inherit` / `secrets[...]`).
import { describe, expect, test } from '@jest/globals';
import {
  ANY_SECRET,
  keepSecretsReadElsewhere,
  noEnvironmentFix
} from '../../src/rules/scan/no-environment.js';
import type { Finding } from '../../src/rules/types.js';

function finding(file: string, secret: string): Finding {
  return {
    rule: 'no-environment',
    severity: 'low',
    message: `job deploy reads ${secret}`,
    location: { file, line: 1, column: 1 },
    fix: noEnvironmentFix([secret], new Set([secret]))
  };
}
const deletes = (f: Finding | undefined): boolean =>
  (f?.fix?.commands ?? []).some(c => c === `gh secret delete ${f?.message.split(' ').pop()}`);

describe('keepSecretsReadElsewhere', () => {
  test('keeps the delete when only the finding’s own workflow reads the secret', () => {
    const findings = [finding('a.yml', 'FLY_A')];
    keepSecretsReadElsewhere(findings, [
      { path: 'a.yml', secretsRead: ['FLY_A'] },
      { path: 'b.yml', secretsRead: ['OTHER'] }
    ]);
    expect(deletes(findings[0])).toBe(true);
  });

  test('drops the delete when another workflow reads it by name or may read any secret', () => {
    const byName = [finding('a.yml', 'FLY_A')];
    keepSecretsReadElsewhere(byName, [
      { path: 'a.yml', secretsRead: ['FLY_A'] },
      { path: 'b.yml', secretsRead: ['FLY_A'] }
    ]);
    expect(deletes(byName[0])).toBe(false);
    expect(byName[0]?.fix?.summary).toMatch(/other jobs in this repository still do/);

    const inherit = [finding('a.yml', 'FLY_A')];
    keepSecretsReadElsewhere(inherit, [
      { path: 'a.yml', secretsRead: ['FLY_A', ANY_SECRET] },
      { path: 'c.yml', secretsRead: [ANY_SECRET] }
    ]);
    expect(deletes(inherit[0])).toBe(false);
  });

  test('a repository of thousands of workflows, each its own secret: every delete kept, one shared dropped', () => {
    const count = 5_000;
    const workflows = Array.from({ length: count }, (_, i) => ({
      path: `w${i}.yml`,
      secretsRead: [`FLY_${i}`, ...(i < 2 ? ['FLY_SHARED'] : [])]
    }));
    const findings = [
      ...workflows.map((w, i) => finding(w.path, `FLY_${i}`)),
      finding('w0.yml', 'FLY_SHARED')
    ];
    keepSecretsReadElsewhere(findings, workflows);
    expect(findings.slice(0, count).every(deletes)).toBe(true);
    expect(deletes(findings[count])).toBe(false);
  });
});
