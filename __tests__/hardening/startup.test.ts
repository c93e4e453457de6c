// What a check loads before it can answer (BENCHMARKS.md, cold start): the entry bundle carries no
// GitHub client or workflow parser.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { constants as http2Constants } from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFlyStandIn } from '../support/fly-api-stand-in.js';
import { parseWorkflowFile } from '../../src/workflow/index.js';
import { corpusWorkflows } from '../workflow/corpus.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

describe('the entry bundle (dist/index.js), loaded by every run', () => {
  const bundle = readFileSync(path.join(process.cwd(), 'dist/index.js'), 'utf8');

  // @actions/core is in it on purpose: it is the action's one door to the runner, used first by
  // every run (masking), and it brings its own HTTP client with it.
  it.each([
    ['@actions/github / Octokit', /node_modules\/@(actions\/github|octokit)\//],
    ['the workflow parser', /node_modules\/@actions\/workflow-parser\/|workflow-root-strict/],
    ['the YAML library', /node_modules\/yaml\//]
  ])('leaves out %s (loaded only by the modes that use it)', (_name, marker) => {
    expect(bundle).not.toMatch(marker);
  });

  it('is CommonJS, so Node starts it without its ES module loader', () => {
    const meta = JSON.parse(
      readFileSync(path.join(process.cwd(), 'dist/package.json'), 'utf8')
    ) as {
      type?: string;
    };
    expect(meta.type).toBe('commonjs');
    expect(bundle).not.toMatch(/^(import|export) /m);
    expect(bundle).not.toMatch(/import\.meta/);
  });

  it('still carries the token decoder (every mode masks the token first)', () => {
    expect(bundle).toMatch(/inspectToken/);
  });

  it('speaks to the runner through @actions/core', () => {
    expect(bundle).toMatch(/node_modules\/@actions\/core\//);
  });
});

describe('the bundles in dist/', () => {
  const files = ['dist', 'dist/cli'].flatMap(dir =>
    readdirSync(dir)
      .filter(name => name.endsWith('.js'))
      .map(name => `${dir}/${name}`)
  );

  // One other character anywhere makes Node read the whole file as a two-byte string.
  it.each(files)('%s is pure ASCII', file => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/[\u0080-\uffff]/);
  });
});

describe('undici, the HTTP stack, loads when a check goes online', () => {
  /** The Node built-ins a check loaded, logged by a preload as it exits. */
  const builtinsOf = async (inputs: Record<string, string>): Promise<string[]> => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ftg-builtins-'));
    try {
      const log = path.join(dir, 'builtins.txt');
      const run = await runAction({
        inputs: { token: vector('deploy_app').header_form, apps: 'acme-web', ...inputs },
        env: {
          NODE_OPTIONS: `--import=${path.resolve('__tests__/support/builtins-log.mjs')}`,
          FTG_BUILTINS_LOG: log
        }
      });
      expect(run.outputs.kind).toBe('deploy');
      return readFileSync(log, 'utf8').split('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('not when it stays offline', async () => {
    expect(await builtinsOf({ online: 'false' })).not.toContain('NativeModule http2');
  });

  // @actions/core's HTTP client (tunnel, http, https) and its process runner (child_process,
  // assert) come with it into the entry bundle; an offline check uses none of them.
  it.each(['http', 'https', 'tls', 'child_process', 'assert'])(
    'nor %s when it stays offline',
    async builtin => {
      expect(await builtinsOf({ online: 'false' })).not.toContain(`NativeModule ${builtin}`);
    }
  );

  // undici's HTTP/1 client, without HTTP/2 (scripts/lazy-undici.mjs): a check never speaks it.
  it('when it asks Fly, without node:http2', async () => {
    const fly = await startFlyStandIn();
    try {
      const loaded = await builtinsOf({
        'fly-api-url': fly.url,
        'fly-graphql-url': fly.graphqlUrl
      });
      expect(loaded).toContain('NativeModule net');
      expect(loaded).toContain('NativeModule http');
      expect(loaded).not.toContain('NativeModule http2');
    } finally {
      await fly.close();
    }
  });

  it("gives undici HTTP/2's header names as node:http2 has them", () => {
    const core = readFileSync(path.join(process.cwd(), 'dist/undici-core.index.cjs.js'), 'utf8');
    const names = JSON.parse(/const names = (\{[^\n]*\});/.exec(core)?.[1] ?? '{}') as Record<
      string,
      string
    >;
    expect(Object.keys(names)).toContain('HTTP2_HEADER_AUTHORITY');
    expect(names).toEqual(
      Object.fromEntries(
        Object.keys(names).map(name => [name, (http2Constants as Record<string, unknown>)[name]])
      )
    );
  });
});

describe('what a check loads (node dist/index.js, as the runner starts it)', () => {
  const PARSER = /node_modules\/@actions\/workflow-parser\/|workflow-root-strict/;
  const SHOP = path.resolve('__tests__/fixtures/repos/shop');

  /** A check offline, with Node's module log on (every bundle file it loads, on stderr). */
  const check = (env: Record<string, string>, workspace?: string): Promise<ActionRun> =>
    runAction({
      ...(workspace ? { workspace } : {}),
      inputs: { token: vector('deploy_app').header_form, online: 'false' },
      env: { NODE_DEBUG: 'module', FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z', ...env }
    });
  const loadsParser = (run: ActionRun): boolean =>
    [...run.stderr.matchAll(/load "([^"]*\/dist\/[^"/]+\.js)"/g)].some(([, file]) =>
      PARSER.test(readFileSync(file ?? '', 'utf8'))
    );

  it('loads the workflow parser when there is a workflow to read', async () => {
    const run = await check(
      {
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
        GITHUB_JOB: 'deploy-web'
      },
      SHOP
    );
    expect(run.outputs.kind).toBe('deploy');
    expect(loadsParser(run)).toBe(true);
  });

  it.each([
    ['no workflow is named', {}],
    [
      'the workflow is not checked out',
      {
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
        GITHUB_JOB: 'deploy-web'
      }
    ]
  ])('leaves it out when %s', async (_case, env) => {
    const run = await check(env);
    expect(run.outputs.kind).toBe('deploy');
    expect(loadsParser(run)).toBe(false);
  });
});

describe("undici's code, in bundle files of its own (scripts/lazy-undici.mjs)", () => {
  /** The bundle files a check loaded (Node's module log). */
  const filesLoaded = (run: ActionRun): string[] =>
    [...run.stderr.matchAll(/load "[^"]*\/dist\/([^"/]+\.js)"/g)].map(([, file]) => file ?? '');
  const check = (inputs: Record<string, string>): Promise<ActionRun> =>
    runAction({
      inputs: { token: vector('deploy_app').header_form, apps: 'acme-web', ...inputs },
      env: { NODE_DEBUG: 'module' }
    });
  const dist = (file: string): string =>
    readFileSync(path.join(process.cwd(), 'dist', file), 'utf8');

  it('is not in the entry bundle: the agent is with the parts the Fly client uses, fetch apart', () => {
    expect(dist('index.js')).not.toMatch(/\bclass EnvHttpProxyAgent\b/);
    expect(dist('undici-core.index.cjs.js')).toMatch(/\bclass EnvHttpProxyAgent\b/);
    expect(dist('undici-core.index.cjs.js')).not.toMatch(/\bclass WebSocket\b/);
    expect(dist('undici.index.cjs.js')).toMatch(/\bclass WebSocket\b/);
  });

  it('is not read by an offline check', async () => {
    const run = await check({ online: 'false' });
    expect(run.outputs.kind).toBe('deploy');
    expect(filesLoaded(run)).toContain('index.js');
    expect(filesLoaded(run)).not.toContain('undici-core.index.cjs.js');
    expect(filesLoaded(run)).not.toContain('undici.index.cjs.js');
  });

  it('a check that asks Fly reads the parts it uses once, and not the rest (fetch, WebSocket...)', async () => {
    const fly = await startFlyStandIn();
    try {
      const run = await check({ 'fly-api-url': fly.url, 'fly-graphql-url': fly.graphqlUrl });
      expect(run.outputs.valid).toBe('true');
      expect(filesLoaded(run).filter(file => file === 'undici-core.index.cjs.js')).toHaveLength(1);
      expect(filesLoaded(run)).not.toContain('undici.index.cjs.js');
    } finally {
      await fly.close();
    }
  });
});

describe('parseWorkflowFile without schema validation', () => {
  it.each(corpusWorkflows().map(e => [e.file, e] as const))(
    '%s: the same model, schema problems aside',
    (_file, entry) => {
      const full = parseWorkflowFile(entry.path, entry.text);
      const quick = parseWorkflowFile(entry.path, entry.text, { validate: false });
      expect(quick).toEqual({ ...full, errors: full.errors.filter(e => e.kind !== 'schema') });
    }
  );

  it('keeps YAML problems', () => {
    const broken = 'on: push\njobs:\n  a:\n    steps: [\n';
    const quick = parseWorkflowFile('.github/workflows/x.yml', broken, { validate: false });
    expect(quick.errors.length).toBeGreaterThan(0);
    expect(quick.errors.every(e => e.kind === 'yaml')).toBe(true);
  });
});
