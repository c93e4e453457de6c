// `npm run bench`: the costs users feel, each measured side by side with a baseline taken in the
// same run (a busy machine moves both sides), printed as one table with PASS/MISS and written to
// .bench/results.json. Everything runs as the runner runs it: fresh `node dist/…` processes.
//
//   npm run bench                            all rows (several minutes: the scan goes to 50,000)
//   npm run bench -- --only=step,trips,scan,detect,audit
//   npm run bench -- --runs=15               step-time runs per side (default 11)
//   npm run bench -- --quick                 smaller scan and audit sizes, to try the bench
//   npm run bench -- --node=/path/to/node    the Node that runs every measured process (default:
//                                            this one); action.yml says node24, the runner's Node
//
// Needs `npm run package` first (it runs dist/). The Fly and GitHub stand-ins come from
// __tests__/support, compiled with tsc into .bench/lib; the baseline action is bundled with ncc
// into .bench/baseline. Generated repositories live in a temp dir and are removed after.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, '.bench');
const LIB = path.join(BENCH, 'lib');
const MIB = 1024 * 1024;
const args = Object.fromEntries(
  process.argv.slice(2).map(a => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  })
);
const QUICK = Boolean(args.quick);
const ONLY = String(args.only ?? 'step,trips,scan,detect,audit').split(',');
const RUNS = Number(args.runs ?? 11);
/** Runs every measured process, both sides of each row alike. */
const NODE = args.node ? path.resolve(String(args.node)) : process.execPath;

// ------------------------------------------------------------------------------------------------
// Shared pieces

function vectors() {
  return JSON.parse(
    readFileSync(path.join(ROOT, '__tests__/fixtures/vectors/fly-tokens.json'), 'utf8')
  );
}

const median = values => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = v => `${v.toFixed(v < 100 ? 1 : 0)} ms`;
const fmtS = v => `${(v / 1000).toFixed(1)} s`;
const fmtMiB = v => `${(v / MIB).toFixed(0)} MiB`;
const row = (name, measured, baseline, ratio, target, pass, note = '') => ({
  name,
  measured,
  baseline,
  ratio,
  target,
  status: pass ? 'PASS' : 'MISS',
  note
});

/** Compiles the test stand-ins (Fly, GitHub org) with tsc into .bench/lib. */
function buildStandIns() {
  mkdirSync(BENCH, { recursive: true });
  const config = {
    extends: '../tsconfig.json',
    compilerOptions: {
      noEmit: false,
      outDir: 'lib',
      rootDir: '..',
      declaration: false,
      sourceMap: false
    },
    include: [
      '../__tests__/support/fly-api-stand-in.ts',
      '../__tests__/support/github-org-stand-in.ts'
    ]
  };
  writeFileSync(path.join(BENCH, 'tsconfig.json'), JSON.stringify(config, null, 2));
  rmSync(LIB, { recursive: true, force: true });
  spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(BENCH, 'tsconfig.json')],
    {
      encoding: 'utf8'
    }
  );
  if (!existsSync(path.join(LIB, '__tests__/support/fly-api-stand-in.js'))) {
    throw new Error('tsc did not compile the stand-ins into .bench/lib');
  }
}

const standIn = name => import(pathToFileURL(path.join(LIB, `__tests__/support/${name}.js`)).href);

