// The workflow model: triggers, env, jobs, environments, reusable calls, matrices, steps,
// scripts with line positions, secret references and their flows, problems as data.
import {
  parseActionFile,
  parseUses,
  parseWorkflowFile,
  TOO_LARGE_MESSAGE
} from '../../src/workflow/parse-workflow.js';
import type { SecretReference, WorkflowFile } from '../../src/workflow/model.js';

const FILE = '.github/workflows/deploy.yml';

const WORKFLOW = `name: Deploy
on:
  push:
    branches: [main]
    paths: ['apps/**']
  pull_request_target:
    types: [labeled]
  workflow_run:
    workflows: ["CI"]
    types: [completed]
  schedule:
    - cron: "0 3 * * *"
  workflow_call:
    inputs:
      app:
        type: string
        required: true
    secrets:
      FLY_API_TOKEN:
        required: true
  workflow_dispatch:
    inputs:
      target:
        type: choice
        options: [web, api]
        default: web
env:
  FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
  REGION: ams
defaults:
  run:
    working-directory: services
permissions:
  contents: read
jobs:
  build:
    name: Build \${{ matrix.app }}
    runs-on: ubuntu-latest
    environment:
      name: production
      url: https://example.com
    env:
      JOB_TOKEN: \${{ secrets.FLY_JOB }}
    strategy:
      matrix:
        app: [web, api]
        region: [ams]
        include:
          - app: web
            config: fly.web.toml
    container:
      image: node:20
      env:
        C_TOKEN: \${{ secrets.CONTAINER_SECRET }}
    steps:
      - uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab
      - name: Deploy
        id: deploy
        uses: superfly/flyctl-actions@1.5
        with:
          args: deploy -a \${{ matrix.app }}
          token: \${{ secrets.FLY_WITH }}
        env:
          STEP_TOKEN: \${{ secrets.FLY_STEP }}
      - name: Script
        working-directory: web
        shell: bash
        run: |
          echo start
          export FLY_API_TOKEN=\${{ secrets.FLY_EXPORT }}
          flyctl deploy -t \${{ secrets.FLY_FLAG }} --build-arg X=\${{ secrets.BUILD }} >> out.log
          cat <<EOF > .env
          TOKEN=\${{ secrets.IN_HEREDOC }}
          EOF
  call:
    uses: ./.github/workflows/reusable.yml
    with:
      app: web
    secrets:
      FLY_API_TOKEN: \${{ secrets.FLY_CALL }}
  inherit:
    uses: acme/workflows/.github/workflows/deploy.yml@v1
    secrets: inherit
  plain:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - run: fly status
`;

let workflow: WorkflowFile;
const lines = WORKFLOW.split('\n');

beforeAll(() => {
  workflow = parseWorkflowFile(`./${FILE}`, WORKFLOW);
});

/** 1-based number of the first line equal to `text`. */
function lineOf(text: string): number {
  const index = lines.indexOf(text);
  if (index < 0) throw new Error(`no line ${text}`);
  return index + 1;
}

function textAt(line: number, column: number): string {
  return (lines[line - 1] ?? '').slice(column - 1);
}

function secret(name: string): SecretReference {
  const found = workflow.secretRefs.find(r => r.name === name);
  if (!found) throw new Error(`no reference to ${name}`);
  return found;
}

