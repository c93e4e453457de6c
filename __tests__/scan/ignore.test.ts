// The ignore file, inline ignore comments, and workflow-parse-error.
import {
  applyIgnores,
  globToRegExp,
  inlineDirectiveLines,
  isIgnoredInline,
  parseIgnoreFile
} from '../../src/rules/scan/index.js';
import type { Finding } from '../../src/rules/types.js';
import { scan } from './support.js';

const at = (rule: string, file: string, line = 1): Finding => ({
  rule,
  severity: 'high',
  message: 'm',
  location: { file, line, column: 1 }
});

describe('globToRegExp (gitignore-like)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['examples/tokens/**', 'examples/tokens/a.token', true],
    ['examples/tokens/**', 'examples/tokens/deep/b.token', true],
    ['examples/tokens/**', 'other/examples/tokens/a.token', false],
    ['*.env', '.env.local', false],
    ['*.env', 'config/prod.env', true],
    ['docs/', 'docs/a.md', true],
    ['docs/', 'src/docs/a.md', true],
    ['/docs', 'docs/a.md', true],
    ['/docs', 'src/docs/a.md', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/x/a.ts', false],
    ['**/fixtures/*.yml', 'a/b/fixtures/c.yml', true],
    ['a/**/b.txt', 'a/b.txt', true],
    ['a/**/b.txt', 'a/x/y/b.txt', true],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file12.txt', false],
    ['fixtures', 'test/fixtures/x.yml', true]
  ];
  test.each(cases)('%s vs %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('.fly-token-guard-ignore', () => {
  const file = parseIgnoreFile(`# comment
examples/tokens/**   hardcoded-token
legacy/              no-environment, pull-request-exposure

docs/**
!keep.yml
bad/*   Not_A_Rule
`);

  test('parses patterns with optional rule lists, and reports unusable lines', () => {
    expect(file.entries.map(e => [e.pattern, e.rules])).toEqual([
      ['examples/tokens/**', ['hardcoded-token']],
      ['legacy/', ['no-environment', 'pull-request-exposure']],
      ['docs/**', []]
    ]);
    expect(file.problems).toEqual([
      expect.stringContaining(':6: negated patterns'),
      expect.stringContaining(':7: not a rule id: `Not_A_Rule`')
    ]);
  });

  test('silences only the named rules on matching paths; a bare pattern silences all', () => {
    const findings = [
      at('hardcoded-token', 'examples/tokens/org.token'),
      at('token-leak', 'examples/tokens/org.token'),
      at('no-environment', 'legacy/ci.yml'),
      at('unpinned-action', 'legacy/ci.yml'),
      at('untrusted-trigger', 'docs/example.yml'),
      at('hardcoded-token', 'src/config.ts')
    ];
    const { kept, ignored } = applyIgnores(findings, file, () => undefined);
    expect(kept.map(f => `${f.rule} ${f.location?.file}`)).toEqual([
      'token-leak examples/tokens/org.token',
      'unpinned-action legacy/ci.yml',
      'hardcoded-token src/config.ts'
    ]);
    expect(ignored).toHaveLength(3);
  });
});