/** Bundles a tiny action with ncc: imports @actions/core, reads an input, writes an output and a summary. */
function buildBaselineAction() {
  const dir = path.join(BENCH, 'baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Bundled as ours is: a CommonJS entry requiring an ES module (@actions/core 3 is ESM-only).
  writeFileSync(
    path.join(dir, 'main.mjs'),
    `import * as core from '@actions/core';
const token = core.getInput('token');
core.setOutput('verdict', token ? 'pass' : 'none');
await core.summary.addHeading('Hello').addRaw('A minimal action.').write();
`
  );
  writeFileSync(path.join(dir, 'index.cjs'), "require('./main.mjs');\n");
  spawnSync(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    ['build', path.join(dir, 'index.cjs'), '-o', path.join(dir, 'dist'), '--quiet'],
    {
      stdio: 'inherit'
    }
  );
  const entry = path.join(dir, 'dist/index.js');
  if (existsSync(path.join(dir, 'dist/index.cjs'))) {
    writeFileSync(entry, readFileSync(path.join(dir, 'dist/index.cjs')));
    writeFileSync(path.join(dir, 'dist/package.json'), '{"type":"commonjs"}\n');
  }
  if (!existsSync(entry)) throw new Error('ncc did not bundle the baseline action');
  return entry;
}

/** The INPUT_* variables the runner sets from action.yml's defaults. */
function actionDefaults() {
  const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  const env = {};
  let name = null;
  for (const line of text.split('\n')) {
    const input = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (input) name = input[1];
    if (/^outputs:/.test(line)) break;
    const def = /^ {4}default:\s*'?(.*?)'?\s*$/.exec(line);
    if (name && def) env[`INPUT_${name.toUpperCase()}`] = def[1].replace(/^\$\{\{.*\}\}$/, '');
  }
  return env;
}

/** Runs a command to its end; wall time and peak RSS (VmHWM polled from /proc). */
function measure(command, argv, env, cwd) {
  return new Promise(resolve => {
    const started = performance.now();
    const child = spawn(command, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let stdout = '';
    let stderr = '';
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
      } catch {
        /* the process ended between two polls */
      }
    }, 20);
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('close', code => {
      clearInterval(poll);
      resolve({ ms: performance.now() - started, rss: peak, code, stdout, stderr });
    });
  });
}

function writeFiles(root, files) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

// ------------------------------------------------------------------------------------------------
// A user's step: the check with the action's defaults, a workflow and fly.toml in the workspace

