// Every workflow we ship (examples/ to copy, .github/workflows/ we run) must be one GitHub
// accepts: parsed and converted by GitHub's own workflow parser without a single error.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser';

const repoRoot = process.cwd();
const workflowDirs = ['examples', '.github/workflows'];

function workflowFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => path.posix.join(dir, name));
}

/** All errors GitHub's parser reports for one workflow file, parse and conversion alike. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value === undefined) {
    const errors = parsed.context.errors.getErrors().map(e => e.message);
    return errors.length > 0 ? errors : ['the parser returned no workflow'];
  }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const messages = [
    ...parsed.context.errors.getErrors().map(e => e.message),
    ...(template.errors ?? []).map(e => e.Message)
  ];
  return [...new Set(messages)];
}

const files = workflowDirs.flatMap(workflowFiles);

describe('shipped workflows', () => {
  test('the examples named in the brief are all there', () => {
    const names = workflowFiles('examples').map(file => path.basename(file));
    expect(names).toEqual(
      expect.arrayContaining([
        'guard-before-deploy.yml',
        'monorepo-matrix.yml',
        'daily-health.yml',
        'pr-scan.yml',
        'review-apps.yml',
        'attenuate-then-deploy.yml'
      ])
    );
    expect(files).toContain('.github/workflows/self-check.yml');
  });

  test.each(files)('%s parses and converts without errors', async file => {
    const content = readFileSync(path.join(repoRoot, file), 'utf8');
    expect(await workflowErrors(file, content)).toEqual([]);
  });

  test('examples/README.md lists every example workflow', () => {
    const readme = readFileSync(path.join(repoRoot, 'examples/README.md'), 'utf8');
    for (const file of workflowFiles('examples')) {
      expect(readme).toContain(`(${path.basename(file)})`);
    }
  });
});

type YamlMap = Record<string, unknown>;

function asMap(value: unknown): YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as YamlMap)
    : {};
}

function usesSecrets(value: unknown): boolean {
  return JSON.stringify(value ?? null).includes('secrets');
}

/** Breaches of the practices the examples promise (examples/README.md), one line each. */
function practiceBreaches(file: string, content: string): string[] {
  const workflow = asMap(parse(content));
  const breaches: string[] = [];
  const on = workflow.on ?? workflow[String(true)];
  if (JSON.stringify(on ?? null).includes('pull_request_target')) {
    breaches.push(`${file}: pull_request_target`);
  }
  if (!('permissions' in workflow)) breaches.push(`${file}: no top-level permissions`);
  if (usesSecrets(workflow.env)) breaches.push(`${file}: secret in workflow env`);
  for (const [jobId, jobValue] of Object.entries(asMap(workflow.jobs))) {
    const job = asMap(jobValue);
    if (job.secrets === 'inherit') breaches.push(`${file}: ${jobId} uses secrets: inherit`);
    if (usesSecrets(job.env)) breaches.push(`${file}: ${jobId} has a secret in job env`);
    const steps = Array.isArray(job.steps) ? job.steps.map(asMap) : [];
    if (steps.some(step => usesSecrets(step.env) || usesSecrets(step.with))) {
      if (!('environment' in job)) breaches.push(`${file}: ${jobId} uses a secret, no environment`);
    }
    for (const step of steps) {
      // The version tag as the action publishes it (`v4.2.1`, or `1.6` for superfly/flyctl-actions).
      const uses = typeof step.uses === 'string' ? step.uses : '';
      if (uses === '' || uses.startsWith('./') || uses.startsWith('fly-token-guard/')) continue;
      const pinned = new RegExp(`uses: ${escapeRegExp(uses)} # v?\\d`).test(content);
      if (!/@[0-9a-f]{40}$/.test(uses) || !pinned) {
        breaches.push(`${file}: ${uses} is not pinned to a commit SHA with a version comment`);
      }
    }
  }
  return breaches;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('shipped workflows follow the practices they teach', () => {
  test.each(files)('%s', file => {
    expect(practiceBreaches(file, readFileSync(path.join(repoRoot, file), 'utf8'))).toEqual([]);
  });

  test('the practice check catches each breach', () => {
    const bad = [
      'on: pull_request_target',
      'env:',
      '  FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      T: ${{ secrets.T }}',
      '    steps:',
      '      - uses: superfly/flyctl-actions/setup-flyctl@master',
      '      - run: flyctl deploy',
      '        env:',
      '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
      '  reuse:',
      '    uses: ./.github/workflows/deploy.yml',
      '    secrets: inherit'
    ].join('\n');
    const breaches = practiceBreaches('bad.yml', bad);
    for (const expected of [
      'pull_request_target',
      'no top-level permissions',
      'secret in workflow env',
      'deploy has a secret in job env',
      'deploy uses a secret, no environment',
      'setup-flyctl@master is not pinned',
      'reuse uses secrets: inherit'
    ]) {
      expect(breaches.join('\n')).toContain(expected);
    }
  });
});

describe('the validity check itself', () => {
  // Guards against a check that passes everything (e.g. a parser call that silently no-ops).
  test('reports an invalid permission and a broken expression', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: raed',
      '    steps:',
      '      - run: echo ${{ secrets.X ( }}'
    ].join('\n');
    const errors = await workflowErrors('broken.yml', broken);
    expect(errors.some(e => e.includes("'raed'"))).toBe(true);
    expect(errors.some(e => e.includes('Line: 8'))).toBe(true);
  });

  test('reports a misspelt key and YAML that is not a workflow', async () => {
    const misspelt =
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: true\n';
    expect((await workflowErrors('misspelt.yml', misspelt)).join('\n')).toContain('stepz');
    expect(await workflowErrors('list.yml', '- just\n- a list\n')).not.toEqual([]);
  });
});
