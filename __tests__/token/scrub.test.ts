import fc from 'fast-check';
import { createScrub, REDACTED, SCRUBBED, scrubFragments } from '../../src/token/scrub.js';

/** The definition the scrub implements: does `text` hold any 8-character window of `input`? */
function holdsWindow(text: string, input: string): boolean {
  for (let i = 0; i + 8 <= input.length; i++) if (text.includes(input.slice(i, i + 8))) return true;
  return false;
}

// Small alphabets make shared windows (and near misses: long runs of shared pairs) common.
// '\u0101' and 'A' fold to the same 7-bit code in the pre-check: it must not hide a window.
const narrow = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', 'A', '\u0101', '/', '='),
  maxLength: 60
});

describe('scrubFragments leak check', () => {
  it('redacts exactly the strings and keys that hold a window of the input', () => {
    fc.assert(
      fc.property(narrow, fc.array(narrow, { maxLength: 30 }), (input, texts) => {
        fc.pre(input.length >= 8);
        const value = {
          list: texts,
          byKey: Object.fromEntries(texts.map((t, i) => [`${t}#${i}`, i]))
        };
        const scrubbed = scrubFragments(value, input);
        texts.forEach((text, i) => {
          expect(scrubbed.list[i]).toBe(holdsWindow(text, input) ? REDACTED : text);
        });
        const keys = Object.keys(scrubbed.byKey);
        const clean = Object.keys(value.byKey).filter(k => !holdsWindow(k, input));
        expect(keys.filter(k => k !== REDACTED)).toEqual(clean);
      }),
      { numRuns: 600 }
    );
  });

  it('stays exact after many near misses (past the native-search allowance)', () => {
    const input = 'abcdefghhgfedcba-XYZ12345';
    // Walks over pairs the input has (ab, bc, cb, ...) that are not windows of it: each one
    // passes the pair pre-check and needs an exact lookup.
    const nearMisses = Array.from({ length: 40 }, (_, i) =>
      ['abcbcbcbc', 'bcdcdcdcd', 'cdedededc', 'fgfgfgfgf', 'hghghghgh'][i % 5]!.repeat(1 + (i % 3))
    );
    const leaks = ['XYZ12345', `zz${input.slice(3, 11)}zz`, 'hgfedcba'];
    const value = [...nearMisses, ...leaks, ...nearMisses];
    for (const text of nearMisses) expect(holdsWindow(text, input)).toBe(false);
    const scrubbed = scrubFragments(value, input);
    value.forEach((text, i) => {
      expect(scrubbed[i]).toBe(holdsWindow(text, input) ? REDACTED : text);
    });
    expect(scrubbed.filter(s => s === REDACTED)).toHaveLength(leaks.length);
  });

  it('returns the very same object when nothing leaks, and copies only along a leak', () => {
    const input = 'FlyV1 fm2_QUJDREVGR0hJSktMTU5PUA==';
    const clean = { a: { b: ['harmless text'] }, c: { d: 'short' } };
    expect(scrubFragments(clean, input)).toBe(clean);
    const leaky = { a: { b: ['harmless text', `x${input.slice(10, 20)}`] }, c: { d: 'short' } };
    const scrubbed = scrubFragments(leaky, input);
    expect(scrubbed).toEqual({ a: { b: ['harmless text', REDACTED] }, c: { d: 'short' } });
    expect(scrubbed.c).toBe(leaky.c);
    expect(leaky.a.b[1]).not.toBe(REDACTED);
  });
});

describe('scrubFragments probing', () => {
  // Characters the input never holds, so only the planted window can match.
  const filler = (length: number): string => '#'.repeat(length);
  const input = 'FlyV1 fm2_lJPEEAbcdefGHIJklmnOPQRstuvWXYZ0123456789+/xyz==';

  it('finds a window at every offset of texts of every length', () => {
    for (let length = 8; length <= 40; length++) {
      for (let at = 0; at + 8 <= length; at++) {
        const window = input.slice(at % 20, (at % 20) + 8);
        const text = filler(at) + window + filler(length - at - 8);
        expect(scrubFragments([text], input)[0]).toBe(REDACTED);
        // The same text with the window's last character changed holds no window.
        const missed = `${text.slice(0, at + 7)}#${text.slice(at + 8)}`;
        expect(holdsWindow(missed, input)).toBe(false);
        expect(scrubFragments([missed], input)[0]).toBe(missed);
      }
    }
  });

  it('forgets the character pairs of earlier inputs', () => {
    const first = 'abcdefghijklmnop';
    const second = 'ABCDEFGHIJKLMNOP';
    // Enough calls for the per-input stamps to wrap around several times.
    for (let i = 0; i < 700; i++) {
      expect(scrubFragments(['xxabcdefghxx'], i % 2 ? first : second)[0]).toBe(
        i % 2 ? REDACTED : 'xxabcdefghxx'
      );
    }
  });

  it('copies a leaky object field by field, `__proto__` included, as own data', () => {
    const leak = `x${input.slice(6, 16)}`;
    const record = JSON.parse(
      `{"a": 1, "__proto__": {"b": "${leak}"}, "${leak}": true, "c": "${leak}"}`
    ) as Record<string, unknown>;
    const scrubbed = scrubFragments(record, input);
    expect(Object.getPrototypeOf(scrubbed)).toBe(Object.prototype);
    expect(Object.keys(scrubbed)).toEqual(['a', '__proto__', REDACTED, 'c']);
    expect(Object.getOwnPropertyDescriptor(scrubbed, '__proto__')?.value).toEqual({ b: REDACTED });
    expect(scrubbed).toEqual(
      JSON.parse(
        `{"a": 1, "__proto__": {"b": "${REDACTED}"}, "${REDACTED}": true, "c": "${REDACTED}"}`
      )
    );
  });
});

describe('createScrub for text from outside', () => {
  const token = 'FlyV1 fm2_lJPEEAbcdefGHIJklmnOPQRstuvWXYZ0123456789';

  it('also cuts windows across scheme and label, what follows a scheme, and URL credentials', () => {
    const text = 'got "yV1 fm2_" and Bearer abc and http://user:pw@proxy.local';
    expect(createScrub([token])(text)).toBe(text);
    const clean = createScrub([token], { outside: true })(text);
    expect(clean).not.toContain('yV1 fm2_');
    expect(clean).not.toContain('abc');
    expect(clean).not.toContain('user:pw');
    expect(clean).toContain('proxy.local');
  });

  it('cuts any long run of token characters, random-looking or not', () => {
    const run = 'a'.repeat(40);
    expect(createScrub([])(`x ${run} y`)).toBe(`x ${run} y`);
    expect(createScrub([], { outside: true })(`x ${run} y`)).toBe(`x ${SCRUBBED} y`);
  });
});
