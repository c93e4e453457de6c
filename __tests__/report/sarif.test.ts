import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import type { Finding, RuleMeta, Severity } from '../../src/rules/types.js';
import { SEVERITIES, docsUrl } from '../../src/rules/types.js';
import { FINGERPRINT_KEY, computeFingerprints, toSarif } from '../../src/report/sarif.js';
import type { Log as SarifLog, Run } from 'sarif';

const schema: unknown = JSON.parse(
  readFileSync(path.resolve(process.cwd(), '__tests__/fixtures/sarif-schema-2.1.0.json'), 'utf8')
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema as object);

/** The log's one run, with the parts every log we write has. */
function runOf(log: SarifLog): Run & Required<Pick<Run, 'results'>> {
  const run = log.runs[0];
  if (run?.results === undefined) throw new Error('a log without its run or results');
  return { ...run, results: run.results };
}
const rulesOf = (log: SarifLog) => runOf(log).tool.driver.rules ?? [];

function expectValid(log: SarifLog): void {
  // Round-trip through JSON: what is uploaded is the serialized file.
  const ok = validate(JSON.parse(JSON.stringify(log)));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const tool = {
  name: 'fly-token-guard',
  version: '0.1.0',
  informationUri: 'https://github.com/fly-token-guard/fly-token-guard'
};

const rules: RuleMeta[] = [
  {
    id: 'personal-token',
    defaultSeverity: 'high',
    title: 'Personal token in CI',
    help: 'Use a deploy token.'
  },
  {
    id: 'token-leak',
    defaultSeverity: 'high',
    title: 'Token leaked',
    help: 'Do not echo the token.'
  },
  { id: 'expired', defaultSeverity: 'critical', title: 'Expired token', help: 'Mint a new token.' },
  {
    id: 'no-environment',
    defaultSeverity: 'low',
    title: 'No environment',
    help: 'Add an environment.'
  },
  { id: 'token-formatting', defaultSeverity: 'info', title: 'Sloppy formatting', help: 'Trim it.' },
  { id: 'pull-request-exposure', defaultSeverity: 'medium', title: 'PR exposure', help: '' }
];

const workflow = '.github/workflows/deploy.yml';

describe('toSarif: schema validity', () => {
  it('uses a validator that rejects broken SARIF (the checks below mean something)', () => {
    const log = toSarif(
      [
        {
          rule: 'expired',
          severity: 'critical',
          message: 'm',
          location: { file: 'a', line: 1, column: 1 }
        }
      ],
      rules,
      tool
    );
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    const result = broken.runs[0]?.results[0];
    if (result) result.level = 'fatal';
    expect(validate(broken)).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('is valid with no findings at all', () => {
    const log = toSarif([], rules, tool);
    expectValid(log);
    expect(runOf(log).results).toEqual([]);
    expect(rulesOf(log).map(r => r.id)).toEqual(rules.map(r => r.id));
  });

  it('is valid with located findings, fixes, subjects and multi-line regions', () => {
    const findings: Finding[] = [
      {
        rule: 'token-leak',
        severity: 'high',
        message: 'The step echoes FLY_API_TOKEN into the log.',
        location: { file: workflow, line: 12, column: 9, endLine: 14, endColumn: 20 },
        fix: { summary: 'Remove the echo.', commands: ['fly tokens revoke <id>'] }
      },
      {
        rule: 'no-environment',
        severity: 'low',
        message: 'Job deploy has no environment.',
        location: { file: `./${workflow}`, line: 5, column: 3 },
        subject: 'FLY_API_TOKEN'
      }
    ];
    const log = toSarif(findings, rules, tool);
    expectValid(log);
    const [leak, env] = runOf(log).results;
    expect(leak?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 12,
      startColumn: 9,
      endLine: 14,
      endColumn: 20
    });
    expect(leak?.message.text).toContain('Remove the echo.');
    expect(leak?.properties?.fixCommands).toEqual(['fly tokens revoke <id>']);
    // "./" is dropped: code scanning matches the URI against repository paths.
    expect(env?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: workflow,
      uriBaseId: '%SRCROOT%'
    });
    expect(env?.properties?.subject).toBe('FLY_API_TOKEN');
  });

  it('omits locations for findings without one', () => {
    const finding: Finding = {
      rule: 'expired',
      severity: 'critical',
      message: 'The token expired.'
    };
    const bare = toSarif([finding], rules, tool);
    expectValid(bare);
    expect(runOf(bare).results[0]?.locations).toBeUndefined();
  });

  it('adds a descriptor for a rule it was not told about, so ruleIndex stays valid', () => {
    const log = toSarif(
      [
        {
          rule: 'brand-new-rule',
          severity: 'medium',
          message: 'm',
          location: { file: 'a.yml', line: 1, column: 1 }
        }
      ],
      rules,
      tool
    );
    expectValid(log);
    const result = runOf(log).results[0];
    const descriptor = rulesOf(log)[result?.ruleIndex ?? -1];
    expect(descriptor?.id).toBe('brand-new-rule');
    expect(descriptor?.helpUri).toBe(docsUrl('brand-new-rule'));
  });

  it('percent-encodes awkward file names into relative URI references', () => {
    const log = toSarif(
      [
        {
          rule: 'token-leak',
          severity: 'high',
          message: 'm',
          location: { file: 'dir with space/c:fly#1.toml', line: 2, column: 1 }
        }
      ],
      rules,
      tool
    );
    expectValid(log);
    const uri = runOf(log).results[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    expect(uri).toBe('dir%20with%20space/c%3Afly%231.toml');
  });

  it('stays valid for arbitrary finding sets', () => {
    const severity = fc.constantFrom<Severity>(...SEVERITIES);
    const location = fc.record(
      {
        file: fc.string({ minLength: 1, maxLength: 30 }),
        line: fc.integer({ min: -2, max: 500 }),
        column: fc.integer({ min: -2, max: 200 }),
        endLine: fc.integer({ min: -2, max: 600 }),
        endColumn: fc.integer({ min: -2, max: 300 })
      },
      { requiredKeys: ['file', 'line', 'column'] }
    );
    const finding = fc.record(
      {
        rule: fc.constantFrom('personal-token', 'expired', 'x-unknown', 'token-leak'),
        severity,
        message: fc.string({ maxLength: 80 }),
        location,
        subject: fc.string({ maxLength: 12 }),
        fix: fc.record({
          summary: fc.string({ maxLength: 20 }),
          commands: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 })
        })
      },
      { requiredKeys: ['rule', 'severity', 'message'] }
    );
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 8 }), findings => {
        const log = toSarif(findings, rules, tool);
        const ok = validate(JSON.parse(JSON.stringify(log)));
        const results = runOf(log).results;
        const indexesPointAtTheirRule = results.every(
          r => rulesOf(log)[r.ruleIndex ?? -1]?.id === r.ruleId
        );
        return ok === true && results.length === findings.length && indexesPointAtTheirRule;
      }),
      { numRuns: 150 }
    );
  });
});

