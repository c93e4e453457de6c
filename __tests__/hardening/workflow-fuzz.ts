// Hostile-input properties of the workflow reader, shared by the small sample in `npm test`
// (__tests__/hardening) and the long run in `npm run fuzz` (__tests__/fuzz). Each property says:
// parseWorkflowFile and inferWorkflowNeeds return (never throw, never fall back to the builder's
// last-resort "could not read" error), every problem has a message and a real position, and the
// model stays within a fixed multiple of the text (the alias budget caps what aliases add).
import fc from 'fast-check';
import {
  inferWorkflowNeeds,
  MAX_LINE_CHARS,
  MAX_SECRET_REFERENCES,
  MAX_WORKFLOW_BYTES,
  parseWorkflowFile,
  repoFilesFromRecord,
  type WorkflowFile
} from '../../src/workflow/index.js';
import { MAX_YAML_EXPANDED_CHARS } from '../../src/workflow/yaml-tree.js';
import { corpusEntries, repoFilesFor } from '../workflow/corpus.js';

const FILE = '.github/workflows/fuzz.yml';

/**
 * Model characters allowed per character of text, measured as JSON that writes each object once
 * (the workflow, its jobs and steps share their secret references). The corpus needs 12, scripts
 * packed with `${{ secrets.X }}` about 35.
 */
export const MODEL_PER_TEXT_CHAR = 48;

/** JSON length with every object written once: a stand-in for the model's memory. */
export function modelSize(value: unknown): number {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object') {
      if (seen.has(item)) return '#';
      seen.add(item);
    }
    return item;
  }).length;
}

/** What must hold for any text, as a list of violations (one `expect` per case: see decoder-fuzz). */
export function workflowViolations(
  text: string,
  repo = repoFilesFromRecord({})
): { workflow: WorkflowFile | undefined; violations: string[] } {
  const violations: string[] = [];
  let workflow: WorkflowFile | undefined;
  try {
    workflow = parseWorkflowFile(FILE, text);
  } catch (error) {
    return { workflow, violations: [`parseWorkflowFile threw: ${String(error)}`] };
  }
  if (workflow.path !== FILE) violations.push(`path ${workflow.path}`);
  for (const problem of workflow.errors) {
    const { line, column } = problem.location;
    if (problem.message.trim() === '') violations.push('empty problem message');
    if (!Number.isInteger(line) || line < 1 || !Number.isInteger(column) || column < 1) {
      violations.push(`problem at ${line}:${column}: ${problem.message}`);
    }
    // The builder's catch-all: it is written not to throw, so reaching it is a bug.
    if (problem.message.startsWith('could not read the workflow')) violations.push(problem.message);
  }
  try {
    const needs = inferWorkflowNeeds(workflow, repo);
    if (needs.size !== new Set(workflow.jobs.map(j => j.id)).size) violations.push('needs per job');
  } catch (error) {
    violations.push(`inferWorkflowNeeds threw: ${String(error)}`);
  }
  // Aliases may expand the text up to the reader's budget; without them the model tracks the text.
  const expandable = text.includes('*') ? MAX_YAML_EXPANDED_CHARS : 0;
  const bound = MODEL_PER_TEXT_CHAR * (text.length + expandable) + 64 * 1024;
  const size = modelSize({ ...workflow, errors: [] });
  if (size > bound) violations.push(`model of ${size} characters (bound ${bound})`);
  // Broken YAML yields about one problem per character or two (plus a few schema problems about
  // the whole file, such as a missing `jobs:`): bounded by the text, not by 48x.
  const { errors } = workflow;
  if (errors.length > text.length + expandable + 16) violations.push(`${errors.length} problems`);
  const messageChars = errors.reduce((n, e) => n + e.message.length, 0);
  if (messageChars > 2 * (text.length + expandable) + 200 * errors.length) {
    violations.push(`${messageChars} characters of problem messages`);
  }
  return { workflow, violations };
}

export function expectSafeWorkflow(text: string, repo?: ReturnType<typeof repoFilesFromRecord>) {
  const { workflow, violations } = workflowViolations(text, repo);
  expect(violations).toEqual([]);
  return workflow as WorkflowFile;
}

// ------------------------------------------------------------------------------------------------
// Arbitraries

