// One shell parse per `run:` script, shared by needs inference and the scan rules (each parsed
// every script again: five parses of the same text per scan). Kept on the script object, so a
// model that is dropped takes its parses with it; `forgetScriptParses` lets a scan release them
// earlier, once nothing will ask about that workflow's scripts again.
import type { RunScript, Step } from './model.js';
import { allCommands, parseShell, type SimpleCommand, type Statement } from './shell.js';

/**
 * The slot holding a script's parse: a non-enumerable symbol property, so it is no part of the
 * model's data (JSON, test equality). A slot costs nothing to find, where a WeakMap from scripts
 * cost a lookup, an insertion and a deletion per script and digest.
 */
const PARSE: unique symbol = Symbol('shell parse');

/** A script's parse, and every simple command in it (asked for by several rules). */
interface ScriptParse {
  statements: Statement[];
  commands?: SimpleCommand[];
}

type ParsedRunScript = RunScript & { [PARSE]?: ScriptParse | undefined };

/** Scripts that cannot take the slot (a frozen object from a caller). */
const fallback = new WeakMap<RunScript, ScriptParse>();

function scriptParse(run: RunScript): ScriptParse {
  const holder = run as ParsedRunScript;
  const kept = holder[PARSE] ?? fallback.get(run);
  if (kept) return kept;
  const parse: ScriptParse = { statements: parseShell(run.text) };
  if (Object.hasOwn(holder, PARSE)) holder[PARSE] = parse;
  else if (Object.isExtensible(holder)) {
    Object.defineProperty(holder, PARSE, {
      value: parse,
      writable: true,
      configurable: true,
      enumerable: false
    });
  } else fallback.set(run, parse);
  return parse;
}

/** The statements of a script, parsed once. Callers must not change them. */
export function parsedScript(run: RunScript): Statement[] {
  return scriptParse(run).statements;
}

/** `allCommands(parsedScript(run))`, worked out once. Callers must not change it. */
export function scriptCommands(run: RunScript): SimpleCommand[] {
  const parse = scriptParse(run);
  parse.commands ??= allCommands(parse.statements);
  return parse.commands;
}

/** Releases the parses of these steps' scripts (they are parsed again if asked for). */
export function forgetScriptParses(steps: Iterable<Step>): void {
  for (const step of steps) {
    const run = step.run as ParsedRunScript | null;
    if (!run) continue;
    if (run[PARSE] !== undefined) run[PARSE] = undefined;
    else fallback.delete(run);
  }
}
