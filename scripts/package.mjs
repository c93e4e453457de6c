// Builds dist/ (committed, checked by CI): tsc compiles src/ to lib/ as ESM, then ncc bundles
// the action entry and the CLI entry with their dependencies and licenses, written as pure ASCII
// (scripts/ascii-bundle.mjs says why).
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
import { asciiOnly } from './ascii-bundle.mjs';
import { lazyUndici } from './lazy-undici.mjs';

const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
// ncc's license plugin lists only part of what it bundles: packages reached through an `exports`
// ESM entry (@msgpack/msgpack's dist.esm) and our own direct imports, which package.json keeps
// as devDependencies (the bundle carries them), are left out. Every package src/ imports is
// credited in every bundle, and each of their dependencies whose code the bundle holds.
const packageName = spec =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
function importedPackages(dir) {
  const names = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const code = readFileSync(`${entry.parentPath}/${entry.name}`, 'utf8');
    for (const m of code.matchAll(/(?:from|import\()\s*['"]([^'"./][^'"]*)['"]/g)) {
      if (!m[1].startsWith('node:')) names.add(packageName(m[1]));
    }
  }
  return names;
}
function withDependencies(names) {
  const all = new Set();
  const visit = name => {
    if (all.has(name) || !existsSync(`node_modules/${name}/package.json`)) return;
    all.add(name);
    const meta = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    for (const dep of Object.keys(meta.dependencies ?? {})) visit(dep);
  };
  for (const name of names) visit(name);
  return [...all].sort();
}
const direct = importedPackages('lib');
const closure = withDependencies(direct);
const bundle = (main, out) => {
  run('ncc', ['build', main, '-o', out, '--license', 'licenses.txt', '--quiet']);
  const files = () => readdirSync(out).filter(name => /\.c?js$/.test(name));
  const chunks = files()
    .filter(file => file !== 'index.cjs')
    .map(file => readFileSync(`${out}/${file}`, 'utf8'));
  const { entry, deferred } = lazyUndici(readFileSync(`${out}/index.cjs`, 'utf8'), chunks);
  writeFileSync(`${out}/index.cjs`, entry);
  for (const [file, text] of Object.entries(deferred)) writeFileSync(`${out}/${file}`, text);
  for (const file of files()) {
    const path = `${out}/${file}`;
    const code = readFileSync(path, 'utf8');
    const ascii = asciiOnly(code, path);
    if (ascii !== code) writeFileSync(path, ascii);
  }
  const licenses = `${out}/licenses.txt`;
  const listed = new Set(readFileSync(licenses, 'utf8').split('\n'));
  const code = readdirSync(out)
    .filter(file => /\.c?js$/.test(file))
    .map(file => readFileSync(`${out}/${file}`, 'utf8'))
    .join('\n');
  const bundled = name => direct.has(name) || code.includes(`node_modules/${name}/`);
  for (const name of closure) {
    if (listed.has(name) || !bundled(name)) continue;
    const meta = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license']
      .map(base => `node_modules/${name}/${base}`)
      .find(path => existsSync(path));
    const text = file
      ? readFileSync(file, 'utf8').trim()
      : `See https://www.npmjs.com/package/${name}`;
    appendFileSync(licenses, `\n${name}\n${meta.license ?? 'UNKNOWN'}\n${text}\n`);
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
