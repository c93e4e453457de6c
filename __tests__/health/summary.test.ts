// The health report as people and scripts read it: job summary, issue title/body/closing comment
// and the action's outputs. None of them may carry a piece of any token.
import { runHealth, type HealthReport, type NamedToken } from '../../src/engine/health.js';
import { healthOutputs, type HealthRowJson } from '../../src/report/health-outputs.js';
import { proseWithCode } from '../../src/report/markdown.js';
import {
  healthIssueTitle,
  renderHealthCloseComment,
  renderHealthIssueBody,
  renderHealthSummary,
  renderHealthTable
} from '../../src/report/health-summary.js';
import { findLeak, fragmentsOf } from '../support/run-action.js';
import { loadVectors, vector } from '../support/vectors.js';

const NOW = '2025-07-30T00:00:00Z';

const named = (name: string, vectorName: string): NamedToken => ({
  name,
  value: vector(vectorName).header_form
});

function health(tokens: NamedToken[], now = NOW): Promise<HealthReport> {
  return runHealth({
    tokens,
    now: new Date(now),
    failOn: 'high',
    options: { expiryWarningDays: 14, maxLifetimeDays: 365 }
  });
}

let mixed: HealthReport;

beforeAll(async () => {
  mixed = await health([
    named('FLY_WEB', 'deploy_app'),
    named('FLY_RO', 'org_readonly_from_existing_720h'),
    named('FLY_OLD', 'org_expired_discharge'),
    { name: 'FLY_NOPE', value: undefined }
  ]);
});

const tableRowOf = (markdown: string, name: string): string | undefined =>
  markdown.split('\n').find(line => line.startsWith(`| \`${name}\` |`));

describe('job summary', () => {
  it('has one table row per token with kind, scope, reach, expiry, lifetime and status', () => {
    const summary = renderHealthSummary(mixed);
    for (const name of ['FLY_WEB', 'FLY_RO', 'FLY_OLD', 'FLY_NOPE']) {
      expect(summary.split('\n').filter(l => l.startsWith(`| \`${name}\` |`))).toHaveLength(1);
    }
    const web = tableRowOf(summary, 'FLY_WEB') ?? '';
    expect(web).toContain('`deploy`');
    expect(web).toContain('`apps`');
    expect(web).toContain('`918273`');
    expect(web).toContain('`4455667`');
    // The countdown's wording is time.ts's; here it matters that it is there.
    expect(web).toMatch(/2045-07-04 10:33 UTC \(in [^)]+\)/);
    expect(web).toContain('20 years');
    // It works; its low finding is to review, not a reason to call it unhealthy or healthy.
    expect(web).toContain('works, 1 finding to review');
    expect(tableRowOf(summary, 'FLY_RO')).toMatch(/2025-08-08 10:37 UTC \(in 9(\.\d)? days\)/);
    expect(tableRowOf(summary, 'FLY_OLD')).toMatch(/\(expired [^)]+ ago\).*broken/);
    expect(tableRowOf(summary, 'FLY_NOPE')).toMatch(/broken: variable is empty or not set/);
  });

  it('gives the verdict, then each token’s findings and its fix', () => {
    const summary = renderHealthSummary(mixed, { issueLine: 'Opened health issue #7.' });
    expect(summary.split('\n')[0]).toMatch(/^## ❌ Fly token health: \*\*fail\*\* — 3 of 4 tokens/);
    expect(summary).toContain('Opened health issue #7.');
    expect(summary).toContain('### ❌ `FLY_OLD`: broken');
    expect(summary).toContain('### ⚠️ `FLY_RO`: needs attention');
    expect(summary).toContain('gh secret set FLY_OLD');
    expect(summary).toContain('gh secret set FLY_NOPE');
    // The healthy token's low finding is listed too, under its own heading.
    expect(summary).toContain('### ✅ `FLY_WEB`: works, 1 finding to review');
    expect(summary).toContain('excessive\u2011lifetime');
  });

  it('leaves healthy tokens without findings out of the per-token sections', async () => {
    const calm = await runHealth({
      tokens: [named('FLY_WEB', 'deploy_app')],
      now: new Date(NOW),
      failOn: 'high',
      options: { expiryWarningDays: 14, maxLifetimeDays: 36500 }
    });
    const summary = renderHealthSummary(calm);
    expect(summary).toMatch(/^## ✅ Fly token health: \*\*pass\*\* — the token is healthy/);
    expect(summary).not.toContain('### ');
  });
});

