// A `run:` step's script read in its own dialect: bash as written, PowerShell and cmd through the
// bash that runs the same commands (`windowsAsBash`), another language (`shell: python`) not at
// all. The readers of commands (needs inference, flyctl invocations, agents, programs a step
// runs) ask here, so none reads a PowerShell step as bash.
import type { RunDefaults, RunScript, Step } from './model.js';
import { parsedScript, scriptCommands } from './script-parse.js';
import { allCommands, parseShell, type SimpleCommand, type Statement } from './shell.js';
import { shellDialect } from './shell-dialect.js';
import { windowsAsBash } from './windows-script.js';

export type StepDialect = ReturnType<typeof shellDialect>;

/** A script's commands, with the text their offsets point into (as long as the script). */
export interface DialectScript {
  dialect: StepDialect;
  text: string;
  statements: Statement[];
  commands: SimpleCommand[];
}

/** The shell a step runs in: its own `shell:`, else the first default (job, then workflow). */
export function stepShell(step: Step, defaults: readonly RunDefaults[]): string | null {
  return step.shell ?? defaults.find(d => d.shell !== null)?.shell ?? null;
}

/** The dialect of a step's script (see shellDialect). */
export function stepDialect(
  step: Step,
  defaults: readonly RunDefaults[],
  runsOn: string | null
): StepDialect {
  return shellDialect(stepShell(step, defaults), runsOn);
}

/** PowerShell and cmd readings, once per script (bash ones are kept by script-parse). */
const windowsReadings = new WeakMap<RunScript, DialectScript>();

/** A script's commands in `dialect`; null for a language that is not a shell. */
export function scriptInDialect(run: RunScript, dialect: StepDialect): DialectScript | null {
  if (dialect === 'other') return null;
  if (dialect === 'sh') {
    return {
      dialect,
      text: run.text,
      statements: parsedScript(run),
      commands: scriptCommands(run)
    };
  }
  const kept = windowsReadings.get(run);
  if (kept?.dialect === dialect) return kept;
  const text = windowsAsBash(run.text, dialect);
  const statements = parseShell(text);
  const reading = { dialect, text, statements, commands: allCommands(statements) };
  windowsReadings.set(run, reading);
  return reading;
}

/** A step's script in its dialect; null without a `run:` or in another language. */
export function stepScript(
  step: Step,
  defaults: readonly RunDefaults[],
  runsOn: string | null
): DialectScript | null {
  return step.run ? scriptInDialect(step.run, stepDialect(step, defaults, runsOn)) : null;
}
