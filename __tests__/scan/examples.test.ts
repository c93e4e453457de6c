// The example workflows we ship must pass our own scan: nothing above `low`. They use
// `fly-token-guard/fly-token-guard@v1` on purpose (with a note to pin it), which is the one
// `low` finding they are allowed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { severityRank } from '../../src/rules/types.js';
import { scanInPhases } from './support.js';

const examples = readdirSync(path.resolve('examples'))
  .filter(name => /\.ya?ml$/.test(name))
  .sort();

function scanExample(name: string) {
  const text = readFileSync(path.resolve('examples', name), 'utf8');
  // As a user would place it: in .github/workflows/.
  const file = `.github/workflows/${name}`;
  return scanInPhases({ [file]: text, 'fly.toml': 'app = "my-app"\n' });
}

describe('example workflows pass the scan', () => {
  test('there are examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  test.each(examples)('%s has nothing above low', name => {
    const { findings, errors } = scanExample(name);
    expect(errors).toEqual([]);
    const aboveLow = findings.filter(f => severityRank(f.severity) > severityRank('low'));
    expect(aboveLow.map(f => `${f.rule}@${f.location?.line}: ${f.message}`)).toEqual([]);
    // The only low finding allowed: the unpinned fly-token-guard reference the examples explain.
    for (const f of findings) {
      expect(`${f.rule} ${f.message}`).toMatch(
        /^unpinned-action .*fly-token-guard\/fly-token-guard@v1/
      );
    }
  });

  test('the scan did look: examples that hand a token to our action get the pin reminder', () => {
    const { findings } = scanExample('guard-before-deploy.yml');
    expect(findings.map(f => [f.rule, f.severity])).toEqual([['unpinned-action', 'low']]);
  });
});
