// The CLI as people install it: `npm pack`, then the tarball installed into an empty project with
// no registry (the bundle carries every dependency), then `npx fly-token-guard` run from there.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vector } from '../support/vectors.js';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  engines: { node: string };
  dependencies?: Record<string, string>;
  private?: boolean;
};

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

let work = '';
let packed: PackResult;
let project = '';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ftg-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' }
  });
  packed = (JSON.parse(out) as PackResult[])[0] as PackResult;
  project = path.join(work, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(path.join(project, 'package.json'), '{ "name": "empty", "private": true }\n');
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)],
    { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } }
  );
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function npx(args: string[], env: Record<string, string> = {}) {
  return spawnSync('npx', ['--offline', '--no-install', 'fly-token-guard', ...args], {
    cwd: project,
    encoding: 'utf8',
    input: '',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, ...env }
  });
}

describe('the npm package', () => {
  test('is publishable and declares no runtime dependency', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies).toBeUndefined();
  });

  test('promises no older Node than the bundled packages need', () => {
    const ours = /^>=\s*(\d+)(?:\.(\d+))?/.exec(pkg.engines.node);
    expect(ours).not.toBeNull();
    const floor = [Number(ours?.[1]), Number(ours?.[2] ?? 0)];
    const bundled = new Set(
      ['dist/licenses.txt', 'dist/cli/licenses.txt'].flatMap(f =>
        readFileSync(f, 'utf8').split('\n')
      )
    );
    const tooNew: string[] = [];
    for (const name of bundled) {
      if (!/^(@[a-z0-9-]+\/)?[a-z0-9._-]+$/.test(name)) continue;
      let engines: string | undefined;
      try {
        const meta = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
          engines?: { node?: string };
        };
        engines = meta.engines?.node;
      } catch {
        continue;
      }
      // The lowest Node each package accepts: the first `>= X.Y` (or `^X.Y`) bound it names.
      const needs = /(?:>=|\^)\s*(\d+)(?:\.(\d+))?/.exec(engines ?? '');
      if (!needs) continue;
      const [major, minor] = [Number(needs[1]), Number(needs[2] ?? 0)];
      if (major > (floor[0] ?? 0) || (major === floor[0] && minor > (floor[1] ?? 0))) {
        tooNew.push(`${name} needs ${engines ?? ''}`);
      }
    }
    expect(tooNew).toEqual([]);
  });

  test('ships only what runs: dist, README, LICENSE, package.json', () => {
    const tops = new Set(packed.files.map(f => f.path.split('/')[0]));
    expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    expect(packed.files.map(f => f.path)).toContain('dist/cli/index.js');
    expect(packed.files.some(f => /\.ts$/.test(f.path))).toBe(false);
  });

  test('installed from the tarball, `npx fly-token-guard --version` prints the version', () => {
    const run = npx(['--version']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${pkg.version}\n`);
    expect(run.status).toBe(0);
  });

  test('installed from the tarball, `npx fly-token-guard inspect` decodes FLY_API_TOKEN', () => {
    const run = npx(['inspect', '--json'], {
      FLY_API_TOKEN: vector('deploy_app').header_form
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'deploy', orgIds: ['918273'] });
  });
});
