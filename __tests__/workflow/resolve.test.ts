// Scope.template and concat: the values a `${{ }}` template and a shell word can take.
import { MAX_ALTERNATIVES } from '../../src/workflow/expressions.js';
import {
  concat,
  known,
  Scope,
  secretsIn,
  UNKNOWN,
  type Contexts,
  type Resolved
} from '../../src/workflow/resolve.js';

function scopeWith(matrix: Record<string, Resolved>): Scope {
  const contexts: Contexts = {
    matrix: path => matrix[path[0] ?? ''] ?? UNKNOWN,
    inputs: () => UNKNOWN,
    steps: () => UNKNOWN
  };
  return new Scope([], contexts);
}

describe('concat', () => {
  it('is the cartesian product of the parts, in order, without repeats', () => {
    expect(concat([known('a', 'b'), known('-'), known('x', 'y')])).toEqual({
      values: ['a-x', 'a-y', 'b-x', 'b-y'],
      unknown: false
    });
    expect(concat([known('a', 'a'), known('', '')])).toEqual({ values: ['a'], unknown: false });
  });

  it('keeps a part with no known value empty, and says unknown when one part is', () => {
    expect(concat([known('a'), UNKNOWN])).toEqual({ values: [], unknown: true });
    expect(concat([known('a'), { values: ['b'], unknown: true }])).toEqual({
      values: ['ab'],
      unknown: true
    });
    expect(concat([])).toEqual({ values: [''], unknown: false });
  });

  it('prints non-string values as GitHub does', () => {
    expect(concat([known('v'), known(1, true, null)])).toEqual({
      values: ['v1', 'vtrue', 'v'],
      unknown: false
    });
  });

  it('gives up (unknown) above the cap of alternatives', () => {
    const numbers = (n: number): Resolved => known(...Array.from({ length: n }, (_, i) => `${i}`));
    const atCap = concat([known('a', 'b'), numbers(MAX_ALTERNATIVES / 2)]);
    expect(atCap.values).toHaveLength(MAX_ALTERNATIVES);
    expect(atCap.unknown).toBe(false);
    expect(concat([known('a', 'b'), numbers(MAX_ALTERNATIVES / 2 + 1)])).toEqual(UNKNOWN);
  });
});

describe('Scope.template', () => {
  const scope = scopeWith({ app: known('web', 'api'), region: known('ams') });

  it('substitutes each expression between its surrounding text', () => {
    expect(scope.template('deploy ${{ matrix.app }}-${{ matrix.region }} now')).toEqual({
      values: ['deploy web-ams now', 'deploy api-ams now'],
      unknown: false
    });
  });

  it('gives a template that is one expression the values of that expression', () => {
    expect(scope.template('${{ matrix.app }}')).toEqual({
      values: ['web', 'api'],
      unknown: false
    });
    expect(scope.template('${{ matrix.app }}${{ matrix.region }}')).toEqual({
      values: ['webams', 'apiams'],
      unknown: false
    });
  });

  it('is the text itself without expressions, and unknown for what cannot be told', () => {
    expect(scope.template('plain')).toEqual({ values: ['plain'], unknown: false });
    expect(scope.template('')).toEqual({ values: [''], unknown: false });
    expect(scope.template('${{ vars.APP }}')).toEqual({ values: [], unknown: true });
    expect(scope.template('x-${{ vars.APP }}')).toEqual({ values: [], unknown: true });
  });

  it('keeps the name of a secret it cannot know the value of', () => {
    const token = scope.template('${{ secrets.FLY_API_TOKEN }}');
    expect(token.unknown).toBe(true);
    expect(secretsIn(token)).toEqual(['FLY_API_TOKEN']);
    expect(secretsIn(scope.template('FlyV1 ${{ secrets.A }},${{ secrets.B }}'))).toEqual([
      'A',
      'B'
    ]);
  });
});
