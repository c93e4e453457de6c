// AI coding agents a step can start: actions and command-line tools that take instructions from
// text (an issue, a comment, a pull request) and run shell commands. In a job holding a Fly token,
// whoever writes that text can ask the agent to read the token. The agents are the ones needs
// inference knows (its `unknown-needs` names them too): one list.
import { wordLiteral } from '../../workflow/shell.js';
import { AGENT_ACTION } from '../../workflow/known-actions.js';
import { AGENTS } from '../../workflow/script-follow.js';
import { stepScript, type RunDefaults, type Step } from '../../workflow/index.js';

/** Package runners whose first operand is the program they fetch and run. */
const RUNNERS = new Set(['npx', 'bunx', 'pnpx']);

/**
 * The agent a step starts (`anthropics/claude-code-action`, `claude`, `@openai/codex`), or null.
 * A script is read in its dialect (`defaults`: the job's, then the workflow's `defaults.run`).
 */
export function agentOf(
  step: Step,
  defaults: readonly RunDefaults[],
  runsOn: string | null
): string | null {
  const uses = step.uses;
  if (uses) {
    if (uses.kind !== 'action') return null;
    const name = `${uses.owner ?? ''}/${uses.repo ?? ''}`;
    return AGENT_ACTION.test(name.toLowerCase()) ? name : null;
  }
  const script = stepScript(step, defaults, runsOn);
  if (!script) return null;
  // Windows names ignore case and may carry `.exe` or `.cmd` (`npx.cmd`).
  const name = (word: string): string =>
    script.dialect === 'sh' ? word : word.toLowerCase().replace(/\.(exe|cmd)$/, '');
  for (const command of script.commands) {
    const words = command.words.map(w => wordLiteral(w) ?? '');
    const base = name((words[0] ?? '').split('/').pop() ?? '');
    if (AGENTS.has(base)) return base;
    if (!RUNNERS.has(base)) continue;
    const fetched = words.slice(1).find(w => !w.startsWith('-')) ?? '';
    if (AGENT_ACTION.test(fetched.toLowerCase())) return fetched;
  }
  return null;
}
