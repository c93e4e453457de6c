// Makefiles, as far as following `make TARGET` needs: rules (targets, prerequisites, recipe
// lines), simple variables (`=`, `:=`, `?=`, `+=`) and their expansion in recipe lines. Not make:
// conditionals keep both branches, pattern rules and functions are unknown text.

interface RecipeLine {
  /** The line as written, without its tab and `@`/`-`/`+` prefixes. */
  text: string;
  /** 1-based line in the Makefile, and the column where `text` starts. */
  line: number;
  column: number;
}

interface MakeRule {
  target: string;
  prerequisites: string[];
  recipe: RecipeLine[];
}

export interface Makefile {
  rules: Map<string, MakeRule>;
  /** The first target that does not start with `.`: what `make` alone builds. */
  defaultTarget: string | null;
  variables: Map<string, string>;
}

const ASSIGNMENT = /^(?:export\s+|override\s+)*([A-Za-z_][A-Za-z0-9_.-]*)\s*([:!?+]?=|::=)\s*(.*)$/;

/**
 * `targets: prerequisites` (`:` or `::`, never `:=`): the target text before the first colon
 * without its trailing blanks, and the rest after the colon(s) and blanks. What
 * `/^([^:=#\t][^:=#]*?)\s*::?(?!=)\s*(.*)$/` matches, read in one pass: that regex's lazy target
 * followed by `\s*` was quadratic on a long line of blanks.
 */
export function ruleOf(line: string): [target: string, rest: string] | null {
  const colon = line.indexOf(':');
  if (colon < 1 || line.startsWith('\t')) return null;
  const target = line.slice(0, colon);
  if (target.includes('=') || target.includes('#')) return null;
  let after = colon + 1;
  // `::` unless `::=`, then `:` when no `=` follows (`a::=b` reads as `a` with rest `:=b`).
  if (line[after] === ':' && line[after + 1] !== '=') after += 1;
  else if (line[after] === '=') return null;
  const rest = line.slice(after).trimStart();
  if (/[\n\r\u2028\u2029]/.test(rest)) return null;
  return [target.slice(0, 1) + target.slice(1).trimEnd(), rest];
}

/** Reads the rules and variables of a Makefile. Never throws. */
export function parseMakefile(text: string): Makefile {
  const rules = new Map<string, MakeRule>();
  const variables = new Map<string, string>();
  let defaultTarget: string | null = null;
  let current: MakeRule[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    let line = (lines[i] ?? '').replace(/\r$/, '');
    // Continuation lines join with one space (recipes keep theirs for the shell, the same).
    while (line.endsWith('\\') && i + 1 < lines.length) {
      i++;
      line = `${line.slice(0, -1)} ${(lines[i] ?? '').replace(/\r$/, '').trimStart()}`;
    }
    if (line.startsWith('\t')) {
      if (current.length === 0) continue;
      const body = line.slice(1);
      const prefix = /^[@+\-\s]*/.exec(body)?.[0].length ?? 0;
      const recipe = { text: body.slice(prefix), line: lineNumber, column: 2 + prefix };
      if (recipe.text.trim() !== '' && !recipe.text.trimStart().startsWith('#'))
        for (const rule of current) rule.recipe.push(recipe);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^define\s/.test(trimmed)) {
      while (i + 1 < lines.length && !/^\s*endef\b/.test(lines[i + 1] ?? '')) i++;
      i++;
      current = [];
      continue;
    }
    if (/^(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|vpath)\b/.test(trimmed))
      continue;
    const assignment = ASSIGNMENT.exec(trimmed);
    if (assignment) {
      const [, name = '', op = '=', value = ''] = assignment;
      const previous = variables.get(name);
      if (op === '?=' && previous !== undefined) continue;
      variables.set(name, op === '+=' && previous !== undefined ? `${previous} ${value}` : value);
      current = [];
      continue;
    }
    const rule = ruleOf(trimmed);
    if (!rule) {
      current = [];
      continue;
    }
    const [targetText, rest] = rule;
    // `target: VAR = value` sets a variable for that target only: not a rule of its own.
    if (
      /^(?:export\s+|override\s+|private\s+)*[A-Za-z_][A-Za-z0-9_.-]*\s*(?:[:?+!]|::)?=/.test(rest)
    ) {
      current = [];
      continue;
    }
    const [prerequisites = '', inline] = splitInlineRecipe(rest);
    current = [];
    for (const target of targetText.split(/\s+/).filter(t => t !== '')) {
      let ruleOf = rules.get(target);
      if (!ruleOf) {
        ruleOf = { target, prerequisites: [], recipe: [] };
        rules.set(target, ruleOf);
      }
      ruleOf.prerequisites.push(
        ...prerequisites
          .replace(/\|/g, ' ')
          .split(/\s+/)
          .filter(p => p !== '')
      );
      if (inline !== undefined && inline.trim() !== '') {
        ruleOf.recipe.push({ text: inline.trim(), line: lineNumber, column: 1 });
      }
      current.push(ruleOf);
      if (defaultTarget === null && !target.startsWith('.') && !target.includes('%'))
        defaultTarget = target;
    }
  }
  return { rules, defaultTarget, variables };
}

