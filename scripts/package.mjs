// Bundles the action and the CLI with ncc into dist/ (committed, checked by CI).
import { execFileSync } from 'node:child_process';
import { rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';

const ncc = 'node_modules/.bin/ncc';
rmSync('dist', { recursive: true, force: true });
const build = (entry, out) =>
  execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  });
build('src/index.ts', 'dist');
build('src/cli/index.ts', 'dist/cli');
const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);