const DEPLOY_WORKFLOW = `name: Deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: fly-token-guard/fly-token-guard@v1
        with:
          token: \${{ secrets.FLY_API_TOKEN }}
      - uses: superfly/flyctl-actions/setup-flyctl@ed8efb33836e8b2096c7fd3ba1c8afe303ebbff1 # 1.6
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

function stepWorkspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'ftg-bench-step-'));
  writeFiles(path.join(dir, 'ws'), {
    '.github/workflows/deploy.yml': DEPLOY_WORKFLOW,
    'fly.toml':
      'app = "acme-web"\nprimary_region = "ams"\n\n[http_service]\n  internal_port = 8080\n'
  });
  return dir;
}

function stepEnv(dir, inputs) {
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_ENV: 'env',
    GITHUB_STATE: 'state'
  };
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true'
  };
  for (const [name, file] of Object.entries(files)) {
    env[name] = path.join(dir, file);
    writeFileSync(env[name], '');
  }
  Object.assign(env, {
    GITHUB_WORKSPACE: path.join(dir, 'ws'),
    GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
    GITHUB_JOB: 'deploy',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: dir,
    ...actionDefaults()
  });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** Interleaved runs of each side; the median wall time of each. */
async function sideBySide(sides, runs) {
  const times = sides.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, side] of sides.entries()) {
      const result = await measure(NODE, [side.entry], side.env(), side.cwd);
      if (i === 0 && side.check) side.check(result);
      times[index].push(result.ms);
    }
  }
  return times.map(median);
}

async function stepRows() {
  const { startFlyStandIn } = await standIn('fly-api-stand-in');
  const fly = await startFlyStandIn();
  const baseline = buildBaselineAction();
  const dir = stepWorkspace();
  const token = vectors().find(v => v.name === 'deploy_app').header_form;
  const urls = { 'fly-api-url': fly.url, 'fly-graphql-url': fly.graphqlUrl };
  const guard = online => ({
    entry: path.join(ROOT, 'dist/index.js'),
    cwd: path.join(dir, 'ws'),
    env: () => stepEnv(dir, { token, ...urls, ...(online ? {} : { online: 'false' }) }),
    check: result => {
      if (result.code !== 0 && result.code !== 1)
        throw new Error(`the guard step crashed:\n${result.stderr}`);
    }
  });
  const base = { entry: baseline, cwd: path.join(dir, 'ws'), env: () => stepEnv(dir, { token }) };
  try {
    const [online, baseOnline] = await sideBySide([guard(true), base], RUNS);
    const [offline, baseOffline] = await sideBySide([guard(false), base], RUNS);
    const rOn = online / baseOnline;
    const rOff = offline / baseOffline;
    return [
      row(
        'step time, check online (loopback Fly)',
        fmtMs(online),
        fmtMs(baseOnline),
        `${rOn.toFixed(2)}x`,
        '<= 1.5x',
        rOn <= 1.5
      ),
      row(
        'step time, check offline',
        fmtMs(offline),
        fmtMs(baseOffline),
        `${rOff.toFixed(2)}x`,
        '<= 1.25x',
        rOff <= 1.25
      )
    ];
  } finally {
    await fly.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// Round trips: the same step with Fly's stand-in 300 ms away, against 0 ms

const ROUTES = ['apps-list', 'app', 'graphql'];

async function tripsRows() {
  const { startFlyStandIn } = await standIn('fly-api-stand-in');
  const fly = await startFlyStandIn();
  const dir = stepWorkspace();
  const all = vectors();
  const token = all.find(v => v.name === 'deploy_app').header_form;
  const urls = { 'fly-api-url': fly.url, 'fly-graphql-url': fly.graphqlUrl };
  const latency = ms => {
    for (const route of ROUTES) fly.setMisbehaviour(route, ms > 0 ? { kind: 'latency', ms } : null);
  };
  const run = async (inputs, extraEnv = {}) => {
    const result = await measure(
      NODE,
      [path.join(ROOT, 'dist/index.js')],
      { ...stepEnv(dir, { ...urls, ...inputs }), ...extraEnv },
      path.join(dir, 'ws')
    );
    if (result.code !== 0 && result.code !== 1)
      throw new Error(`the guard step crashed:\n${result.stderr}`);
    return result.ms;
  };
  const healthTokens = {};
  const usable = all.filter(
    v => typeof v.header_form === 'string' && v.truth.category !== 'malformed'
  );
  for (let i = 0; i < 16; i++)
    healthTokens[`FLY_TOKEN_${i}`] = usable[i % usable.length].header_form;
  const health = { mode: 'health', tokens: Object.keys(healthTokens).join(','), 'issue-label': '' };
  const n = Math.max(3, Math.floor(RUNS / 2));
  try {
    const times = { check: [[], []], health: [[], []] };
    let requests = 0;
    for (let i = 0; i < n; i++) {
      for (const [index, ms] of [0, 300].entries()) {
        latency(ms);
        const before = fly.requests.length;
        times.check[index].push(await run({ token }));
        if (i === 0 && index === 0) requests = fly.requests.length - before;
        times.health[index].push(await run(health, healthTokens));
      }
    }
    latency(0);
    const [c0, c300] = times.check.map(median);
    const [h0, h300] = times.health.map(median);
    return [
      row(
        'round trips: check, Fly 300 ms away',
        fmtMs(c300),
        fmtMs(c0),
        `+${fmtMs(c300 - c0)}`,
        '<= +360 ms',
        c300 - c0 <= 360,
        `${requests} request(s) to Fly for one check`
      ),
      row(
        'round trips: health of 16 tokens, Fly 300 ms away',
        fmtMs(h300),
        fmtMs(h0),
        `+${fmtMs(h300 - h0)}`,
        '<= +360 ms',
        h300 - h0 <= 360
      )
    ];
  } finally {
    await fly.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// Scan scale: generated repositories of N workflows, scanned by a fresh CLI process

function workflowText(i) {
  const app = `svc-${i}`;
  return `name: Deploy ${app}