describe('toSarif: levels and rule metadata', () => {
  it('maps finding severities to result levels', () => {
    const expected: Record<Severity, string> = {
      critical: 'error',
      high: 'error',
      medium: 'warning',
      low: 'note',
      info: 'note'
    };
    const findings = SEVERITIES.map(s => ({ rule: 'expired', severity: s, message: s }));
    const levels = runOf(toSarif(findings, rules, tool)).results.map(r => r.level);
    expect(levels).toEqual(SEVERITIES.map(s => expected[s]));
  });

  it('describes rules for GitHub: docs link, security-severity, problem.severity, default level', () => {
    const log = toSarif([], rules, tool);
    const driver = runOf(log).tool.driver;
    const byId = new Map(rulesOf(log).map(r => [r.id, r]));
    expect(byId.get('expired')?.properties?.['security-severity']).toBe('9.5');
    expect(byId.get('personal-token')?.properties?.['security-severity']).toBe('8.0');
    expect(byId.get('pull-request-exposure')?.properties?.['security-severity']).toBe('5.5');
    expect(byId.get('no-environment')?.properties?.['security-severity']).toBe('3.0');
    expect(byId.get('token-formatting')?.properties?.['security-severity']).toBe('1.0');
    expect(byId.get('no-environment')?.properties?.['problem.severity']).toBe('recommendation');
    expect(byId.get('pull-request-exposure')?.defaultConfiguration?.level).toBe('warning');
    for (const rule of rulesOf(log)) {
      expect(rule.helpUri).toBe(docsUrl(rule.id));
      expect(rule.help?.markdown).toContain(docsUrl(rule.id));
      expect(rule.properties?.tags).toContain('security');
    }
    // Empty help falls back to the title rather than an empty description.
    expect(byId.get('pull-request-exposure')?.fullDescription?.text).toBe('PR exposure');
    expect(driver.name).toBe(tool.name);
    expect(driver.version).toBe(tool.version);
  });
});

