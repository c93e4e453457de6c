// Secret forms for masking, and the leak guard on inspections.
import {
  inspectToken,
  normalizeHeader,
  parseHeader,
  tokenFragments
} from '../../src/token/index.js';
import { REDACTED, scrubFragments } from '../../src/token/scrub.js';
import { loadVectors } from './support.js';

const vectors = loadVectors();

function mask(text: string, fragments: string[]): string {
  let out = text;
  for (const f of fragments) out = out.split(f).join('***');
  return out;
}

describe('tokenFragments', () => {
  it.each(vectors.map(v => [v.name, v.header_form] as [string, string]))('%s', (_name, input) => {
    const fragments = tokenFragments(input);
    const header = parseHeader(input);
    expect(new Set(fragments).size).toBe(fragments.length);
    for (const f of fragments) expect(f.length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < fragments.length; i++) {
      expect((fragments[i - 1] as string).length).toBeGreaterThanOrEqual(
        (fragments[i] as string).length
      );
    }
    const expected = [header.trimmed, header.stripped];
    if (header.stripped.length >= 8)
      expected.push(`FlyV1 ${header.stripped}`, normalizeHeader(input));
    for (const piece of header.pieces) expected.push(piece.text, piece.body);
    for (const form of expected.filter(f => f.length >= 8)) expect(fragments).toContain(form);

    // Masking every fragment hides every piece, whichever form a log line used.
    const log = [
      `Authorization: ${input}`,
      `token=${header.stripped}`,
      `Authorization: Bearer ${header.stripped}`,
      `normalized ${normalizeHeader(input, 'graphql')}`,
      ...header.pieces.map(p => `piece ${p.text} body ${p.body}`)
    ].join('\n');
    const masked = mask(log, fragments);
    for (const piece of header.pieces) {
      if (piece.body.length >= 8) expect(masked).not.toContain(piece.body);
      if (piece.text.length >= 8) expect(masked).not.toContain(piece.text);
    }
  });

  it('ignores fragments under 8 characters', () => {
    const fragments = tokenFragments('FlyV1 abc,de_f');
    expect(fragments).toEqual(['Bearer abc,de_f', 'FlyV1 abc,de_f', 'abc,de_f']);
    expect(tokenFragments('abc')).toEqual([]);
    expect(tokenFragments('')).toEqual([]);
    expect(tokenFragments('FlyV1 abcdefgh')).toEqual(
      expect.arrayContaining(['FlyV1 abcdefgh', 'abcdefgh'])
    );
  });

  it('masks multi-line values line by line', () => {
    const fragments = tokenFragments('first-line-secret\nsecond-line-secret');
    expect(fragments).toEqual(expect.arrayContaining(['first-line-secret', 'second-line-secret']));
  });
});

describe('leak guard', () => {
  const input = 'FlyV1 fm2_ABCDEFGHIJKLMNOPQRSTUV';

  it('replaces any string holding 8 characters of the token, keys included', () => {
    const scrubbed = scrubFragments(
      {
        a: `x${input.slice(12, 20)}x`,
        b: 'harmless',
        c: [input.slice(5, 14)],
        [input.slice(3, 13)]: 1
      },
      input
    );
    expect(scrubbed).toEqual({ a: REDACTED, b: 'harmless', c: [REDACTED], [REDACTED]: 1 });
  });

  it('leaves fixed vocabulary alone', () => {
    const vocab = { kind: 'malformed', problems: [{ code: 'truncated', message: 'truncated!' }] };
    const scrubbed = scrubFragments(vocab, 'xx truncated malformed xx');
    expect(scrubbed.kind).toBe('malformed');
    expect(scrubbed.problems[0]).toEqual({ code: 'truncated', message: REDACTED });
  });

  it('keeps inspections of every vector free of token text', () => {
    for (const v of vectors) {
      const text = JSON.stringify(inspectToken(v.header_form));
      for (let i = 0; i + 8 <= v.header_form.length; i++) {
        expect(text.includes(v.header_form.slice(i, i + 8))).toBe(false);
      }
    }
  });
});
