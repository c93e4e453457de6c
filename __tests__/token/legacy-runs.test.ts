// `legacyRuns` finds legacy-shaped runs (43 URL-safe characters) by matching where a run starts
// and reading its length, not with a lookbehind at every character (several times slower per MB
// of text). It must find exactly what the definition finds: a standalone run of 43, or 43 after a
// URL escape (`%3D`) or flyctl's glued `-t`. The definition, as one regular expression, is the
// oracle here, over texts built of the characters that decide it.
import fc from 'fast-check';
import { legacyRuns, looksLikePlaceholder } from '../../src/token/find-tokens.js';
import { vector } from '../support/vectors.js';

/** The definition: a lookbehind at every character. */
const DEFINITION =
  /(?:(?<=%[0-9A-Fa-f]{2})|(?<=(?:^|[^A-Za-z0-9_-])-t)|(?<![A-Za-z0-9_-]))[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

function byDefinition(text: string): Array<[number, number]> {
  return [...text.matchAll(DEFINITION)]
    .filter(([run]) => /[A-Za-z]/.test(run) && /[0-9]/.test(run) && !looksLikePlaceholder(run))
    .map(match => [match.index, match.index + match[0].length]);
}

const LEGACY = vector('legacy_personal_token').token;

describe('legacyRuns', () => {
  it.each([
    ['standing alone', `token ${LEGACY} end`, 1],
    ['after a URL escape', `?token%3D${LEGACY}&x=1`, 1],
    ['glued to -t', `flyctl deploy -t${LEGACY}`, 1],
    ['at the very start', `${LEGACY}\n`, 1],
    ['one character longer', `x${LEGACY}`, 0],
    ['after two characters that are not an escape', `%zz${LEGACY}`, 0],
    ['glued to -t inside a word', `x-t${LEGACY}`, 0]
  ])('%s', (_name, text, count) => {
    const runs = legacyRuns(text);
    expect(runs).toHaveLength(count);
    for (const [start, end] of runs) expect(text.slice(start, end)).toBe(LEGACY);
    expect(runs).toEqual(byDefinition(text));
  });

  it('finds what the definition finds, at the same places', () => {
    // Pieces that make and break runs: the token, run fillers, escapes, `-t`, boundaries.
    const piece = fc.oneof(
      fc.constant(LEGACY),
      fc.constant(LEGACY.slice(0, 41)),
      fc.constantFrom('-t', '%3D', '%2', '%', 'x', 'A9', '-', '_', ' ', '\n', '"', '=', 't'),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/)
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), pieces => {
        const text = pieces.join('');
        expect(legacyRuns(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 5000 }
    );
  });
});
