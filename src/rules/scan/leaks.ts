// Where a `run:` script lets a Fly token out: printing it (the runner masks the exact value, not a
// base64 or partial form), writing it to $GITHUB_ENV / $GITHUB_OUTPUT / the job summary / a file,
// baking it into an image as a build argument, sending it to a host that is not Fly's, or tracing
// it with `set -x`. The token is followed from `${{ }}` expressions and from shell variables that
// hold it (the step's env, assignments in the script, `$(fly tokens create ...)`).
import { findExpressions } from '../../workflow/expressions.js';
import { findFlyInvocations, wordText } from '../../workflow/index.js';
import {
  allCommands,
  parseShell,
  wordLiteral,
  type SimpleCommand,
  type Statement,
  type Word
} from '../../workflow/shell.js';

export interface ScriptTokens {
  /** Shell variables holding a Fly token when the script starts. */
  variables: ReadonlySet<string>;
  /** Whether a `${{ }}` body yields a Fly token (`secrets.FLY_API_TOKEN`, `inputs.fly-token`...). */
  isFlyExpression(inner: string): boolean;
  /** The step's shell traces commands (`shell: bash -x {0}`). */
  traced?: boolean;
}

export interface Leak {
  /** Offsets in the script of the text that carries the token (or of the command). */
  start: number;
  end: number;
  /** What happens to the token, completing "This step ...". */
  what: string;
  /** The token ends up in a file (an artifact upload would carry it further). */
  toFile: boolean;
}

const PRINTERS = new Set(['echo', 'printf', 'print', 'cat', 'tee', 'printenv', 'jq']);
/** Programs whose output is a transformation of their input (masking no longer matches it). */
const TRANSFORMERS = new Set([
  'base64',
  'base32',
  'xxd',
  'od',
  'hexdump',
  'rev',
  'tr',
  'sed',
  'awk',
  'cut',
  'head',
  'tail',
  'fold',
  'gzip',
  'jq'
]);
const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh', 'httpie']);
const FLY_HOST = /(^|\.)(fly\.io|machines\.dev|fly\.dev)$/i;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)$/i;

/** Expansions of a variable that yield something other than its value. */
const NOT_THE_VALUE = new Set(['length', ':+', '+']);

/** Output sent to /dev/null. */
export const DISCARDED = '/dev/null';

export const PRINTED =
  'prints the Fly token to the log: the runner masks the exact value only, not a partial, re-encoded or reformatted copy';
export const STEP_OUTPUT = 'writes the Fly token to a step output (`::set-output`)';
export const BUILD_ARGUMENT =
  'passes the Fly token as a build argument: build arguments are stored in the image’s history, readable by anyone who can pull the image (use a build secret instead)';

interface Carrier {
  start: number;
  end: number;
}

/** The command's program when its first word is literal (`echo`, `curl`); else null. */
function programOf(command: SimpleCommand): string | null {
  return command.words[0] ? wordLiteral(command.words[0]) : null;
}

/** Every leak in one script, in script order, at most one per command. */
export function findLeaks(
  script: string,
  tokens: ScriptTokens,
  statements: Statement[] = parseShell(script),
  commands: readonly SimpleCommand[] = allCommands(statements)
): Leak[] {
  return new LeakFinder(script, tokens, commands).run();
}

class LeakFinder {
  /** Variables learnt to hold the token in the script (beyond `tokens.variables`). */
  private readonly learned = new Set<string>();
  /**
   * Offsets of every `$( )`: output printed inside one is captured, not logged. Listed on the
   * first question (most scripts print no token, and never ask).
   */
  private captured: Carrier[] | null = null;

  constructor(
    private readonly script: string,
    private readonly tokens: ScriptTokens,
    private readonly commands: readonly SimpleCommand[]
  ) {}

  /** Whether a shell variable holds the token at this point of the script. */
  private holdsToken(name: string): boolean {
    return this.tokens.variables.has(name) || this.learned.has(name);
  }

