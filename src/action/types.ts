// What main hands to every mode: the token, the one door out, the redactor and the run's deadline.
import type { RunDeadline } from './deadline.js';
import type { Publisher } from './publish.js';
import type { Redactor } from './redact.js';

export interface ModeRun {
  token: { value: string; source: string };
  publisher: Publisher;
  redact: Redactor;
  deadline: RunDeadline;
}

export type ModeHandler = (run: ModeRun) => Promise<void>;
