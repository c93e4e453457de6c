// Where a PowerShell or cmd `run:` script lets a Fly token out: the common forms only, read word by
// word (there is no PowerShell or cmd parser here). A token held in `$env:NAME` / `%NAME%` (or a
// `${{ }}` expression, or a variable copied from one) that is printed (`Write-Output`, `echo`, a
// bare `"$env:X"`), written to a file or `$env:GITHUB_ENV` (`Set-Content`, `Out-File`, `>`), or
// piped into a printing command. Handing it to another program (`flyctl ... --access-token
// $env:FLY_API_TOKEN`, `$env:X | docker login --password-stdin`) is not a leak, as in bash.
import { findExpressions } from '../../workflow/expressions.js';
import {
  BUILD_ARGUMENT,
  DISCARDED,
  PRINTED,
  STEP_OUTPUT,
  describeTarget,
  type Leak,
  type ScriptTokens
} from './leaks.js';
import {
  CMD_SEPARATORS,
  maskCmd,
  maskPwsh,
  PWSH_ASSIGNMENT,
  PWSH_SEPARATORS,
  statementsOf,
  type Masked,
  type Segment
} from '../../workflow/windows-script.js';

/** A span of the script: the text that carries the token. */
interface Carrier {
  start: number;
  end: number;
}

/** The redirect of a segment's output, when it has one: its target, DISCARDED, or null. */
function redirectTarget(segment: Segment, streams: RegExp): string | null {
  const words = segment.words;
  for (let i = 1; i < words.length; i++) {
    const match = /^(\d|\*)?>>?(.*)$/.exec(words[i]?.text ?? '');
    if (!match || !streams.test(match[1] ?? '1')) continue;
    const target = unquote(match[2] || words[i + 1]?.text || '');
    if (target === '') continue;
    return /^(\$null|nul)$/i.test(target) ? DISCARDED : target;
  }
  return null;
}

