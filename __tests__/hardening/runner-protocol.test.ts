// src/action/runner.ts replaces @actions/core on the action's start-up path (see BENCHMARKS.md).
// The runner only understands bytes, so the two must write exactly the same bytes: every call is
// made through both and the captured standard output and runner files are compared.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import * as core from '@actions/core';
import * as runner from '../../src/action/runner.js';

type Api = 'core' | 'runner';

let dir: string;
const savedEnv = { ...process.env };

// One summary file for the whole file: @actions/core caches the summary file's path.
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runner-protocol-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

/** Runs `act` with standard output captured; returns what was written and the exit code set. */
async function capture(
  act: () => void | Promise<void>
): Promise<{ stdout: string; exit: unknown }> {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
  try {
    await act();
  } finally {
    spy.mockRestore();
  }
  const exit = process.exitCode;
  process.exitCode = undefined;
  return { stdout: written.join(''), exit };
}

const awkward = [
  'plain message',
  'percent % and 100%25 already escaped',
  'line one\nline two\r\nline three',
  'colons: and, commas',
  '',
  'ünïcödé ✓ and emoji 🚀'
];

const annotationProperties: runner.AnnotationProperties[] = [
  {},
  { title: 'A title' },
  { title: 'Title, with: punctuation %', file: '.github/workflows/deploy.yml', startLine: 3 },
  { title: 't', file: 'f.yml', startLine: 0, endLine: 4, startColumn: 2, endColumn: 9 },
  { title: '', file: '' },
  { file: 'a\nb.yml', startLine: 12, startColumn: 1 }
];

describe('runner protocol matches @actions/core byte for byte', () => {
  it.each(['error', 'warning', 'notice'] as const)('%s annotations', async level => {
    for (const message of awkward) {
      for (const properties of annotationProperties) {
        const expected = await capture(() => core[level](message, properties));
        const actual = await capture(() => runner[level](message, properties));
        expect(actual).toEqual(expected);
      }
    }
    // Without properties at all, and with an Error.
    expect(await capture(() => runner[level]('bare'))).toEqual(
      await capture(() => core[level]('bare'))
    );
    const failure = new Error('went wrong');
    expect(await capture(() => runner[level](failure))).toEqual(
      await capture(() => core[level](failure))
    );
  });

  it('masks, info lines and failures', async () => {
    for (const message of awkward) {
      expect(await capture(() => runner.setSecret(message))).toEqual(
        await capture(() => core.setSecret(message))
      );
      expect(await capture(() => runner.info(message))).toEqual(
        await capture(() => core.info(message))
      );
      const failed = await capture(() => runner.setFailed(message));
      expect(failed).toEqual(await capture(() => core.setFailed(message)));
      expect(failed.exit).toBe(1);
    }
  });

  it('outputs through GITHUB_OUTPUT, delimiters aside', async () => {
    const written = (api: Api): string => {
      const file = path.join(dir, `output-${api}`);
      writeFileSync(file, '');
      process.env.GITHUB_OUTPUT = file;
      for (const [i, value] of awkward.entries()) {
        (api === 'core' ? core.setOutput : runner.setOutput)(`name-${i}`, value);
      }
      return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
    };
    const expected = written('core');
    expect(expected).toContain('name-2<<DELIM');
    expect(written('runner')).toBe(expected);
  });

  it('exports variables through GITHUB_ENV, delimiters aside', async () => {
    const written = (api: Api): string => {
      const file = path.join(dir, `env-${api}`);
      writeFileSync(file, '');
      process.env.GITHUB_ENV = file;
      for (const [i, value] of awkward.entries()) {
        (api === 'core' ? core.exportVariable : runner.exportVariable)(`VAR_${i}`, value);
      }
      return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
    };
    const expected = written('core');
    expect(expected).toContain('VAR_2<<DELIM');
    expect(written('runner')).toBe(expected);
    expect(process.env.VAR_0).toBe(String(awkward[0]));
  });

  it('outputs without GITHUB_OUTPUT (the old set-output command)', async () => {
    delete process.env.GITHUB_OUTPUT;
    for (const value of awkward) {
      expect(await capture(() => runner.setOutput('out', value))).toEqual(
        await capture(() => core.setOutput('out', value))
      );
    }
  });

  it('refuses an output file that is missing, as @actions/core does', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'no-such-file');
    expect(() => core.setOutput('a', 'b')).toThrow();
    expect(() => runner.setOutput('a', 'b')).toThrow(/Missing file at path/);
  });

  it('reads inputs the same way', () => {
    process.env.INPUT_TOKEN = '  padded value \n';
    process.env['INPUT_TWO_WORDS'] = 'x';
    process.env.INPUT_EMPTY = '';
    for (const [name, options] of [
      ['token', undefined],
      ['token', { trimWhitespace: false }],
      ['Token', {}],
      ['two words', undefined],
      ['empty', undefined],
      ['absent', undefined]
    ] as const) {
      expect(runner.getInput(name, options)).toBe(core.getInput(name, options));
    }
    expect(() => core.getInput('absent', { required: true })).toThrow();
    expect(() => runner.getInput('absent', { required: true })).toThrow(
      'Input required and not supplied: absent'
    );
  });

  it('appends to the job summary', async () => {
    const file = path.join(dir, 'summary');
    process.env.GITHUB_STEP_SUMMARY = file;
    writeFileSync(file, 'before\n');
    await core.summary.addRaw('## from core\n').write();
    await runner.appendSummary('## from runner\n');
    expect(readFileSync(file, 'utf8')).toBe('before\n## from core\n## from runner\n');
  });

  it('says why a job summary cannot be written', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(runner.appendSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'missing', 'summary');
    await expect(runner.appendSummary('x')).rejects.toThrow(/Unable to access summary file/);
  });
});
