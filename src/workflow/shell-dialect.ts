// `run:` steps are not all bash: `shell: pwsh` (the default on Windows runners), `shell: cmd`,
// `shell: python`. Every reader of commands reads bash, so a PowerShell or cmd script is first
// rewritten into the bash that runs the same commands (`windowsAsBash`, through `step-script.ts`).
// A script in another language is not read as shell at all.

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
