// Small helpers shared by the scan rules.
import type { Job } from '../../workflow/index.js';

/** Items with a location, in file order. */
export function inFileOrder<T extends { location: { line: number; column: number } }>(
  items: readonly T[]
): T[] {
  return [...items].sort(
    (a, b) => a.location.line - b.location.line || a.location.column - b.location.column
  );
}

/** How messages name a job: its id, in backticks. */
export function jobLabel(job: Pick<Job, 'id'>): string {
  return `\`${job.id}\``;
}
