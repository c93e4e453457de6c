// The fast schema check may only say "valid" when GitHub's own reader (`readTemplate`) would report
// nothing on the same tree: otherwise schema problems would silently vanish from the scan. It must
// also say "valid" for ordinary valid workflows, or the speed-up silently disappears.
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import { schemaCertainlyAccepts } from '../../src/workflow/schema-check.js';
import { YamlTreeReader } from '../../src/workflow/yaml-tree-reader.js';
import { readYamlTree, type YamlNode } from '../../src/workflow/yaml-tree.js';
import { corpusEntries } from './corpus.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** What GitHub's reader reports on the tree (the reference). */
function readerErrors(root: YamlNode | undefined): string[] {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    getWorkflowSchema(),
    new NoOperationTraceWriter()
  );
  const fileId = context.getFileId('.github/workflows/x.yml');
  const reader = new YamlTreeReader(root);
  reader.fileId = fileId;
  readTemplate(context, WORKFLOW_ROOT, reader, fileId);
  return context.errors.getErrors().map(e => e.message);
}

/** The tree the scan would check, when the fast YAML path read it (the only case checked fast). */
function fastTree(text: string): YamlNode | undefined | null {
  const tree = readYamlTree(text);
  if (!(tree.reader instanceof YamlTreeReader) || tree.errors.length > 0) return null;
  return tree.root;
}

interface Verdict {
  fast: boolean;
  errors: string[];
}

function verdict(text: string): Verdict | null {
  const root = fastTree(text);
  if (root === null) return null;
  const fast = schemaCertainlyAccepts(root, getWorkflowSchema(), WORKFLOW_ROOT);
  return { fast, errors: readerErrors(root) };
}

/** The soundness rule, with the reader's errors in the failure message. */
function expectSound(text: string): Verdict | null {
  const result = verdict(text);
  if (result?.fast) expect({ text, errors: result.errors }).toEqual({ text, errors: [] });
  return result;
}

const corpusTexts = corpusEntries()
  .filter(entry => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(entry.path))
  .map(entry => entry.text);

describe('fast schema check', () => {
  it('says valid for every corpus workflow the reader accepts, and only for those', () => {
    let valid = 0;
    let acceptedFast = 0;
    for (const text of corpusTexts) {
      const result = expectSound(text);
      if (!result || result.errors.length > 0) continue;
      valid++;
      if (result.fast) acceptedFast++;
    }
    expect(valid).toBeGreaterThan(20);
    expect(acceptedFast).toBe(valid);
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
      'an expression where no context is allowed',
      'on:\n  push:\n    branches:\n      - ${{ true }}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n'
    ],
    [
      'an unclosed expression',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ github.sha\n'
    ],
    [
      'an empty expression',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ }}\n'
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
    [
      'a background step property',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n        background: true\n'
    ],
    [
      'a prototype name as a key',
      'on: push\njobs:\n  a:\n    runs-on: x\n    constructor: 1\n    steps:\n      - run: a\n'
    ],
    ['a number where a mapping belongs', 'on: push\njobs:\n  a: 1\n']
  ])('says "not sure" for %s', (_what, text) => {
    const result = verdict(text);
    // The reader does report a problem here, and the fast check leaves the file to it.
    expect(result?.errors.length).toBeGreaterThan(0);
    expect(result?.fast).toBe(false);
  });

  it('leaves expression keys to the reader, valid as they may be', () => {
    const text =
      'on: push\nenv:\n  ${{ github.sha }}: 1\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n';
    expect(verdict(text)).toEqual({ fast: false, errors: [] });
  });

  it('says "not sure" without a document', () => {
    expect(schemaCertainlyAccepts(undefined, getWorkflowSchema(), WORKFLOW_ROOT)).toBe(false);
  });

  it('follows the reader on a quoted literal expression and on values typed by the schema', () => {
    // `${{ 'ubuntu' }}` is read as the string it quotes; a number where a string is expected is
    // read as its text; both are valid.
    const text =
      "on: push\njobs:\n  a:\n    runs-on: ${{ 'ubuntu' }}\n    timeout-minutes: 5\n" +
      '    env:\n      N: 20\n      B: true\n      Z: null\n    steps:\n      - run: echo 1\n';
    const result = verdict(text);
    expect(result).toEqual({ fast: true, errors: [] });
  });

  it('never says valid where the reader reports a problem (mutated workflows)', () => {
    let fastValid = 0;
    let readerErrorsSeen = 0;
    fc.assert(
      fc.property(mutatedWorkflow, text => {
        const result = expectSound(text);
        if (result?.fast) fastValid++;
        if (result && result.errors.length > 0) readerErrorsSeen++;
      }),
      { numRuns: RUNS, seed: 20261128 }
    );
    // Both answers must be common, or the property tests little.
    expect(fastValid).toBeGreaterThan(RUNS * 0.1);
    expect(readerErrorsSeen).toBeGreaterThan(RUNS * 0.3);
  });
});

