// README.md: the inputs/outputs tables must match action.yml, and the generator that writes them
// must render what action.yml says (defaults, descriptions, required) without breaking the table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  codeSpan,
  escapeCell,
  parseActionMetadata,
  renderInputsTable,
  renderOutputsTable,
  renderTables,
  replaceBlock,
  updateReadme
} from '../../scripts/readme-tables.mjs';

const repoRoot = process.cwd();
const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');

/** Cells of one markdown table row, honouring `\|` escapes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim());
}

function tableRows(table: string): string[][] {
  return table
    .split('\n')
    .filter(line => line.startsWith('|'))
    .slice(2)
    .map(cells);
}

function block(readme: string, name: string): string {
  const start = readme.indexOf(`<!-- ${name}:start -->`);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return readme.slice(start, end);
}

describe('README.md against action.yml', () => {
  const readme = read('README.md');
  const actionYml = read('action.yml');

  test('the generated blocks are up to date (run `node scripts/readme-inputs.mjs`)', () => {
    expect(updateReadme(readme, renderTables(actionYml))).toBe(readme);
  });

  test('every input and output of action.yml has a row, in order', () => {
    // Read action.yml independently of the generator, so a generator that drops rows fails here.
    const action = parse(actionYml) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const names = (table: string) => tableRows(table).map(row => row[0]?.replace(/`/g, ''));
    expect(names(block(readme, 'inputs'))).toEqual(Object.keys(action.inputs));
    expect(names(block(readme, 'outputs'))).toEqual(Object.keys(action.outputs));
  });

  test('opens with what the guard does, then the quick start', () => {
    const lines = readme.split('\n');
    expect(lines[0]).toBe('# fly-token-guard');
    const firstHeading = lines.findIndex((line, i) => i > 0 && line.startsWith('## '));
    expect(lines[firstHeading]).toBe('## Quick start');
    expect(lines.slice(1, firstHeading).join(' ')).toMatch(
      /guards the Fly\.io tokens your CI uses/
    );
    expect(lines.slice(1, firstHeading).some(line => line.startsWith('```'))).toBe(false);
  });

  test('the Development section starts with the two set-up commands, one sentence each', () => {
    const lines = readme.split('\n');
    const section = lines.indexOf('## Development');
    expect(section).toBeGreaterThan(0);
    const fence = lines.findIndex((line, i) => i > section && line.startsWith('```'));
    expect(lines.slice(section + 1, fence).every(line => line.trim() === '')).toBe(true);
    expect(lines.slice(fence + 1, fence + 4)).toEqual([
      'npm ci && npm run demo',
      'npm ci && npm test',
      '```'
    ]);
    const after = lines.slice(fence + 4, fence + 8).join(' ');
    expect(after).toMatch(/`npm run demo` runs the guard on the example data/);
    expect(after).toMatch(/`npm test` runs all tests\./);
  });

  test('says how to silence a finding, as the ignore file and the inline comment spell it', () => {
    const section = readme.slice(readme.indexOf('## Silencing a finding'));
    expect(section).toContain('`.fly-token-guard-ignore`');
    expect(section).toMatch(/nightly-status: # fly-token-guard: ignore\[no-environment\]/);
  });

  test('the rules list links a page for every rule page in docs/rules/', () => {
    const pages = readdirSync(path.join(repoRoot, 'docs/rules')).filter(f => f.endsWith('.md'));
    for (const page of pages) {
      expect(readme).toContain(`](docs/rules/${page})`);
    }
  });

  test('local links point at files that exist, except pages still being written', () => {
    // BENCHMARKS.md and some rule pages are written by others; everything else must resolve.
    const pending = /^(BENCHMARKS\.md|docs\/rules\/[a-z-]+\.md)$/;
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map(match => match[1] ?? '')
      .filter(target => !/^[a-z]+:/.test(target) && !pending.test(target));
    expect(targets.length).toBeGreaterThan(0);
    const missing = targets.filter(target => !existsSync(path.join(repoRoot, target)));
    expect(missing).toEqual([]);
  });

  test('in-page links point at headings', () => {
    // GitHub's heading ids: lower case, punctuation dropped, spaces to dashes.
    const ids = [...readme.matchAll(/^#+ (.+)$/gm)].map(match =>
      (match[1] ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9 _-]/g, '')
        .replace(/ /g, '-')
    );
    const anchors = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map(match => match[1]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(ids).toContain(anchor);
  });
});

describe('readme-tables generator', () => {
  const sample = [
    'name: sample',
    'inputs:',
    '  mode:',
    "    description: 'Pick `a|b` or c.'",
    '    required: true',
    "    default: 'a|b'",
    '  quiet:',
    '    description: |',
    '      First line',
    '      continues here.',
    '',
    '      Second paragraph.',
    '    required: false',
    '  legacy:',
    "    description: 'Old input.'",
    "    deprecationMessage: 'Use mode.'",
    '  count:',
    '    default: 3',
    'outputs:',
    '  verdict:',
    "    description: 'pass | warn | fail'",
    '  empty:',
    'runs:',
    '  using: node24',
    '  main: dist/index.js'
  ].join('\n');

  test('reads inputs and outputs in file order with their fields', () => {
    const metadata = parseActionMetadata(sample);
    expect(metadata.inputs.map(input => input.name)).toEqual(['mode', 'quiet', 'legacy', 'count']);
    expect(metadata.inputs[0]).toMatchObject({ required: true, default: 'a|b' });
    expect(metadata.inputs[1]).toMatchObject({ required: false });
    expect(metadata.inputs[1]?.default).toBeUndefined();
    expect(metadata.inputs[3]?.default).toBe('3');
    expect(metadata.outputs).toEqual([
      { name: 'verdict', description: 'pass | warn | fail' },
      { name: 'empty', description: '' }
    ]);
  });

  test('renders defaults, descriptions and required, one row per input', () => {
    const table = renderInputsTable(parseActionMetadata(sample).inputs);
    const lines = table.split('\n');
    expect(cells(lines[0] ?? '')).toEqual(['Input', 'Description', 'Default', 'Required']);
    expect(lines[1]).toBe('|---|---|---|---|');
    const rows = tableRows(table);
    expect(rows).toHaveLength(4);
    expect(rows.every(row => row.length === 4)).toBe(true);
    expect(rows[0]).toEqual(['`mode`', 'Pick `a\\|b` or c.', '`a\\|b`', 'yes']);
    expect(rows[1]).toEqual([
      '`quiet`',
      'First line continues here.<br><br>Second paragraph.',
      '_empty_',
      'no'
    ]);
    expect(rows[2]?.[1]).toBe('**Deprecated:** Use mode. Old input.');
    expect(rows[3]?.[2]).toBe('`3`');
  });

  test('escapes `|` so a description never adds a column', () => {
    const table = renderOutputsTable(parseActionMetadata(sample).outputs);
    const row = table.split('\n')[2] ?? '';
    expect(row).toBe('| `verdict` | pass \\| warn \\| fail |');
    expect(cells(row)).toHaveLength(2);
    expect(escapeCell('a|b\nc')).toBe('a\\|b c');
  });

  test('code spans survive backticks in the value', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('`` a`b ``');
    expect(codeSpan('${{ github.token }}')).toBe('`${{ github.token }}`');
  });

  test('fills the blocks, keeps the rest, and is stable on a second run', () => {
    const readme = [
      '# t',
      'before',
      '<!-- inputs:start -->',
      'stale',
      '<!-- inputs:end -->',
      'middle',
      '<!-- outputs:start -->',
      '<!-- outputs:end -->',
      'after',
      ''
    ].join('\n');
    const tables = renderTables(sample);
    const once = updateReadme(readme, tables);
    expect(once).not.toContain('stale');
    expect(once).toContain(tables.inputs);
    expect(once).toContain(tables.outputs);
    expect(once.startsWith('# t\nbefore\n<!-- inputs:start -->\n')).toBe(true);
    expect(once).toContain('<!-- inputs:end -->\nmiddle\n<!-- outputs:start -->');
    expect(once.endsWith('<!-- outputs:end -->\nafter\n')).toBe(true);
    expect(updateReadme(once, tables)).toBe(once);
  });

  test('a README whose tables differ from action.yml is detected', () => {
    const tables = renderTables(sample);
    const current = updateReadme(
      '<!-- inputs:start --><!-- inputs:end -->\n<!-- outputs:start --><!-- outputs:end -->',
      tables
    );
    const changed = renderTables(sample.replace("default: 'a|b'", "default: 'c'"));
    expect(updateReadme(current, changed)).not.toBe(current);
  });

  test('missing, repeated or reversed markers are reported, not rewritten', () => {
    expect(() => replaceBlock('no markers', 'inputs', 'x')).toThrow(/no '<!-- inputs:start -->'/);
    expect(() =>
      replaceBlock(
        '<!-- inputs:start --><!-- inputs:end --><!-- inputs:start --><!-- inputs:end -->',
        'inputs',
        'x'
      )
    ).toThrow(/more than one/);
    expect(() => replaceBlock('<!-- inputs:end --><!-- inputs:start -->', 'inputs', 'x')).toThrow(
      /before/
    );
  });

  test('bad action.yml gives a clear message', () => {
    expect(() => parseActionMetadata('inputs: [\n')).toThrow(/not valid YAML/);
    expect(() => parseActionMetadata('- a list')).toThrow(/mapping at the top level/);
    expect(() => parseActionMetadata('inputs: [a, b]')).toThrow(/'inputs' must be a mapping/);
    expect(() => parseActionMetadata('inputs:\n  a: text')).toThrow(/inputs\.a must be a mapping/);
  });
});
