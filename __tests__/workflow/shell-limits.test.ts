// A hostile repository's scripts cannot make needs inference crash, blow the stack or run
// unbounded: nesting chosen by the script is bounded (what lies deeper is still read, or said to
// be unseen), regions are parsed in place, and a workflow interprets at most WORK_BUDGET shell
// commands (the rest is an unseen use, "too much shell to follow"). Nothing here times anything:
// each case asserts what is found.
import { inferJobNeeds, inferWorkflowNeeds } from '../../src/workflow/needs.js';
import { WORK_BUDGET } from '../../src/workflow/needs-context.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { repoFilesFromRecord } from '../../src/workflow/repo-files.js';
import { allCommands, parseShell, wordLiteral } from '../../src/workflow/shell.js';
import type { Needs } from '../../src/workflow/types.js';
import { vector } from '../support/vectors.js';

const FILE = '.github/workflows/ci.yml';
const DEEP = 100_000;
const DEPLOY = 'flyctl deploy -a acme-web';

/** A workflow whose job `j` runs `bash scripts/deploy.sh` handed FLY_API_TOKEN. */
const WORKFLOW = [
  'on: push',
  'jobs:',
  '  j:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: bash scripts/deploy.sh',
  '        env:',
  '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
  ''
].join('\n');

function needsOf(script: string, workflow = WORKFLOW): Needs {
  const parsed = parseWorkflowFile(FILE, workflow);
  expect(parsed.errors).toEqual([]);
  return inferJobNeeds(
    parsed,
    'j',
    repoFilesFromRecord({ [FILE]: workflow, 'scripts/deploy.sh': script })
  );
}

const whys = (n: Needs): string[] => (n.opaque ?? []).map(u => u.why ?? '');
const programs = (script: string): string[] =>
  allCommands(parseShell(script)).map(c => (c.words[0] ? (wordLiteral(c.words[0]) ?? '?') : ''));

describe('nesting chosen by the script', () => {
  it.each([
    ['if', 'if true; then\n', 'fi\n'],
    ['while', 'while true; do\n', 'done\n'],
    ['case', 'case x in x)\n', ';; esac\n'],
    ['( )', '( ', ' )\n'],
    ['{ }', '{ ', '; }\n'],
    ['f() { }', 'f() { ', '; }\n']
  ])(
    '%s nested 100,000 deep: parsed, and the command at the bottom is still seen',
    (_, open, close) => {
      const script = open.repeat(DEEP) + DEPLOY + '\n' + close.repeat(DEEP);
      expect(programs(script)).toContain('flyctl');
      const n = needsOf(script);
      expect(n.capabilities).toEqual(['deploy']);
      expect(n.apps).toEqual(['acme-web']);
    }
  );

  it('`( (` with a space is two subshells, `((` arithmetic', () => {
    expect(programs(`( (${DEPLOY}) )`)).toEqual(['flyctl']);
    expect(programs('(( i++ ))\necho done')).toEqual(['echo']);
  });

  it.each([
    ['$( )', 'echo ', '$(', ')'],
    ['"$( )"', 'echo "', '$("', '")']
  ])(
    '%s nested 100,000 deep: parsed, the deep part said to be unseen, never dropped',
    (_, head, open, close) => {
      const script = `${head}${open.repeat(DEEP)}${DEPLOY}${close.repeat(DEEP)}\n`;
      expect(() => parseShell(script)).not.toThrow();
      const n = needsOf(`flyctl status -a acme-web\n${script}`);
      // The status command is seen; what is nested too deep is not claimed away.
      expect(n.capabilities).toContain('read');
      expect(whys(n)).toContain('shell nested too deeply to follow');
    }
  );

  it('here-documents fed to a shell, nested 20,000 deep: bounded, the rest unseen', () => {
    const depth = 20_000;
    let script = '';
    for (let i = 0; i < depth; i++) script += `bash <<E${i}\n`;
    script += `${DEPLOY}\n`;
    for (let i = depth - 1; i >= 0; i--) script += `E${i}\n`;
    const n = needsOf(`flyctl status -a acme-web\n${script}`);
    expect(n.capabilities).toContain('read');
    expect(whys(n)).toContain('shell nested too deeply to follow');
  });

  it('every kind of nesting at once, in scripts calling scripts: bounded, never thrown', () => {
    // Blocks inside substitutions, up to each parser's limits, inside here-documents fed to a
    // shell: each limit alone allows thousands of levels at once.
    let inner = `${DEPLOY}\n`;
    for (let level = 0; level < 20; level++) {
      const blocks = 'if true; then { '.repeat(24);
      const ends = '; }; fi'.repeat(24);
      for (let sub = 0; sub < 15; sub++) inner = `${blocks}echo "$(\n${inner})"${ends}\n`;
      inner = `bash <<E${level}\n${inner}E${level}\n`;
    }
    const files: Record<string, string> = {};
    for (let i = 0; i < 10; i++) files[`scripts/s${i}.sh`] = `${inner}bash scripts/s${i + 1}.sh\n`;
    const workflow = WORKFLOW.replace('bash scripts/deploy.sh', 'bash scripts/s0.sh');
    const parsed = parseWorkflowFile(FILE, workflow);
    const n = inferJobNeeds(parsed, 'j', repoFilesFromRecord({ [FILE]: workflow, ...files }));
    expect(whys(n)).toContain('shell nested too deeply to follow');
  });

  it('a few nested here-documents and `bash -c` are still followed', () => {
    const script = `bash <<A\nsh <<'B'\nbash -c '${DEPLOY}'\nB\nA\n`;
    const n = needsOf(script);
    expect(n.capabilities).toEqual(['deploy']);
    expect(n.opaque).toBeUndefined();
  });
});