// ------------------------------------------------------------------------------------------------
// Structured mutations: workflows with schema-level changes (keys, types, expressions), written
// back as YAML, so most stay valid YAML and reach the schema check.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KEYS = [
  'on',
  'jobs',
  'name',
  'run-name',
  'permissions',
  'env',
  'defaults',
  'concurrency',
  'runs-on',
  'steps',
  'uses',
  'with',
  'run',
  'if',
  'needs',
  'strategy',
  'matrix',
  'include',
  'exclude',
  'container',
  'services',
  'outputs',
  'timeout-minutes',
  'continue-on-error',
  'environment',
  'secrets',
  'inputs',
  'shell',
  'working-directory',
  'id',
  'fail-fast',
  'max-parallel',
  'push',
  'pull_request',
  'branches',
  'paths',
  'types',
  'workflow_dispatch',
  'workflow_call',
  'schedule',
  'cron',
  'background',
  'wait',
  'cancel',
  'group',
  'cancel-in-progress',
  'contents',
  'id-token',
  'url',
  'image',
  'options',
  'foo',
  'constructor',
  '__proto__',
  'toString',
  'RUNS-ON',
  'Steps',
  ''
];

const EXPRESSIONS = [
  '${{ github.sha }}',
  '${{ secrets.FLY_API_TOKEN }}',
  '${{ matrix.node }}',
  '${{ inputs.app }}',
  '${{ steps.a.outputs.b }}',
  "${{ 'literal' }}",
  '${{ }}',
  '${{ insert }}',
  '${{ fromJSON(x) }}',
  "${{ github.event_name == 'push' }}",
  '${{ nope.x }}',
  '${{ env.X }}',
  'a ${{ github.ref }} b',
  '${{ foo( }}',
  '${{ toJSON(secrets) }}',
  "${{ hashFiles('**/x') }}",
  '${{ github.sha',
  "github.ref == 'refs/heads/main'",
  'success() && !cancelled()',
  '${{ needs.build.result }}',
  '${{ job.status }}',
  '${{ true }}',
  '${{ 1 }}',
  '${{ runner.os }}',
  '${{ vars.APP }}',
  "${{ 'a' }}${{ 'b' }}"
];

const SCALARS: Json[] = [
  'ubuntu-latest',
  'x',
  '',
  'push',
  'read',
  'write',
  'bash',
  '0 0 * * *',
  1,
  0,
  -1,
  2.5,
  true,
  false,
  null,
  ...EXPRESSIONS
];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function randomValue(random: () => number, depth = 0): Json {
  const roll = random();
  if (depth > 2 || roll < 0.6) return pick(random, SCALARS);
  if (roll < 0.8) return [randomValue(random, depth + 1), randomValue(random, depth + 1)];
  return { [pick(random, KEYS)]: randomValue(random, depth + 1) };
}

/** Every container in the document, with how to reach it. */
function containers(value: Json, out: Array<Json[] | { [key: string]: Json }> = []) {
  if (Array.isArray(value)) {
    out.push(value);
    for (const item of value) containers(item, out);
  } else if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const item of Object.values(value)) containers(item, out);
  }
  return out;
}

function mutate(document: Json, random: () => number): void {
  const target = pick(random, containers(document));
  const roll = random();
  if (Array.isArray(target)) {
    const at = Math.floor(random() * (target.length + 1));
    if (roll < 0.4 && target.length > 0) target.splice(Math.min(at, target.length - 1), 1);
    else target.splice(at, roll < 0.7 ? 0 : 1, randomValue(random));
    return;
  }
  const keys = Object.keys(target);
  const key = keys.length > 0 ? pick(random, keys) : pick(random, KEYS);
  if (roll < 0.25) {
    delete target[key];
  } else if (roll < 0.5) {
    Object.defineProperty(target, pick(random, KEYS), {
      value: randomValue(random),
      enumerable: true,
      configurable: true,
      writable: true
    });
  } else if (roll < 0.7 && key in target) {
    const moved = target[key] as Json;
    delete target[key];
    Object.defineProperty(target, pick(random, KEYS), {
      value: moved,
      enumerable: true,
      configurable: true,
      writable: true
    });
  } else {
    target[key] = randomValue(random);
  }
}

const baseDocuments: Json[] = [];
for (const text of corpusTexts) {
  try {
    const value = load(text) as Json;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      baseDocuments.push(value);
    }
  } catch {
    // Not loadable as plain data (tags, duplicate keys): not a base for mutations.
  }
}

const mutatedWorkflow = fc
  .tuple(fc.nat({ max: baseDocuments.length - 1 }), fc.integer(), fc.integer({ min: 0, max: 4 }))
  .map(([index, seed, count]) => {
    const random = prng(seed);
    const document = structuredClone(baseDocuments[index] as Json);
    for (let i = 0; i < count; i++) mutate(document, random);
    return dump(document, { lineWidth: -1, noRefs: true });
  });