const KEYS = [
  'on',
  'jobs',
  'steps',
  'run',
  'uses',
  'with',
  'env',
  'secrets',
  'environment',
  'strategy',
  'matrix',
  'include',
  'needs',
  'if',
  'runs-on',
  'name',
  'permissions',
  'defaults',
  'shell',
  'working-directory',
  'FLY_API_TOKEN',
  'FLY_ACCESS_TOKEN',
  'token',
  'args',
  'container',
  'services',
  'outputs',
  'workflow_call',
  'inputs',
  'pull_request_target',
  'push',
  'deploy',
  'app',
  '<<',
  '"quoted key"',
  '? complex'
];

const VALUES = [
  'flyctl deploy --remote-only -a my-app',
  'fly deploy --config fly.${{ matrix.app }}.toml',
  '${{ secrets.FLY_API_TOKEN }}',
  '"${{ secrets.FLY_API_TOKEN }}"',
  'fly secrets set DB=${{ secrets.DB }} -a api --stage',
  'echo "$FLY_API_TOKEN" > token.txt',
  'echo "FLY_API_TOKEN=${{ secrets.FLY_API_TOKEN }}" >> $GITHUB_ENV',
  'fly auth token',
  'flyctl ssh console -a app -C "ls $(pwd)"',
  'superfly/flyctl-actions/setup-flyctl@master',
  'superfly/flyctl-actions@1.5',
  './.github/actions/deploy',
  'acme/infra/.github/workflows/deploy.yml@main',
  'inherit',
  'ubuntu-latest',
  '[push, pull_request]',
  '{ app: [a, b], region: [ams] }',
  "'single ''quoted'' value'",
  '"double \\" quoted \\n value"',
  '|',
  '>-',
  '|+2',
  '~',
  'null',
  'true',
  '0x1F',
  '1e309',
  '-.inf',
  '!!str 12',
  '!custom tag',
  '&anchor value',
  '*anchor',
  '*missing',
  '${{',
  '}}',
  '$(( 1 + ',
  "fly deploy 'unterminated",
  'fly deploy \\',
  '#',
  '%',
  '@',
  '`backtick`'
];

const indent = fc.oneof(
  fc.integer({ min: 0, max: 8 }).map(n => ' '.repeat(n * 2)),
  fc.integer({ min: 0, max: 13 }).map(n => ' '.repeat(n)),
  fc.constant('\t')
);

const word = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }));
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }
);

const line = fc.oneof(
  fc.tuple(indent, word).map(([i, k]) => `${i}${k}:`),
  fc.tuple(indent, word, value).map(([i, k, v]) => `${i}${k}: ${v}`),
  fc.tuple(indent, value).map(([i, v]) => `${i}- ${v}`),
  fc.tuple(indent, word, value).map(([i, k, v]) => `${i}- ${k}: ${v}`),
  fc.tuple(indent, fc.constantFrom('a', 'b', 'steps'), word).map(([i, a, k]) => `${i}${k}: &${a}`),
  fc.tuple(indent, fc.constantFrom('a', 'b', 'steps'), word).map(([i, a, k]) => `${i}${k}: *${a}`),
  fc.tuple(indent, value).map(([i, v]) => `${i}${v}`),
  fc.constantFrom('---', '...', '%YAML 1.2', '# comment', '', '  ', 'on: push', 'jobs:')
);

/** YAML-ish documents: workflow keys and values, anchors, block scalars, broken indentation. */
export const yamlish = fc.array(line, { maxLength: 60 }).map(lines => `${lines.join('\n')}\n`);

const workflows = corpusEntries().filter(e => /\.ya?ml$/.test(e.file));

const edit = fc.oneof(
  fc.record({ op: fc.constant('delete-line' as const), at: fc.nat(), text: fc.constant('') }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat(), text: fc.constant('') }),
  fc.record({ op: fc.constant('swap-lines' as const), at: fc.nat(), text: fc.constant('') }),
  fc.record({
    op: fc.constant('reindent' as const),
    at: fc.nat(),
    text: fc.constantFrom(' ', '  ', '    ', '\t', '-')
  }),
  fc.record({ op: fc.constant('insert-line' as const), at: fc.nat(), text: line }),
  fc.record({
    op: fc.constant('insert-char' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 2 })
  }),
  fc.record({ op: fc.constant('delete-char' as const), at: fc.nat(), text: fc.constant('') }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), text: fc.constant('') })
);