describe('size chosen by the script', () => {
  it('a statement list longer than the call stack is parsed', () => {
    const script = ':\n'.repeat(300_000) + DEPLOY + '\n';
    expect(parseShell(script)).toHaveLength(300_001);
  });

  it('20,000 `bash -c` regions: each one read at its own offsets', () => {
    const count = 20_000;
    const lines: string[] = [];
    for (let i = 0; i < count; i++) lines.push(`bash -c 'flyctl deploy -a app-${i}'`);
    const n = needsOf(lines.join('\n') + '\n');
    expect(n.apps).toHaveLength(count);
    expect(n.apps).toContain(`app-${count - 1}`);
    const last = n.evidence.find(e => e.app === `app-${count - 1}`);
    expect(last?.location).toMatchObject({ file: 'scripts/deploy.sh', line: count });
  });

  it('past the work budget: what was seen is kept, the rest is "too much shell to follow"', () => {
    const script = `${DEPLOY}\n${':\n'.repeat(WORK_BUDGET)}flyctl apps destroy acme-api -y\n`;
    const n = needsOf(script);
    expect(n.capabilities).toEqual(['deploy']);
    expect(n.apps).toEqual(['acme-web']);
    const [unseen] = n.opaque ?? [];
    expect(unseen).toMatchObject({ why: 'too much shell to follow', detail: ':' });
    expect(unseen?.location).toMatchObject({ file: 'scripts/deploy.sh' });
    // Said once, not once per command left.
    expect(whys(n)).toEqual(['too much shell to follow']);
  });

  it('the command named at the limit is scrubbed before it is cut: no token body survives', () => {
    const header = vector('deploy_app').header_form;
    const body = (header.split(',')[0] ?? '').replace(/^FlyV1 fm2_/, '');
    expect(body.length).toBeGreaterThan(100);
    const n = needsOf(`${':\n'.repeat(WORK_BUDGET)}: ${body}\n`);
    const [unseen] = n.opaque ?? [];
    expect(unseen?.why).toBe('too much shell to follow');
    for (let i = 0; i + 8 <= body.length; i++) {
      expect(unseen?.detail).not.toContain(body.slice(i, i + 8));
    }
  });

  it('the budget is the workflow’s: many jobs cannot each spend it again', () => {
    const jobs = ['on: push', 'jobs:'];
    for (let j = 0; j < 4; j++) {
      jobs.push(
        `  j${j}:`,
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: bash scripts/deploy.sh',
        '        env:',
        '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}'
      );
    }
    const workflow = jobs.join('\n') + '\n';
    const script = ':\n'.repeat(Math.ceil(WORK_BUDGET / 2)) + DEPLOY + '\n';
    const parsed = parseWorkflowFile(FILE, workflow);
    const all = inferWorkflowNeeds(
      parsed,
      repoFilesFromRecord({ [FILE]: workflow, 'scripts/deploy.sh': script })
    );
    const outOfWork = [...all.values()].filter(n => whys(n).includes('too much shell to follow'));
    expect(all.get('j0')?.capabilities).toEqual(['deploy']);
    expect(outOfWork.length).toBeGreaterThanOrEqual(2);
  });
});
