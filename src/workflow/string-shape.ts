// What is known about a string whose exact value is not: its shape. `github.ref_name` on a
// `pull_request` run is `<number>/merge` for some number; a base branch filtered by
// `branches: [release/*]` starts with `release/`. A shape is a fixed prefix, a middle of some
// class and a fixed suffix; the questions a condition asks of it (`==`, `startsWith`, `endsWith`,
// `contains`) are answered "always", "never" or "maybe", comparing without case as GitHub does.

export interface StringShape {
  prefix: string;
  /** `digits`: one or more of 0-9; `some`: one or more characters; `any`: zero or more. */
  middle: 'digits' | 'some' | 'any';
  suffix: string;
}

export type Answer = 'always' | 'never' | 'maybe';

const DIGIT = /[0-9]/;

function lower(shape: StringShape): StringShape {
  return { ...shape, prefix: shape.prefix.toLowerCase(), suffix: shape.suffix.toLowerCase() };
}

/** Whether some string of the shape is `text` (GitHub's `==` on strings ignores case). */
export function shapeMayEqual(shape: StringShape, text: string): boolean {
  const { prefix, middle, suffix } = lower(shape);
  const value = text.toLowerCase();
  if (value.length < prefix.length + suffix.length) return false;
  if (!value.startsWith(prefix) || !value.endsWith(suffix)) return false;
  const rest = value.slice(prefix.length, value.length - suffix.length);
  if (middle === 'digits') return /^[0-9]+$/.test(rest);
  if (middle === 'some') return rest.length > 0;
  return true;
}

/** Whether some string of the shape starts with `start` (lower case on both sides). */
function mayStartWith({ prefix, middle, suffix }: StringShape, start: string): boolean {
  if (start.length <= prefix.length) return prefix.startsWith(start);
  if (!start.startsWith(prefix)) return false;
  const rest = start.slice(prefix.length);
  if (middle !== 'digits') return true;
  let digits = 0;
  while (digits < rest.length && DIGIT.test(rest.charAt(digits))) digits++;
  if (digits === rest.length) return true;
  if (digits === 0) return false;
  return suffix.startsWith(rest.slice(digits));
}

const reversed = (text: string): string => [...text].reverse().join('');

/** `startsWith(value, start)` for every value of the shape. */
export function shapeStartsWith(shape: StringShape, start: string): Answer {
  const low = lower(shape);
  const needle = start.toLowerCase();
  if (low.prefix.startsWith(needle)) return 'always';
  return mayStartWith(low, needle) ? 'maybe' : 'never';
}

/** `endsWith(value, end)` for every value of the shape. */
export function shapeEndsWith(shape: StringShape, end: string): Answer {
  const low = lower(shape);
  const needle = end.toLowerCase();
  if (low.suffix.endsWith(needle)) return 'always';
  const mirror: StringShape = {
    prefix: reversed(low.suffix),
    middle: low.middle,
    suffix: reversed(low.prefix)
  };
  return mayStartWith(mirror, reversed(needle)) ? 'maybe' : 'never';
}

/** `contains(value, part)` for every value of the shape. */
export function shapeContains(shape: StringShape, part: string): Answer {
  const { prefix, middle, suffix } = lower(shape);
  const needle = part.toLowerCase();
  if (prefix.includes(needle) || suffix.includes(needle)) return 'always';
  if (middle !== 'digits') return 'maybe';
  // Every character of such a value is a digit or one of the fixed parts' characters.
  const possible = new Set([...prefix, ...suffix, ...'0123456789']);
  return [...needle].every(c => possible.has(c)) ? 'maybe' : 'never';
}

/**
 * The shape of the names a branch filter pattern (`main`, `release/*`, `feature/**`) matches, or
 * null when the pattern is not one run of `*` between literal text: other patterns (`?`, `+`,
 * `[...]`, several wildcards) are not modelled, and the caller must treat the name as unknown.
 */
export function shapeOfBranchPattern(pattern: string): StringShape | string | null {
  if (!/[*?+[\]!\\]/.test(pattern)) return pattern;
  const star = /\*+/.exec(pattern);
  if (!star) return null;
  const prefix = pattern.slice(0, star.index);
  const suffix = pattern.slice(star.index + star[0].length);
  if (/[*?+[\]!\\]/.test(prefix + suffix)) return null;
  return { prefix, middle: 'any', suffix };
}
