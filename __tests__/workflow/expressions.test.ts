// `${{ }}` spans, secret mentions and the small evaluator.
import {
  evaluateExpression,
  findExpressions,
  findSecretMentions,
  known,
  UNKNOWN,
  type Resolved
} from '../../src/workflow/expressions.js';

describe('findExpressions', () => {
  it('finds spans, ignoring }} inside expression strings', () => {
    const text = "a ${{ x }} b ${{ format('}}{0}', y) }} c ${{ unterminated";
    const spans = findExpressions(text);
    expect(spans.map(s => text.slice(s.start, s.end))).toEqual([
      '${{ x }}',
      "${{ format('}}{0}', y) }}",
      '${{ unterminated'
    ]);
    expect(spans[0]?.inner).toBe(' x ');
  });
});

describe('findSecretMentions', () => {
  it('finds dotted, bracketed and dynamic access with offsets', () => {
    const inner = " secrets.A || secrets['B'] || secrets[format('C{0}', x)] || secrets . D ";
    const found = findSecretMentions(inner, 100);
    expect(found.map(f => f.name)).toEqual(['A', 'B', null, 'D']);
    expect(inner.slice(found[0]!.start - 100, found[0]!.end - 100)).toBe('secrets.A');
    expect(inner.slice(found[1]!.start - 100, found[1]!.end - 100)).toBe("secrets['B']");
  });

  it('skips string literals and other contexts', () => {
    expect(
      findSecretMentions(" contains('secrets.X', y) || mysecrets.Y || github.secrets.Z ")
    ).toEqual([]);
  });
});

describe('evaluateExpression', () => {
  const contexts: Record<string, Resolved> = {
    'matrix.app': known('web'),
    'env.EMPTY': known(''),
    'inputs.choice': known('a', 'b')
  };
  const lookup = (path: string[]): Resolved => contexts[path.join('.')] ?? UNKNOWN;
  const evalIt = (e: string): Resolved => evaluateExpression(e, lookup);

  it('reads literals and context paths', () => {
    expect(evalIt(" 'lit' ")).toEqual(known('lit'));
    expect(evalIt('matrix.app')).toEqual(known('web'));
    expect(evalIt("matrix['app']")).toEqual(known('web'));
    expect(evalIt('vars.X')).toEqual(UNKNOWN);
    expect(evalIt('42')).toEqual(known(42));
  });

  it('evaluates || and && like GitHub (first truthy / ternary idiom)', () => {
    expect(evalIt("env.EMPTY || 'fallback'")).toEqual(known('fallback'));
    expect(evalIt("matrix.app || 'fallback'")).toEqual(known('web'));
    expect(evalIt("vars.X || 'fallback'")).toEqual({ values: ['fallback'], unknown: true });
    expect(evalIt("github.ref == 'refs/heads/main' && 'prod' || 'staging'")).toEqual(
      known('prod', 'staging')
    );
    expect(evalIt("matrix.app == 'WEB' && 'yes' || 'no'")).toEqual(known('yes'));
  });

  it('formats with known arguments and gives up otherwise', () => {
    expect(evalIt("format('{0}-{1}', matrix.app, inputs.choice)")).toEqual(known('web-a', 'web-b'));
    expect(evalIt("format('pr-{0}', github.event.number)")).toEqual(UNKNOWN);
    expect(evalIt('fromJSON(\'"x"\')')).toEqual(known('x'));
  });

  it('treats unparseable text as unknown', () => {
    expect(evalIt('matrix.')).toEqual(UNKNOWN);
    expect(evalIt("'unterminated")).toEqual(UNKNOWN);
    expect(evalIt('a ? b : c')).toEqual(UNKNOWN);
  });
});

describe('evaluateExpression on the same text again', () => {
  // Parses are kept between calls; values must still come from each call's own lookup.
  it('asks the lookup of every call', () => {
    const expression = "format('{0}-{1}', matrix.app, env.REGION)";
    const first = evaluateExpression(expression, path =>
      path[0] === 'matrix' ? known('web') : known('ams')
    );
    const second = evaluateExpression(expression, path =>
      path[0] === 'matrix' ? known('api', 'worker') : UNKNOWN
    );
    expect(first).toEqual(known('web-ams'));
    expect(second.unknown).toBe(true);
    expect(evaluateExpression(expression, () => known('x'))).toEqual(known('x-x'));
  });

  it('gives the same answer for long expressions, which are not kept', () => {
    const long = `env.A == '${'x'.repeat(400)}'`;
    const lookup = (): Resolved => known('x'.repeat(400));
    expect(evaluateExpression(long, lookup)).toEqual(known(true));
    expect(evaluateExpression(long, lookup)).toEqual(known(true));
  });
});
