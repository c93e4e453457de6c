// `npm run demo`: the guard on the example data shipped in the repo, offline, with a pinned clock.
// Inspects each example token, then checks each against the demo repository's deploy job.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const cli = path.resolve('dist/cli/index.js');
const tokens = path.resolve('examples/tokens');
const repo = path.resolve('examples/demo-repo');
const env = { ...process.env, FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' };
delete env.FLY_ACCESS_TOKEN;

function run(title, args, token) {
  console.log(`\n━━━ ${title}\n$ fly-token-guard ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], {
    env: token ? { ...env, FLY_API_TOKEN: token } : env,
    encoding: 'utf8'
  });
  process.stdout.write(result.stdout + result.stderr);
  console.log(`(exit code ${result.status})`);
}

for (const file of readdirSync(tokens)
  .filter(f => f.endsWith('.token'))
  .sort()) {
  const token = readFileSync(path.join(tokens, file), 'utf8').trim();
  run(`${file}: what is it?`, ['inspect'], token);
  run(
    `${file}: is it right for the demo repo's deploy-web job?`,
    [
      'check',
      '--offline',
      '--repo',
      repo,
      '--workflow',
      path.join(repo, '.github/workflows/deploy.yml'),
      '--job',
      'deploy-web'
    ],
    token
  );
}

run("the demo repo's workflows: is any Fly token handled riskily?", ['scan', repo], '');