describe('parseWorkflowFile', () => {
  it('reads a valid workflow without problems and normalizes the path', () => {
    expect(workflow.errors).toEqual([]);
    expect(workflow.path).toBe(FILE);
    expect(workflow.name).toBe('Deploy');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.defaults.workingDirectory).toBe('services');
  });

  it('reads triggers with their filters, inputs and secrets', () => {
    expect(workflow.triggers.map(t => t.event)).toEqual([
      'push',
      'pull_request_target',
      'workflow_run',
      'schedule',
      'workflow_call',
      'workflow_dispatch'
    ]);
    const [push, prt, run, schedule, call, dispatch] = workflow.triggers;
    expect(push).toMatchObject({
      branches: ['main'],
      paths: ['apps/**'],
      location: { line: 3, column: 3 }
    });
    expect(prt?.types).toEqual(['labeled']);
    expect(run).toMatchObject({ workflows: ['CI'], types: ['completed'] });
    expect(schedule?.cron).toEqual(['0 3 * * *']);
    expect(call?.inputs).toEqual([
      expect.objectContaining({ name: 'app', type: 'string', required: true })
    ]);
    expect(call?.secrets).toEqual([
      expect.objectContaining({ name: 'FLY_API_TOKEN', required: true })
    ]);
    expect(dispatch?.inputs[0]).toMatchObject({
      name: 'target',
      type: 'choice',
      options: ['web', 'api'],
      default: 'web'
    });
  });

  it('reads the `on` shorthand forms', () => {
    expect(parseWorkflowFile(FILE, 'on: push\njobs: {}\n').triggers.map(t => t.event)).toEqual([
      'push'
    ]);
    expect(
      parseWorkflowFile(FILE, 'on: [push, workflow_run]\njobs: {}\n').triggers.map(t => t.event)
    ).toEqual(['push', 'workflow_run']);
  });

  it('reads workflow and job env with key and value positions', () => {
    const token = workflow.env.find(kv => kv.key === 'FLY_API_TOKEN');
    expect(token?.value).toBe('${{ secrets.FLY_API_TOKEN }}');
    expect(token?.keyLocation).toMatchObject({
      line: lineOf('  FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}'),
      column: 3
    });
    expect(textAt(token!.valueLocation.line, token!.valueLocation.column)).toBe(
      '${{ secrets.FLY_API_TOKEN }}'
    );
    expect(workflow.env.find(kv => kv.key === 'REGION')?.value).toBe('ams');
  });

  it('reads jobs: names, environments, matrices, containers, steps', () => {
    const build = workflow.jobs[0]!;
    expect(build.id).toBe('build');
    expect(textAt(build.idLocation.line, build.idLocation.column)).toBe('build:');
    expect(build.name).toBe('Build ${{ matrix.app }}');
    expect(build.runsOn).toBe('ubuntu-latest');
    expect(build.environment).toMatchObject({ name: 'production', url: 'https://example.com' });
    expect(build.env.map(kv => kv.key)).toEqual(['JOB_TOKEN']);
    expect(build.matrix?.axes).toEqual({ app: ['web', 'api'], region: ['ams'] });
    expect(build.matrix?.include).toEqual([{ app: 'web', config: 'fly.web.toml' }]);
    expect(build.matrix?.dynamic).toBe(false);
    expect(build.container?.image).toBe('node:20');
    expect(build.steps).toHaveLength(3);
    expect(workflow.jobs.find(j => j.id === 'plain')?.environment).toMatchObject({
      name: 'staging',
      url: null
    });
  });

  it('reads uses: owner/repo/path@ref, SHA pinning, local and reusable workflows', () => {
    const [checkout, flyctl] = workflow.jobs[0]!.steps;
    expect(checkout?.uses).toMatchObject({
      kind: 'action',
      owner: 'actions',
      repo: 'checkout',
      path: null,
      ref: '8e5e7e5ab8b370d6c329ec480221332ada57f0ab',
      pinnedToSha: true
    });
    expect(flyctl?.uses).toMatchObject({
      owner: 'superfly',
      repo: 'flyctl-actions',
      ref: '1.5',
      pinnedToSha: false
    });
    expect(textAt(flyctl!.uses!.location.line, flyctl!.uses!.location.column)).toBe(
      'superfly/flyctl-actions@1.5'
    );
    const call = workflow.jobs.find(j => j.id === 'call')!;
    expect(call.uses).toMatchObject({
      kind: 'reusable-workflow',
      owner: null,
      path: '.github/workflows/reusable.yml'
    });
    expect(call.with.map(kv => [kv.key, kv.value])).toEqual([['app', 'web']]);
    expect(call.secrets).toMatchObject({
      inherit: false,
      values: [expect.objectContaining({ key: 'FLY_API_TOKEN' })]
    });
    const inherit = workflow.jobs.find(j => j.id === 'inherit')!;
    expect(inherit.uses).toMatchObject({
      owner: 'acme',
      repo: 'workflows',
      path: '.github/workflows/deploy.yml',
      ref: 'v1'
    });
    expect(inherit.secrets).toMatchObject({ inherit: true, values: [] });
    expect(parseUses('docker://alpine:3', call.idLocation, false).kind).toBe('docker');
    expect(parseUses('./.github/actions/deploy', call.idLocation, false)).toMatchObject({
      kind: 'local',
      path: '.github/actions/deploy'
    });
  });

  it('reads steps with ids, names, with, env, shell and working directory', () => {
    const [, deploy, script] = workflow.jobs[0]!.steps;
    expect(deploy).toMatchObject({ index: 1, id: 'deploy', name: 'Deploy' });
    expect(deploy?.with.map(kv => kv.key)).toEqual(['args', 'token']);
    expect(deploy?.env.map(kv => kv.key)).toEqual(['STEP_TOKEN']);
    expect(script).toMatchObject({
      name: 'Script',
      workingDirectory: 'web',
      shell: 'bash',
      id: null
    });
  });

  it('gives every script line its file position', () => {
    const run = workflow.jobs[0]!.steps[2]!.run!;
    expect(run.style).toBe('literal');
    expect(run.lines[0]).toMatchObject({
      text: 'echo start',
      line: lineOf('          echo start'),
      column: 11
    });
    for (const line of run.lines) {
      if (line.text !== '') expect(textAt(line.line, line.column)).toBe(line.text);
    }
    expect(run.location.line).toBe(lineOf('          echo start') - 1);
  });

  it('finds every secret reference with its exact position', () => {
    expect(workflow.secretRefs.map(r => r.name)).toEqual([
      'FLY_API_TOKEN',
      'FLY_JOB',
      'CONTAINER_SECRET',
      'FLY_WITH',
      'FLY_STEP',
      'FLY_EXPORT',
      'FLY_FLAG',
      'BUILD',
      'IN_HEREDOC',
      'FLY_CALL'
    ]);
    for (const ref of workflow.secretRefs) {
      expect(textAt(ref.location.line, ref.location.column).startsWith(`secrets.${ref.name}`)).toBe(
        true
      );
      expect(ref.location.endLine).toBe(ref.location.line);
      expect(ref.location.endColumn! - ref.location.column).toBe(`secrets.${ref.name}`.length);
      expect(
        textAt(ref.expressionLocation.line, ref.expressionLocation.column).startsWith('${{')
      ).toBe(true);
      expect(ref.expression).toBe(`\${{ secrets.${ref.name} }}`);
    }
  });

  it('says where each secret flows', () => {
    expect(secret('FLY_API_TOKEN')).toMatchObject({
      jobId: null,
      flow: { kind: 'env', scope: 'workflow', key: 'FLY_API_TOKEN' }
    });
    expect(secret('FLY_JOB')).toMatchObject({
      jobId: 'build',
      stepIndex: null,
      flow: { kind: 'env', scope: 'job', key: 'JOB_TOKEN' }
    });
    expect(secret('CONTAINER_SECRET').flow).toMatchObject({
      kind: 'env',
      scope: 'container',
      key: 'C_TOKEN'
    });
    expect(secret('FLY_WITH')).toMatchObject({
      stepIndex: 1,
      flow: { kind: 'with', scope: 'step', key: 'token', uses: 'superfly/flyctl-actions@1.5' }
    });
    expect(secret('FLY_STEP').flow).toMatchObject({
      kind: 'env',
      scope: 'step',
      key: 'STEP_TOKEN'
    });
    expect(secret('FLY_EXPORT').flow).toMatchObject({
      kind: 'run',
      command: 'export',
      variable: 'FLY_API_TOKEN',
      fly: false
    });
    expect(secret('FLY_FLAG').flow).toMatchObject({
      kind: 'run',
      command: 'flyctl deploy',
      flag: '-t',
      fly: true,
      redirect: 'out.log'
    });
    expect(secret('BUILD').flow).toMatchObject({ kind: 'run', flag: '--build-arg', fly: true });
    expect(secret('IN_HEREDOC').flow).toMatchObject({
      kind: 'run',
      command: 'cat',
      heredoc: true,
      redirect: '.env'
    });
    expect(secret('FLY_CALL')).toMatchObject({
      jobId: 'call',
      flow: { kind: 'secrets', key: 'FLY_API_TOKEN', uses: './.github/workflows/reusable.yml' }
    });
    expect(secret('FLY_CALL').flow.path).toBe('jobs.call.secrets.FLY_API_TOKEN');
    const build = workflow.jobs[0]!;
    expect(build.secretRefs.map(r => r.name)).toContain('FLY_FLAG');
    expect(build.steps[2]!.secretRefs.map(r => r.name)).toEqual([
      'FLY_EXPORT',
      'FLY_FLAG',
      'BUILD',
      'IN_HEREDOC'
    ]);
  });

  it('finds secrets written with brackets, odd spacing and dynamic access', () => {
    const wf = parseWorkflowFile(
      FILE,
      "on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      A: ${{ secrets['FLY_A'] }}\n      B: ${{ secrets. FLY_B }}\n      C: ${{ secrets[format('X_{0}', env.N)] }}\n      D: ${{ contains('secrets.NOT_ME', 'x') }}\n    steps: []\n"
    );
    expect(wf.secretRefs.map(r => r.name)).toEqual(['FLY_A', 'FLY_B', null]);
  });
});

