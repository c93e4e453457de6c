// The workflow is read once, by GitHub's workflow parser: the tree's values and positions are the
// tokens of GitHub's YAML reader, and the problems parseWorkflowFile reports are exactly those of
// GitHub's `parseWorkflow` (message and place), whether the file is valid, breaks the schema or
// is not YAML at all. Where the reader's event stream drops something (a key without a value, an
// unresolved alias), the tree still keeps it.
import fc from 'fast-check';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import type { TokenRange } from '@actions/workflow-parser/templates/tokens/token-range';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import {
  ALIASES_SKIPPED_MESSAGE,
  MAX_VALIDATED_EXPRESSIONS,
  parseWorkflowFile
} from '../../src/workflow/parse-workflow.js';
import {
  firstLine,
  keyText,
  mapGet,
  readYamlTree,
  type YamlNode
} from '../../src/workflow/yaml-tree.js';
import { mutatedCorpus } from '../hardening/workflow-fuzz.js';
import { corpusEntries } from './corpus.js';

const FILE = '.github/workflows/x.yml';
const yamlFiles = corpusEntries().filter(e => /\.ya?ml$/.test(e.path));

type Seen = { kind: string; value?: unknown; range: TokenRange | undefined };

/** GitHub's reader's events, in document order: literals (keys included), collection starts. */
function githubTokens(text: string): Seen[] {
  const reader = new YamlObjectReader(undefined, text);
  const out: Seen[] = [];
  reader.validateStart();
  for (;;) {
    const literal = reader.allowLiteral();
    if (literal) {
      const value = (literal as { value?: unknown }).value;
      out.push({ kind: 'scalar', value: value ?? null, range: literal.range });
      continue;
    }
    const map = reader.allowMappingStart();
    if (map) {
      out.push({ kind: 'map', range: map.range });
      continue;
    }
    const seq = reader.allowSequenceStart();
    if (seq) {
      out.push({ kind: 'seq', range: seq.range });
      continue;
    }
    if (!reader.allowMappingEnd() && !reader.allowSequenceEnd()) break;
  }
  return out;
}

/** The tree in the same order. */
function treeTokens(node: YamlNode | undefined, out: Seen[] = []): Seen[] {
  if (!node) return out;
  if (node.kind === 'scalar') {
    out.push({ kind: 'scalar', value: node.value, range: node.range });
  } else if (node.kind === 'map') {
    out.push({ kind: 'map', range: node.range });
    for (const entry of node.entries) {
      treeTokens(entry.key, out);
      treeTokens(entry.value, out);
    }
  } else {
    out.push({ kind: 'seq', range: node.range });
    for (const item of node.items) treeTokens(item, out);
  }
  return out;
}

/** GitHub's `parseWorkflow` problems, as parseWorkflowFile words and places them. */
function githubProblems(text: string) {
  const { context } = parseWorkflow({ name: FILE, content: text }, new NoOperationTraceWriter());
  return context.errors.getErrors().map(e => ({
    message: firstLine(e.rawMessage),
    line: e.range?.start.line ?? 1,
    column: e.range?.start.column ?? 1
  }));
}

function ourProblems(text: string) {
  return parseWorkflowFile(FILE, text).errors.map(e => ({
    message: e.message,
    line: e.location.line,
    column: e.location.column
  }));
}

describe("the tree is GitHub's reading", () => {
  it.each(yamlFiles.map(e => [e.file, e.text] as const))(
    'values and positions of %s are those of GitHub’s tokens',
    (_name, text) => {
      const tree = readYamlTree(text);
      expect(tree.truncated).toBe(false);
      expect(treeTokens(tree.root)).toEqual(githubTokens(text));
    }
  );

  it('gives the tree with GitHub’s reader, its events unread, for the schema check', () => {
    const tree = readYamlTree('on: push\njobs: {}\n');
    expect(tree.reader).toBeInstanceOf(YamlObjectReader);
    tree.reader?.validateStart();
    expect(tree.reader?.allowMappingStart()?.range?.start).toEqual({ line: 1, column: 1 });
  });

  it('counts lines as the YAML reader does (CRLF; a lone CR is not a break)', () => {
    for (const text of [
      'a: 1\r\nb:\r\n  - x\r\n',
      'a: 1\rb: 2\n',
      'a: |\r\n  x\r\n  y\r\nb: 2\r\n'
    ]) {
      expect(treeTokens(readYamlTree(text).root)).toEqual(githubTokens(text));
    }
  });
});