const unquote = (text: string): string => text.replace(/^["']|["']$/g, '');

class WindowsLeakFinder {
  /** Names (upper case: Windows variable names ignore case) holding the token. */
  private readonly names: Set<string>;
  /** PowerShell variables (`$t`) learnt to hold the token. */
  private readonly locals = new Set<string>();

  constructor(
    protected readonly masked: Masked,
    private readonly tokens: ScriptTokens,
    private readonly variable: RegExp
  ) {
    this.names = new Set([...tokens.variables].map(n => n.toUpperCase()));
  }

  /** The first span of code[from, to) that yields the token. */
  carrier(from: number, to: number): Carrier | null {
    const text = this.masked.code.slice(from, to);
    for (const span of findExpressions(text)) {
      if (this.tokens.isFlyExpression(span.inner)) {
        return { start: from + span.start, end: from + span.end };
      }
    }
    for (const match of text.matchAll(this.variable)) {
      const env = match.groups?.['env'] ?? match.groups?.['env2'];
      const local = match.groups?.['local'];
      const holds =
        (env !== undefined && this.names.has(env.toUpperCase())) ||
        (local !== undefined && this.locals.has(local.toLowerCase()));
      if (!holds) continue;
      const start = from + match.index;
      const end = start + match[0].length;
      // `$env:T.Length` is a number, `"$($env:T -ne $null)"` a boolean: not the token.
      if (/^\.[A-Za-z]/.test(this.masked.code.slice(end, end + 2))) continue;
      if (this.insideSubexpression(start, end)) continue;
      return { start, end };
    }
    return null;
  }

  /** Inside a `$( ... )` that holds more than the variable itself. */
  private insideSubexpression(start: number, end: number): boolean {
    const before = this.masked.code.slice(Math.max(0, start - 200), start);
    const open = before.lastIndexOf('$(');
    if (open < 0 || before.slice(open).includes(')')) return false;
    const after = this.masked.code.slice(end, end + 200).trimStart();
    return !(before.slice(open + 2).trim() === '' && after.startsWith(')'));
  }

  learn(name: string, isEnv: boolean): void {
    if (isEnv) this.names.add(name.toUpperCase());
    else this.locals.add(name.toLowerCase());
  }
}

// -------------------------------------------------------------------------------------------
// PowerShell

/** Commands that print their arguments (and what is piped into them) to the log. */
const PWSH_PRINTERS = new Set([
  'write-output',
  'write',
  'echo',
  'write-host',
  'write-information',
  'write-warning',
  'write-error',
  'out-host',
  'out-default',
  '[console]::writeline'
]);
/** Commands that pass what is piped into them on to the next (still the token, printed at the end). */
const PWSH_PASS_THROUGH = new Set(['write-output', 'write', 'echo', 'out-string']);
const PWSH_FILE_WRITERS = new Set(['set-content', 'add-content', 'out-file', 'tee-object']);
/** Parameters of the file writers that take no value. */
const PWSH_SWITCHES = /^-(force|nonewline|append|passthru|noclobber|whatif|confirm|asbytestream)$/i;
const PWSH_PATH = /^-(path|filepath|literalpath|pspath|lp|file)$/i;
const PWSH_VARIABLE =
  /\$\{env:(?<env>[A-Za-z_][A-Za-z0-9_]*)\}|\$env:(?<env2>[A-Za-z_][A-Za-z0-9_]*)|\$(?<local>[A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_:])/g;

/** The file a writer writes: its `-Path` / `-FilePath`, else its first positional argument. */
function writerTarget(segment: Segment): string | null {
  const words = segment.words.slice(1);
  let positional: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const text = words[i]?.text ?? '';
    if (PWSH_PATH.test(text)) return unquote(words[i + 1]?.text ?? '') || null;
    if (text.startsWith('-')) {
      if (!PWSH_SWITCHES.test(text)) i++; // its value
      continue;
    }
    positional ??= unquote(text);
  }
  return positional;
}

class PwshLeaks extends WindowsLeakFinder {
  constructor(masked: Masked, tokens: ScriptTokens) {
    super(masked, tokens, PWSH_VARIABLE);
  }

  run(): Leak[] {
    const leaks: Leak[] = [];
    for (const statement of statementsOf(this.masked, PWSH_SEPARATORS)) {
      const leak = this.statementLeak(statement);
      if (leak) leaks.push(leak);
    }
    return leaks;
  }

  private statementLeak(segments: Segment[]): Leak | null {
    const first = segments[0];
    if (!first) return null;
    const assignment = PWSH_ASSIGNMENT.exec(this.masked.code.slice(first.start, first.end));
    if (assignment) {
      // `$t = $env:FLY_API_TOKEN`: the value is captured, not printed; `$t` now holds the token.
      const name = assignment[1] ?? assignment[2] ?? assignment[3] ?? '';
      if (this.carrier(first.start + assignment[0].length, first.end)) {
        this.learn(name, assignment[3] === undefined);
      }
      return null;
    }
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as Segment;
      const carrier = this.carrier(segment.start, segment.end);
      if (carrier) return this.segmentLeak(segment, segments.slice(i + 1), carrier);
    }
    return null;
  }

  private segmentLeak(segment: Segment, rest: Segment[], carrier: Carrier): Leak | null {
    const head = segment.words[0]?.text ?? '';
    const command = head.toLowerCase();
    const text = this.masked.code.slice(segment.start, segment.end);
    if (PWSH_FILE_WRITERS.has(command)) {
      const target = writerTarget(segment);
      if (target === null || /^\$null$/i.test(target)) return null;
      return { ...carrier, ...describeTarget(target) };
    }
    // A bare `$env:T` or `"... $env:T"` is printed (`$env:T -eq ''` is a comparison).
    const headEnd = segment.start + head.length;
    const bare =
      /^[$"@]/.test(head) &&
      carrier.end <= headEnd &&
      !/^\s*-[A-Za-z]/.test(this.masked.code.slice(headEnd, segment.end));
    if (!PWSH_PRINTERS.has(command) && !bare) {
      return this.buildArg(segment, carrier);
    }
    if (text.includes('::add-mask::')) return null;
    if (/::set-output\b/.test(text)) return { ...carrier, what: STEP_OUTPUT, toFile: false };
    // Write-Host writes to the host: `>` and pipes (the success stream) do not take it.
    const host = command === 'write-host';
    const target = redirectTarget(segment, host ? /^[6*]$/ : /^[1*]$/);
    if (target === DISCARDED) return null;
    if (target !== null) return { ...carrier, ...describeTarget(target) };
    if (!host) {
      for (const next of rest) {
        const program = (next.words[0]?.text ?? '').toLowerCase();
        if (PWSH_FILE_WRITERS.has(program)) {
          const file = writerTarget(next);
          if (file === null || /^\$null$/i.test(file)) return null;
          return { ...carrier, ...describeTarget(file) };
        }
        if (!PWSH_PRINTERS.has(program) && !PWSH_PASS_THROUGH.has(program)) return null; // consumed
        const redirected = redirectTarget(next, /^[1*]$/);
        if (redirected === DISCARDED) return null;
        if (redirected !== null) return { ...carrier, ...describeTarget(redirected) };
        if (!PWSH_PASS_THROUGH.has(program)) break;
      }
    }
    return { ...carrier, what: PRINTED, toFile: false };
  }

  /** `docker build --build-arg T=$env:FLY_API_TOKEN`. */
  private buildArg(segment: Segment, carrier: Carrier): Leak | null {
    const words = segment.words;
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      if (!word || !/^--build-(arg|env)(=|$)/.test(word.text)) continue;
      const value = word.text.includes('=') ? word : words[i + 1];
      if (value && carrier.start >= value.start && carrier.end <= value.start + value.text.length) {
        return { ...carrier, what: BUILD_ARGUMENT, toFile: false };
      }
    }
    return null;
  }
}

