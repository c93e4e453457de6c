// The hard limits that keep hostile input cheap, each with the message a user sees when it is hit.
// (Scan max-files and the 1 MiB scan-file limit are tested in __tests__/scan/engine.test.ts.)
import { Agent } from 'undici';
import { runCheck } from '../../src/engine/check.js';
import { verifyOnline } from '../../src/fly/verify.js';
import { inspectToken, MAX_INPUT_BYTES } from '../../src/token/index.js';
import { MAX_TOKEN_PIECES } from '../../src/token/limits.js';
import { runCli } from '../support/run-action.js';
import {
  MAX_LINE_CHARS,
  MAX_SECRET_REFERENCES,
  MAX_WORKFLOW_BYTES,
  parseActionFile,
  parseWorkflowFile
} from '../../src/workflow/index.js';
import { MAX_VALIDATED_EXPRESSIONS } from '../../src/workflow/parse-workflow.js';
import { MAX_YAML_EXPANDED_CHARS, MAX_YAML_NODES } from '../../src/workflow/yaml-tree.js';
import { directDispatcher, optionsFor, tokenOf } from '../fly/helpers.js';
import { vector } from '../fly/vectors.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { leakedWindows } from './decoder-fuzz.js';

const FILE = '.github/workflows/limits.yml';
const HEAD = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n';

describe(`token input: ${MAX_TOKEN_PIECES} comma-separated pieces`, () => {
  const commas = `FlyV1 ${','.repeat(60_000)}`;

  it('refuses more with one problem saying why, not one line for each piece', () => {
    const inspection = inspectToken(commas);
    expect(inspection.kind).toBe('malformed');
    expect(inspection.problems).toEqual([
      expect.objectContaining({ code: 'too-large', fatal: true })
    ]);
    expect(inspection.problems[0]?.message).toContain(
      `token has 60001 comma-separated pieces (over ${MAX_TOKEN_PIECES})`
    );
  });

  it('keeps reporting each piece up to the limit', () => {
    const inspection = inspectToken(`FlyV1 ${','.repeat(MAX_TOKEN_PIECES - 1)}`);
    expect(inspection.problems.filter(p => p.code === 'empty-piece')).toHaveLength(
      MAX_TOKEN_PIECES
    );
  });

  it('the CLI: inspect prints a short answer, exit code 2', async () => {
    const run = await runCli(['inspect'], { stdin: commas });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('comma-separated pieces');
    expect(run.stdout.split('\n').length).toBeLessThan(20);
  });
});

describe('token input: 64 KiB', () => {
  const tooBig = `FlyV1 fm2_${'QUJD'.repeat(MAX_INPUT_BYTES / 4)}`;

  it('refuses a larger input with a message that says why and echoes nothing', () => {
    const inspection = inspectToken(tooBig);
    expect(inspection.kind).toBe('malformed');
    expect(inspection.problems).toEqual([
      expect.objectContaining({ code: 'too-large', fatal: true })
    ]);
    expect(inspection.problems[0]?.message).toMatch(/too large \(over 65536 bytes\)/);
    expect(leakedWindows(JSON.stringify(inspection), tooBig)).toEqual([]);
  });

  it('fails the check with a malformed-token finding', async () => {
    const report = await runCheck({
      token: tooBig,
      needs: {
        apps: [],
        capabilities: [],
        unknownApps: false,
        commands: [],
        evidence: [],
        source: 'none'
      },
      now: new Date('2025-07-09T10:38:03Z'),
      failOn: 'high',
      options: { expiryWarningDays: 14, maxLifetimeDays: 365, secretName: 'FLY_API_TOKEN' }
    });
    expect(report.verdict).toBe('fail');
    expect(report.findings.map(f => f.rule)).toEqual(['malformed-token']);
    expect(report.findings[0]?.message).toMatch(/too large/);
    expect(leakedWindows(JSON.stringify(report), tooBig)).toEqual([]);
  });
});