on:
  push:
    branches: [main]
    paths: ['services/${app}/**']
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: npm ci && npm test
        working-directory: services/${app}
  deploy:
    if: github.event_name == 'push'
    needs: test
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only --config services/${app}/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_TOKEN_${i % 50} }}
`;
}

function generateRepository(workflows) {
  const root = mkdtempSync(path.join(tmpdir(), `ftg-bench-scan-${workflows}-`));
  mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
  for (let i = 0; i < workflows; i++) {
    writeFileSync(path.join(root, `.github/workflows/deploy-${i}.yml`), workflowText(i));
    if (i % 10 === 0) {
      mkdirSync(path.join(root, `services/svc-${i}`), { recursive: true });
      writeFileSync(path.join(root, `services/svc-${i}/fly.toml`), `app = "svc-${i}"\n`);
    }
  }
  return root;
}

/**
 * The floor: read every file and parse every workflow with the same YAML parser, as one bundle.
 * Bundled as ours is (a CommonJS entry requiring an ES module: @actions/workflow-parser is
 * ESM-only, so a `require` of it does not bundle), and run as a fresh process like the scan.
 */
function buildFloor() {
  const dir = path.join(BENCH, 'floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'main.mjs'),
    `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
const root = process.argv[2];
let files = 0;
let workflows = 0;
const walk = dir => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== '.git') walk(full); continue; }
    const text = readFileSync(full, 'utf8');
    files++;
    if (full.includes('/.github/workflows/')) {
      parseWorkflow({ name: path.relative(root, full), content: text }, new NoOperationTraceWriter());
      workflows++;
    }
  }
};
walk(root);
process.stdout.write(JSON.stringify({ files, workflows }));
`
  );
  writeFileSync(path.join(dir, 'index.cjs'), "require('./main.mjs');\n");
  spawnSync(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    ['build', path.join(dir, 'index.cjs'), '-o', path.join(dir, 'dist'), '--quiet'],
    {
      stdio: 'inherit'
    }
  );
  const entry = path.join(dir, 'dist/index.js');
  if (existsSync(path.join(dir, 'dist/index.cjs'))) {
    writeFileSync(entry, readFileSync(path.join(dir, 'dist/index.cjs')));
    writeFileSync(path.join(dir, 'dist/package.json'), '{"type":"commonjs"}\n');
  }
  if (!existsSync(entry)) throw new Error('ncc did not bundle the scan floor');
  return entry;
}

/** The floor over one repository; throws unless it read every workflow. */
async function floorOnce(floor, root, workflows) {
  const result = await measure(NODE, [floor, root], { PATH: process.env.PATH }, root);
  let counted;
  try {
    counted = JSON.parse(result.stdout);
  } catch {
    counted = null;
  }
  if (result.code !== 0 || counted?.workflows !== workflows)
    throw new Error(`the scan floor failed (exit ${result.code}): ${result.stderr.slice(0, 300)}`);
  return result;
}

async function scanOnce(root) {
  const result = await measure(
    NODE,
    [path.join(ROOT, 'dist/cli/index.js'), 'scan', root, '--json', '--max-files', '1000000'],
    { PATH: process.env.PATH, HOME: process.env.HOME },
    root
  );
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`scan crashed (exit ${result.code}): ${result.stderr.slice(0, 500)}`);
  return result;
}

async function scanRows() {
  const sizes = QUICK ? [500, 2000, 5000] : [1000, 5000, 20000, 50000];
  const floor = buildFloor();
  const rows = [];
  const perWorkflow = new Map();
  for (const size of sizes) {
    const root = generateRepository(size);
    try {
      const scan = await scanOnce(root);
      perWorkflow.set(size, scan.ms / size);
      console.log(`  scan of ${size} workflows: ${fmtS(scan.ms)}, peak RSS ${fmtMiB(scan.rss)}`);
      if (size === sizes[0] || size === (QUICK ? 2000 : 20000)) {
        const floorRun = await floorOnce(floor, root, size);
        const ratio = scan.ms / floorRun.ms;
        rows.push(
          row(
            `scan time vs read+parse floor, ${size} workflows`,
            fmtS(scan.ms),
            fmtS(floorRun.ms),
            `${ratio.toFixed(2)}x`,
            '<= 1.5x',
            ratio <= 1.5
          )
        );
      }
      if (size === (QUICK ? 2000 : 20000)) {
        rows.push(
          row(
            `scan peak RSS, ${size} workflows`,
            fmtMiB(scan.rss),
            '',
            '',
            '<= 300 MiB',
            scan.rss <= 300 * MIB
          )
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const first = perWorkflow.get(sizes[0]);
  const last = perWorkflow.get(sizes.at(-1));
  const growth = last / first;
  rows.push(
    row(
      `scan time per workflow, ${sizes.at(-1)} vs ${sizes[0]}`,
      `${last.toFixed(2)} ms`,
      `${first.toFixed(2)} ms`,
      `${growth.toFixed(2)}x`,
      '<= 1.5x (flat)',
      growth <= 1.5
    )
  );

  // 4,500 files of 1 MB each beside a few workflows: the heap must hold.
  const count = QUICK ? 600 : 4500;
  const big = generateRepository(20);
  try {
    const chunk = 'x'.repeat(1023) + '\n';
    const body = chunk.repeat(1024);
    for (let i = 0; i < count; i++) {
      mkdirSync(path.join(big, `data/${i % 100}`), { recursive: true });
      writeFileSync(path.join(big, `data/${i % 100}/blob-${i}.txt`), body);
    }
    const scan = await scanOnce(big);
    rows.push(
      row(
        `scan of ${count} files of 1 MB`,
        `exit ${scan.code}, ${fmtS(scan.ms)}`,
        '',
        fmtMiB(scan.rss),
        'completes, <= 300 MiB',
        scan.rss <= 300 * MIB
      )
    );
  } catch (error) {
    rows.push(
      row(
        `scan of ${count} files of 1 MB`,
        String(error.message).slice(0, 60),
        '',
        '',
        'completes, <= 300 MiB',
        false
      )
    );
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
  return rows;
}

// ------------------------------------------------------------------------------------------------
// Detection: every committed form of a token is found as hardcoded-token, nothing else is

function tokenForms() {
  const all = vectors();
  const org = all.find(v => v.truth.kind === 'org').header_form;
  const body = org.replace(/^FlyV1 /, '');
  const bundle = all.find(v => v.truth.kind === 'deploy').header_form;
  const legacy = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f'.slice(0, 43);
  const wrap = (text, width) => text.match(new RegExp(`.{1,${width}}`, 'g'));
  return {
    'labelled header': `FLY_API_TOKEN="${org}"\n`,
    'wrapped at 76 in a YAML |- block': `env:\n  FLY_API_TOKEN: |-\n${wrap(org, 76)
      .map(l => `    ${l}`)
      .join('\n')}\n`,
    'TOML multi-line string': `token = """\n${wrap(body, 64).join('\n')}\n"""\n`,
    'split across two lines': `A="${body.slice(0, 120)}"\nB="${body.slice(120)}"\n`,
    'body without its label': `x = "${body.replace(/^fm2_/, '')}"\n`,
    'URL-encoded': `url = "https://x.test/?t=${encodeURIComponent(org)}"\n`,
    'base64 of a token': `secret: ${Buffer.from(org).toString('base64')}\n`,
    'legacy token after --access-token': `flyctl deploy --access-token ${legacy}\n`,
    'legacy token as Bearer': `curl -H "Authorization: Bearer ${legacy}" https://api.fly.io\n`,
    'legacy token flyctl reads glued to -t': `flyctl deploy -t${legacy}\n`,
    'base64 of a legacy token in a Kubernetes secret': `data:\n  FLY_API_TOKEN: ${Buffer.from(legacy).toString('base64')}\n`,
    'multi-piece bundle': `FLY_API_TOKEN='${bundle}'\n`
  };
}

