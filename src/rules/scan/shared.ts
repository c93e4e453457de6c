// Small helpers shared by the scan rules.
import type { Job, SecretReference, Step, WorkflowFile } from '../../workflow/index.js';

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** The step a reference sits in, if any. */
export function stepOfRef(job: Job, ref: SecretReference): Step | undefined {
  return ref.stepIndex === null ? undefined : job.steps[ref.stepIndex];
}

/** References in file order. */
export function inFileOrder<T extends { location: { line: number; column: number } }>(
  items: readonly T[]
): T[] {
  return [...items].sort(
    (a, b) => a.location.line - b.location.line || a.location.column - b.location.column
  );
}

/** `jobs.deploy` label for messages: the job's name when it has one that is plain text. */
export function jobLabel(job: Job): string {
  return `\`${job.id}\``;
}

/** Events a workflow runs on. */
export function triggersOf(workflow: WorkflowFile): Set<string> {
  return new Set(workflow.triggers.map(t => t.event));
}

/** 1-based line of a step's first line, for "line N" in messages. */
export function stepLine(step: Step): number {
  return step.location.line;
}