/** `target: prereqs ; recipe` */
function splitInlineRecipe(rest: string): [string, string | undefined] {
  const semi = rest.indexOf(';');
  return semi < 0
    ? [rest.replace(/#.*$/, ''), undefined]
    : [rest.slice(0, semi), rest.slice(semi + 1)];
}

/** How to expand `$(NAME)` that the Makefile does not define. */
interface MakeContext {
  target: string;
  /** `NAME=value` given on the command line: they override the Makefile. */
  overrides: Map<string, string>;
  /** The directory make runs in, as the shell sees it (`$(CURDIR)`). */
  curdir: string;
}

/** A shell word no one defines: what an unknown function or variable expands to. */
export const UNKNOWN_TEXT = '${__unknown__}';

/**
 * A recipe line with make's `$(VAR)`, `${VAR}`, `$@`, `$$` expanded. A variable neither the
 * command line nor the Makefile defines comes from the environment: it is left as a shell
 * variable (`${NAME}`) for the shell interpreter to resolve.
 */
export function expandMake(text: string, makefile: Makefile, context: MakeContext): string {
  return expand(text, makefile, context, 0);
}

function expand(text: string, makefile: Makefile, context: MakeContext, depth: number): string {
  if (depth > 10 || !text.includes('$')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c !== '$') {
      out += c;
      continue;
    }
    const next = text.charAt(i + 1);
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    if (next === '(' || next === '{') {
      const close = closing(text, i + 1);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      out += variable(text.slice(i + 2, close), makefile, context, depth);
      i = close;
      continue;
    }
    if (next === '@') out += context.target;
    else if (/[<^?*+|%]/.test(next)) out += '';
    else out += variable(next, makefile, context, depth);
    i++;
  }
  return out;
}

function closing(text: string, open: number): number {
  const opener = text.charAt(open);
  const closer = opener === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text.charAt(i) === opener) depth++;
    else if (text.charAt(i) === closer && --depth === 0) return i;
  }
  return -1;
}

function variable(name: string, makefile: Makefile, context: MakeContext, depth: number): string {
  const trimmed = name.trim();
  if (trimmed === 'MAKE') return 'make';
  if (trimmed === 'CURDIR') return context.curdir;
  if (/\s|,/.test(trimmed)) return UNKNOWN_TEXT; // a function call: $(shell ...), $(word ...)
  const value = context.overrides.get(trimmed) ?? makefile.variables.get(trimmed);
  if (value !== undefined) return expand(value, makefile, context, depth + 1);
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(trimmed) ? `\${${trimmed}}` : UNKNOWN_TEXT;
}