describe('fingerprints', () => {
  const before = [
    'name: deploy',
    'jobs:',
    '  deploy:',
    '    steps:',
    '      - run: echo $FLY_API_TOKEN'
  ].join('\n');
  // Two lines inserted above: the finding moves from line 5 to line 7.
  const after = [
    'name: deploy',
    'on: push',
    'permissions: {}',
    'jobs:',
    '  deploy:',
    '    steps:',
    '      - run: echo $FLY_API_TOKEN'
  ].join('\n');
  const leakAt = (line: number, message = 'echoes the token'): Finding => ({
    rule: 'token-leak',
    severity: 'high',
    message,
    location: { file: workflow, line, column: 9 }
  });
  const fingerprintOf = (log: SarifLog, i = 0): string | undefined =>
    runOf(log).results[i]?.partialFingerprints?.[FINGERPRINT_KEY];

  it('survives lines inserted above the finding', () => {
    const a = toSarif([leakAt(5)], rules, tool, { sources: { [workflow]: before } });
    const b = toSarif([leakAt(7)], rules, tool, {
      sources: file => (file === workflow ? after : undefined)
    });
    expect(fingerprintOf(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprintOf(b)).toBe(fingerprintOf(a));
  });

  it('changes when the line text, the rule or the file changes', () => {
    const base = computeFingerprints([leakAt(5)], { [workflow]: before })[0];
    const edited = before.replace('echo $FLY_API_TOKEN', 'printenv FLY_API_TOKEN');
    expect(computeFingerprints([leakAt(5)], { [workflow]: edited })[0]).not.toBe(base);
    expect(
      computeFingerprints([{ ...leakAt(5), rule: 'fly-auth-token' }], { [workflow]: before })[0]
    ).not.toBe(base);
    const other = { ...leakAt(5), location: { file: 'other.yml', line: 5, column: 9 } };
    expect(computeFingerprints([other], { 'other.yml': before })[0]).not.toBe(base);
  });

  it('keeps identical lines apart by occurrence, independent of the findings order', () => {
    const text = ['a', '  - run: echo $FLY_API_TOKEN', 'b', '  - run: echo $FLY_API_TOKEN'].join(
      '\n'
    );
    const sources = { [workflow]: text };
    const [first, second] = computeFingerprints([leakAt(2), leakAt(4)], sources);
    expect(first).not.toBe(second);
    const reversed = computeFingerprints([leakAt(4), leakAt(2)], sources);
    expect(reversed).toEqual([second, first]);
  });

  it('reads each file once, however many findings it holds, and fingerprints as before', () => {
    const other = 'other.yml';
    const texts: Record<string, string> = { [workflow]: before, [other]: after };
    const reads: string[] = [];
    const counted = (file: string): string | undefined => {
      reads.push(file);
      return texts[file];
    };
    const findings = [
      leakAt(5),
      { ...leakAt(7), location: { file: other, line: 7, column: 9 } },
      leakAt(2),
      { ...leakAt(3), location: { file: other, line: 3, column: 9 } },
      leakAt(5, 'again')
    ];
    expect(computeFingerprints(findings, counted)).toEqual(computeFingerprints(findings, texts));
    expect(reads).toEqual([workflow, other]);
  });

  it('falls back to the message when the file text is not given, still ignoring line numbers', () => {
    const [atFive] = computeFingerprints([leakAt(5)], undefined);
    const [atNine] = computeFingerprints([leakAt(9)], undefined);
    const [otherMessage] = computeFingerprints(
      [leakAt(5, 'writes the token to GITHUB_ENV')],
      undefined
    );
    expect(atNine).toBe(atFive);
    expect(otherMessage).not.toBe(atFive);
  });

  it('identifies location-less findings by rule and subject, not by their changing message', () => {
    const soon = (days: number, subject: string): Finding => ({
      rule: 'expiring-soon',
      severity: 'medium',
      message: `The token expires in ${days} days.`,
      subject
    });
    const [today] = computeFingerprints([soon(10, 'FLY_API_TOKEN')], undefined);
    const [tomorrow] = computeFingerprints([soon(9, 'FLY_API_TOKEN')], undefined);
    const [otherToken] = computeFingerprints([soon(10, 'FLY_STAGING_TOKEN')], undefined);
    expect(tomorrow).toBe(today);
    expect(otherToken).not.toBe(today);
  });
});
