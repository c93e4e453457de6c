// The bundles in dist/ ship third-party code, so dist/licenses.txt (written by ncc) must carry a
// permissive licence for every package in them, and name the packages we know are bundled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
const BUNDLES = ['dist', 'dist/cli'];

/** SPDX identifiers we ship without conditions beyond keeping the notice. */
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);

interface LicenceEntry {
  name: string;
  licence: string;
}

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const SPDX_EXPRESSION = /^\(?[A-Za-z0-9.+-]+(?: (?:OR|AND) [A-Za-z0-9.+-]+)*\)?$/;

/** Every package.json under node_modules with this name (nested copies included). */
function installedLicences(name: string): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    const manifest = path.join(dir, name, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        license?: unknown;
      };
      if (json.name === name && typeof json.license === 'string') found.push(json.license);
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = path.join(dir, entry.name);
      const scoped = entry.name.startsWith('@')
        ? readdirSync(child, { withFileTypes: true }).map(e => path.join(child, e.name))
        : [child];
      for (const pkg of scoped) {
        const nested = path.join(pkg, 'node_modules');
        if (existsSync(nested)) visit(nested);
      }
    }
  };
  visit(path.join(ROOT, 'node_modules'));
  return found;
}

/** ncc writes `name`, `licence id`, the licence text, a blank line; texts have blank lines too. */
function parseLicences(text: string): LicenceEntry[] {
  const lines = text.split('\n');
  const entries: LicenceEntry[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1]?.trim() ?? '';
    const starts = i === 0 || lines[i - 1]?.trim() === '';
    if (starts && PACKAGE_NAME.test(line.trim()) && SPDX_EXPRESSION.test(next)) {
      entries.push({ name: line.trim(), licence: next });
    }
  });
  return entries;
}

function isPermissive(expression: string): boolean {
  const ids = expression.replace(/[()]/g, '').split(/ (?:OR|AND) /);
  // "A OR B": one permissive choice is enough; "A AND B": all must be.
  return expression.includes(' OR ')
    ? ids.some(id => PERMISSIVE.has(id))
    : ids.every(id => PERMISSIVE.has(id));
}

/** Packages whose ES modules webpack concatenated into the bundle (it names their paths). */
function concatenatedPackages(bundle: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(path.join(ROOT, bundle))) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(ROOT, bundle, file), 'utf8');
    for (const match of code.matchAll(
      /CONCATENATED MODULE: \.\/node_modules\/((?:@[^/]+\/)?[^/]+)\//g
    )) {
      if (match[1]) names.add(match[1]);
    }
  }
  return names;
}

describe.each(BUNDLES)('%s/licenses.txt', bundle => {
  const file = path.join(ROOT, bundle, 'licenses.txt');
  const entries = existsSync(file) ? parseLicences(readFileSync(file, 'utf8')) : [];

  it('exists and lists packages', () => {
    expect(existsSync(file)).toBe(true);
    expect(entries.length).toBeGreaterThan(3);
  });

  it('gives every listed package a permissive licence, the one its package.json declares', () => {
    const problems = entries.flatMap(({ name, licence }) => {
      const installed = installedLicences(name);
      if (!isPermissive(licence)) return [`${name}: ${licence} is not on the permissive list`];
      if (installed.length === 0) return [`${name}: not installed under node_modules`];
      if (!installed.includes(licence))
        return [`${name}: listed ${licence}, declares ${installed.join('/')}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('lists every package whose code the bundle names', () => {
    const listed = new Set(entries.map(e => e.name));
    expect([...concatenatedPackages(bundle)].filter(name => !listed.has(name))).toEqual([]);
  });

  it('lists the key runtime dependencies', () => {
    const listed = entries.map(e => e.name);
    const parser = ['@actions/workflow-parser', 'yaml', 'js-yaml', 'smol-toml'];
    const key =
      bundle === 'dist'
        ? ['@actions/core', '@actions/github', 'undici', ...parser]
        : bundle === 'dist/cli'
          ? ['undici', ...parser]
          : parser;
    expect(listed).toEqual(expect.arrayContaining(key));
  });

  // ncc's license plugin leaves @msgpack/msgpack (ISC) out; scripts/package.mjs adds its notice.
  it('lists @msgpack/msgpack, which every bundle contains', () => {
    expect(entries.map(e => e.name)).toContain('@msgpack/msgpack');
  });
});