/** Every leak in one PowerShell script, in script order, at most one per statement. */
export function findPwshLeaks(script: string, tokens: ScriptTokens): Leak[] {
  return new PwshLeaks(maskPwsh(script), tokens).run();
}

// -------------------------------------------------------------------------------------------
// cmd

const CMD_VARIABLE =
  /%(?<env>[A-Za-z_][A-Za-z0-9_]*)(?::[^%\n]*)?%|!(?<env2>[A-Za-z_][A-Za-z0-9_]*)(?::[^!\n]*)?!/g;

class CmdLeaks extends WindowsLeakFinder {
  constructor(masked: Masked, tokens: ScriptTokens) {
    super(masked, tokens, CMD_VARIABLE);
  }

  run(): Leak[] {
    const leaks: Leak[] = [];
    for (const segments of statementsOf(this.masked, CMD_SEPARATORS)) {
      const leak = this.statementLeak(segments);
      if (leak) leaks.push(leak);
    }
    return leaks;
  }

  private statementLeak(segments: Segment[]): Leak | null {
    const first = segments[0];
    if (!first) return null;
    const text = this.masked.code.slice(first.start, first.end);
    const set = /^@?set\s+"?([A-Za-z_][A-Za-z0-9_]*)=/i.exec(text);
    if (set?.[1]) {
      if (this.carrier(first.start + set[0].length, first.end)) this.learn(set[1], true);
      return null;
    }
    if (!/^@?echo(\s|\.|$)/i.test(text)) return null;
    const carrier = this.carrier(first.start, first.end);
    if (!carrier || text.includes('::add-mask::')) return null;
    if (/::set-output\b/.test(text)) return { ...carrier, what: STEP_OUTPUT, toFile: false };
    const target = redirectTarget(first, /^1$/) ?? redirectInWord(first);
    if (target === DISCARDED) return null;
    if (target !== null) return { ...carrier, ...describeTarget(target) };
    if (segments.length > 1) return null; // `echo %T%| program`: consumed
    return { ...carrier, what: PRINTED, toFile: false };
  }
}

/** `echo %T%>file`: cmd needs no space before a redirect. */
function redirectInWord(segment: Segment): string | null {
  for (const word of segment.words.slice(1)) {
    const match = /^[^>"]+?(\d)?>>?(.*)$/.exec(word.text);
    if (!match || (match[1] !== undefined && match[1] !== '1')) continue;
    const target = unquote(match[2] ?? '');
    if (target === '') continue;
    return /^nul$/i.test(target) ? DISCARDED : target;
  }
  return null;
}

/** Every leak in one cmd script, in script order, at most one per statement. */
export function findCmdLeaks(script: string, tokens: ScriptTokens): Leak[] {
  return new CmdLeaks(maskCmd(script), tokens).run();
}
