// Repository paths: `normalizePath` gives the same answer whether or not the path was already
// normal (most are, and those come back as they are).
import fc from 'fast-check';
import { joinPath, normalizePath } from '../../src/workflow/repo-paths.js';

describe('normalizePath', () => {
  test('normal paths come back as they are; others are made normal', () => {
    expect(normalizePath('services/web/fly.toml')).toBe('services/web/fly.toml');
    expect(normalizePath('.github/workflows/deploy.yml')).toBe('.github/workflows/deploy.yml');
    expect(normalizePath('a/.b/c..d')).toBe('a/.b/c..d');
    expect(normalizePath('./a//b/./c/')).toBe('a/b/c');
    expect(normalizePath('a/b/../c')).toBe('a/c');
    expect(normalizePath('a\\b')).toBe('a/b');
    expect(normalizePath('..')).toBeNull();
    expect(normalizePath('a/../..')).toBeNull();
    expect(normalizePath('/etc/passwd')).toBeNull();
    expect(normalizePath('~/x')).toBeNull();
    expect(normalizePath('/github/workspace/app/fly.toml')).toBe('app/fly.toml');
    expect(normalizePath('')).toBe('');
    expect(joinPath('services/web', '../api/fly.toml')).toBe('services/api/fly.toml');
  });

  test('a relative path reads the same with `./` in front (which is never normal)', () => {
    const piece = fc.constantFrom('a', 'b.c', '.', '..', '.x', 'x..', '', '\\', 'é', ' ');
    const path = fc
      .array(piece, { maxLength: 8 })
      .map(pieces => pieces.join('/'))
      .filter(p => !/^[/~\\]/.test(p));
    fc.assert(
      fc.property(path, p => {
        expect(normalizePath(p)).toBe(normalizePath(`./${p}`));
      }),
      { numRuns: 2000 }
    );
  });
});