describe('workflow files: 1 MiB, 32 KiB lines, secret references, expressions, aliases', () => {
  /** A workflow padded with comment lines to exactly `bytes` UTF-8 bytes. */
  function workflowOf(bytes: number): string {
    let text = `${HEAD}      - run: fly deploy -a web\n`;
    while (bytes - Buffer.byteLength(text) > 1001) text += `#${'x'.repeat(999)}\n`;
    return `${text}#${'x'.repeat(bytes - Buffer.byteLength(text) - 2)}\n`;
  }

  it('parses a file of exactly 1 MiB and refuses one byte more (UTF-8 bytes, not characters)', () => {
    const exact = workflowOf(MAX_WORKFLOW_BYTES);
    expect(Buffer.byteLength(exact)).toBe(MAX_WORKFLOW_BYTES);
    expect(parseWorkflowFile(FILE, exact).jobs.map(j => j.id)).toEqual(['deploy']);

    const refused = {
      kind: 'limit',
      message: 'workflow file is larger than 1 MiB',
      location: { file: FILE, line: 1, column: 1 }
    };
    expect(parseWorkflowFile(FILE, workflowOf(MAX_WORKFLOW_BYTES + 1)).errors).toEqual([refused]);
    // Fewer characters than the limit, but two bytes each.
    const multibyte = `${HEAD}      - run: fly deploy -a web\n${`# ${'é'.repeat(500)}\n`.repeat(1100)}`;
    expect(multibyte.length).toBeLessThan(MAX_WORKFLOW_BYTES);
    expect(parseWorkflowFile(FILE, multibyte).errors).toEqual([refused]);
  });

  it('refuses a line longer than 32 KiB, naming the line', () => {
    const long = `${HEAD}      - run: fly deploy -a web\n      - run: echo ${'a'.repeat(MAX_LINE_CHARS)}\n`;
    const parsed = parseWorkflowFile(FILE, long);
    expect(parsed.jobs).toEqual([]);
    expect(parsed.errors).toEqual([
      {
        kind: 'limit',
        message: 'line 7 is longer than 32 KiB, so the file was not parsed',
        location: { file: FILE, line: 7, column: 1 }
      }
    ]);
    // CRLF files count lines the same way; a line of exactly the limit is fine.
    const crlf = long.replace(/\n/g, '\r\n');
    expect(parseWorkflowFile(FILE, crlf).errors[0]?.location.line).toBe(7);
    const atLimit = `${HEAD}      - run: ${'a'.repeat(MAX_LINE_CHARS - 13)}\n`;
    expect(atLimit.split('\n')[5]).toHaveLength(MAX_LINE_CHARS);
    expect(parseWorkflowFile(FILE, atLimit).jobs).toHaveLength(1);
    expect(
      parseActionFile('action.yml', `runs:\n  using: composite\n#${'a'.repeat(MAX_LINE_CHARS)}\n`)
        .errors
    ).toEqual([
      expect.objectContaining({
        kind: 'limit',
        message: expect.stringMatching(/^line 3 is longer/)
      })
    ]);
  });

  it('stops a run script aliased over and over (text budget), keeping nothing', () => {
    // 4 KB of script, aliased 600 times: a 12 KB file that would expand to 2.5 MB of scripts.
    const script = Array.from(
      { length: 100 },
      (_, i) => `    flyctl deploy -a app-${i} --remote-only`
    );
    const text =
      `on: push\nx-script: &s |\n${script.join('\n')}\n${HEAD}` +
      Array.from({ length: 600 }, () => '      - run: *s').join('\n') +
      '\n';
    expect(600 * script.join('\n').length).toBeGreaterThan(MAX_YAML_EXPANDED_CHARS);
    const parsed = parseWorkflowFile(FILE, text);
    expect(parsed.errors.map(e => e.message)).toContain(
      'YAML document expands to too much text (aliases?); reading stopped'
    );
    expect(parsed.jobs).toEqual([]);

    // The same script aliased a few times is an ordinary workflow.
    const few =
      `on: push\nx-script: &s |\n${script.join('\n')}\n${HEAD}` +
      Array.from({ length: 3 }, () => '      - run: *s').join('\n') +
      '\n';
    expect(parseWorkflowFile(FILE, few).jobs[0]?.steps).toHaveLength(3);
  });

  it('classifies at most 2,000 secret references, and says the rest were not', () => {
    const steps = (n: number) => `      - run: fly deploy -a \${{ secrets.APP }}\n`.repeat(n);
    const capped = parseWorkflowFile(FILE, HEAD + steps(MAX_SECRET_REFERENCES + 500));
    expect(capped.secretRefs).toHaveLength(MAX_SECRET_REFERENCES);
    expect(capped.errors).toContainEqual(
      expect.objectContaining({
        kind: 'limit',
        message: 'more than 2000 secret references; the rest were not analysed',
        location: expect.objectContaining({ line: 5 + MAX_SECRET_REFERENCES })
      })
    );
    const fits = parseWorkflowFile(FILE, HEAD + steps(MAX_SECRET_REFERENCES));
    expect(fits.secretRefs).toHaveLength(MAX_SECRET_REFERENCES);
    // (Over 1,000 expressions, so the schema check is skipped; nothing else is wrong.)
    expect(fits.errors.map(e => e.message)).toEqual([
      "more than 1000 expressions, so GitHub's schema check was skipped"
    ]);
  });

  it('skips GitHub’s schema check above 1,000 expressions, and says so', () => {
    const script = (n: number) =>
      `${HEAD}      - run: |\n${'          echo ${{ github.sha }}\n'.repeat(n)}      - bogus-key: 1\n`;
    const checked = parseWorkflowFile(FILE, script(MAX_VALIDATED_EXPRESSIONS));
    expect(checked.errors.length).toBeGreaterThan(0);
    expect(checked.errors.every(e => e.kind === 'schema')).toBe(true);
    const skipped = parseWorkflowFile(FILE, script(MAX_VALIDATED_EXPRESSIONS + 1));
    expect(skipped.errors).toEqual([
      {
        kind: 'limit',
        message: "more than 1000 expressions, so GitHub's schema check was skipped",
        location: { file: FILE, line: 1, column: 1 }
      }
    ]);
    // Everything else is still read.
    expect(skipped.jobs[0]?.steps).toHaveLength(2);
  });

  it('stops a billion-laughs document (node budget)', () => {
    const levels = ['x-0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 6; i++) {
      levels.push(
        `x-${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      );
    }
    expect(10 ** 7).toBeGreaterThan(MAX_YAML_NODES);
    const parsed = parseWorkflowFile(FILE, `${levels.join('\n')}\n${HEAD}      - with: *a6\n`);
    expect(parsed.errors.map(e => e.message)).toContain(
      'YAML document expands to too many nodes (aliases?); reading stopped'
    );
    expect(parsed.jobs).toEqual([]);
  });
});

describe('Fly response bodies: 1 MiB', () => {
  let standIn: FlyStandIn;
  const huge = `<html>${'x'.repeat(2 * 1024 * 1024)}</html>`;

  beforeAll(async () => {
    standIn = await startFlyStandIn();
  });
  afterAll(async () => {
    await standIn.close();
  });
  afterEach(() => {
    standIn.setMisbehaviour('app', null);
  });

  it.each([
    ['the default stack', () => directDispatcher()],
    ['a plain dispatcher', () => new Agent()]
  ])('a larger body is cut off as unverified, never read whole: %s', async (_label, make) => {
    standIn.setMisbehaviour('app', { kind: 'respond', status: 200, body: huge });
    const dispatcher = make();
    try {
      const result = await verifyOnline(
        optionsFor(standIn, dispatcher, tokenOf(vector('deploy_app')), ['acme-web'])
      );
      expect(result.apps[0]?.outcome).toBe('unverified');
      expect(result.apps[0]?.detail).toMatch(/the response was too large/);
    } finally {
      await dispatcher.close();
    }
  });
});
