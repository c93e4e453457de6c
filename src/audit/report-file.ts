// Reads one shard report for `audit merge` (the CLI and the action's `reports`): only a regular
// file, up to a size far above any real report, so a FIFO, a device or a huge artifact ends in a
// clear message instead of a wait or a process out of memory.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { AuditMergeError, readAuditReport } from './merge.js';
import type { AuditReport } from './report.js';

/** Largest shard report read (a report of 5,000 repositories stays well under it). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** The report in `file`; `name` is how messages call it. Throws AuditMergeError. */
export function readAuditReportFile(file: string, name: string = file): AuditReport {
  let text: string;
  let fd: number;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    throw new AuditMergeError(`cannot read '${name}'`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AuditMergeError(`'${name}' is not a regular file`);
    if (stat.size > MAX_REPORT_BYTES) {
      throw new AuditMergeError(`'${name}' is larger than ${MAX_REPORT_BYTES / (1024 * 1024)} MiB`);
    }
    text = readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof AuditMergeError) throw error;
    throw new AuditMergeError(`cannot read '${name}'`);
  } finally {
    closeSync(fd);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AuditMergeError(`'${name}' is not JSON`);
  }
  return readAuditReport(parsed, name);
}
