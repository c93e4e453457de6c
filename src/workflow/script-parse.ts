// One shell parse per `run:` script, shared by needs inference and the scan rules (each parsed
// every script again: five parses of the same text per scan). Keyed by the script object, so a
// model that is dropped takes its parses with it; `forgetScriptParses` lets a scan release them
// earlier, once nothing will ask about that workflow's scripts again.
import type { RunScript, Step } from './model.js';
import { parseShell, type Statement } from './shell.js';

const parses = new WeakMap<RunScript, Statement[]>();

/** The statements of a script, parsed once. Callers must not change them. */
export function parsedScript(run: RunScript): Statement[] {
  let statements = parses.get(run);
  if (!statements) {
    statements = parseShell(run.text);
    parses.set(run, statements);
  }
  return statements;
}

/** Releases the parses of these steps' scripts (they are parsed again if asked for). */
export function forgetScriptParses(steps: Iterable<Step>): void {
  for (const step of steps) if (step.run) parses.delete(step.run);
}