describe('inline ignore comments', () => {
  const lines = [
    'jobs:', // 1
    '  a:', // 2
    '    runs-on: x # fly-token-guard: ignore[no-environment]', // 3
    '    # fly-token-guard: ignore[token-leak, hardcoded-token]', // 4
    '    run: echo', // 5
    '    env: x # fly-token-guard: ignore', // 6
    '    other: y', // 7
    '    # an unrelated comment' // 8
  ];

  test('on the line itself, or alone on the line above', () => {
    expect(isIgnoredInline(lines, 3, 'no-environment')).toBe(true);
    expect(isIgnoredInline(lines, 3, 'token-leak')).toBe(false);
    expect(isIgnoredInline(lines, 5, 'token-leak')).toBe(true);
    expect(isIgnoredInline(lines, 5, 'hardcoded-token')).toBe(true);
    expect(isIgnoredInline(lines, 5, 'no-environment')).toBe(false);
    expect(isIgnoredInline(lines, 6, 'anything')).toBe(true);
    // A directive at the end of a code line does not reach the next line.
    expect(isIgnoredInline(lines, 7, 'anything')).toBe(false);
    expect(isIgnoredInline(lines, 2, 'no-environment')).toBe(false);
  });

  test('silences a real finding in a workflow', () => {
    const text = `on: push
jobs:
  deploy: # fly-token-guard: ignore[no-environment]
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const findings = scan({ '.github/workflows/ci.yml': text });
    expect(findings.map(f => f.rule)).toEqual(['no-environment']);
    const { kept, ignored } = applyIgnores(findings, parseIgnoreFile(''), () => text.split('\n'));
    expect(kept).toEqual([]);
    expect(ignored.map(f => f.rule)).toEqual(['no-environment']);
  });
});

describe('workflow-parse-error', () => {
  test('broken YAML is a low finding with its position; the scan goes on', () => {
    const broken = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "unterminated
        env: [oops
`;
    const fine = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const findings = scan({
      '.github/workflows/broken.yml': broken,
      '.github/workflows/fine.yml': fine
    });
    const errors = findings.filter(f => f.rule === 'workflow-parse-error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every(f => f.severity === 'low')).toBe(true);
    expect(errors[0]?.location?.file).toBe('.github/workflows/broken.yml');
    expect(errors[0]?.location?.line).toBeGreaterThanOrEqual(6);
    expect(errors[0]?.location?.column).toBeGreaterThanOrEqual(1);
    // The other workflow is still checked.
    expect(
      findings.some(
        f => f.rule === 'no-environment' && f.location?.file === '.github/workflows/fine.yml'
      )
    ).toBe(true);
  });

  test('a schema problem (valid YAML) is info, at the offending key', () => {
    const text = `on: push
permissionz: read-all
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`;
    const errors = scan({ '.github/workflows/ci.yml': text }).filter(
      f => f.rule === 'workflow-parse-error'
    );
    expect(errors.map(f => [f.severity, f.location?.line, f.location?.column])).toEqual([
      ['info', 2, 1]
    ]);
    expect(errors[0]?.message).toContain('permissionz');
  });

  test('broken action files are reported too', () => {
    const errors = scan({ 'deploy/action.yml': 'runs:\n  using: composite\n  steps: [\n' }).filter(
      f => f.rule === 'workflow-parse-error'
    );
    expect(errors.map(f => f.location?.file)).toContain('deploy/action.yml');
  });
});

describe('inlineDirectiveLines (taken while a file is read)', () => {
  const rules = ['hardcoded-token', 'token-leak', 'no-environment'];
  const texts = [
    'a: 1\nb: 2\n',
    'x: 1 # fly-token-guard: ignore\ny: 2\n',
    '# fly-token-guard: ignore[token-leak]\nrun: echo $T\r\nz: 3 # fly-token-guard:ignore[hardcoded-token, no-environment]\n',
    'steps:\n  - run: x\n    # fly-token-guard: ignore[no-environment]\n    env: {}\n// fly-token-guard: ignore\nlast',
    'say fly-token-guard: but not ignore\n'
  ];
  test.each(texts)('silences exactly what the full lines silence: %j', text => {
    const full = text.split(/\r?\n/);
    const sparse = inlineDirectiveLines(text) ?? [];
    for (let line = 1; line <= full.length + 1; line++) {
      for (const rule of rules) {
        expect(isIgnoredInline(sparse, line, rule)).toBe(isIgnoredInline(full, line, rule));
      }
    }
  });

  test('keeps only the directive lines, and nothing for a text without one', () => {
    expect(inlineDirectiveLines('a: 1\nb: 2\n')).toBeUndefined();
    expect(inlineDirectiveLines('fly-token-guard: maybe\n')).toBeUndefined();
    const kept = inlineDirectiveLines('a\nb # fly-token-guard: ignore\nc\n') ?? [];
    expect(Object.keys(kept)).toEqual(['1']);
    expect(kept[1]).toBe('b # fly-token-guard: ignore');
  });
});