describe("every problem is GitHub's", () => {
  it.each(
    yamlFiles.filter(e => e.path.startsWith('.github/workflows/')).map(e => [e.file, e.text])
  )('%s', (_name, text) => {
    expect(ourProblems(text)).toEqual(githubProblems(text));
  });

  it.each([
    [
      'an unknown top-level key',
      'on: push\nfoo: 1\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n'
    ],
    ['a job without runs-on', 'on: push\njobs:\n  a:\n    steps:\n      - run: a\n'],
    ['steps as a mapping', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      run: a\n'],
    [
      'a key given twice, in another case',
      'on: push\njobs:\n  a:\n    runs-on: x\n    RUNS-ON: y\n    steps:\n      - run: a\n'
    ],
    [
      'an unknown context',
      'on: push\njobs:\n  a:\n    runs-on: ${{ nope.x }}\n    steps:\n      - run: a\n'
    ],
    [
      'secrets where they are not allowed',
      'on: push\njobs:\n  a:\n    runs-on: ${{ secrets.X }}\n    steps:\n      - run: a\n'
    ],
    [
      'an unclosed expression',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ github.sha\n'
    ],
    [
      'a broken expression',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ github.ref == }}\n'
    ],
    [
      'an insert directive',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ${{ insert }}\n'
    ],
    [
      'a step with run and uses',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n        uses: b@v1\n'
    ],
    ['a number where a mapping belongs', 'on: push\njobs:\n  a: 1\n'],
    [
      'value-less keys in a flow mapping',
      'on: {push, pull_request}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n'
    ]
  ])('reports %s as GitHub does, as a schema problem', (_what, text) => {
    const problems = parseWorkflowFile(FILE, text).errors;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every(p => p.kind === 'schema')).toBe(true);
    expect(ourProblems(text)).toEqual(githubProblems(text));
  });

  it('finds nothing in a valid file with a quoted literal expression and typed values', () => {
    const text =
      "on: push\njobs:\n  a:\n    runs-on: ${{ 'ubuntu' }}\n    timeout-minutes: 5\n" +
      '    env:\n      N: 20\n      B: true\n      Z: null\n      ${{ github.sha }}: 1\n' +
      '    steps:\n      - run: echo 1\n';
    expect(ourProblems(text)).toEqual([]);
    expect(githubProblems(text)).toEqual([]);
  });

  it('reports YAML errors as YAML problems, GitHub’s messages at GitHub’s places', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: "open\n';
    const problems = parseWorkflowFile(FILE, text).errors;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every(p => p.kind === 'yaml')).toBe(true);
    expect(ourProblems(text)).toEqual(githubProblems(text));
  });

  it('holds for damaged corpus workflows', () => {
    let yamlBroken = 0;
    let schemaBroken = 0;
    fc.assert(
      fc.property(mutatedCorpus, ({ text }) => {
        const kinds = parseWorkflowFile(FILE, text).errors.map(e => e.kind);
        if (kinds.includes('limit')) return;
        if (kinds.includes('yaml')) yamlBroken++;
        else if (kinds.includes('schema')) schemaBroken++;
        expect(ourProblems(text)).toEqual(githubProblems(text));
      }),
      { numRuns: 150, seed: 17 }
    );
    // Both kinds of damage must be common, or the property tests little.
    expect(yamlBroken).toBeGreaterThan(15);
    expect(schemaBroken).toBeGreaterThan(15);
  });
});

