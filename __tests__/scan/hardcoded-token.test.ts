// hardcoded-token: token literals committed in any text file, decoded offline, never quoted.
// Tokens come from the shared vectors (fake keys) at test time; none is written in this file.
import { findTokenLiterals, looksLikePlaceholder } from '../../src/rules/scan/index.js';
import type { Finding } from '../../src/rules/types.js';
import { fragmentsOf, findLeak } from '../support/run-action.js';
import { loadVectors, vector } from '../support/vectors.js';
import { scan } from './support.js';

function hardcoded(files: Record<string, string>): Finding[] {
  return scan(files).filter(f => f.rule === 'hardcoded-token');
}

function everythingSaid(findings: readonly Finding[]): string {
  return findings
    .map(f => [f.message, f.fix?.summary ?? '', ...(f.fix?.commands ?? [])].join('\n'))
    .join('\n');
}

describe('hardcoded-token', () => {
  test('a deploy token in an env file: critical, what it grants, where it is, never quoted', () => {
    const token = vector('deploy_app').header_form;
    const text = `# local settings\nAPP=web\nFLY_API_TOKEN="${token}"\n`;
    const findings = hardcoded({ 'config/.env': text });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('deploy token');
    expect(finding?.message).toContain('918273');
    expect(finding?.message).toContain('4455667');
    expect(finding?.message).toContain('valid until 2045-07-04');
    expect(finding?.location).toMatchObject({
      file: 'config/.env',
      line: 3,
      column: 'FLY_API_TOKEN="'.length + 1,
      endLine: 3,
      endColumn: 'FLY_API_TOKEN="'.length + 1 + token.length
    });
    expect(findLeak(everythingSaid(findings), fragmentsOf([token]))).toBeUndefined();
  });

  test('every usable vector is found in a source file and none is quoted', () => {
    // A legacy token is 43 random characters: recognised only where FLY_API_TOKEN is assigned.
    const usable = loadVectors().filter(
      v => v.truth.kind !== 'malformed' && v.name !== 'legacy_personal_token'
    );
    for (const v of usable) {
      const text = `const config = {\n  token: ${JSON.stringify(v.token)},\n};\n`;
      const findings = hardcoded({ 'src/config.ts': text });
      expect({ name: v.name, count: findings.length }).toEqual({ name: v.name, count: 1 });
      expect({
        name: v.name,
        leak: findLeak(everythingSaid(findings), fragmentsOf([v.token]))
      }).toEqual({
        name: v.name,
        leak: undefined
      });
    }
  });

  test('malformed vectors are not reported', () => {
    for (const v of loadVectors().filter(x => x.truth.kind === 'malformed')) {
      const found = hardcoded({ 'notes.md': `token: ${v.header_form}\n` });
      expect({ name: v.name, found: found.length }).toEqual({ name: v.name, found: 0 });
    }
  });

  test('personal tokens: OAuth anywhere, legacy only where FLY_API_TOKEN is assigned', () => {
    const oauth = vector('oauth_fo1_token').token;
    const legacy = vector('legacy_personal_token').token;
    expect(hardcoded({ 'a.sh': `export T=${oauth}\n` })[0]?.message).toMatch(/personal token/);
    expect(hardcoded({ 'fly.toml': `[env]\n  FLY_API_TOKEN = "${legacy}"\n` })[0]?.message).toMatch(
      /legacy personal token/
    );
    expect(hardcoded({ 'a.txt': `id: ${legacy}\n` })).toEqual([]);
  });

  test('a permission token without its discharge is high, not critical', () => {
    const findings = hardcoded({ 'x.txt': vector('deploy_missing_discharge').header_form });
    expect(findings.map(f => f.severity)).toEqual(['high']);
  });

  test('an expired token is still reported, at medium', () => {
    const findings = hardcoded({ 'old.txt': vector('org_expired_discharge').header_form });
    expect(findings.map(f => f.severity)).toEqual(['medium']);
    expect(findings[0]?.message).toContain('expired on 2025-06-29');
  });

  test('a whole FlyV1 bundle is one literal, starting at the scheme', () => {
    const header = vector('org_full').header_form;
    const literals = findTokenLiterals(`x = "${header}"`);
    expect(literals.map(l => [l.start, l.end])).toEqual([[5, 5 + header.length]]);
    expect(literals[0]?.inspection.kind).toBe('org');
  });

  test('placeholders and look-alikes are not tokens', () => {
    const sequential = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    expect(looksLikePlaceholder(sequential)).toBe(true);
    expect(looksLikePlaceholder('x'.repeat(43))).toBe(true);
    expect(looksLikePlaceholder(vector('oauth_fo1_token').token.slice(4))).toBe(false);
    const text = [
      `FLY_API_TOKEN=fo1_${sequential}`,
      'FLY_API_TOKEN=fm2_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Use `FlyV1 fm2_...` in the Authorization header.'
    ].join('\n');
    expect(hardcoded({ 'docs/tokens.md': text })).toEqual([]);
  });
});
