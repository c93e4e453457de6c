// `fly-token-guard scan [DIR] [--json|--sarif] [--fail-on S] [--max-files N]`: the repository
// scan from a terminal. Exit 0 pass (or warn), 1 findings at or above --fail-on, 2 bad usage.
import { statSync } from 'node:fs';
import path from 'node:path';
import { currentTime } from '../action/clock.js';
import { createRepoFiles } from '../engine/repo-files.js';
import { DEFAULT_MAX_FILES, scanRepository } from '../engine/scan.js';
import { findingToJson } from '../report/findings-json.js';
import { renderScanText } from '../report/scan-summary.js';
import { scanSarif } from '../report/scan-sarif.js';
import { parseFailOn, UsageError } from './args.js';
import type { CommandHandler } from './types.js';

function maxFilesOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError('--max-files must be a whole number of at least 1');
  return n;
}

export const runScanCommand: CommandHandler = async ({ args, env, out }) => {
  const { values, positionals } = args;
  if (values.json && values.sarif) throw new UsageError('--json and --sarif exclude each other');
  if (positionals.length > 1) throw new UsageError('scan takes one directory');
  const failOn = parseFailOn(values['fail-on']);
  const maxFiles = maxFilesOf(values['max-files']);
  const dir = positionals[0] ?? values.repo ?? '.';
  const root = path.resolve(dir);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new UsageError(`'${dir}' is not a directory`);

  const report = await scanRepository({ root, maxFiles, failOn, now: currentTime(env) });
  if (values.sarif) {
    const repo = createRepoFiles(root);
    out(
      JSON.stringify(
        scanSarif(report, file => repo.read(file)),
        null,
        2
      )
    );
  } else if (values.json) {
    out(
      JSON.stringify(
        {
          verdict: report.verdict,
          filesScanned: report.filesScanned,
          findings: report.findings.map(findingToJson),
          notes: report.notes
        },
        null,
        2
      )
    );
  } else {
    out(renderScanText(report));
  }
  return report.verdict === 'fail' ? 1 : 0;
};
