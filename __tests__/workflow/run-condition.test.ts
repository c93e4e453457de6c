// The one "never runs" decision: an `if:` evaluated by the expression evaluator with every
// context value unknown never runs only when every value it can take is falsy.
import { known, UNKNOWN } from '../../src/workflow/expressions.js';
import { mayHold, neverRuns } from '../../src/workflow/run-condition.js';

describe('neverRuns', () => {
  test.each([
    'false',
    ' false ',
    '${{ false }}',
    '${{false}}',
    '  ${{ false }}\n',
    '${{ !true }}',
    '${{ 1 == 2 }}',
    "${{ 'false' == 'true' }}",
    "false && github.ref == 'x'",
    "${{ github.event_name == 'push' && false }}",
    'always() && false',
    '${{ cancelled() && 0 }}',
    "${{ fromJSON('false') }}",
    "${{ '' }}",
    'null',
    '(false)'
  ])('%p never runs', condition => {
    expect(neverRuns(condition)).toBe(true);
  });

  test.each([
    [null, 'no `if:`'],
    ['', 'an empty `if:` is success()'],
    ['${{ }}', 'an empty expression'],
    ['true', 'true'],
    ["'false'", 'a non-empty string literal is truthy'],
    ["${{ format('{0}', false) }}", "the string 'false' is truthy"],
    ["${{ false || github.actor == 'x' }}", 'depends on who runs it'],
    ['always()', 'a status function is an unknown boolean'],
    ['success()', 'a status function is an unknown boolean'],
    ['failure() || false', 'a status function is an unknown boolean'],
    ["github.ref == 'refs/heads/main'", 'depends on the ref'],
    ['${{ ((( }}', 'GitHub rejects it'],
    ['${{ false', 'no closing braces'],
    ['${{ false }} && ${{ false }}', 'two expressions make a non-empty string'],
    ['x ${{ false }}', 'text around the expression makes a non-empty string'],
    ['${{ nope.x == 1 && false }}', 'GitHub rejects an unknown context'],
    ["${{ fromJSON('[') }}", 'fromJSON fails at run time']
  ])('%p may run (%s)', (condition, _why) => {
    expect(neverRuns(condition)).toBe(false);
  });
});

describe('mayHold with known values', () => {
  const push = (path: string[]) =>
    path.join('.') === 'github.event_name' ? known('push') : UNKNOWN;

  test('a value the lookup knows decides the condition', () => {
    expect(mayHold("github.event_name == 'pull_request'", push)).toBe(false);
    expect(mayHold("${{ github.event_name == 'push' }}", push)).toBe(true);
    // Without the fact, the same condition may hold.
    expect(mayHold("github.event_name == 'pull_request'")).toBe(true);
  });
});