describe('issue', () => {
  it('is titled with how many tokens need attention', async () => {
    expect(healthIssueTitle(mixed)).toBe('Fly token health: 3 tokens need attention');
    const one = await health([named('FLY_OLD', 'org_expired_discharge')]);
    expect(healthIssueTitle(one)).toBe('Fly token health: 1 token needs attention');
  });

  it('shows dates but no countdown in its table, since it is not rewritten daily', () => {
    const body = renderHealthIssueBody(mixed);
    const row = tableRowOf(body, 'FLY_RO') ?? '';
    expect(row).toContain('2025-08-08 10:37 UTC');
    expect(row).not.toMatch(/\(in \d/);
    expect(renderHealthTable(mixed)).not.toMatch(/\(in \d|ago\)/);
    expect(renderHealthTable(mixed, new Date(NOW))).toMatch(/\(in \d+/);
    expect(body).toContain('State as of 2025-07-30 00:00 UTC');
  });

  it('says what to do for each token that needs attention, and only for those', () => {
    const body = renderHealthIssueBody(mixed, {
      runUrl: 'https://github.com/acme/shop/actions/runs/9'
    });
    const whatToDo = body.slice(body.indexOf('## What to do'));
    expect(whatToDo).toContain('### ❌ `FLY_OLD`: broken');
    expect(whatToDo).toContain('### ⚠️ `FLY_RO`: needs attention');
    expect(whatToDo).toContain('### ❌ `FLY_NOPE`: broken');
    expect(whatToDo).not.toContain('FLY_WEB');
    expect(whatToDo).toMatch(/\[`expired`\]\([^)]*expired\.md\) \(critical\)/);
    expect(whatToDo).toContain('```sh\nfly tokens create readonly');
    expect(whatToDo).toContain('gh secret set FLY_RO');
    expect(body).toContain('[this workflow run](https://github.com/acme/shop/actions/runs/9)');
  });

  it('keeps placeholders visible: <ORG> outside code is escaped, not swallowed as HTML', () => {
    const body = renderHealthIssueBody(mixed);
    const fixLines = body.split('\n').filter(l => l.startsWith('**Fix:**'));
    expect(fixLines.length).toBeGreaterThan(0);
    for (const line of fixLines) expect(line).not.toMatch(/(?<!\\)<[A-Z_]+(?<!\\)>/);
    expect(fixLines.join('\n')).toContain('\\<ORG\\>');
    // Code spans in our own sentences survive.
    expect(proseWithCode('see `fly orgs list` for <ORG>')).toBe(
      'see `fly orgs list` for \\<ORG\\>'
    );
  });

  it('closes with a comment saying all is healthy again', async () => {
    const calm = await health([named('FLY_WEB', 'deploy_app'), named('FLY_RO', 'org_readonly')]);
    expect(renderHealthCloseComment(calm)).toMatch(
      /all 2 checked Fly tokens are healthy again as of 2025-07-30 00:00 UTC/
    );
  });
});

describe('outputs', () => {
  it('reports one flat JSON entry per token and the first expiry', () => {
    const outputs = healthOutputs(mixed);
    expect(outputs.verdict).toBe('fail');
    const rows = JSON.parse(outputs.report ?? '') as HealthRowJson[];
    expect(rows.map(r => r.name)).toEqual(['FLY_WEB', 'FLY_RO', 'FLY_OLD', 'FLY_NOPE']);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'apps',
        'expiresAt',
        'expiresInDays',
        'findings',
        'kind',
        'lifetimeDays',
        'name',
        'orgIds',
        'scope',
        'status',
        'valid'
      ].sort()
    );
    expect(rows.map(r => r.status)).toEqual(['healthy', 'attention', 'broken', 'broken']);
    expect(rows[1]).toMatchObject({ kind: 'readonly', expiresInDays: 9, lifetimeDays: 30 });
    expect(rows[3]).toMatchObject({ kind: 'missing', expiresAt: null, valid: 'unknown' });
    const oldDays = rows[2]?.expiresInDays ?? 0;
    expect(oldDays).toBeLessThan(0);
    expect(outputs['first-expiry-days']).toBe(String(oldDays));
    const findings = JSON.parse(outputs.findings ?? '') as { subject?: string }[];
    expect(findings).toHaveLength(rows.reduce((n, r) => n + r.findings.length, 0));
    expect(new Set(findings.map(f => f.subject))).toEqual(
      new Set(['FLY_WEB', 'FLY_RO', 'FLY_OLD', 'FLY_NOPE'])
    );
  });
});

describe('no token material anywhere', () => {
  it('holds for every vector, in every rendering', async () => {
    const vectors = loadVectors();
    const tokens = vectors.map((v, i) => ({ name: `FLY_T${i}`, value: v.header_form }));
    const fragments = fragmentsOf(vectors.flatMap(v => [v.header_form, v.token]));
    for (const now of ['2025-07-09T10:38:03Z', '2026-01-01T00:00:00Z']) {
      const report = await health(tokens, now);
      expect(report.rows).toHaveLength(vectors.length);
      const rendered = [
        renderHealthSummary(report),
        renderHealthIssueBody(report, { runUrl: 'https://github.com/acme/shop/actions/runs/1' }),
        renderHealthCloseComment(report),
        healthIssueTitle(report),
        ...Object.values(healthOutputs(report))
      ].join('\n');
      expect(findLeak(rendered, fragments)).toBeUndefined();
    }
  });
});
