// `npm run corpus`: the CLI over a corpus of real workflows that lives beside the repository
// (../shared/corpus, not part of it and not part of `npm test`). Each corpus repository is rebuilt
// at its original paths in a temporary directory from manifest.json; then `scan` runs on it and
// `check --offline --workflow F --job J` on every job of every workflow, with a broad org token
// from the test vectors. Prints one table: job → apps, needs, verdict.
//
//   npm run corpus                        the corpus at ../shared/corpus (or $FLY_CORPUS_DIR)
//   npm run corpus -- DIR                 a corpus directory holding manifest.json + workflows/
//   npm run corpus -- --fixtures          the test fixture repositories (__tests__/fixtures/corpus)
//   npm run corpus -- --json              the rows as JSON instead of a table
//
// Exit codes: 0 (also when no corpus is there), 1 when a CLI run crashed or failed to read its
// input (exit 2, or a stack trace). Run `npm run package` first: it runs dist/.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const VECTORS = path.join(ROOT, '__tests__/fixtures/vectors/fly-tokens.json');
const FIXTURES = path.join(ROOT, '__tests__/fixtures/corpus');

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const useFixtures = argv.includes('--fixtures');
const corpusDir = path.resolve(
  argv.find(a => !a.startsWith('--')) ??
    process.env.FLY_CORPUS_DIR ??
    path.join(ROOT, '../shared/corpus')
);