describe('problems are data, never exceptions', () => {
  it('returns YAML errors with positions and what could be read', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: flyctl deploy -a one\n      - run: "unterminated\n';
    const wf = parseWorkflowFile(FILE, broken);
    expect(wf.errors.length).toBeGreaterThan(0);
    expect(wf.errors[0]).toMatchObject({ kind: 'yaml', location: { file: FILE } });
    expect(wf.errors[0]!.location.line).toBeGreaterThan(1);
    expect(wf.jobs[0]?.steps[0]?.run?.text).toBe('flyctl deploy -a one');
  });

  it('keeps keys whose value is missing in broken YAML', () => {
    const wf = parseWorkflowFile(
      FILE,
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: fly deploy\n\t- run: echo\n'
    );
    expect(wf.errors.some(e => e.message.includes('Tabs'))).toBe(true);
    expect(wf.jobs.map(j => j.id)).toEqual(['a']);
    expect(wf.jobs[0]?.steps[0]?.run?.text).toBe('fly deploy');
  });

  it('reports schema problems and still models the file', () => {
    const wf = parseWorkflowFile(
      FILE,
      'on: push\nbogus: 1\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: fly status\n'
    );
    expect(wf.errors).toEqual([
      expect.objectContaining({
        kind: 'schema',
        location: expect.objectContaining({ line: 2, column: 1 })
      })
    ]);
    expect(wf.jobs[0]?.steps).toHaveLength(1);
  });

  it.each([
    ['empty', ''],
    ['scalar', 'hello'],
    ['sequence', '- a\n- b\n'],
    ['jobs not a map', 'on: push\njobs: [1, 2]\n'],
    ['null job', 'on: push\njobs:\n  a:\n'],
    ['steps not a list', 'on: push\njobs:\n  a:\n    steps: nope\n'],
    ['binary noise', '\u0000\u0001\u0002: [\n'],
    ['unbalanced flow', '{{{{[[[[\n']
  ])('%s', (_label, text) => {
    const wf = parseWorkflowFile(FILE, text);
    expect(wf.errors.length).toBeGreaterThan(0);
    for (const e of wf.errors) expect(e.location.line).toBeGreaterThanOrEqual(1);
  });

  it('stops alias bombs instead of expanding them', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`
      );
    const wf = parseWorkflowFile(FILE, levels.join('\n') + '\n');
    expect(wf.errors.some(e => e.message.includes('too many nodes'))).toBe(true);
  });

  it('refuses files larger than 1 MiB without parsing them', () => {
    const big =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: fly deploy\n#' +
      'x'.repeat(1024 * 1024);
    const wf = parseWorkflowFile(FILE, big);
    expect(wf.errors).toEqual([
      { kind: 'limit', message: TOO_LARGE_MESSAGE, location: { file: FILE, line: 1, column: 1 } }
    ]);
    expect(wf.jobs).toEqual([]);
    // Multi-byte characters count as bytes: 400k three-byte characters exceed the limit.
    expect(parseWorkflowFile(FILE, '#' + '€'.repeat(400_000)).errors[0]?.message).toBe(
      TOO_LARGE_MESSAGE
    );
    expect(parseWorkflowFile(FILE, '#' + '€'.repeat(300_000)).errors[0]?.message).not.toBe(
      TOO_LARGE_MESSAGE
    );
  });
});

describe('parseActionFile', () => {
  it('reads a composite action: inputs and steps', () => {
    const action = parseActionFile(
      '.github/actions/deploy/action.yml',
      'name: Deploy\ninputs:\n  app:\n    default: web\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: fly deploy -a ${{ inputs.app }}\n      env:\n        FLY_API_TOKEN: ${{ inputs.token }}\n'
    );
    expect(action.using).toBe('composite');
    expect(action.inputs).toEqual([expect.objectContaining({ name: 'app', default: 'web' })]);
    expect(action.steps[0]?.run?.text).toBe('fly deploy -a ${{ inputs.app }}');
    expect(action.steps[0]?.run?.lines[0]).toMatchObject({ line: 9, column: 12 });
  });
});