describe('YAML as the reader reads it', () => {
  const valueOf = (source: string): unknown => {
    const node = mapGet(readYamlTree(`k: ${source}\n`).root, 'k');
    return node?.kind === 'scalar' ? node.value : 'not a scalar';
  };

  it('resolves plain scalars with the YAML 1.2 core schema (`on` stays a key)', () => {
    expect(['on', 'yes', 'No', 'off', '1_000', '2024-01-01'].map(valueOf)).toEqual([
      'on',
      'yes',
      'No',
      'off',
      '1_000',
      '2024-01-01'
    ]);
    expect(['017', '0o17', '0x1F', '1e3', '+12', '-0.5', '3.', '.5'].map(valueOf)).toEqual([
      17, 15, 31, 1000, 12, -0.5, 3, 0.5
    ]);
    expect(['~', 'Null', 'TRUE', 'False', "'true'"].map(valueOf)).toEqual([
      null,
      null,
      true,
      false,
      'true'
    ]);
  });

  it('expands aliases, applies tags, keeps duplicate keys and explicit keys', () => {
    const tree = readYamlTree('a: &x [1, 2]\nb: *x\nc: !!str 1\nd: 1\nd: 2\n? e\n: 3\n');
    const root = tree.root;
    expect(tree.errors).toEqual([]);
    expect(root?.kind === 'map' ? root.entries.map(e => keyText(e.key)) : []).toEqual([
      'a',
      'b',
      'c',
      'd',
      'd',
      'e'
    ]);
    expect(treeTokens(mapGet(root, 'b')).map(t => t.value ?? t.kind)).toEqual(['seq', 1, 2]);
    expect(mapGet(root, 'c')).toMatchObject({ kind: 'scalar', value: '1' });
    expect(mapGet(root, 'e')).toMatchObject({ kind: 'scalar', value: 3 });
  });

  it('keeps the source style and block header of scalars', () => {
    const root = readYamlTree('a: "x"\nb: \'y\'\nc: |-\n  z\nd: >+\n  w\n').root;
    expect(mapGet(root, 'a')).toMatchObject({ source: '"x"' });
    expect(mapGet(root, 'b')).toMatchObject({ source: "'y'" });
    expect(mapGet(root, 'c')).toMatchObject({ value: 'z', blockHeader: '|-' });
    expect(mapGet(root, 'd')).toMatchObject({ value: 'w\n', blockHeader: '>+' });
  });

  it('keeps keys the reader’s event stream drops: no value, an unresolved alias', () => {
    const flow = readYamlTree('on: {push, pull_request: {}}\n');
    const on = mapGet(flow.root, 'on');
    expect(on?.kind === 'map' ? on.entries.map(e => keyText(e.key)) : []).toEqual([
      'push',
      'pull_request'
    ]);
    expect(mapGet(on, 'push')).toMatchObject({
      value: null,
      range: { start: { line: 1, column: 10 }, end: { line: 1, column: 10 } }
    });
    // The `yaml` library reports no error for it; the event stream would pair `a` with `b`.
    const alias = readYamlTree('a: *missing\nb: 2\n');
    expect(mapGet(alias.root, 'a')).toMatchObject({ value: null });
    expect(mapGet(alias.root, 'b')).toMatchObject({ value: 2 });
  });
});

describe('aliases', () => {
  it('resolve to the last anchor of their name before them, also inside an expansion', () => {
    const root = readYamlTree('a: &x 1\nb: &y [*x]\nc: &x 2\nd: *y\ne: *x\n').root;
    expect(treeTokens(mapGet(root, 'd')).map(t => t.value ?? t.kind)).toEqual(['seq', 1]);
    expect(mapGet(root, 'e')).toMatchObject({ value: 2 });
  });

  it('skip GitHub’s check, and say so, when its alias lookups would take minutes', () => {
    // GitHub's reader searches the whole document for each alias: 20,000 of them in a 20,000
    // node document would be 400 million node visits. The tree itself is read in full.
    const text =
      'on: push\nx: &a y\njobs:\n  j:\n    runs-on: x\n    steps:\n' +
      '      - run: echo\n        with:\n          v:\n' +
      '            - *a\n'.repeat(20_000);
    const wf = parseWorkflowFile(FILE, text);
    expect(wf.errors).toEqual([
      {
        kind: 'limit',
        message: ALIASES_SKIPPED_MESSAGE,
        location: { file: FILE, line: 1, column: 1 }
      }
    ]);
    const v = wf.jobs[0]?.steps[0]?.with[0];
    expect(v?.key).toBe('v');
    // A few aliases are an ordinary workflow, checked by GitHub as any other.
    const few = text.replace('            - *a\n'.repeat(20_000), '            - *a\n'.repeat(20));
    expect(ourProblems(few)).toEqual(githubProblems(few));
    const kinds = parseWorkflowFile(FILE, few).errors.map(e => e.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(kind => kind === 'schema')).toBe(true);
  });
});

describe('the expression cap', () => {
  it('still reports YAML problems, which cost nothing to find', () => {
    const text =
      'on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: |\n' +
      '          echo ${{ github.sha }}\n'.repeat(MAX_VALIDATED_EXPRESSIONS + 1) +
      '      - run: "open\n';
    const problems = parseWorkflowFile(FILE, text).errors;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every(p => p.kind === 'yaml')).toBe(true);
    expect(ourProblems(text)).toEqual(githubProblems(text));
  });
});
