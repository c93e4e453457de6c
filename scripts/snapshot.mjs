// `node scripts/snapshot.mjs [OUT]`: what users see, written to OUT (default .snapshot/) so that a
// refactor can be diffed against it (`diff -r before/ after/`). Runs the bundles in dist/ offline
// with a pinned clock: inspect JSON for every vector, check JSON and the action's check summary for
// every example token, scan JSON and SARIF for every fixture repository, and a health summary.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.resolve(process.argv[2] ?? '.snapshot');
const NOW = '2026-01-01T00:00:00Z';
const cli = path.join(ROOT, 'dist/cli/index.js');
const action = path.join(ROOT, 'dist/index.js');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const baseEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  FLY_TOKEN_GUARD_NOW: NOW
};
const safe = name => name.replace(/[^A-Za-z0-9._-]+/g, '_');

function record(file, result) {
  const target = path.join(OUT, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(
    target,
    `exit ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}\n`
  );
}

function runCli(args, env = {}) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    input: ''
  });
}

// Every token: the vectors, the library-differential cases and the examples.
const tokens = [];
const vectors = JSON.parse(
  readFileSync(path.join(ROOT, '__tests__/fixtures/vectors/fly-tokens.json'), 'utf8')
);
for (const v of vectors) tokens.push({ name: `vector-${v.name}`, token: v.token });
const differential = path.join(ROOT, '__tests__/fixtures/vectors/library-differential');
for (const file of readdirSync(differential)
  .filter(f => f.endsWith('.json'))
  .sort()) {
  const entry = JSON.parse(readFileSync(path.join(differential, file), 'utf8'));
  const headers = entry.header ? [entry.header] : Object.values(entry.headers ?? {});
  headers.forEach((token, i) => tokens.push({ name: `differential-${file}-${i}`, token }));
}
const examples = path.join(ROOT, 'examples/tokens');
for (const file of readdirSync(examples)
  .filter(f => f.endsWith('.token'))
  .sort()) {
  tokens.push({ name: `example-${file}`, token: readFileSync(path.join(examples, file), 'utf8') });
}

const demo = path.join(ROOT, 'examples/demo-repo');
for (const { name, token } of tokens) {
  record(`inspect/${safe(name)}.txt`, runCli(['inspect', '--json'], { FLY_API_TOKEN: token }));
  record(`inspect-text/${safe(name)}.txt`, runCli(['inspect'], { FLY_API_TOKEN: token }));
  record(
    `check/${safe(name)}.txt`,
    runCli(
      [
        'check',
        '--json',
        '--offline',
        '--repo',
        demo,
        '--workflow',
        path.join(demo, '.github/workflows/deploy.yml'),
        '--job',
        'deploy-web'
      ],
      { FLY_API_TOKEN: token }
    )
  );
}

// Scan: every fixture repository, JSON and SARIF.
const repos = [['demo-repo', demo]];
const fixtureRepos = path.join(ROOT, '__tests__/fixtures/repos');
for (const name of readdirSync(fixtureRepos).sort())
  repos.push([name, path.join(fixtureRepos, name)]);
for (const [name, dir] of repos) {
  record(`scan/${safe(name)}.json.txt`, runCli(['scan', dir, '--json']));
  record(`scan/${safe(name)}.sarif.txt`, runCli(['scan', dir, '--sarif']));
  record(`scan/${safe(name)}.text.txt`, runCli(['scan', dir]));
}

// The action as the runner runs it: outputs, summary and log, with run-specific ids normalised.
function runAction(name, inputs, extraEnv = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ftg-snapshot-'));
  const workspace = path.join(dir, 'workspace');
  cpSync(demo, workspace, { recursive: true });
  const files = { output: 'output', summary: 'summary', env: 'env', state: 'state' };
  for (const f of Object.values(files)) writeFileSync(path.join(dir, f), '');
  const env = {
    ...baseEnv,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(dir, files.output),
    GITHUB_STEP_SUMMARY: path.join(dir, files.summary),
    GITHUB_ENV: path.join(dir, files.env),
    GITHUB_STATE: path.join(dir, files.state),
    GITHUB_WORKFLOW_REF: 'acme/demo/.github/workflows/deploy.yml@refs/heads/main',
    GITHUB_JOB: 'deploy-web',
    GITHUB_REPOSITORY: 'acme/demo',
    ...extraEnv
  };
  for (const [key, value] of Object.entries({ online: 'false', ...inputs })) {
    env[`INPUT_${key.toUpperCase()}`] = value;
  }
  const result = spawnSync(process.execPath, [action], { cwd: workspace, env, encoding: 'utf8' });
  const read = f =>
    readFileSync(path.join(dir, f), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X');
  record(`action/${safe(name)}.txt`, {
    status: result.status,
    stdout: `${result.stdout}\n--- outputs\n${read(files.output)}\n--- summary\n${read(files.summary)}\n--- env\n${read(files.env)}`,
    stderr: result.stderr
  });
  rmSync(dir, { recursive: true, force: true });
}

for (const file of readdirSync(examples)
  .filter(f => f.endsWith('.token'))
  .sort()) {
  const token = readFileSync(path.join(examples, file), 'utf8').trim();
  runAction(`check-${file}`, { token });
}
const healthEnv = {};
const names = [];
for (const file of readdirSync(examples)
  .filter(f => f.endsWith('.token'))
  .sort()) {
  const name = `FLY_${safe(file.replace(/\.token$/, ''))
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '_')}`;
  healthEnv[name] = readFileSync(path.join(examples, file), 'utf8').trim();
  names.push(name);
}
runAction('health', { mode: 'health', tokens: names.join(','), 'issue-label': '' }, healthEnv);
runAction('scan-mode', { mode: 'scan' });

if (existsSync(path.join(ROOT, '../shared/corpus'))) {
  console.log('(the shared corpus is not part of the snapshot: see npm run corpus)');
}
console.log(`snapshot written to ${path.relative(ROOT, OUT) || OUT}`);
