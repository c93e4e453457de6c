// Where a secret goes inside a `run:` script: the command it is an argument of (flyctl or not),
// the flag it is the value of, the variable it is assigned to, a here-document, a redirection.
import { commandMemo, flyInvocationOf, wordText, type CommandSummary } from './fly-commands.js';
import type { RunScript, SecretFlow } from './model.js';
import { scriptCommands } from './script-parse.js';
import {
  DECLARATION_COMMANDS,
  literalHead,
  wordLiteral,
  type SimpleCommand,
  type Word
} from './shell.js';

/** A command's summary, worked out once and kept with what else is known of it. */
function summaryOf(command: SimpleCommand, script: string): CommandSummary {
  const memo = commandMemo(command, script);
  let summary = memo.secretFlow;
  if (!summary) {
    const fly = flyInvocationOf(command, script);
    const output = command.redirects.find(r => r.target && !r.op.startsWith('<'));
    summary = {
      fly,
      command: fly
        ? [fly.program, ...fly.pathAsWritten].join(' ')
        : command.words[0]
          ? wordText(command.words[0])
          : null,
      redirect: output?.target ? wordText(output.target) : null
    };
    memo.secretFlow = summary;
  }
  return summary;
}

/**
 * Where a secret at `offset` of a script sits: its command, flag, variable, redirect. Every secret
 * reference of a script asks about the same commands: they are worked out once per script (the
 * parse the rest of the guard uses) and once per command.
 */
export function secretFlowInScript(run: RunScript, offset: number): Partial<SecretFlow> {
  const script = run.text;
  const commands = scriptCommands(run);
  let best: SimpleCommand | null = null;
  for (const c of commands) {
    const inHeredoc = c.redirects.some(
      r => r.heredoc && offset >= r.heredoc.start && offset < r.heredoc.end
    );
    const inCommand = offset >= c.start && offset < c.end;
    if (
      (inCommand || inHeredoc) &&
      (!best || c.end - c.start <= best.end - best.start || inHeredoc)
    )
      best = c;
  }
  if (!best) return {};
  const command = best;
  const heredoc = command.redirects.find(
    r => r.heredoc && offset >= r.heredoc.start && offset < r.heredoc.end
  );
  const { fly, command: commandText, redirect } = summaryOf(command, script);
  const result: Partial<SecretFlow> = { heredoc: heredoc !== undefined, redirect };
  result.fly = fly !== null;
  result.command = commandText;
  for (const a of command.assignments) {
    if (offset >= a.start && offset < a.end) result.variable = a.name;
  }
  const index = command.words.findIndex(w => offset >= w.start && offset < w.end);
  if (index >= 0) {
    const head = literalHead(command.words[index] as Word);
    if (fly) {
      const flag = fly.flags.find(f => offset >= f.start && offset < f.end && f.value);
      if (flag) result.flag = flag.raw;
    } else if (head.startsWith('-') && head.includes('=')) {
      result.flag = head.slice(0, head.indexOf('='));
    } else if (index > 0) {
      const previous = command.words[index - 1];
      const prev = previous ? wordLiteral(previous) : null;
      if (prev !== null && /^--?[A-Za-z]/.test(prev)) result.flag = prev;
    }
    const program = command.words[0] ? wordLiteral(command.words[0]) : null;
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head);
    if (assign && program !== null && DECLARATION_COMMANDS.has(program))
      result.variable = assign[1] ?? null;
  }
  return result;
}
