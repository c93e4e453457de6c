// Thousands of pull_request_target callers, each of its own called workflow (one without
// `workflow_call`, which GitHub would reject, so first digested without its jobs): the repository
// phase digests every callee again (for all its jobs) and puts it in its own place, found by path
// in a map rather than by a search of every digest per callee.
import { describe, expect, test } from '@jest/globals';
import { scanInPhases } from './support.js';

const PAIRS = 600;

function repository(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < PAIRS; i++) {
    files[`.github/workflows/r${i}.yml`] = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: flyctl deploy -a app-${i}
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    files[`.github/workflows/c${i}.yml`] = `on: [pull_request_target]
jobs:
  call:
    uses: ./.github/workflows/r${i}.yml
    secrets: inherit
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy -a app-\${i}
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  }
  return files;
}

describe('many callers, each of its own reusable workflow', () => {
  test('every caller is reported with its own callee’s checkout of the pull request', () => {
    const check = scanInPhases(repository());
    expect(check.errors).toEqual([]);
    const untrusted = check.findings.filter(
      f => f.rule === 'untrusted-trigger' && f.severity === 'critical'
    );
    expect(untrusted).toHaveLength(PAIRS);
    for (const f of untrusted) {
      const caller = /^\.github\/workflows\/c(\d+)\.yml$/.exec(f.location?.file ?? '')?.[1];
      expect(f.message).toContain(`\`.github/workflows/r${caller ?? '?'}.yml\` checks out`);
    }
    expect(new Set(check.reparsed)).toEqual(
      new Set(Array.from({ length: PAIRS }, (_, i) => `.github/workflows/r${i}.yml`))
    );
  });
});
