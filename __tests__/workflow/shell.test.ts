// The run-script parser: structure, assignments, redirections, offsets; and no input makes it
// (or the workflow parser) throw.
import fc from 'fast-check';
import { findFlyInvocations } from '../../src/workflow/fly-commands.js';
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { repoFilesFromRecord } from '../../src/workflow/repo-files.js';
import {
  allCommands,
  parseShell,
  wordLiteral,
  type SimpleCommand
} from '../../src/workflow/shell.js';

function commands(script: string): SimpleCommand[] {
  return allCommands(parseShell(script));
}

describe('parseShell', () => {
  it('builds if / elif / else clauses', () => {
    const [statement] = parseShell('if a; then b; elif c; then d; else e; fi');
    expect(statement?.kind).toBe('if');
    if (statement?.kind !== 'if') return;
    expect(statement.clauses.map(c => c.condition.length)).toEqual([1, 1]);
    expect(statement.elseBody).toHaveLength(1);
  });

  it('builds for loops with their variable and items', () => {
    const [loop] = parseShell('for app in web "api" $OTHER; do echo "$app"; done');
    expect(loop?.kind).toBe('loop');
    if (loop?.kind !== 'loop') return;
    expect(loop.variable).toBe('app');
    expect(loop.items.map(w => w.raw)).toEqual(['web', '"api"', '$OTHER']);
    expect(loop.body).toHaveLength(1);
  });

  it('splits assignments from words, quoted or not', () => {
    const [cmd] = commands('A=1 B="two words" C= env');
    expect(cmd?.assignments.map(a => [a.name, a.value ? wordLiteral(a.value) : null])).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', '']
    ]);
    expect(cmd?.words.map(w => wordLiteral(w))).toEqual(['env']);
    // A quoted `NAME=` is a word, not an assignment.
    expect(commands('"A=1" cmd')[0]?.assignments).toEqual([]);
  });

  it('keeps redirections and here-document bodies with their offsets', () => {
    const script =
      'echo "k=v" >> "$GITHUB_OUTPUT"\ncat <<EOF > f.txt\nbody ${{ secrets.X }}\nEOF\n';
    const [echo, cat] = commands(script);
    expect(echo?.redirects.map(r => [r.op, r.target?.raw])).toEqual([['>>', '"$GITHUB_OUTPUT"']]);
    const heredoc = cat?.redirects.find(r => r.heredoc)?.heredoc;
    expect(heredoc?.body).toBe('body ${{ secrets.X }}\n');
    expect(script.slice(heredoc?.start, heredoc?.end)).toBe('body ${{ secrets.X }}\n');
  });

  it('gives each command its offsets in the script', () => {
    const script = 'set -e\n  cd api && fly deploy \\\n    --remote-only  # deploy\n';
    const found = commands(script).map(c => script.slice(c.start, c.end));
    expect(found).toEqual(['set -e', 'cd api', 'fly deploy \\\n    --remote-only']);
  });

  it('reads case arms and subshells', () => {
    const script = 'case "$x" in\n  a|b) echo ab ;;\n  *) (cd y; echo z) ;;\nesac';
    expect(commands(script).map(c => c.words.map(w => wordLiteral(w)).join(' '))).toEqual([
      'echo ab',
      'cd y',
      'echo z'
    ]);
  });
});

describe('never throws', () => {
  const shellish = fc
    .array(
      fc.constantFrom(
        'fly',
        'flyctl',
        'deploy',
        '-a',
        '--app=',
        'x',
        ' ',
        '\n',
        '\\\n',
        "'",
        '"',
        '$(',
        ')',
        '`',
        '${{',
        '}}',
        '${',
        '}',
        '&&',
        '||',
        ';',
        '|',
        '<<EOF',
        'EOF',
        'if',
        'then',
        'fi',
        'for',
        'do',
        'done',
        'case',
        'esac',
        '((',
        '#',
        '=',
        '[[',
        ']]'
      ),
      { maxLength: 60 }
    )
    .map(parts => parts.join(''));

  it('parseShell and findFlyInvocations accept any script', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), shellish), script => {
        const found = findFlyInvocations(parseShell(script), script);
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(script.length);
        }
      }),
      { numRuns: 400 }
    );
  });

  it('parseWorkflowFile and inferJobNeeds accept any text', () => {
    const yamlish = fc
      .array(
        fc.constantFrom(
          'on: push\n',
          'jobs:\n',
          '  a:\n',
          '    steps:\n',
          '      - run: ',
          'fly deploy',
          '|\n',
          '  ',
          '\t',
          ': ',
          '- ',
          '[',
          ']',
          '{',
          '}',
          '"',
          "'",
          '&x ',
          '*x ',
          '${{ secrets.X }}',
          '\n'
        ),
        {
          maxLength: 40
        }
      )
      .map(parts => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), yamlish), text => {
        const workflow = parseWorkflowFile('.github/workflows/x.yml', text);
        expect(Array.isArray(workflow.errors)).toBe(true);
        for (const job of workflow.jobs) inferJobNeeds(workflow, job.id, repoFilesFromRecord({}));
      }),
      { numRuns: 300 }
    );
  });
});
