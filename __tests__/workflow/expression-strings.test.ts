// The evaluator's string functions and comparisons over several values and over shapes of
// unknown strings (what the pull-request reachability of the scan rules builds on).
import {
  evaluateExpression,
  known,
  UNKNOWN,
  type Resolved
} from '../../src/workflow/expressions.js';

const contexts: Record<string, Resolved> = {
  'github.ref': {
    values: [],
    unknown: true,
    shapes: [{ prefix: 'refs/pull/', middle: 'digits', suffix: '/merge' }]
  },
  'github.ref_name': {
    values: [],
    unknown: true,
    shapes: [{ prefix: '', middle: 'digits', suffix: '/merge' }]
  },
  'github.base_ref': {
    values: ['main'],
    unknown: true,
    shapes: [{ prefix: 'release/', middle: 'any', suffix: '' }]
  },
  'github.event.action': known('opened', 'synchronize'),
  'matrix.app': known('Web-API'),
  'github.association': known('NONE', 'CONTRIBUTOR')
};
const lookup = (path: string[]): Resolved => contexts[path.join('.')] ?? UNKNOWN;
const evalIt = (e: string): Resolved => evaluateExpression(e, lookup);
const TRUE = known(true);
const FALSE = known(false);
const BOTH = known(true, false);

test('startsWith / endsWith / contains on known strings ignore case, as GitHub does', () => {
  expect(evalIt("startsWith(matrix.app, 'web')")).toEqual(TRUE);
  expect(evalIt("endsWith(matrix.app, '-API')")).toEqual(TRUE);
  expect(evalIt("contains(matrix.app, 'b-a')")).toEqual(TRUE);
  expect(evalIt("contains(matrix.app, 'worker')")).toEqual(FALSE);
  expect(evalIt("startsWith(vars.X, 'a')")).toEqual(BOTH);
  expect(evalIt('startsWith(matrix.app, vars.X)')).toEqual(BOTH);
});

test('comparisons over several values give every outcome they can have', () => {
  expect(evalIt("github.event.action == 'closed'")).toEqual(FALSE);
  expect(evalIt("github.event.action != 'closed'")).toEqual(TRUE);
  expect(evalIt("github.event.action == 'opened'").values.sort()).toEqual([false, true]);
  expect(evalIt("github.association == 'OWNER'")).toEqual(FALSE);
});

test('shapes decide comparisons with strings they cannot be', () => {
  expect(evalIt("github.ref_name == 'main'")).toEqual(FALSE);
  expect(evalIt("github.ref_name != 'main'")).toEqual(TRUE);
  expect(evalIt("'main' == github.ref_name")).toEqual(FALSE);
  expect(evalIt("github.ref == 'refs/heads/main'")).toEqual(FALSE);
  expect(evalIt("github.ref == 'refs/pull/3/merge'").values.sort()).toEqual([false, true]);
  expect(evalIt("startsWith(github.ref, 'refs/tags/')")).toEqual(FALSE);
  expect(evalIt("startsWith(github.ref, 'refs/pull/')")).toEqual(TRUE);
  expect(evalIt("endsWith(github.ref_name, '/merge')")).toEqual(TRUE);
  expect(evalIt("contains(github.ref_name, 'main')")).toEqual(FALSE);
  // A shape is compared with strings only: a number or another unknown stays undecided.
  expect(evalIt('github.ref_name == 3')).toEqual(BOTH);
  expect(evalIt('github.ref_name == vars.BRANCH')).toEqual(BOTH);
});

test('listed values and shapes together (a branch filter of main and release/*)', () => {
  expect(evalIt("github.base_ref == 'develop'")).toEqual(FALSE);
  expect(evalIt("github.base_ref == 'main'").values.sort()).toEqual([false, true]);
  expect(evalIt("github.base_ref == 'release/1.0'").values.sort()).toEqual([false, true]);
  expect(evalIt("startsWith(github.base_ref, 'hotfix/')")).toEqual(FALSE);
});

test("contains(fromJSON('[...]'), x) is membership in a literal array", () => {
  expect(evalIt(`contains(fromJSON('["OWNER","MEMBER"]'), github.association)`)).toEqual(FALSE);
  expect(evalIt(`contains(fromJSON('["NONE","MEMBER"]'), github.association)`)).toEqual(BOTH);
  expect(evalIt(`contains(fromJSON('["web-api"]'), matrix.app)`)).toEqual(TRUE);
  expect(evalIt(`contains(fromJSON('["main"]'), github.ref_name)`)).toEqual(FALSE);
  expect(evalIt(`contains(fromJSON('["main"]'), vars.X)`)).toEqual(BOTH);
  expect(evalIt(`contains(fromJSON('[{"a":1}]'), matrix.app)`)).toEqual(BOTH);
});

test('unknown && (certainly falsy) is falsy whatever the unknown is', () => {
  const result = evalIt("vars.X && github.event.action == 'closed'");
  expect(result.unknown).toBe(false);
  expect(result.values.some(Boolean)).toBe(false);
  expect(evalIt("vars.X && github.event.action == 'opened'").unknown).toBe(true);
});
