// mise tasks, as far as following `mise run NAME` needs: TOML tasks (`[tasks.NAME]` with `run` as
// a string or a list, `depends`, `dir`, `file`; or `tasks.NAME = "..."`) of a mise config file,
// and file tasks (an executable in `mise-tasks/`, `.mise/tasks/`... named by its path with `:`).
// Templates (`{{arg(...)}}`, `{{vars.x}}`) stay as written: unknown text to the interpreter.
import { parse as parseToml } from 'smol-toml';

/** Config files mise reads in a directory, nearest first. */
export const MISE_CONFIG_NAMES = [
  'mise.local.toml',
  'mise.toml',
  '.mise.toml',
  'mise/config.toml',
  '.mise/config.toml',
  '.config/mise.toml',
  '.config/mise/config.toml'
];

/** Directories of file tasks, relative to the config's directory. */
export const MISE_TASK_DIRS = [
  'mise-tasks',
  '.mise-tasks',
  'mise/tasks',
  '.mise/tasks',
  '.config/mise/tasks'
];

export interface MiseCommand {
  text: string;
  /** 1-based line and column of the text in the config file; exact when found as written. */
  line: number;
  column: number;
  exact: boolean;
}

export interface MiseTask {
  name: string;
  run: MiseCommand[];
  depends: string[];
  dir: string | null;
  /** A script file the task runs (`file = "scripts/deploy.sh"`), relative to the config's dir. */
  file: string | null;
}

/** A config file's tasks by name; null when it is not TOML. */
export function parseMiseTasks(text: string): Map<string, MiseTask> | null {
  let data: unknown;
  try {
    data = parseToml(text);
  } catch {
    return null;
  }
  const tasks = new Map<string, MiseTask>();
  const table = (data as { tasks?: unknown }).tasks;
  if (typeof table !== 'object' || table === null) return tasks;
  for (const [name, value] of Object.entries(table as Record<string, unknown>)) {
    const definition: Record<string, unknown> =
      typeof value === 'string' || Array.isArray(value)
        ? { run: value }
        : typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)
          : {};
    const runs = strings(definition.run);
    tasks.set(name, {
      name,
      run: runs.map(run => locate(text, name, run)),
      depends: strings(definition.depends).flatMap(d => d.split(/\s+/).slice(0, 1)),
      dir: typeof definition.dir === 'string' ? definition.dir : null,
      file: typeof definition.file === 'string' ? definition.file : null
    });
  }
  return tasks;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Where a command's text sits in the file: after its task's name, as written when it can be. */
function locate(text: string, task: string, command: string): MiseCommand {
  const header = Math.max(text.indexOf(`tasks.${task}`), text.indexOf(`[tasks.${quoted(task)}`), 0);
  const exactAt = text.indexOf(command, header);
  const at = exactAt >= 0 ? exactAt : header;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return { text: command, line, column, exact: exactAt >= 0 && !command.includes('\n') };
}

function quoted(task: string): string {
  return /^[A-Za-z0-9_-]+$/.test(task) ? task : `"${task}"`;
}

/** The file task path for a task name (`db:migrate` -> `db/migrate`). */
export function fileTaskPath(name: string): string {
  return name.split(':').join('/');
}
