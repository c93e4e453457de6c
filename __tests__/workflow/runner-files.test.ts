// The readers of Makefiles, justfiles and Taskfiles behind script following, on their corners;
// and the needs check mode resolves for the token under check (its secret, what is unseen).
import { resolveNeeds } from '../../src/engine/resolve-needs.js';
import { parseJustfile } from '../../src/workflow/just-file.js';
import { expandMake, parseMakefile, UNKNOWN_TEXT } from '../../src/workflow/make-file.js';
import { repoFilesFromRecord } from '../../src/workflow/repo-files.js';
import { expandTask, parseTaskfile } from '../../src/workflow/task-file.js';

describe('Makefile reader', () => {
  const makefile = parseMakefile(
    [
      '.PHONY: all deploy',
      'define BANNER',
      'deploy:',
      '\techo not a rule',
      'endef',
      'ifeq ($(CI),true)',
      'APP := ci-app',
      'else',
      'APP := local-app',
      'endif',
      'FLAGS = --remote-only \\',
      '  --ha=false',
      'deploy: export REGION = ams',
      'deploy: build ; flyctl deploy $(FLAGS) -a $(APP)',
      '\t@echo done # comment',
      'build:',
      '\t# a comment line',
      '\tdocker build .'
    ].join('\n')
  );

  it('reads rules, inline recipes and continuation lines; skips define blocks', () => {
    expect(makefile.defaultTarget).toBe('deploy');
    const deploy = makefile.rules.get('deploy');
    expect(deploy?.prerequisites).toEqual(['build']);
    expect(deploy?.recipe.map(r => [r.text, r.line])).toEqual([
      ['flyctl deploy $(FLAGS) -a $(APP)', 14],
      ['echo done # comment', 15]
    ]);
    expect(makefile.rules.get('build')?.recipe.map(r => r.text)).toEqual(['docker build .']);
    expect(makefile.variables.get('FLAGS')).toBe('--remote-only  --ha=false');
  });

  it('expands variables (both branches kept: the last wins), $$, $@ and functions', () => {
    const context = { target: 'deploy', overrides: new Map<string, string>(), curdir: '/w' };
    expect(expandMake('flyctl deploy -a $(APP) $$HOME $@ $(CURDIR)', makefile, context)).toBe(
      'flyctl deploy -a local-app $HOME deploy /w'
    );
    expect(expandMake('$(shell git rev-parse HEAD) ${FLY_APP}', makefile, context)).toBe(
      `${UNKNOWN_TEXT} \${FLY_APP}`
    );
    const overridden = { ...context, overrides: new Map([['APP', 'cli-app']]) };
    expect(expandMake('-a $(APP)', makefile, overridden)).toBe('-a cli-app');
  });
});

describe('justfile reader', () => {
  const justfile = parseJustfile(
    [
      'set shell := ["bash", "-c"]',
      'app := "acme" + "-web"',
      'alias d := deploy',
      '',
      '[private]',
      'deploy target=app *flags: lint',
      '    @flyctl deploy -a {{target}} {{flags}}',
      '',
      'seed:',
      '    #!/usr/bin/env python3',
      '    print("hi")',
      '',
      'lint:',
      '    echo lint'
    ].join('\n')
  );

  it('reads recipes, parameters, dependencies, aliases and shebang recipes', () => {
    expect(justfile.variables.get('app')).toBe('acme-web');
    expect(justfile.defaultRecipe).toBe('deploy');
    const deploy = justfile.recipes.get('deploy');
    expect(justfile.recipes.get('d')).toBe(deploy);
    expect(deploy?.parameters).toEqual([
      { name: 'target', default: 'app', variadic: false },
      { name: 'flags', default: null, variadic: true }
    ]);
    expect(deploy?.dependencies).toEqual(['lint']);
    expect(deploy?.lines).toEqual([
      { text: 'flyctl deploy -a {{target}} {{flags}}', line: 7, column: 6 }
    ]);
    expect(justfile.recipes.get('seed')?.shebang).toBe('python3');
  });
});

describe('Taskfile reader', () => {
  it('reads shorthand tasks, cmd maps, deps and literal vars', () => {
    const taskfile = parseTaskfile(
      [
        "version: '3'",
        'vars:',
        '  APP: acme-api',
        '  SHA:',
        '    sh: git rev-parse HEAD',
        'tasks:',
        '  short: flyctl status -a {{.APP}}',
        '  deploy:',
        '    deps: [short]',
        '    cmds:',
        '      - cmd: flyctl deploy -a {{.APP}} --image-label {{.SHA}}',
        '      - |',
        '        flyctl secrets set A=1 \\',
        '          -a {{.APP}}'
      ].join('\n')
    );
    expect(taskfile).not.toBeNull();
    const deploy = taskfile?.tasks.get('deploy');
    expect(deploy?.steps.map(s => (s.kind === 'task' ? `task:${s.name}` : s.text.trim()))).toEqual([
      'task:short',
      'flyctl deploy -a {{.APP}} --image-label {{.SHA}}',
      'flyctl secrets set A=1 \\\n  -a {{.APP}}'
    ]);
    const vars = taskfile?.vars ?? new Map<string, string>();
    expect(expandTask('-a {{.APP}} {{.SHA}} {{.FLY_APP}} {{ printf "x" }}', vars)).toBe(
      `-a acme-api ${UNKNOWN_TEXT} \${FLY_APP} ${UNKNOWN_TEXT}`
    );
    expect(parseTaskfile('not: [valid')).toBeNull();
  });
});

describe('the needs of the token under check', () => {
  const workflow = [
    'on: push',
    'jobs:',
    '  j:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: fly-token-guard/fly-token-guard@v1',
    '        with:',
    '          token: ${{ secrets.FLY_OTHER }}',
    '      - run: flyctl deploy -a web',
    '        env:',
    '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
    '  quiet:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo hello',
    ''
  ].join('\n');
  const repo = repoFilesFromRecord({ '.github/workflows/ci.yml': workflow });
  const resolve = (jobId: string, apps: string[] = [], needs: string[] = []) =>
    resolveNeeds({ apps, needs, workflowPath: '.github/workflows/ci.yml', jobId, repo });

  it('a guard checking a secret no step uses: nothing of it can be seen', async () => {
    const { needs, secretName } = await resolve('j');
    expect(secretName).toBe('FLY_OTHER');
    expect(needs.capabilities).toEqual([]);
    expect(needs.opaque?.map(o => o.why)).toEqual([
      'no step shows what it does with secrets.FLY_OTHER'
    ]);
  });

  it('a job that shows no use of the token at all, a job that is not there', async () => {
    expect((await resolve('quiet')).needs.opaque?.map(o => o.detail)).toEqual(['job quiet']);
    expect((await resolve('absent')).needs.opaque?.map(o => [o.detail, o.why])).toEqual([
      ['job absent', 'not found in .github/workflows/ci.yml']
    ]);
  });

  it('declared needs leave nothing unseen', async () => {
    const { needs } = await resolve('quiet', ['web'], ['deploy']);
    expect(needs.opaque).toBeUndefined();
    expect(needs.source).toBe('input');
  });
});
