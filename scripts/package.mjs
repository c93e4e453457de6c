// Builds dist/ (committed, checked by CI): tsc compiles src/ to lib/ as ESM, then ncc bundles
// the action entry and the CLI entry with their dependencies and licenses.
import { execFileSync } from 'node:child_process';
import { rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';

const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
const bundle = (entry, out) =>
  run('ncc', ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet']);
bundle('lib/index.js', 'dist');
bundle('lib/cli/index.js', 'dist/cli');
rmSync('lib', { recursive: true, force: true });

const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);
