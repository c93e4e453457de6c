// Shapes of strings known only in part (`<n>/merge`, `release/<anything>`), and what `==`,
// startsWith, endsWith and contains can say about them.
import fc from 'fast-check';
import {
  shapeContains,
  shapeEndsWith,
  shapeMayEqual,
  shapeOfBranchPattern,
  shapeStartsWith,
  type StringShape
} from '../../src/workflow/string-shape.js';

const MERGE: StringShape = { prefix: '', middle: 'digits', suffix: '/merge' };
const PULL: StringShape = { prefix: 'refs/pull/', middle: 'digits', suffix: '/merge' };
const RELEASE: StringShape = { prefix: 'release/', middle: 'any', suffix: '' };
const BRANCH: StringShape = { prefix: '', middle: 'some', suffix: '' };

describe('shapeMayEqual', () => {
  test('a merge ref name is some number and /merge, never a branch name', () => {
    expect(shapeMayEqual(MERGE, '12/merge')).toBe(true);
    expect(shapeMayEqual(MERGE, '12/MERGE')).toBe(true);
    expect(shapeMayEqual(MERGE, 'main')).toBe(false);
    expect(shapeMayEqual(MERGE, '/merge')).toBe(false);
    expect(shapeMayEqual(MERGE, 'x1/merge')).toBe(false);
    expect(shapeMayEqual(PULL, 'refs/pull/7/merge')).toBe(true);
    expect(shapeMayEqual(PULL, 'refs/heads/main')).toBe(false);
  });

  test('any middle takes the empty string, some does not', () => {
    expect(shapeMayEqual(RELEASE, 'release/')).toBe(true);
    expect(shapeMayEqual(RELEASE, 'Release/1.2')).toBe(true);
    expect(shapeMayEqual(RELEASE, 'main')).toBe(false);
    expect(shapeMayEqual(BRANCH, '')).toBe(false);
    expect(shapeMayEqual(BRANCH, 'feature/x')).toBe(true);
  });
});

describe('startsWith, endsWith, contains on a shape', () => {
  test('answers always, never or maybe', () => {
    expect(shapeStartsWith(PULL, 'refs/')).toBe('always');
    expect(shapeStartsWith(PULL, 'refs/tags/')).toBe('never');
    expect(shapeStartsWith(PULL, 'refs/heads/')).toBe('never');
    expect(shapeStartsWith(PULL, 'refs/pull/1')).toBe('maybe');
    expect(shapeStartsWith(PULL, 'refs/pull/12/m')).toBe('maybe');
    expect(shapeStartsWith(PULL, 'refs/pull/12/x')).toBe('never');
    expect(shapeStartsWith(MERGE, 'main')).toBe('never');
    expect(shapeEndsWith(MERGE, '/merge')).toBe('always');
    expect(shapeEndsWith(MERGE, '3/merge')).toBe('maybe');
    expect(shapeEndsWith(MERGE, 'main')).toBe('never');
    expect(shapeEndsWith(RELEASE, '-rc')).toBe('maybe');
    expect(shapeContains(MERGE, 'merge')).toBe('always');
    expect(shapeContains(MERGE, 'main')).toBe('never');
    expect(shapeContains(MERGE, '2/me')).toBe('maybe');
    expect(shapeContains(RELEASE, 'hotfix')).toBe('maybe');
  });

  // "never" and "always" must be true of every string of the shape: checked on random members.
  test('never/always hold for every member of a digits shape', () => {
    const shapes = [MERGE, PULL, { prefix: 'v', middle: 'digits', suffix: '' } as StringShape];
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes),
        fc.integer({ min: 0, max: 100000 }),
        fc.string({
          unit: fc.constantFrom('1', '2', '/', 'm', 'e', 'r', 'g', 'x', 'p'),
          maxLength: 6
        }),
        (shape, n, needle) => {
          const member = `${shape.prefix}${n}${shape.suffix}`;
          const checks: Array<[string, (s: StringShape, t: string) => string, boolean]> = [
            ['startsWith', shapeStartsWith, member.startsWith(needle)],
            ['endsWith', shapeEndsWith, member.endsWith(needle)],
            ['contains', shapeContains, member.includes(needle)]
          ];
          for (const [, answer, holds] of checks) {
            const said = answer(shape, needle);
            if (said === 'always' && !holds) return false;
            if (said === 'never' && holds) return false;
          }
          return shapeMayEqual(shape, member);
        }
      )
    );
  });
});

describe('shapeOfBranchPattern', () => {
  test('literal names stay names, one run of * becomes a shape, the rest is not modelled', () => {
    expect(shapeOfBranchPattern('main')).toBe('main');
    expect(shapeOfBranchPattern('release/*')).toEqual(RELEASE);
    expect(shapeOfBranchPattern('releases/**-rc')).toEqual({
      prefix: 'releases/',
      middle: 'any',
      suffix: '-rc'
    });
    expect(shapeOfBranchPattern('v[12].*')).toBeNull();
    expect(shapeOfBranchPattern('feature/*/x/*')).toBeNull();
  });
});
