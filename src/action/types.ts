// What main hands to every mode: the token, the one door out, the redactor and the run's deadline.
import type { Deadline } from '../io/deadline.js';
import type { Publisher } from './publish.js';
import type { Scrub } from '../token/scrub.js';

export interface ModeRun {
  token: { value: string; source: string };
  publisher: Publisher;
  redact: Scrub;
  deadline: Deadline;
}

export type ModeHandler = (run: ModeRun) => Promise<void>;
