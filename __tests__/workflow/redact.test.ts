// Needs carry command text into reports: tokens pasted into a workflow must not come along.
import { needsFromInputs, NeedsInputError } from '../../src/workflow/inputs.js';
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { redactTokenLiterals, REDACTED_TOKEN } from '../../src/workflow/redact.js';
import { repoFilesFromRecord } from '../../src/workflow/repo-files.js';
import fc from 'fast-check';
import { vector } from '../support/vectors.js';

/** Every 8-character window of the token's own text (scheme removed). */
function fragments(token: string): string[] {
  const bare = token.replace(/^\s*(Bearer\s+)?(FlyV1\s+)?/i, '').trim();
  const out: string[] = [];
  for (let i = 0; i + 8 <= bare.length; i++) out.push(bare.slice(i, i + 8));
  return out;
}

function leaksAny(text: string, tokens: string[]): string | null {
  for (const token of tokens) for (const f of fragments(token)) if (text.includes(f)) return f;
  return null;
}

const deploy = vector('deploy_app').header_form;
const oauth = vector('oauth_fo1_token').token;
const legacy = vector('legacy_personal_token').token;
const fm1 = vector('legacy_prefixes_fm1r_fm1a').header_form;

describe('token literals in workflows', () => {
  it('redacts every Fly token shape', () => {
    for (const token of [deploy, oauth, legacy, fm1]) {
      const redacted = redactTokenLiterals(`flyctl deploy -t ${token} --remote-only`);
      expect(leaksAny(redacted, [token])).toBeNull();
      expect(redacted).toContain(REDACTED_TOKEN);
      expect(redacted).toContain('--remote-only');
    }
    expect(redactTokenLiterals('flyctl deploy --app web')).toBe('flyctl deploy --app web');
  });

  it('keeps them out of needs evidence, remote commands and opaque notes', () => {
    const text = [
      'on: push',
      'jobs:',
      '  j:',
      '    runs-on: x',
      '    steps:',
      '      - run: |',
      `          flyctl deploy -a web -t "${deploy}"`,
      `          flyctl ssh console -a web -C "curl -H 'Authorization: Bearer ${oauth}' localhost"`,
      '      - run: ./deploy.sh',
      '        env:',
      `          FLY_API_TOKEN: ${legacy}`,
      ''
    ].join('\n');
    const workflow = parseWorkflowFile('.github/workflows/x.yml', text);
    const needs = inferJobNeeds(workflow, 'j', repoFilesFromRecord({}));
    expect(needs.capabilities).toEqual(['deploy', 'ssh']);
    expect(needs.opaque).toHaveLength(1);
    expect(leaksAny(JSON.stringify(needs), [deploy, oauth, legacy])).toBeNull();
  });

  it('keeps them out of needs input errors', () => {
    let caught: unknown;
    try {
      needsFromInputs([], [`deploy,${oauth}`]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(NeedsInputError);
    const error = caught as NeedsInputError;
    expect(leaksAny(error.message, [oauth])).toBeNull();
    expect(leaksAny(JSON.stringify(error.invalid), [oauth])).toBeNull();
  });
});

describe('legacy token runs', () => {
  // The linear scan must redact exactly what the original lookaround regex matched.
  const LEGACY_SHAPE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
  const viaRegex = (text: string): string =>
    text
      .replace(/FlyV1\s+[^\s"'`]+/gi, REDACTED_TOKEN)
      .replace(/\b(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/=_-]{8,}/g, REDACTED_TOKEN)
      .replace(/\bfo1_[A-Za-z0-9_-]{8,}/g, REDACTED_TOKEN)
      .replace(LEGACY_SHAPE, REDACTED_TOKEN);

  it('replaces runs of exactly 43 token characters, and only those', () => {
    const run = (n: number): string => 'aZ9_-'.repeat(20).slice(0, n);
    for (const n of [42, 43, 44]) {
      for (const text of [run(n), ` ${run(n)} `, `x=${run(n)};${run(n)}`, `${run(n)}.${run(n)}`]) {
        expect(redactTokenLiterals(text)).toBe(viaRegex(text));
      }
    }
    expect(redactTokenLiterals(`a ${run(43)} b`)).toBe(`a ${REDACTED_TOKEN} b`);
    expect(redactTokenLiterals(`a ${run(44)} b`)).toBe(`a ${run(44)} b`);
  });

  it('agrees with the regex on random texts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(' ', '.', '=', '"', '\n', 'é', 'fo1_', 'fm2_', 'FlyV1 '),
            fc.stringMatching(/^[A-Za-z0-9_-]{38,46}$/),
            fc.string({ maxLength: 6 })
          ),
          { maxLength: 8 }
        ),
        parts => {
          const text = parts.join('');
          expect(redactTokenLiterals(text)).toBe(viaRegex(text));
        }
      )
    );
  });
});
