// The scan report grows with the repository, not with its square. Regression: shared-token gave
// every workflow using a shared secret a finding that listed all the secret's apps and a fix
// command per app, so 1,000 workflows produced 340 MB of findings (and 820 MiB of memory).
import type { Finding } from '../../src/rules/types.js';
import { scan } from '../scan/support.js';

/** `count` workflows, each deploying its own two apps with the same secret. */
function monorepo(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`.github/workflows/deploy-${i}.yml`] = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - uses: actions/checkout@v4
      - run: flyctl deploy -a svc-${i}-api && flyctl deploy -a svc-${i}-web
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  }
  return files;
}

const sharedFindings = (count: number): Finding[] =>
  scan(monorepo(count)).filter(f => f.rule === 'shared-token');

const size = (findings: readonly Finding[]): number => JSON.stringify(findings).length;

describe('shared-token in a large monorepo', () => {
  it('names at most 10 apps per finding and counts the rest', () => {
    const findings = sharedFindings(40);
    expect(findings).toHaveLength(40);
    for (const finding of findings) {
      expect(finding.message).toMatch(/acts on 80 apps \(svc-0-api, [^)]* and 70 more\)/);
      // One piped mint-and-store line per listed app.
      expect(finding.fix?.commands).toHaveLength(10);
      expect(finding.fix?.summary).toMatch(/first 10 of its 80 apps/);
    }
  });

  it('grows linearly: twice the workflows, about twice the report', () => {
    const small = size(sharedFindings(30));
    const large = size(sharedFindings(60));
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.3);
  });

  it('still lists every app when there are few', () => {
    const [finding] = sharedFindings(3);
    expect(finding?.message).toContain(
      '(svc-0-api, svc-0-web, svc-1-api, svc-1-web, svc-2-api, svc-2-web)'
    );
    expect(finding?.fix?.commands).toHaveLength(6);
    expect(finding?.fix?.summary).not.toMatch(/first 10/);
  });
});