async function detectRows() {
  const forms = tokenForms();
  const root = generateRepository(200);
  try {
    const names = Object.keys(forms);
    names.forEach((name, i) => writeFiles(root, { [`config/form-${i}.txt`]: forms[name] }));
    const scan = await scanOnce(root);
    const findings = JSON.parse(scan.stdout).findings.filter(f => f.rule === 'hardcoded-token');
    const found = names.filter((_, i) => findings.some(f => f.file === `config/form-${i}.txt`));
    const missed = names.filter(n => !found.includes(n));
    const falsePositives = findings.filter(f => !String(f.file).startsWith('config/form-')).length;
    const perForm = names.map(
      (_, i) => findings.filter(f => f.file === `config/form-${i}.txt`).length
    );
    const doubled = perForm.filter(n => n > 1).length;
    return [
      row(
        'detection: committed token forms found',
        `${found.length} of ${names.length}`,
        '',
        '',
        'all',
        missed.length === 0,
        missed.length ? `missed: ${missed.join(', ')}` : ''
      ),
      row(
        'detection: false positives on 200 generated workflows',
        String(falsePositives),
        '',
        '',
        '0',
        falsePositives === 0
      ),
      row(
        'detection: one finding per token (bundles named once)',
        `${doubled} doubled`,
        '',
        '',
        '0',
        doubled === 0
      )
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// Org audit: 1,000 repositories at 50 ms latency, in one process and as 4 shards

function auditRepositories(count) {
  return Array.from({ length: count }, (_, i) => {
    const name = `service-${String(i).padStart(4, '0')}`;
    const files = {
      '.github/workflows/deploy.yml': workflowText(i),
      [`services/svc-${i}/fly.toml`]: `app = "svc-${i}"\n`,
      'README.md': `# ${name}\n`
    };
    if (i % 5 === 0)
      files['.github/workflows/ci.yml'] = workflowText(i + 1).replace(
        'FLY_TOKEN_',
        'FLY_CI_TOKEN_'
      );
    return { name, files };
  });
}

async function auditRows() {
  const { startOrgStandIn } = await standIn('github-org-stand-in');
  const count = QUICK ? 200 : 1000;
  const token = 'ghs_bench_audit_token';
  const server = await startOrgStandIn({
    org: 'acme',
    token,
    repositories: auditRepositories(count),
    latencyMs: 50,
    // The one-process run and the shards each read the whole organization: a budget for both
    // (the stand-in's default, GitHub's 5,000 an hour, would cut the shards short).
    rateLimit: 100_000
  });
  const cli = path.join(ROOT, 'dist/cli/index.js');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: token };
  const dir = mkdtempSync(path.join(tmpdir(), 'ftg-bench-audit-'));
  try {
    const one = await measure(
      NODE,
      [
        cli,
        'audit',
        '--org',
        'acme',
        '--json',
        '--fail-on',
        'never',
        '--github-api-url',
        server.url
      ],
      env,
      dir
    );
    if (one.code !== 0) throw new Error(`audit exited ${one.code}: ${one.stderr.slice(0, 300)}`);
    const report = JSON.parse(one.stdout);
    const kinds = { pages: 0, trees: 0, blobs: 0, other: 0 };
    for (const r of server.requests) {
      if (r.path.startsWith('/orgs/')) kinds.pages++;
      else if (r.path.includes('/git/trees/')) kinds.trees++;
      else if (r.path.includes('/git/blobs/')) kinds.blobs++;
      else kinds.other++;
    }
    const expectedBlobs = auditRepositories(count).reduce(
      (n, r) => n + Object.keys(r.files).length - 1,
      0
    );
    const exact =
      kinds.other === 0 &&
      kinds.trees === count &&
      kinds.blobs === expectedBlobs &&
      kinds.pages === Math.ceil(count / 100);
    const total = server.requests.length;
    server.requests.length = 0;
    const shards = await Promise.all(
      [1, 2, 3, 4].map(i =>
        measure(
          NODE,
          [
            cli,
            'audit',
            '--org',
            'acme',
            '--json',
            '--fail-on',
            'never',
            '--shard',
            `${i}/4`,
            '--github-api-url',
            server.url
          ],
          env,
          dir
        )
      )
    );
    const failed = shards.findIndex(s => s.code !== 0);
    if (failed >= 0)
      throw new Error(
        `audit shard ${failed + 1}/4 exited ${shards[failed].code}: ${shards[failed].stderr.slice(0, 300)}`
      );
    const files = shards.map((s, i) => {
      const file = path.join(dir, `shard-${i + 1}.json`);
      writeFileSync(file, s.stdout);
      return file;
    });
    const merged = spawnSync(NODE, [cli, 'audit', 'merge', ...files, '--json'], {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * MIB
    });
    const same =
      JSON.stringify(JSON.parse(merged.stdout).repositories) ===
      JSON.stringify(report.repositories);
    const shardWall = Math.max(...shards.map(s => s.ms));
    return [
      row(
        `audit: ${count} repositories at 50 ms, one process`,
        fmtS(one.ms),
        '',
        fmtMiB(one.rss),
        '< 60 s, < 300 MiB',
        one.ms < 60_000 && one.rss < 300 * MIB
      ),
      row(
        'audit: requests = pages + trees + files read',
        String(total),
        `${kinds.pages} + ${kinds.trees} + ${kinds.blobs}`,
        `${((kinds.trees + kinds.blobs) / count).toFixed(2)}/repo`,
        'exact',
        exact,
        kinds.other ? `${kinds.other} other requests` : ''
      ),
      row(
        `audit: 4 shards in parallel, merged`,
        fmtS(shardWall),
        fmtS(one.ms),
        fmtMiB(Math.max(...shards.map(s => s.rss))),
        'merge = one process',
        same
      )
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------

function printTable(rows) {
  const header = ['benchmark', 'measured', 'baseline', 'ratio', 'target', 'result'];
  const lines = rows.map(r => [r.name, r.measured, r.baseline, r.ratio, r.target, r.status]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map(l => String(l[i]).length)));
  const format = cells => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  console.log(`\n${format(header)}\n${widths.map(w => '-'.repeat(w)).join('-|-')}`);
  for (const line of lines) console.log(format(line));
  for (const r of rows.filter(r => r.note)) console.log(`  ${r.name}: ${r.note}`);
}

async function main() {
  if (!existsSync(path.join(ROOT, 'dist/index.js'))) throw new Error('run `npm run package` first');
  const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const machine = `node ${nodeVersion}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, load ${loadavg()
    .map(n => n.toFixed(2))
    .join(' ')}`;
  console.log(`fly-token-guard benchmarks, ${new Date().toISOString()}\n${machine}`);
  buildStandIns();
  const rows = [];
  const sections = {
    step: stepRows,
    trips: tripsRows,
    scan: scanRows,
    detect: detectRows,
    audit: auditRows
  };
  for (const name of ONLY) {
    if (!sections[name])
      throw new Error(`unknown section '${name}' (${Object.keys(sections).join(', ')})`);
    console.log(`\n${name}…`);
    rows.push(...(await sections[name]()));
  }
  printTable(rows);
  mkdirSync(BENCH, { recursive: true });
  writeFileSync(
    path.join(BENCH, 'results.json'),
    JSON.stringify({ date: new Date().toISOString(), machine, quick: QUICK, rows }, null, 2)
  );
  const missed = rows.filter(r => r.status === 'MISS').length;
  console.log(
    `\n${rows.length - missed} of ${rows.length} targets met${QUICK ? ' (quick sizes)' : ''}; results in .bench/results.json`
  );
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
