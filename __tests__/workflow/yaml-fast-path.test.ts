// The js-yaml fast path of readYamlTree must give exactly the tree the `yaml` library path gives
// (values, ranges, sources, block headers), and parseWorkflowFile must give the same result
// (problems included) whichever path read the file. It must also actually be taken for ordinary
// workflows, or the speed-up silently disappears.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseActionFile, parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { readYamlTreeFast, resolvePlain } from '../../src/workflow/yaml-fast-tree.js';
import {
  MAX_YAML_EXPANDED_CHARS,
  MAX_YAML_NODES,
  readYamlTree,
  setDefaultYamlReadPath,
  type YamlTree
} from '../../src/workflow/yaml-tree.js';
import { yamlish } from '../hardening/workflow-fuzz.js';
import { CORPUS_DIR } from './corpus.js';

const LIMITS = { maxNodes: MAX_YAML_NODES, maxExpandedChars: MAX_YAML_EXPANDED_CHARS };

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out.sort();
}

const repoRoot = process.cwd();
const corpusFiles = yamlFiles(CORPUS_DIR);
const localFiles = [
  ...yamlFiles(path.join(repoRoot, 'examples')),
  ...yamlFiles(path.join(repoRoot, '__tests__/fixtures'))
];

/** A tree without its reader (a live parser object, not data). */
function withoutReader(tree: YamlTree): YamlTree {
  const copy = { ...tree };
  delete copy.reader;
  return copy;
}

/** The `yaml` path's tree without its reader (a live parser object, not data). */
function slowTree(text: string): YamlTree {
  return withoutReader(readYamlTree(text, { path: 'yaml' }));
}

function fastTree(text: string): YamlTree | undefined {
  const tree = readYamlTreeFast(text, LIMITS);
  return tree ? withoutReader(tree) : undefined;
}

function parseBothWays(file: string, text: string) {
  const isAction = /(^|\/)action\.ya?ml$/.test(file);
  const parse = () => (isAction ? parseActionFile(file, text) : parseWorkflowFile(file, text));
  const previous = setDefaultYamlReadPath('yaml');
  try {
    const slow = parse();
    setDefaultYamlReadPath('auto');
    const fast = parse();
    return { slow, fast };
  } finally {
    setDefaultYamlReadPath(previous);
  }
}

/** Compares both paths on one text; true when the fast path was taken. */
function expectSameBothWays(file: string, text: string): boolean {
  const fast = fastTree(text);
  if (fast) expect(fast).toEqual(slowTree(text));
  const { slow, fast: viaAuto } = parseBothWays(file, text);
  expect(viaAuto).toEqual(slow);
  return fast !== undefined;
}

