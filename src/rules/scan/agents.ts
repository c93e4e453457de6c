// AI coding agents a step can start: actions and command-line tools that take instructions from
// text (an issue, a comment, a pull request) and run shell commands. In a job holding a Fly token,
// whoever writes that text can ask the agent to read the token.
import type { Step } from '../../workflow/index.js';

/** Actions (owner/repo) that run a coding agent with shell access. */
const AGENT_ACTIONS =
  /^(?:anthropics\/claude-code(?:-base)?-action|openai\/codex-action|google-github-actions\/run-gemini-cli|google-gemini\/gemini-cli-action|sst\/opencode)$/i;

/** Agent CLIs started from a script: the program, or the package `npx`/`bunx` fetches. */
const AGENT_COMMAND =
  /(?:^|[\s;&|(])(?:(?:npx|bunx|pnpm\s+dlx)\s+(?:-y\s+|--yes\s+)?(@anthropic-ai\/claude-code|@openai\/codex|@google\/gemini-cli|opencode-ai)|(claude|codex|gemini|aider|opencode)(?=\s+(?:-p\b|--print\b|exec\b|run\b|--message\b|-m\b|--prompt\b|--yes\b|--dangerously)))/;

/** The agent a step starts (`anthropics/claude-code-action`, `claude`), or null. */
export function agentOf(step: Step): string | null {
  const uses = step.uses;
  if (uses?.kind === 'action' && uses.owner !== null && uses.repo !== null) {
    const name = `${uses.owner}/${uses.repo}`;
    return AGENT_ACTIONS.test(name) ? name : null;
  }
  const text = step.run?.text;
  if (text === undefined) return null;
  const match = AGENT_COMMAND.exec(text);
  return match ? (match[1] ?? match[2] ?? null) : null;
}
