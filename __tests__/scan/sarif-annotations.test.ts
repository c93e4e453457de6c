// A scan as SARIF (valid against the 2.1.0 schema, every scan rule described) and as
// annotations on the exact line and column of what each finding is about.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { runScan, type ScanReport } from '../../src/engine/scan.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { scanSarif } from '../../src/report/scan-sarif.js';
import { renderScanComment, renderScanSummary } from '../../src/report/scan-summary.js';
import { scanRules } from '../../src/rules/scan/index.js';
import { fragmentsOf, findLeak } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { columnOf, lineOf } from './support.js';

const schema: unknown = JSON.parse(
  readFileSync(path.resolve(process.cwd(), '__tests__/fixtures/sarif-schema-2.1.0.json'), 'utf8')
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema as object);

const WORKFLOW = `on: [push, pull_request]
env:
  FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: someone/deploy@v1
        with:
          token: \${{ secrets.FLY_API_TOKEN }}
      - run: |
          flyctl status
          echo "FLY_API_TOKEN=$FLY_API_TOKEN" >> "$GITHUB_ENV"
`;

let root = '';
let report: ScanReport;
const token = vector('deploy_app').token;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ftg-sarif-'));
  mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(root, '.github/workflows/deploy.yml'), WORKFLOW);
  writeFileSync(path.join(root, 'settings.env'), `FLY_API_TOKEN=${token}\n`);
  report = runScan({ root, now: new Date('2026-01-01T00:00:00Z') });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scan SARIF', () => {
  test('is valid SARIF 2.1.0 describing every scan rule', () => {
    const log = scanSarif(report, file => readFileSync(path.join(root, file), 'utf8'));
    const serialized = JSON.parse(JSON.stringify(log)) as unknown;
    const ok = validate(serialized);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const ids = log.runs[0]?.tool.driver.rules?.map(r => r.id);
    for (const rule of scanRules) expect(ids).toContain(rule.id);
    expect(log.runs[0]?.results?.map(r => r.ruleId).sort()).toEqual(
      report.findings.map(f => f.rule).sort()
    );
    expect(findLeak(JSON.stringify(log), fragmentsOf([token]))).toBeUndefined();
  });

  test('each result points at its line and column', () => {
    const log = scanSarif(report);
    const region = (rule: string) =>
      log.runs[0]?.results?.find(r => r.ruleId === rule)?.locations?.[0]?.physicalLocation?.region;
    expect(region('unpinned-action')).toMatchObject({
      startLine: lineOf(WORKFLOW, 'someone/deploy'),
      startColumn: columnOf(WORKFLOW, 'someone/deploy')
    });
    expect(region('hardcoded-token')).toMatchObject({
      startLine: 1,
      startColumn: 'FLY_API_TOKEN='.length + 1,
      endColumn: 'FLY_API_TOKEN='.length + 1 + token.length
    });
  });
});

describe('scan annotations', () => {
  test('file, line and column on the exact token of each finding', () => {
    const plan = planAnnotations(report.findings);
    const byTitle = (rule: string) =>
      plan.annotations.find(a => a.properties.title.includes(`: ${rule} `))?.properties;
    expect(byTitle('workflow-env-exposure')).toMatchObject({
      file: '.github/workflows/deploy.yml',
      startLine: 3,
      startColumn: columnOf(WORKFLOW, 'secrets.FLY_API_TOKEN')
    });
    expect(byTitle('no-environment')).toMatchObject({ startLine: 5, startColumn: 3 });
    expect(byTitle('token-leak')).toMatchObject({
      startLine: lineOf(WORKFLOW, 'GITHUB_ENV'),
      startColumn: columnOf(WORKFLOW, '$FLY_API_TOKEN"')
    });
    expect(byTitle('hardcoded-token')).toMatchObject({ file: 'settings.env', startLine: 1 });
    expect(findLeak(JSON.stringify(plan), fragmentsOf([token]))).toBeUndefined();
  });

  test('at most 10 per level, the rest counted', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({
      ...report.findings[0],
      rule: 'token-leak',
      severity: 'high' as const,
      message: `m${i}`
    }));
    const plan = planAnnotations(many);
    expect(plan.annotations).toHaveLength(10);
    expect(plan.notAnnotated.error).toBe(3);
    expect(renderScanSummary(report, { notAnnotated: 3 })).toContain(
      '3 findings not annotated in the diff'
    );
  });
});

describe('scan summary and comment', () => {
  test('new findings get their own table, first', () => {
    const changes = new Map([
      ['.github/workflows/deploy.yml', new Set([lineOf(WORKFLOW, 'GITHUB_ENV')])]
    ]);
    const pr = runScan({ root, now: new Date('2026-01-01T00:00:00Z'), changes });
    expect(pr.newCount).toBe(1);
    const summary = renderScanSummary(pr);
    expect(summary.indexOf('New in this pull request (1)')).toBeGreaterThan(0);
    expect(summary.indexOf('New in this pull request')).toBeLessThan(
      summary.indexOf('Already in the repository')
    );
    expect(summary.split('New in this pull request')[1]?.split('Already')[0]).toContain(
      'token-leak'
    );
    expect(renderScanComment(pr)).toMatch(/1 new finding in this pull request/);
    expect(findLeak(summary + renderScanComment(pr), fragmentsOf([token]))).toBeUndefined();
  });

  test('a clean scan says so', () => {
    const clean = { ...report, findings: [], verdict: 'pass' as const };
    expect(renderScanSummary(clean)).toContain('No risky Fly token handling found.');
  });
});