  private isCaptured(command: SimpleCommand): boolean {
    this.captured ??= this.commands.flatMap(c =>
      [...c.words, ...c.assignments.map(a => a.value), ...c.redirects.map(r => r.target)]
        .flatMap(word => word?.parts ?? [])
        .filter(part => part.kind === 'substitution')
    );
    return this.captured.some(c => command.start >= c.start && command.end <= c.end);
  }

  run(): Leak[] {
    const leaks: Leak[] = [];
    let traced = this.tokens.traced === true;
    for (const command of this.commands) {
      this.learnAssignments(command);
      const program = programOf(command);
      if (program === 'set') {
        traced = this.xtrace(command, traced);
        continue;
      }
      const leak = this.leakOf(command, program, traced);
      if (leak) leaks.push(leak);
    }
    return leaks;
  }

  // -------------------------------------------------------------------------------------------
  // What holds the token

  private carrierInWord(word: Word | null | undefined): Carrier | null {
    if (!word) return null;
    for (const part of word.parts) {
      if (part.kind === 'expression' && this.tokens.isFlyExpression(part.inner)) return part;
      // `${#T}` is its length and `${T:+set}` the word `set`: neither is the token.
      if (
        part.kind === 'variable' &&
        this.holdsToken(part.name) &&
        !NOT_THE_VALUE.has(part.op ?? '')
      )
        return part;
      if (part.kind === 'substitution' && this.substitutionYieldsToken(part.body)) return part;
    }
    return null;
  }

  /** `$(echo $TOKEN | base64)`, `$(fly tokens create deploy)`, `$(fly auth token)`. */
  private substitutionYieldsToken(body: Statement[]): boolean {
    const commands = allCommands(body);
    const mints = findFlyInvocations(body, this.script).some(
      f =>
        (f.path[0] === 'tokens' && f.path[1] === 'create') ||
        (f.path[0] === 'auth' && f.path[1] === 'token')
    );
    if (mints) return true;
    return commands.some(c => {
      const program = programOf(c);
      return (
        program !== null &&
        (PRINTERS.has(program) || TRANSFORMERS.has(program)) &&
        c.words.slice(1).some(w => this.carrierInWord(w) !== null)
      );
    });
  }

  private carrierInHeredoc(command: SimpleCommand): Carrier | null {
    for (const redirect of command.redirects) {
      const heredoc = redirect.heredoc;
      if (heredoc) {
        for (const span of findExpressions(heredoc.body)) {
          if (this.tokens.isFlyExpression(span.inner)) {
            return { start: heredoc.start + span.start, end: heredoc.start + span.end };
          }
        }
        for (const match of heredoc.body.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
          if (match[1] && this.holdsToken(match[1])) {
            const start = heredoc.start + match.index;
            return { start, end: start + match[0].length };
          }
        }
      }
      if (redirect.op === '<<<') {
        const carrier = this.carrierInWord(redirect.target);
        if (carrier) return carrier;
      }
    }
    return null;
  }

  private carrierOf(command: SimpleCommand, fromWord = 1): Carrier | null {
    for (const word of command.words.slice(fromWord)) {
      const carrier = this.carrierInWord(word);
      if (carrier) return carrier;
    }
    return this.carrierInHeredoc(command);
  }

