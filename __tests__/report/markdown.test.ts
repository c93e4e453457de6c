import type { Finding } from '../../src/rules/types.js';
import { docsUrl } from '../../src/rules/types.js';
import {
  GITHUB_BODY_LIMIT,
  codeSpan,
  escapeMarkdown,
  escapeTableCell,
  renderFindingsTable,
  renderSeverityCounts,
  truncateBody
} from '../../src/report/markdown.js';

/** Cell separators GitHub's table parser sees: pipes not preceded by a backslash. */
const separators = (row: string): number => (row.match(/(?<!\\)\|/g) ?? []).length;
const tableRows = (table: string): string[] =>
  table
    .split('\n')
    .filter(
      line => line.startsWith('| ') && !line.startsWith('| Severity') && !line.startsWith('| ---')
    );

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['`code`', '\\`code\\`'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['&lt;', '\\&lt;'],
    ['back\\slash', 'back\\\\slash'],
    ['# heading', '\\# heading'],
    ['- item\n+ item', '\\- item\n\\+ item'],
    ['12. item', '12\\. item'],
    ['deploy-app v1.2', 'deploy-app v1.2']
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('defuses @mentions but leaves e-mail addresses and action refs alone', () => {
    expect(escapeMarkdown('ping @octocat now')).toBe('ping @\u200Boctocat now');
    expect(escapeMarkdown('@team')).toBe('@\u200Bteam');
    expect(escapeMarkdown('ops@example.com uses actions/checkout@v4')).toBe(
      'ops@example.com uses actions/checkout@v4'
    );
  });

  it('turns line breaks into <br> inside table cells', () => {
    expect(escapeTableCell('line one\nline two|x\r\nthree')).toBe(
      'line one<br>line two\\|x<br>three'
    );
  });

  it('builds code spans that survive backticks and pipes', () => {
    expect(codeSpan('fly deploy -a web')).toBe('`fly deploy -a web`');
    expect(codeSpan('echo `date` | tee')).toBe('``echo `date` \\| tee``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('renderFindingsTable', () => {
  const findings: Finding[] = [
    {
      rule: 'no-environment',
      severity: 'low',
      message: 'Job has no environment.',
      location: { file: '.github/workflows/deploy.yml', line: 3, column: 1 }
    },
    {
      rule: 'token-leak',
      severity: 'high',
      message: 'Writes the token | tee to a file\nand uploads it',
      location: {
        file: '.github/workflows/my deploy (prod).yml',
        line: 12,
        column: 9,
        endLine: 14
      },
      fix: { summary: 'Stop writing it.', commands: ['fly tokens revoke ID | cat'] }
    },
    {
      rule: 'expired',
      severity: 'critical',
      message: 'The token expired.',
      subject: 'FLY_API_TOKEN'
    }
  ];

  it('lists findings worst first, one well-formed row each', () => {
    const table = renderFindingsTable(findings);
    const rows = tableRows(table);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('🔴 critical');
    expect(rows[1]).toContain('🟠 high');
    expect(rows[2]).toContain('🔵 low');
    // 4 columns = 5 separators, even with a pipe in the message and in the fix command.
    for (const row of rows) expect(separators(row)).toBe(5);
    expect(rows[1]).toContain('Writes the token \\| tee to a file<br>and uploads it');
    expect(rows[1]).toContain('**Fix:** Stop writing it.');
    expect(rows[0]).toContain('`FLY_API_TOKEN`');
    expect(rows[0]).toContain(`[\`expired\`](${docsUrl('expired')})`);
  });

  it('links file:line to the blob at the given commit', () => {
    const table = renderFindingsTable(findings, {
      link: { owner: 'acme', repo: 'web', sha: 'abc123' }
    });
    expect(table).toContain(
      '](https://github.com/acme/web/blob/abc123/.github/workflows/my%20deploy%20%28prod%29.yml#L12-L14)'
    );
    expect(table).toContain(
      '[.github/workflows/deploy.yml:3](https://github.com/acme/web/blob/abc123/.github/workflows/deploy.yml#L3)'
    );
    const ghes = renderFindingsTable(findings, {
      link: { owner: 'acme', repo: 'web', sha: 'abc123', serverUrl: 'https://ghe.example/' }
    });
    expect(ghes).toContain(
      '(https://ghe.example/acme/web/blob/abc123/.github/workflows/deploy.yml#L3)'
    );
  });

  it('shows plain locations when no repository is given', () => {
    const table = renderFindingsTable(findings);
    expect(table).toContain('| .github/workflows/deploy.yml:3 |');
    expect(table).not.toContain('https://github.com/acme');
  });

  it('is empty for no findings', () => {
    expect(renderFindingsTable([])).toBe('');
  });

  it("fits GitHub's body limit and says how many findings were left out", () => {
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({
      rule: 'token-leak',
      severity: i % 2 === 0 ? 'high' : 'medium',
      message: `Finding number ${i} ${'x'.repeat(40)}`,
      location: { file: `.github/workflows/w${i}.yml`, line: i + 1, column: 1 }
    }));
    const table = renderFindingsTable(many);
    expect(table.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    const shown = tableRows(table).length;
    const more = /and (\d+) more findings not shown/.exec(table);
    expect(more).not.toBeNull();
    expect(shown + Number(more?.[1])).toBe(3000);
    // Worst first: the rows kept are the high ones.
    expect(tableRows(table).every(row => row.includes('🟠 high'))).toBe(true);
  });

  it('honours a smaller budget, down to the "more" line alone', () => {
    const budget = 600;
    const table = renderFindingsTable(findings, { maxChars: budget });
    expect(table.length).toBeLessThanOrEqual(budget);
    const shown = tableRows(table).length;
    expect(shown).toBeLessThan(3);
    expect(table).toContain(`and ${3 - shown} more finding`);
    const tiny = renderFindingsTable(findings, { maxChars: 120 });
    expect(tiny.length).toBeLessThanOrEqual(120);
    expect(tiny).toContain('and 3 more findings');
  });
});

describe('renderSeverityCounts', () => {
  it('counts per severity, worst first', () => {
    const f = (severity: Finding['severity']): Finding => ({ rule: 'r', severity, message: 'm' });
    expect(renderSeverityCounts([f('low'), f('high'), f('low')])).toBe('🟠 1 high · 🔵 2 low');
    expect(renderSeverityCounts([])).toBe('no findings');
  });
});

describe('truncateBody', () => {
  it('leaves bodies within the limit alone', () => {
    const body = 'short\nbody';
    expect(truncateBody(body)).toBe(body);
    expect(truncateBody('x'.repeat(GITHUB_BODY_LIMIT))).toHaveLength(GITHUB_BODY_LIMIT);
  });

  it('cuts at a line break and notes what was dropped', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'y'.repeat(20)}`);
    const body = lines.join('\n');
    const cut = truncateBody(body);
    expect(cut.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    const [kept, note] = cut.split('\n\n_…truncated: ');
    expect(body.startsWith(kept ?? '')).toBe(true);
    expect(lines).toContain(kept?.split('\n').at(-1));
    const omitted = Number(/^(\d+) characters/.exec(note ?? '')?.[1]);
    expect(omitted).toBe(body.length - (kept ?? '').length);
  });

  it('never splits an emoji in half', () => {
    const cut = truncateBody('🔴'.repeat(200), 150);
    expect(cut.length).toBeLessThanOrEqual(150);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