describe('yaml fast path: same tree and same parse as the yaml library', () => {
  it.each(corpusFiles.map(f => [path.basename(f), f]))('corpus %s', (_name, file) => {
    expectSameBothWays(`.github/workflows/${path.basename(file)}`, readFileSync(file, 'utf8'));
  });

  it.each(localFiles.map(f => [path.relative(repoRoot, f), f]))('local %s', (name, file) => {
    expectSameBothWays(name, readFileSync(file, 'utf8'));
  });

  it('is taken for at least 90% of the corpus', () => {
    const taken = corpusFiles.filter(f => readYamlTreeFast(readFileSync(f, 'utf8'), LIMITS));
    expect(corpusFiles.length).toBeGreaterThan(20);
    expect(taken.length / corpusFiles.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same result on generated bench-like workflows (and takes the fast path)', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(benchLikeWorkflow, text => {
        runs++;
        if (expectSameBothWays('.github/workflows/gen.yml', text)) taken++;
      }),
      { numRuns: 150, seed: 7 }
    );
    expect(taken).toBeGreaterThanOrEqual(Math.floor(runs * 0.9));
  });

  it('gives the same result on yaml-ish fuzz documents', () => {
    fc.assert(
      fc.property(yamlish, text => {
        expectSameBothWays('.github/workflows/fuzz.yml', text);
      }),
      { numRuns: 300, seed: 11 }
    );
  });

  it('falls back where it cannot promise the same tree', () => {
    const cases = [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      'a: 1\na: 2\n', // duplicate keys (js-yaml rejects them, yaml keeps both)
      'a: 1\r\nb: 2\r\n', // CRLF
      '---\na: 1\n', // document markers
      '? a\n: 1\n', // explicit keys
      'a: [1\n' // broken YAML: the yaml library's errors are the reference
    ];
    for (const text of cases) {
      expect(readYamlTreeFast(text, LIMITS)).toBeUndefined();
      expect(withoutReader(readYamlTree(text))).toEqual(slowTree(text));
    }
  });

  it('resolves plain scalars with the YAML 1.2 core schema', () => {
    const cases = [
      'on',
      'yes',
      'No',
      'off',
      '017',
      '0o17',
      '0x1F',
      '1_000',
      '2024-01-01',
      '~',
      'Null'
    ];
    cases.push('TRUE', 'False', '.inf', '-.Inf', '.NaN', '1e3', '+12', '-0.5', '3.', '.5');
    for (const source of cases) {
      const fast = readYamlTreeFast(`k: ${source}\n`, LIMITS);
      const slow = slowTree(`k: ${source}\n`);
      expect(fast?.root).toEqual(slow.root);
      const entry = slow.root?.kind === 'map' ? slow.root.entries[0] : undefined;
      expect(entry?.value.kind === 'scalar' ? entry.value.value : 'missing').toEqual(
        resolvePlain(source)
      );
    }
  });
});

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const comment = fc.constantFrom('', ' # note', '  # trailing comment');
const scalar = fc.oneof(
  word,
  fc.constantFrom('true', 'false', '20', '3.10', 'null', '~', "'quoted'", '"dq ${{ x }}"', 'on'),
  word.map(w => `\${{ secrets.${w.replace(/-/g, '_').toUpperCase()} }}`)
);
const script = fc
  .array(
    fc.constantFrom('echo hi', 'npm ci', 'flyctl deploy --remote-only', '', 'if x; then y; fi'),
    {
      minLength: 1,
      maxLength: 5
    }
  )
  .map(lines => lines.map(l => (l ? `          ${l}` : '')).join('\n'));
const step = fc.oneof(
  fc.tuple(word, comment).map(([w, c]) => `      - uses: actions/${w}@v4${c}`),
  fc
    .tuple(word, scalar, comment)
    .map(([w, v, c]) => `      - name: ${w}\n        with:\n          ${w}: ${v}${c}`),
  fc
    .tuple(fc.constantFrom('|', '|-', '>', '|+'), script, comment)
    .map(([h, s, c]) => `      - run: ${h}${c}\n${s}`),
  fc.tuple(word).map(([w]) => `      # - uses: disabled/${w}@v1`),
  fc.constantFrom('', '      - name: empty\n        env:', '      - run: echo ${{ env.X }}')
);
const job = fc
  .tuple(word, fc.array(step, { minLength: 1, maxLength: 6 }), fc.boolean(), comment)
  .map(
    ([id, steps, matrix, c]) =>
      `  ${id}:${c}\n    runs-on: ubuntu-latest\n` +
      (matrix ? '    strategy:\n      matrix:\n        node: [18, 20]\n' : '') +
      `    steps:\n${steps.join('\n')}`
  );
const benchLikeWorkflow = fc
  .tuple(word, fc.array(job, { minLength: 1, maxLength: 3 }), comment, fc.boolean())
  .map(
    ([name, jobs, c, flowOn]) =>
      `name: ${name}\n` +
      (flowOn
        ? 'on: [push, pull_request]\n'
        : `on:\n  push:\n    branches: [main]${c}\n  workflow_dispatch:${c}\n`) +
      `permissions:\n  contents: read\nenv:\n  NODE: 20\njobs:\n${jobs.join('\n')}\n`
  );
