// Taskfiles (go-task), as far as following `task NAME` needs: each task's commands (strings or
// `cmd:`), the tasks it calls (`task:` in `cmds`, `deps`), its `dir`, and `vars` with literal
// values; `{{.NAME}}` templates. Anything dynamic (`sh:` vars, other template functions) is
// unknown text.
import { UNKNOWN_TEXT } from './make-file.js';
import { replaceTemplates } from './templates.js';
import { mapGet, readYamlTree, scalarText, type YamlNode, type YamlScalar } from './yaml-tree.js';

interface TaskCommand {
  kind: 'cmd';
  text: string;
  line: number;
  column: number;
  /** Column of the text's later lines (block scalars). */
  continuationColumn: number;
  /** Written as is in the file (plain or literal block), so columns inside it are exact. */
  exact: boolean;
}

interface TaskCall {
  kind: 'task';
  name: string;
  vars: Map<string, string>;
}

export interface TaskDefinition {
  name: string;
  steps: Array<TaskCommand | TaskCall>;
  dir: string | null;
  vars: Map<string, string>;
}

export interface Taskfile {
  tasks: Map<string, TaskDefinition>;
  vars: Map<string, string>;
}

/** Reads a Taskfile's tasks. Null when it is not YAML with a `tasks` mapping. */
export function parseTaskfile(text: string): Taskfile | null {
  const tree = readYamlTree(text);
  const tasks = mapGet(tree.root, 'tasks');
  if (tree.errors.length > 0 || tasks?.kind !== 'map') return null;
  const out = new Map<string, TaskDefinition>();
  for (const entry of tasks.entries) {
    const name = scalarText(entry.key);
    if (name === null) continue;
    const body = entry.value;
    const task: TaskDefinition = { name, steps: [], dir: null, vars: new Map() };
    if (body.kind === 'scalar' || body.kind === 'seq') {
      addCommands(task, body);
    } else {
      for (const dep of items(mapGet(body, 'deps'))) {
        const call = callOf(dep);
        if (call) task.steps.push(call);
      }
      addCommands(task, mapGet(body, 'cmds') ?? mapGet(body, 'cmd'));
      task.dir = scalarText(mapGet(body, 'dir'));
      task.vars = literalVars(mapGet(body, 'vars'));
    }
    out.set(name, task);
  }
  return { tasks: out, vars: literalVars(mapGet(tree.root, 'vars')) };
}

function items(node: YamlNode | undefined): YamlNode[] {
  if (!node) return [];
  return node.kind === 'seq' ? node.items : [node];
}

function addCommands(task: TaskDefinition, node: YamlNode | undefined): void {
  for (const item of items(node)) {
    if (item.kind === 'scalar') {
      const command = commandOf(item);
      if (command) task.steps.push(command);
      continue;
    }
    const call = callOf(item);
    if (call) {
      task.steps.push(call);
      continue;
    }
    const cmd = mapGet(item, 'cmd');
    if (cmd?.kind === 'scalar') {
      const command = commandOf(cmd);
      if (command) task.steps.push(command);
    }
  }
}

function callOf(node: YamlNode): TaskCall | null {
  if (node.kind === 'scalar') {
    const name = scalarText(node);
    return name === null ? null : { kind: 'task', name, vars: new Map() };
  }
  const name = scalarText(mapGet(node, 'task'));
  return name === null ? null : { kind: 'task', name, vars: literalVars(mapGet(node, 'vars')) };
}

function commandOf(scalar: YamlScalar): TaskCommand | null {
  const text = scalarText(scalar);
  if (text === null || text.trim() === '') return null;
  const start = scalar.range?.start ?? { line: 1, column: 1 };
  const block = scalar.blockHeader !== undefined;
  const quoted = /^["']/.test(scalar.source ?? '');
  if (block) {
    // The body starts on the next line, at the indentation of its first line.
    const indent = /^[ \t]*/.exec(scalar.source ?? '')?.[0].length ?? 0;
    return {
      kind: 'cmd',
      text,
      line: start.line + 1,
      column: indent + 1,
      continuationColumn: indent + 1,
      exact: !scalar.blockHeader?.startsWith('>')
    };
  }
  return {
    kind: 'cmd',
    text,
    line: start.line,
    column: start.column + (quoted ? 1 : 0),
    continuationColumn: 1,
    exact: !quoted && !text.includes('\n')
  };
}

function literalVars(node: YamlNode | undefined): Map<string, string> {
  const vars = new Map<string, string>();
  if (node?.kind !== 'map') return vars;
  for (const entry of node.entries) {
    const name = scalarText(entry.key);
    if (name === null) continue;
    const value = entry.value.kind === 'scalar' ? scalarText(entry.value) : null;
    vars.set(name, value ?? UNKNOWN_TEXT);
  }
  return vars;
}

/**
 * A command with `{{.NAME}}` replaced: a known var's value, else `${NAME}` (Task gives templates
 * the environment too, which the shell interpreter resolves). Other templates are unknown text.
 */
export function expandTask(text: string, vars: Map<string, string>): string {
  return replaceTemplates(text, template => {
    const name = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(template.trim())?.[1];
    if (name === undefined) return UNKNOWN_TEXT;
    const value = vars.get(name);
    if (value !== undefined) return value.includes('{{') ? UNKNOWN_TEXT : value;
    return `\${${name}}`;
  });
}
