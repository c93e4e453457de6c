// Writes the inputs and outputs tables of README.md from action.yml, so the two never drift.
//   node scripts/readme-inputs.mjs           rewrite the README blocks
//   node scripts/readme-inputs.mjs --check   exit 1 when the README is out of date (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTables, updateReadme } from './readme-tables.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const actionPath = join(repoRoot, 'action.yml');
const readmePath = join(repoRoot, 'README.md');
const args = process.argv.slice(2);
const unknown = args.filter(arg => arg !== '--check');
if (unknown.length > 0) {
  console.error(
    `Unknown argument(s): ${unknown.join(' ')}. Usage: node scripts/readme-inputs.mjs [--check]`
  );
  process.exit(2);
}
const check = args.includes('--check');

let current;
let next;
try {
  current = readFileSync(readmePath, 'utf8');
  next = updateReadme(current, renderTables(readFileSync(actionPath, 'utf8')));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

if (next === current) {
  console.log('README.md inputs and outputs tables match action.yml.');
} else if (check) {
  console.error(
    'README.md inputs/outputs tables are out of date with action.yml: run `node scripts/readme-inputs.mjs` and commit README.md.'
  );
  process.exit(1);
} else {
  writeFileSync(readmePath, next);
  console.log('Updated the inputs and outputs tables in README.md from action.yml.');
}
