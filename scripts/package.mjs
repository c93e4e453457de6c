// Builds dist/ (committed, checked by CI): tsc compiles src/ to lib/ as ESM, then ncc bundles
// the action entry and the CLI entry with their dependencies and licenses.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs';

const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
// ncc's license plugin misses packages it reaches only through an `exports` ESM entry
// (@msgpack/msgpack's dist.esm; @actions/core and the packages only it brings into the entry
// bundle): add their notices so every bundled package is credited.
const MISSED_BY_NCC = ['@msgpack/msgpack', '@actions/core', '@actions/exec', '@actions/io'];
const bundle = (entry, out) => {
  run('ncc', ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet']);
  const licenses = `${out}/licenses.txt`;
  const listed = readFileSync(licenses, 'utf8');
  const code = readdirSync(out)
    .filter(file => /\.c?js$/.test(file))
    .map(file => readFileSync(`${out}/${file}`, 'utf8'))
    .join('\n');
  for (const name of MISSED_BY_NCC) {
    if (listed.split('\n').includes(name) || !code.includes(`node_modules/${name}/`)) continue;
    const meta = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    const file = ['LICENSE', 'LICENSE.md']
      .map(base => `node_modules/${name}/${base}`)
      .find(path => existsSync(path));
    const text = readFileSync(file, 'utf8').trim();
    appendFileSync(licenses, `\n${name}\n${meta.license}\n${text}\n`);
  }
};
// CommonJS entries: ncc bundles a `.cjs` entry as CommonJS, which Node starts ~4 ms faster than
// an ES module (no ESM loader), a tenth of a guard step's own cost. The code stays ESM in src/.
const entries = {
  action: './index.js',
  cli: './cli/index.js'
};
for (const [name, module] of Object.entries(entries)) {
  writeFileSync(`lib/${name}-entry.cjs`, `require(${JSON.stringify(module)});\n`);
}
bundle('lib/action-entry.cjs', 'dist');
bundle('lib/cli-entry.cjs', 'dist/cli');
for (const out of ['dist', 'dist/cli']) {
  renameSync(`${out}/index.cjs`, `${out}/index.js`);
  writeFileSync(`${out}/package.json`, '{\n  "type": "commonjs"\n}\n');
}
rmSync('lib', { recursive: true, force: true });

const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);
