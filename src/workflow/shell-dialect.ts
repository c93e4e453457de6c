// `run:` steps are not all bash: `shell: pwsh` (the default on Windows runners), `shell: cmd`,
// `shell: python`. The interpreter reads bash, so a PowerShell or cmd script is first rewritten
// into the bash that means the same for needs inference, character for character (every offset,
// hence every reported position, stays where it was): line continuations, environment variables
// set and read. A script in another language is not read as shell at all.

import { isShellName } from './shell.js';

type ShellDialect = 'sh' | 'pwsh' | 'cmd' | 'other';

/**
 * The dialect of a step's script: its `shell:` (or the defaults'), else the runner's default
 * (PowerShell on Windows, bash elsewhere).
 */
export function shellDialect(shell: string | null, runsOn: string | null): ShellDialect {
  if (shell === null || shell.trim() === '' || shell.includes('${{')) {
    return /windows/i.test(runsOn ?? '') ? 'pwsh' : 'sh';
  }
  // `bash -e {0}`, `/usr/bin/env pwsh`: the program's base name.
  const words = shell.trim().split(/\s+/);
  const program = (words[0] === 'env' || /\/env$/.test(words[0] ?? '') ? words[1] : words[0]) ?? '';
  const base = (program.split(/[/\\]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();
  if (isShellName(base)) return 'sh';
  if (base === 'pwsh' || base === 'powershell') return 'pwsh';
  if (base === 'cmd') return 'cmd';
  return 'other';
}

/** `text` as bash, of the same length (see above); the text itself for `sh` and `other`. */
export function asBash(text: string, dialect: ShellDialect): string {
  if (dialect === 'pwsh') return pwshAsBash(text);
  if (dialect === 'cmd') return cmdAsBash(text);
  return text;
}

/** Spaces, then `replacement`, as long as `original`. */
function padded(original: string, replacement: string): string {
  return ' '.repeat(Math.max(0, original.length - replacement.length)) + replacement;
}

function pwshAsBash(text: string): string {
  return (
    text
      // A backtick ending a line continues the command: bash's backslash.
      .replace(/`(?=\r?\n)/g, '\\')
      // `$env:NAME = value` at the start of a statement sets the variable.
      .replace(
        /(^|[\n;{]|\bthen\b)([ \t]*)(\$env:([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*)/g,
        (_m, start: string, space: string, assignment: string, name: string) =>
          start + space + padded(assignment, `${name}=`)
      )
      // `$env:NAME` anywhere else reads it: `${NAME:-}` has the same length and meaning.
      .replace(/\$env:([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string) => `\${${name}:-}`)
      // The call operator `& program args` at the start of a statement.
      .replace(
        /(^|[\n;{])([ \t]*)&(?=[ \t])/g,
        (_m, start: string, space: string) => `${start}${space} `
      )
  );
}

function cmdAsBash(text: string): string {
  return (
    text
      // A caret ending a line continues the command.
      .replace(/\^(?=\r?\n)/g, '\\')
      // `set NAME=value` at the start of a line sets the variable.
      .replace(
        /(^|\n)([ \t]*)(set[ \t]+)(?=[A-Za-z_][A-Za-z0-9_]*=)/gi,
        (_m, start: string, space: string, set: string) => start + space + ' '.repeat(set.length)
      )
  );
}