  /** Variables that now hold the token: `T=${{ secrets.X }}`, `export T="$FLY_API_TOKEN"`. */
  private learnAssignments(command: SimpleCommand): void {
    if (command.words.length === 0) {
      for (const a of command.assignments) {
        if (this.carrierInWord(a.value)) this.learned.add(a.name);
      }
      return;
    }
    const program = programOf(command);
    if (!['export', 'declare', 'local', 'readonly', 'typeset'].includes(program ?? '')) return;
    for (const word of command.words.slice(1)) {
      const head = word.parts[0];
      const name =
        head?.kind === 'literal' ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head.text)?.[1] : undefined;
      if (name !== undefined && this.carrierInWord(word)) this.learned.add(name);
    }
  }

  private xtrace(command: SimpleCommand, traced: boolean): boolean {
    let on = traced;
    const words = command.words.slice(1).map(w => wordLiteral(w) ?? '');
    words.forEach((w, i) => {
      if (/^-[A-Za-z]*x/.test(w)) on = true;
      else if (/^\+[A-Za-z]*x/.test(w)) on = false;
      else if ((w === '-o' || w === '+o') && words[i + 1] === 'xtrace') on = w === '-o';
    });
    return on;
  }

  // -------------------------------------------------------------------------------------------
  // Where it goes

  private leakOf(command: SimpleCommand, program: string | null, traced: boolean): Leak | null {
    const specific = program === null ? null : this.specificLeak(command, program);
    if (specific) return specific;
    const anyCarrier = traced
      ? (this.carrierOf(command, 0) ?? this.assignmentCarrier(command))
      : null;
    if (!anyCarrier) return null;
    return {
      ...anyCarrier,
      what: 'runs a command holding the Fly token while `set -x` is on: the shell prints it with the token expanded',
      toFile: false
    };
  }

  private specificLeak(command: SimpleCommand, program: string): Leak | null {
    if (PRINTERS.has(program)) return this.printed(command, program);
    if (HTTP_CLIENTS.has(program)) return this.sent(command);
    return this.buildArg(command);
  }

  private assignmentCarrier(command: SimpleCommand): Carrier | null {
    for (const a of command.assignments) {
      const carrier = this.carrierInWord(a.value);
      if (carrier) return carrier;
    }
    return null;
  }

  private printed(command: SimpleCommand, program: string): Leak | null {
    let carrier: Carrier | null;
    if (program === 'printenv') {
      const named = command.words.slice(1).find(w => this.holdsToken(wordLiteral(w) ?? ''));
      carrier = named ? { start: named.start, end: named.end } : null;
    } else {
      carrier = this.carrierOf(command);
    }
    if (!carrier) return null;
    // `echo "::add-mask::$VALUE"` registers a mask: it is how a derived secret is hidden.
    if (
      program === 'echo' &&
      command.words.slice(1).some(w => wordText(w).startsWith('::add-mask::'))
    ) {
      return null;
    }
    if (command.words.slice(1).some(w => /^::set-output\b/.test(wordText(w)))) {
      return {
        ...carrier,
        what: STEP_OUTPUT,
        toFile: false
      };
    }
    const files = program === 'tee' ? this.teeTargets(command) : [];
    const target = this.outputTarget(command) ?? files[0] ?? null;
    if (target === DISCARDED) return null;
    if (target !== null) return { ...carrier, ...describeTarget(target) };
    const piped = this.pipedInto(command);
    if (piped) return this.throughPipe(piped, carrier);
    if (this.isCaptured(command)) return null; // `$(echo ...)`: the value, judged where it goes
    return {
      ...carrier,
      what: PRINTED,
      toFile: false
    };
  }

  /** Follows `printer | next | ...`: into a file, or transformed into the log, or consumed. */
  private throughPipe(first: SimpleCommand, carrier: Carrier): Leak | null {
    let command: SimpleCommand | null = first;
    let transformed = false;
    for (let hops = 0; command && hops < 8; hops++) {
      const program = programOf(command);
      if (program === 'tee') {
        const target = this.teeTargets(command)[0];
        if (target !== undefined) return { ...carrier, ...describeTarget(target) };
      } else if (program === null || !TRANSFORMERS.has(program)) {
        return null; // consumed: `| flyctl ...`, `| docker login --password-stdin`, `| gh secret set`
      } else {
        transformed = true;
      }
      const target = this.outputTarget(command);
      if (target === DISCARDED) return null;
      if (target !== null) return { ...carrier, ...describeTarget(target) };
      const next = this.pipedInto(command);
      if (!next) break;
      command = next;
    }
    if (!transformed || (command && this.isCaptured(command))) return null;
    return {
      ...carrier,
      what: 'prints a transformed copy of the Fly token to the log, which the runner’s masking does not recognise',
      toFile: false
    };
  }

  /** Where the command's standard output goes, when redirected: a file, or DISCARDED. */
  private outputTarget(command: SimpleCommand): string | null {
    for (const redirect of command.redirects) {
      if (!['>', '>>', '>|', '&>', '&>>'].includes(redirect.op) || !redirect.target) continue;
      const fd = /^\d+/.exec(this.script.slice(redirect.start, redirect.start + 4))?.[0];
      if (fd !== undefined && fd !== '1') continue;
      const text = wordText(redirect.target);
      if (text === '/dev/null') return DISCARDED;
      if (text === '/dev/stdout' || text === '/dev/stderr') continue;
      return text;
    }
    return null;
  }

  private teeTargets(command: SimpleCommand): string[] {
    return command.words
      .slice(1)
      .map(w => wordText(w))
      .filter(t => !t.startsWith('-') && t !== '/dev/null' && t !== '/dev/stderr');
  }

  /** The command this one's output is piped into (`a | b`, `a |& b`), if any. */
  private pipedInto(command: SimpleCommand): SimpleCommand | null {
    const rest = this.script.slice(command.end, command.end + 200);
    const pipe = /^(?:[ \t]|\\\r?\n)*\|(?!\|)&?/.exec(rest);
    if (!pipe) return null;
    const after = command.end + pipe[0].length;
    return this.commands.find(c => c.start >= after) ?? null;
  }

  /** `curl -H "Authorization: $TOKEN" https://example.com`: the token goes to another host. */
  private sent(command: SimpleCommand): Leak | null {
    const carrier = this.carrierOf(command);
    if (!carrier) return null;
    const hosts = command.words
      .map(w => wordText(w))
      .flatMap(t => [...t.matchAll(/\bhttps?:\/\/([^/\s"'$:?#]+)/gi)].map(m => m[1] ?? ''));
    const foreign = hosts.find(h => h !== '' && !FLY_HOST.test(h) && !LOCAL_HOST.test(h));
    if (foreign === undefined) return null;
    return {
      ...carrier,
      what: `sends the Fly token to \`${foreign}\`, which is not Fly’s API`,
      toFile: false
    };
  }

  /** `docker build --build-arg T=$FLY_API_TOKEN`, `fly deploy --build-arg ...`. */
  private buildArg(command: SimpleCommand): Leak | null {
    const words = command.words;
    for (let i = 1; i < words.length; i++) {
      // All three forms start with `-`, which only a literal first part can give.
      const first = words[i]?.parts[0];
      if (first?.kind !== 'literal' || !first.text.startsWith('-')) continue;
      const literal = wordText(words[i] as Word);
      let value: Word | undefined;
      if (literal === '--build-arg' || literal === '--build-env') value = words[i + 1];
      else if (literal.startsWith('--build-') && /^--build-(arg|env)=/.test(literal))
        value = words[i];
      if (!value) continue;
      const carrier = this.carrierInWord(value);
      if (carrier) {
        return {
          ...carrier,
          what: BUILD_ARGUMENT,
          toFile: false
        };
      }
    }
    return null;
  }
}

export function describeTarget(target: string): { what: string; toFile: boolean } {
  if (/GITHUB_ENV\b/.test(target)) {
    return {
      what: 'writes the Fly token to `$GITHUB_ENV`: every later step of the job gets it in its environment, third-party actions included',
      toFile: false
    };
  }
  if (/GITHUB_OUTPUT\b/.test(target)) {
    return {
      what: 'writes the Fly token to `$GITHUB_OUTPUT`: step outputs flow into job outputs, other jobs and logs',
      toFile: false
    };
  }
  if (/GITHUB_STEP_SUMMARY\b/.test(target)) {
    return {
      what: 'writes the Fly token into the job summary, which everyone who can see the run can read',
      toFile: false
    };
  }
  return {
    what: `writes the Fly token to the file \`${target}\`, where later steps, caches, artifacts or a Docker build context can pick it up`,
    toFile: true
  };
}
