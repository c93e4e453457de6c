// Red team: a pull request's Taskfile, justfile or Makefile could stall the scan (and check mode)
// for minutes. `{{…}}` templates were found with `/\{\{(.*?)\}\}/`, which rescans the rest of
// the line from every `{{` without a `}}`, and Makefile rules with a lazy target followed by
// `\s*`: both quadratic in a line's length, seconds per 30 KB line, uninterruptible by the scan's
// budget. Now each is read in one pass, matching exactly what the regexes matched.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ruleOf } from '../../src/workflow/make-file.js';
import { replaceTemplates } from '../../src/workflow/templates.js';
import { runAction } from '../support/run-action.js';

const TEMPLATE = /\{\{(.*?)\}\}/g;
const RULE = /^([^:=#\t][^:=#]*?)\s*::?(?!=)\s*(.*)$/;

describe('one-pass readers match the regexes they replace', () => {
  const textOf = (chars: string[]) =>
    fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map(parts => parts.join(''));

  it('templates: the same replacements as /\\{\\{(.*?)\\}\\}/g', () => {
    fc.assert(
      fc.property(textOf(['{', '}', '{{', '}}', 'a', ' ', '\n', '\r', '.X', '\u2028']), text => {
        const mark = (inner: string) => `<${inner}>`;
        expect(replaceTemplates(text, mark)).toBe(
          text.replace(TEMPLATE, (_m, inner: string) => mark(inner))
        );
      }),
      { numRuns: 3000 }
    );
  });

  it('Makefile rules: the same target and rest as the rule regex', () => {
    fc.assert(
      fc.property(textOf([':', '::', '=', '#', '\t', ' ', 'a', 'b', '\r', '$', '\u00a0']), line => {
        const match = RULE.exec(line);
        expect(ruleOf(line)).toEqual(match ? [match[1], match[2]] : null);
      }),
      { numRuns: 3000 }
    );
  });
});

describe('scan mode: task runner files built to be slow', () => {
  let workspace = '';
  // Thirty 30,000-character lines per file: minutes for the quadratic regexes, milliseconds now.
  const LINES = 30;
  const WIDE = 30_000;

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-slow-files-'));
    const lines = (make: (i: number) => string) => Array.from({ length: LINES }, (_, i) => make(i));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
    writeFileSync(
      path.join(workspace, 'Taskfile.yml'),
      'version: "3"\ntasks:\n  deploy:\n    cmds:\n      - fly deploy -a shop-task\n' +
        lines(() => `      - "echo ${'{'.repeat(WIDE)}"`).join('\n') +
        '\n'
    );
    writeFileSync(
      path.join(workspace, 'justfile'),
      'deploy:\n    fly deploy -a shop-just\n' +
        lines(() => `    echo ${'{{'.repeat(WIDE / 2)}`).join('\n') +
        '\n'
    );
    writeFileSync(
      path.join(workspace, 'Makefile'),
      lines(i => `x${' '.repeat(WIDE)}y${i}`).join('\n') + '\ndeploy:\n\tfly deploy -a shop-make\n'
    );
    writeFileSync(
      path.join(workspace, '.github/workflows/deploy.yml'),
      `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - run: task deploy && just deploy && make deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`
    );
  });

  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('reads every file to the end and infers the deploys from all three', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', 'fail-on': 'never' },
      // The scan's own budget: generous, so only the readers' speed decides.
      env: { FLY_TOKEN_GUARD_SCAN_BUDGET_SECONDS: '600' }
    });
    expect(run.exitCode).toBe(0);
    expect(run.summary).not.toMatch(/time budget|work budget/);
    for (const app of ['shop-task', 'shop-just', 'shop-make']) expect(run.summary).toContain(app);
  });
});
