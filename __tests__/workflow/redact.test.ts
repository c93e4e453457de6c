// Needs carry command text into reports: tokens pasted into a workflow must not come along.
import { needsFromInputs, NeedsInputError } from '../../src/workflow/inputs.js';
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { scrubTokenForms, SCRUBBED } from '../../src/token/scrub.js';
import { repoFilesFromRecord } from '../../src/workflow/repo-files.js';
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
      const redacted = scrubTokenForms(`flyctl deploy -t ${token} --remote-only`);
      expect(leaksAny(redacted, [token])).toBeNull();
      expect(redacted).toContain(SCRUBBED);
      expect(redacted).toContain('--remote-only');
    }
    expect(scrubTokenForms('flyctl deploy --app web')).toBe('flyctl deploy --app web');
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
  const run = (n: number): string => 'aZ9_-kQ3x7PmW2'.repeat(4).slice(0, n);

  it('replaces a run of exactly 43 random token characters, and only that', () => {
    expect(scrubTokenForms(`a ${run(43)} b`)).toBe(`a ${SCRUBBED} b`);
    expect(scrubTokenForms(`x=${run(43)};${run(43)}`)).toBe(`x=${SCRUBBED};${SCRUBBED}`);
    for (const n of [42, 44]) expect(scrubTokenForms(`a ${run(n)} b`)).toBe(`a ${run(n)} b`);
  });

  it('leaves 43-character words a person typed (placeholders, one letter repeated)', () => {
    for (const word of ['x'.repeat(43), 'your-fly-token-goes-here-your-fly-token-goe']) {
      expect(word).toHaveLength(43);
      expect(scrubTokenForms(`FLY_API_TOKEN=${word}`)).toBe(`FLY_API_TOKEN=${word}`);
    }
  });
});