type Edit = { op: string; at: number; text: string };

function applyEdit(text: string, e: Edit): string {
  const lines = text.split('\n');
  const at = e.at % Math.max(1, lines.length);
  const char = e.at % Math.max(1, text.length);
  switch (e.op) {
    case 'delete-line':
      lines.splice(at, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(at, 0, lines[at] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const next = (at + 1) % lines.length;
      [lines[at], lines[next]] = [lines[next] ?? '', lines[at] ?? ''];
      return lines.join('\n');
    }
    case 'reindent':
      lines[at] = e.text + (lines[at] ?? '');
      return lines.join('\n');
    case 'insert-line':
      lines.splice(at, 0, e.text);
      return lines.join('\n');
    case 'insert-char':
      return text.slice(0, char) + e.text + text.slice(char);
    case 'delete-char':
      return text.slice(0, char) + text.slice(char + 1);
    default:
      return text.slice(0, char);
  }
}

/** Fixture corpus workflows, damaged, read with their repository's other files. */
export const mutatedCorpus = fc
  .tuple(fc.constantFrom(...workflows), fc.array(edit, { minLength: 1, maxLength: 8 }))
  .map(([entry, edits]) => ({ repo: entry.repo, text: edits.reduce(applyEdit, entry.text) }));

/** Nesting far deeper than any workflow: block maps, block sequences, flow collections. */
export const deeplyNested = fc.oneof(
  fc.integer({ min: 1, max: 1200 }).map(depth => {
    const lines = [
      'on: push',
      'jobs:',
      '  j:',
      '    steps:',
      '      - run: fly deploy',
      '        with:'
    ];
    for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(10 + i)}k${i}:`);
    return `${lines.join('\n')} v\n`;
  }),
  fc
    .integer({ min: 1, max: 20_000 })
    .map(depth => `on: push\njobs:\n  j:\n    steps: ${'- '.repeat(depth)}x\n`),
  fc
    .tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(['[', ']'], ['{a: ', '}']))
    .map(
      ([depth, [open, close]]) =>
        `on: push\njobs: ${(open ?? '[').repeat(depth)}x${(close ?? ']').repeat(depth)}\n`
    )
);

/** Very long lines: run scripts, keys, flow sequences, expressions; past the line limit too. */
export const longLines = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1000, max: MAX_LINE_CHARS - 100 }) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: MAX_LINE_CHARS + 1, max: MAX_WORKFLOW_BYTES - 200 })
      }
    ),
    fc.constantFrom(
      'fly deploy -a app ',
      '"$(',
      '${{ ',
      'a',
      "'",
      '\\',
      '${{ secrets.FLY_API_TOKEN }} '
    ),
    fc.constantFrom('run', 'key', 'flow')
  )
  .map(([length, unit, where]) => {
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    const head = 'on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n';
    if (where === 'run') return `${head}      - run: ${body}\n`;
    if (where === 'key') return `${head}      - ${body}: x\n`;
    return `${head}      - run: fly deploy\n        with: [${body.split('').join(', ').slice(0, length)}]\n`;
  });

/**
 * "Billion laughs": `levels` anchors each holding `fanOut` aliases of the previous one, over a leaf
 * of `leafChars` characters, used where the model reads it (jobs, steps, run scripts, env).
 */
export const aliasBombs = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 2, max: 30 }),
    fc.integer({ min: 1, max: 20_000 }),
    fc.constantFrom('steps', 'run', 'env', 'jobs', 'with')
  )
  .map(([levels, fanOut, leafChars, where]) => {
    const leaf = `fly deploy -a app && echo ${'x'.repeat(leafChars)}`;
    const lines = ['on: push', `x-leaf: &l0 ${JSON.stringify(leaf)}`];
    for (let level = 1; level <= levels; level++) {
      const items = Array<string>(fanOut).fill(`*l${level - 1}`);
      lines.push(`x-l${level}: &l${level} [${items.join(', ')}]`);
    }
    const top = `*l${levels}`;
    if (where === 'jobs') lines.push(`jobs: ${top}`);
    else {
      lines.push('jobs:', '  j:', '    runs-on: x');
      if (where === 'steps') lines.push(`    steps: ${top}`);
      if (where === 'run')
        lines.push('    steps:', ...Array<string>(fanOut).fill('      - run: *l0'));
      if (where === 'env') lines.push(`    env: { A: ${top} }`, '    steps: [{ run: fly deploy }]');
      if (where === 'with')
        lines.push('    steps:', `      - uses: x/y@v1`, `        with: { a: ${top} }`);
    }
    return `${lines.join('\n')}\n`;
  });

/**
 * Scripts and maps dense with secret references and expressions: one long word of them, one per
 * line of a block scalar, one per command, one per step, one per env key.
 */
export const denseSecrets = fc
  .tuple(
    fc.integer({ min: 1, max: 6000 }),
    fc.constantFrom('word', 'lines', 'commands', 'steps', 'env'),
    fc.constantFrom('${{secrets.A}}', '${{ secrets.FLY_API_TOKEN }}', '${{ env.X }}')
  )
  .map(([count, layout, ref]) => {
    const head = 'on: push\njobs:\n  j:\n    runs-on: x\n';
    const fit = (n: number, unit: number) => Math.min(n, Math.floor((MAX_LINE_CHARS - 40) / unit));
    switch (layout) {
      case 'word':
        return `${head}    steps:\n      - run: fly deploy -a ${ref.repeat(fit(count, ref.length))}\n`;
      case 'lines':
        return `${head}    steps:\n      - run: |\n${`          echo ${ref}\n`.repeat(count)}`;
      case 'commands':
        return `${head}    steps:\n      - run: ${`e ${ref};`.repeat(fit(count, ref.length + 3))}\n`;
      case 'steps':
        return `${head}    steps:\n${`      - run: fly deploy -a ${ref}\n`.repeat(count)}`;
      default:
        return `${head}    env:\n${Array.from({ length: count }, (_, i) => `      K${i}: ${ref}\n`).join('')}    steps: [{ run: fly deploy }]\n`;
    }
  });

// ------------------------------------------------------------------------------------------------
// The properties

/**
 * Registers the workflow-reader properties; `runs(cost)` as in describeDecoderProperties (`cost`:
 * a case's time relative to the cheapest property's, about 0.3 ms).
 */
export function describeWorkflowProperties(
  runs: (cost: number) => number,
  timeoutMs: number
): void {
  describe('workflow reader under hostile input', () => {
    const check = <T>(name: string, cost: number, arb: fc.Arbitrary<T>, test: (v: T) => void) =>
      it(
        `${name} (${runs(cost)} cases)`,
        () => fc.assert(fc.property(arb, test), { numRuns: runs(cost) }),
        timeoutMs
      );

    check('arbitrary text', 1, fc.string({ maxLength: 2000 }), text => {
      expectSafeWorkflow(text);
    });

    check('YAML-ish documents', 3, yamlish, text => {
      expectSafeWorkflow(text);
    });

    check('damaged corpus workflows', 20, mutatedCorpus, ({ repo, text }) => {
      expectSafeWorkflow(text, repoFilesFor(repo));
    });

    check('deeply nested YAML', 250, deeplyNested, text => {
      expectSafeWorkflow(text);
    });

    check('long lines, below and above the line limit', 100, longLines, text => {
      const workflow = expectSafeWorkflow(text);
      const overlong = text.split('\n').findIndex(l => l.length > MAX_LINE_CHARS);
      if (overlong >= 0) {
        expect(workflow.errors).toEqual([
          expect.objectContaining({
            kind: 'limit',
            location: expect.objectContaining({ line: overlong + 1 })
          })
        ]);
      }
    });

    check('dense secret references and expressions', 300, denseSecrets, text => {
      const workflow = expectSafeWorkflow(text);
      expect(workflow.secretRefs.length).toBeLessThanOrEqual(MAX_SECRET_REFERENCES);
    });

    check('alias bombs stop at the budget', 200, aliasBombs, text => {
      const workflow = expectSafeWorkflow(text);
      const stopped = workflow.errors.some(e =>
        /expands to too (many nodes|much text)/.test(e.message)
      );
      // Either the document fits the budget, or reading stopped and said why, keeping nothing.
      if (stopped) expect(workflow.jobs).toEqual([]);
    });
  });
}