/** Repositories as `{ name, files: { repoPath: text } }`. */
function readCorpus() {
  if (useFixtures) {
    return readdirSync(FIXTURES, { withFileTypes: true })
      .filter(d => d.isDirectory())
      .map(d => ({ name: d.name, dir: path.join(FIXTURES, d.name) }));
  }
  const manifestPath = path.join(corpusDir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const repos = new Map();
  for (const entry of manifest) {
    const files = repos.get(entry.repo) ?? {};
    files[entry.path] = readFileSync(path.join(corpusDir, 'workflows', entry.file), 'utf8');
    repos.set(entry.repo, files);
  }
  return [...repos].map(([name, files]) => ({ name, files }));
}

/** Writes each repository's files at their paths under `root`; returns its directory. */
function materialize(root, repo) {
  if (repo.dir) return repo.dir;
  const dir = path.join(root, repo.name.replace(/\//g, '__'));
  for (const [file, text] of Object.entries(repo.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function workflowFiles(dir) {
  const wfDir = path.join(dir, '.github/workflows');
  if (!existsSync(wfDir)) return [];
  return readdirSync(wfDir)
    .filter(f => /\.ya?ml$/.test(f))
    .sort()
    .map(f => `.github/workflows/${f}`);
}

let loadYaml;
/** The job ids of a workflow, or undefined when the file is not readable YAML. */
async function jobIds(text) {
  loadYaml ??= await import('js-yaml').then(m => m.load).catch(() => null);
  if (loadYaml) {
    try {
      const doc = loadYaml(text);
      const jobs = doc && typeof doc === 'object' ? doc.jobs : undefined;
      return jobs && typeof jobs === 'object' ? Object.keys(jobs) : [];
    } catch {
      return undefined;
    }
  }
  // Without a YAML library: the keys one level below `jobs:`.
  const block = /^jobs:\s*\n((?:[ \t].*\n?|\s*\n)*)/m.exec(text)?.[1] ?? '';
  const indent = /^([ \t]+)\S/m.exec(block)?.[1] ?? '  ';
  return [...block.matchAll(new RegExp(`^${indent}([A-Za-z_][\\w-]*):`, 'gm'))].map(m => m[1]);
}

function run(args, env, cwd = ROOT) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', c => (stdout += c));
    child.stderr.on('data', c => (stderr += c));
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

/** Runs `tasks` (functions returning promises) a few at a time, keeping their order. */
async function inBatches(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    })
  );
  return results;
}

const crashed = r => r.code === 2 || r.code === null || /\n\s+at /.test(r.stderr);
const parse = text => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
const oneLine = text => text.trim().split('\n')[0]?.slice(0, 100) ?? '';

async function main() {
  const repos = readCorpus();
  if (!repos) {
    console.log(
      `No workflow corpus at ${corpusDir} (optional; see scripts/corpus.mjs): nothing to run.`
    );
    return 0;
  }
  if (!existsSync(CLI)) {
    console.error('dist/cli/index.js is missing: run `npm run package` first.');
    return 1;
  }
  const token = JSON.parse(readFileSync(VECTORS, 'utf8')).find(
    v => v.name === 'org_full'
  ).header_form;
  const root = mkdtempSync(path.join(tmpdir(), 'ftg-corpus-'));
  const rows = [];
  const scans = [];
  const failures = [];
  try {
    const tasks = [];
    for (const repo of repos) {
      const dir = materialize(root, repo);
      tasks.push(async () => {
        const r = await run(['scan', dir, '--json'], {});
        if (crashed(r)) failures.push(`${repo.name}: scan exited ${r.code}: ${oneLine(r.stderr)}`);
        const findings = parse(r.stdout)?.findings ?? [];
        scans.push({
          repo: repo.name,
          findings: findings.map(f => `${f.rule}@${f.file}:${f.line}`)
        });
      });
      for (const file of workflowFiles(dir)) {
        const jobs = await jobIds(readFileSync(path.join(dir, file), 'utf8'));
        if (!jobs) {
          rows.push({
            repo: repo.name,
            file,
            job: '-',
            apps: '',
            needs: '',
            verdict: 'unreadable YAML'
          });
          continue;
        }
        for (const job of jobs) {
          tasks.push(async () => {
            // --workflow is read relative to the working directory, as a user in the checkout types it.
            const args = [
              'check',
              '--offline',
              '--json',
              '--repo',
              '.',
              '--workflow',
              file,
              '--job',
              job
            ];
            const r = await run(args, { FLY_API_TOKEN: token }, dir);
            if (crashed(r))
              failures.push(`${repo.name} ${file} ${job}: exit ${r.code}: ${oneLine(r.stderr)}`);
            const out = parse(r.stdout);
            const needs = out?.needs ?? {};
            const apps = [...(needs.apps ?? []), ...(needs.unknownApps ? ['?'] : [])].join(',');
            const opaque = [...new Set((needs.opaque ?? []).map(o => `(${o.reason})`))].join('');
            const rules = (out?.findings ?? []).map(f => f.rule).join(',');
            rows.push({
              repo: repo.name,
              file,
              job,
              apps,
              needs: [...(needs.capabilities ?? [])].join(',') + opaque,
              verdict: out ? `${out.verdict}${rules ? ` (${rules})` : ''}` : `exit ${r.code}`
            });
          });
        }
      }
    }
    await inBatches(tasks, Math.max(1, Math.min(4, availableParallelism())));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const order = r => `${r.repo} ${r.file} ${r.job}`;
  rows.sort((a, b) => order(a).localeCompare(order(b)));
  scans.sort((a, b) => a.repo.localeCompare(b.repo));
  if (asJson) {
    console.log(JSON.stringify({ jobs: rows, scans, failures }, null, 2));
  } else {
    printTable(rows);
    const byRule = new Map();
    for (const f of scans.flatMap(s => s.findings)) {
      const rule = f.split('@')[0];
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
    console.log(`\n${repos.length} repositories, ${rows.length} jobs.`);
    console.log(
      `Inferred needs: ${rows.filter(r => r.needs && !r.needs.startsWith('(')).length} jobs.`
    );
    console.log(
      `Scan findings: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}.`
    );
    for (const f of failures) console.log(`FAILED ${f}`);
  }
  return failures.length > 0 ? 1 : 0;
}

function printTable(rows) {
  const columns = ['repo', 'file', 'job', 'apps', 'needs', 'verdict'];
  const shown = rows.map(r => ({ ...r, file: r.file.replace('.github/workflows/', '') }));
  const width = Object.fromEntries(
    columns.map(c => [c, Math.min(48, Math.max(c.length, ...shown.map(r => String(r[c]).length)))])
  );
  const line = r =>
    columns
      .map(c => String(r[c]).slice(0, width[c]).padEnd(width[c]))
      .join('  ')
      .trimEnd();
  console.log(line(Object.fromEntries(columns.map(c => [c, c]))));
  console.log(columns.map(c => '-'.repeat(width[c])).join('  '));
  for (const r of shown) console.log(line(r));
}

process.exitCode = await main();
