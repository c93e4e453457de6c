// Positions against the text, over the whole fixture corpus: every secret reference points at
// `secrets.NAME` (and its `${{`), every flyctl command at its first word, every piece of needs
// evidence at the command or action it comes from.
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import type { SourceLocation } from '../../src/workflow/types.js';
import { locateFlyCommands } from '../../src/workflow/workflow-commands.js';
import { corpusEntries, corpusWorkflows, repoFilesFor } from './corpus.js';

function textAt(lines: string[], loc: SourceLocation): string {
  return (lines[loc.line - 1] ?? '').slice(loc.column - 1);
}

/** Text from start to end of a location (end exclusive), across lines. */
function spanText(lines: string[], loc: SourceLocation): string {
  const endLine = loc.endLine ?? loc.line;
  const endColumn = loc.endColumn ?? loc.column;
  if (endLine === loc.line) return (lines[loc.line - 1] ?? '').slice(loc.column - 1, endColumn - 1);
  const parts = [(lines[loc.line - 1] ?? '').slice(loc.column - 1)];
  for (let l = loc.line + 1; l < endLine; l++) parts.push(lines[l - 1] ?? '');
  parts.push((lines[endLine - 1] ?? '').slice(0, endColumn - 1));
  return parts.join('\n');
}

const workflows = corpusWorkflows();

describe('positions in the corpus', () => {
  it.each(workflows.map(w => [w.file, w] as const))('%s', (_name, entry) => {
    const lines = entry.text.split('\n');
    const workflow = parseWorkflowFile(entry.path, entry.text);
    for (const ref of workflow.secretRefs) {
      expect(ref.location.file).toBe(entry.path);
      expect(spanText(lines, ref.location).replace(/\s+/g, '')).toBe(`secrets.${ref.name}`);
      expect(textAt(lines, ref.expressionLocation).startsWith('${{')).toBe(true);
      expect(spanText(lines, ref.expressionLocation).endsWith('}}')).toBe(true);
    }
    for (const command of locateFlyCommands(workflow)) {
      const first =
        command.source === 'run'
          ? command.invocation.program.split(' ')[0]
          : command.invocation.text.split(' ')[1];
      expect(textAt(lines, command.location).startsWith(first ?? '\u0000')).toBe(true);
    }
  });

  it('finds the secret references and commands the corpus contains', () => {
    const all = workflows.map(w => parseWorkflowFile(w.path, w.text));
    const refs = all.flatMap(w => w.secretRefs);
    // Every `secrets.` in the files outside comments is a reference we report.
    const written = workflows
      .flatMap(w => w.text.split('\n'))
      .filter(l => !l.trim().startsWith('#'))
      .map(l => (l.match(/(?<![\w.-])secrets\s*\.\s*[A-Za-z_]/g) ?? []).length)
      .reduce((a, b) => a + b, 0);
    expect(refs.length).toBe(written);
    // Every `flyctl <command>` written in the files is a command we locate.
    const commands = workflows
      .flatMap(w => w.text.split('\n'))
      .filter(l => !l.trim().startsWith('#'))
      .map(l => (l.match(/(?<![\w/-])flyctl\s+[a-z]/g) ?? []).length)
      .reduce((a, b) => a + b, 0);
    expect(commands).toBeGreaterThan(25);
    expect(all.flatMap(w => locateFlyCommands(w)).length).toBe(commands);
  });

  it('points needs evidence at the command (run) or the action (uses) in its own file', () => {
    const byPath = new Map(corpusEntries().map(e => [`${e.repo}:${e.path}`, e.text]));
    for (const entry of workflows) {
      const workflow = parseWorkflowFile(entry.path, entry.text);
      for (const job of workflow.jobs) {
        for (const evidence of inferJobNeeds(workflow, job.id, repoFilesFor(entry.repo)).evidence) {
          const loc = evidence.location;
          expect(loc).toBeDefined();
          if (!loc) continue;
          const text = byPath.get(`${entry.repo}:${loc.file}`);
          expect(text).toBeDefined();
          const at = textAt((text ?? '').split('\n'), loc);
          const expected =
            evidence.command.startsWith('flyctl ') && !at.startsWith('flyctl')
              ? evidence.command.split(' ')[1]
              : evidence.command.split(' ')[0];
          expect(at.startsWith(expected ?? '\u0000')).toBe(true);
        }
      }
    }
  });
});
