// Silencing findings on purpose. Two ways, both explicit and reviewable in the repository:
//
// 1. `.fly-token-guard-ignore` at the repository root, one pattern per line, gitignore-like:
//      examples/tokens/**            hardcoded-token
//      legacy/*.yml                  no-environment, pull-request-exposure
//      docs/                         # every rule
//    A pattern without `/` matches a file or directory name at any depth; with a `/` it is
//    anchored at the root (a leading `/` is dropped). `*` and `?` stay within one path segment,
//    `**` spans any number of them, and a trailing `/` (or `/**`) covers everything below. The
//    optional rule ids after the pattern (spaces or commas) limit it to those rules. `#` starts a
//    comment; `!` negation is not supported (a line starting with it is reported as invalid).
// 2. `fly-token-guard: ignore[rule-id, other-id]` in a comment on the finding's line, or alone
//    on the line just above it; `fly-token-guard: ignore` without a list silences every rule.
import { quotable } from '../../token/scrub.js';
import type { Finding } from '../types.js';

export const IGNORE_FILE = '.fly-token-guard-ignore';

interface IgnoreEntry {
  pattern: string;
  /** Rule ids it applies to; empty means every rule. */
  rules: string[];
  line: number;
  matcher: RegExp;
}

interface IgnoreFile {
  entries: IgnoreEntry[];
  /** Lines that could not be used, with why. */
  problems: string[];
}

const RULE_ID = /^[a-z][a-z0-9-]*$/;

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** A gitignore-style glob as a regular expression over repo-relative paths. */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim();
  const directory = pattern.endsWith('/');
  pattern = pattern.replace(/\/+$/, '');
  const anchored = pattern.includes('/');
  pattern = pattern.replace(/^\/+/, '');
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '*') {
      if (pattern.charAt(i + 1) === '*') {
        const slashAfter = pattern.charAt(i + 2) === '/';
        const atSegmentStart = i === 0 || pattern.charAt(i - 1) === '/';
        if (atSegmentStart && slashAfter) {
          source += '(?:.*/)?';
          i += 2;
        } else {
          source += '.*';
          i += 1;
        }
      } else {
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else {
      source += escape(ch);
    }
  }
  const prefix = anchored ? '^' : '^(?:.*/)?';
  // A match on a directory covers everything below it; a file pattern matches the file itself.
  const suffix = directory ? '/.*$' : '(?:/.*)?$';
  return new RegExp(prefix + source + suffix);
}

export function parseIgnoreFile(text: string): IgnoreFile {
  const entries: IgnoreEntry[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const [pattern = '', ...rest] = line.split(/[\s,]+/).filter(w => w !== '');
    if (pattern.startsWith('!')) {
      problems.push(`${IGNORE_FILE}:${index + 1}: negated patterns (\`!\`) are not supported`);
      return;
    }
    const bad = rest.filter(r => !RULE_ID.test(r));
    if (bad.length > 0) {
      problems.push(
        `${IGNORE_FILE}:${index + 1}: not a rule id: ${bad.map(b => `\`${quotable(b, 40)}\``).join(', ')}`
      );
      return;
    }
    entries.push({ pattern, rules: rest, line: index + 1, matcher: globToRegExp(pattern) });
  });
  return { entries, problems };
}

/** Whether the ignore file silences `rule` for `path`. */
function isIgnoredPath(ignore: IgnoreFile, path: string, rule: string): boolean {
  return ignore.entries.some(
    e => (e.rules.length === 0 || e.rules.includes(rule)) && e.matcher.test(path)
  );
}

const INLINE = /fly-token-guard:\s*ignore(?:\[([^\]]*)\])?/;

/** Rules an inline directive on this line names: `null` for none, `[]` for every rule. */
function inlineRules(line: string | undefined): string[] | null {
  if (line === undefined) return null;
  const match = INLINE.exec(line);
  if (!match) return null;
  return (match[1] ?? '')
    .split(/[\s,]+/)
    .map(r => r.trim())
    .filter(r => r !== '');
}

/**
 * The lines of a text that hold an inline directive, at their index (`text.split(/\r?\n/)`), the
 * other lines left out: all `isIgnoredInline` reads. Taken while a file is read, so that files
 * with findings need not be kept or read again; undefined when the text holds no directive.
 */
export function inlineDirectiveLines(text: string): string[] | undefined {
  if (!text.includes('fly-token-guard:')) return undefined;
  const kept: string[] = [];
  let found = false;
  text.split(/\r?\n/).forEach((line, index) => {
    if (!INLINE.test(line)) return;
    // A copy: a line is a slice of the text and would keep all of it alive.
    kept[index] = line.split('').join('');
    found = true;
  });
  return found ? kept : undefined;
}

/** A line that holds nothing but a comment (`#`, `//`, `<!--`, `;`, `--`). */
function commentOnly(line: string): boolean {
  return /^\s*(#|\/\/|<!--|;|--|\/\*|\*)/.test(line);
}

/** Whether an inline directive on the finding's line (or just above it) silences it. */
export function isIgnoredInline(lines: readonly string[], line: number, rule: string): boolean {
  const same = inlineRules(lines[line - 1]);
  const above = lines[line - 2];
  const previous = above !== undefined && commentOnly(above) ? inlineRules(above) : null;
  return [same, previous].some(
    rules => rules !== null && (rules.length === 0 || rules.includes(rule))
  );
}

interface IgnoreResult {
  kept: Finding[];
  ignored: Finding[];
}

/**
 * Splits findings into kept and ignored. `lines` gives a file's lines (undefined when the text is
 * not at hand: only the ignore file applies then).
 */
export function applyIgnores(
  findings: readonly Finding[],
  ignore: IgnoreFile,
  lines: (file: string) => readonly string[] | undefined
): IgnoreResult {
  const kept: Finding[] = [];
  const ignored: Finding[] = [];
  for (const finding of findings) {
    const location = finding.location;
    const silenced =
      location !== undefined &&
      (isIgnoredPath(ignore, location.file, finding.rule) ||
        isIgnoredInline(lines(location.file) ?? [], location.line, finding.rule));
    (silenced ? ignored : kept).push(finding);
  }
  return { kept, ignored };
}
