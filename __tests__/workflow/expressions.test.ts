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

  it('takes the whole secrets context (toJSON, object filter, bare) as any secret', () => {
    for (const inner of [
      ' toJSON(secrets) ',
      ' secrets.* ',
      ' secrets ',
      " format('{0}', secrets) "
    ]) {
      const found = findSecretMentions(inner);
      expect(found.map(f => f.name)).toEqual([null]);
      expect(inner.slice(found[0]!.start, found[0]!.end)).toBe('secrets');
    }
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

describe("on GitHub's lexer and parser", () => {
  const lookup = (path: string[]): Resolved =>
    path.join('.') === 'matrix.app' ? known('web') : UNKNOWN;
  const evalIt = (e: string): Resolved => evaluateExpression(e, lookup);

  it('reads every doubled quote of a string (the lexer undoubles only the first)', () => {
    expect(evalIt("'a''b''c'")).toEqual(known("a'b'c"));
    expect(findSecretMentions("secrets['it''s']").map(m => m.name)).toEqual(["it's"]);
  });

  it('reads the number syntax GitHub accepts', () => {
    expect(evalIt('1.')).toEqual(known(1));
    expect(evalIt('.5')).toEqual(known(0.5));
    expect(evalIt('+1')).toEqual(known(1));
    expect(evalIt("NaN || 'falsy'")).toEqual(known('falsy'));
  });

  it('is unknown on what GitHub rejects: unknown names, functions and argument counts', () => {
    expect(evalIt("nope.x || 'x'")).toEqual(UNKNOWN);
    expect(evalIt("myFunction() || 'x'")).toEqual(UNKNOWN);
    expect(evalIt("contains(matrix.app) || 'x'")).toEqual(UNKNOWN);
    expect(evalIt("success() && 'ran'")).toEqual({ values: [false, 'ran'], unknown: false });
  });

  it('stays exact on long chains and is unknown on deep nesting, without throwing', () => {
    const chain = Array.from({ length: 60 }, (_, i) => `matrix.app == 'x${i}'`).join(' || ');
    expect(evalIt(`${chain} || 'last'`)).toEqual(known('last'));
    expect(evalIt(`${'('.repeat(5000)}1${')'.repeat(5000)}`)).toEqual(UNKNOWN);
  });

  it('reads paths through parentheses and literal keys', () => {
    expect(evalIt('(matrix).app')).toEqual(known('web'));
    expect(evalIt("matrix[('app')]")).toEqual(known('web'));
    expect(evalIt('contains(fromJSON(\'["api","web"]\'), matrix.app)')).toEqual(known(true));
  });

  it("computes GitHub's own functions over the values known", () => {
    expect(evalIt("format('{0}-{{x}}', matrix.app)")).toEqual(known('web-{x}'));
    expect(evalIt('toJSON(matrix.app)')).toEqual(known('"web"'));
    expect(evalIt("case(matrix.app == 'web', 'prod', 'staging')")).toEqual(known('prod'));
    // GitHub fails the step on a template that asks for a missing argument.
    expect(evalIt("format('{0}-{1}', matrix.app) || 'x'")).toEqual({
      values: ['x'],
      unknown: true
    });
  });

  it('finds secrets under any case of the context, up to the bracket that closes', () => {
    const inner = "Secrets.FLY_API_TOKEN || secrets[format('{0}]', matrix.app)] ";
    const found = findSecretMentions(inner);
    expect(found.map(m => m.name)).toEqual(['FLY_API_TOKEN', null]);
    expect(inner.slice(found[1]!.start, found[1]!.end)).toBe("secrets[format('{0}]', matrix.app)]");
  });

  it('finds no secrets in text GitHub cannot read', () => {
    expect(findSecretMentions('secrets.A = 1')).toEqual([]);
    expect(findSecretMentions("secrets.A || 'unterminated")).toEqual([]);
  });
});
