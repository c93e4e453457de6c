// Hostile-input properties of the token decoder, shared by the small sample in `npm test`
// (__tests__/hardening) and the long run in `npm run fuzz` (__tests__/fuzz). Each property says:
// inspectToken returns (never throws, never hits its internal-error fallback), keeps the
// inspection invariants (no token text in the output, malformed iff a fatal problem), and its
// output stays within a fixed multiple of the input: the memory bound.
import fc from 'fast-check';
import {
  authScheme,
  inspectToken,
  MAX_INPUT_BYTES,
  normalizeHeader,
  tokenFragments
} from '../../src/token/index.js';
import type { TokenInspection } from '../../src/token/index.js';
import { leaksWindowOf, mutate, mutation } from '../token/invariants.js';
import { cav, loadVectors, macaroonBytes, mp, MpMap, Raw, type Mp } from '../token/support.js';

/** Output characters allowed per input byte, plus a constant: the inspection's memory bound. */
export const OUTPUT_PER_INPUT_BYTE = 16;
export const OUTPUT_CONSTANT = 64 * 1024;

/** The 8-character windows of `input` that appear in `text`; linear, for 64 KiB inputs. */
export function leakedWindows(text: string, input: string, size = 8): string[] {
  const windows = new Set<string>();
  for (let i = 0; i + size <= input.length; i++) windows.add(input.slice(i, i + size));
  const found = new Set<string>();
  for (let i = 0; i + size <= text.length; i++) {
    const window = text.slice(i, i + size);
    if (windows.has(window)) found.add(window);
  }
  return [...found];
}

/** Free text of an inspection: everything but the fixed-vocabulary fields. */
function freeText(i: TokenInspection): string {
  return JSON.stringify({
    ...i,
    kind: '',
    problems: i.problems.map(p => p.message),
    formatting: i.formatting.map(f => f.message),
    tokens: i.tokens.map(t => ({ ...t, role: '' }))
  });
}

const KINDS: string[] = [
  'personal',
  'org',
  'deploy',
  'readonly',
  'ssh',
  'machine-exec',
  'wireguard',
  'litefs-cloud',
  'custom',
  'malformed'
];

/**
 * Everything that must hold for any input, as a list of violations (plain checks and one
 * `expect`: jest's matchers cost more than the decoder itself on small inputs).
 */
export function inspectionViolations(input: string): {
  inspection: TokenInspection;
  violations: string[];
} {
  const violations: string[] = [];
  const inspection = inspectToken(input);
  // token/invariants' callEverything and expectConsistent, with a linear leak scan.
  if (!['FlyV1', 'Bearer'].includes(authScheme(input))) violations.push('authScheme');
  if (typeof normalizeHeader(input) !== 'string') violations.push('normalizeHeader');
  if (tokenFragments(input).some(f => f.length < 8)) violations.push('short fragment');
  if (!KINDS.includes(inspection.kind)) violations.push(`kind ${inspection.kind}`);
  const fatal = inspection.problems.some(p => p.fatal);
  if ((inspection.kind === 'malformed') !== fatal) violations.push('malformed without fatal');
  if (inspection.tokens.length !== (fatal ? 0 : inspection.macaroonCount)) {
    violations.push('tokens vs macaroonCount');
  }
  if (inspection.problems.some(p => p.message.length === 0)) violations.push('empty message');
  if (inspection.problems.some(p => p.code === 'internal-error')) violations.push('internal error');
  const leaked = leakedWindows(freeText(inspection), input);
  if (leaked.length > 0) violations.push(`${leaked.length} windows of the input in the output`);
  const size = JSON.stringify(inspection).length;
  const bound = OUTPUT_PER_INPUT_BYTE * Buffer.byteLength(input, 'utf8') + OUTPUT_CONSTANT;
  if (size > bound) violations.push(`output of ${size} characters (bound ${bound})`);
  return { inspection, violations };
}

export function expectSafeInspection(input: string): TokenInspection {
  const { inspection, violations } = inspectionViolations(input);
  expect(violations).toEqual([]);
  return inspection;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function concat(parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

// ------------------------------------------------------------------------------------------------
// Arbitraries

const scheme = fc.constantFrom('', 'FlyV1 ', 'Bearer ', 'Bearer FlyV1 ', 'flyv1 ', ' FlyV1  ');
const label = fc.constantFrom('fm2_', 'fm1r_', 'fm1a_', 'fo1_', 'fm3_', '');
const separator = fc.constantFrom(',', ', ', ',\n', ' ,');

/** Any text at all: printable, binary, whole code points. */
export const arbitraryText = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 800 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_,- '),
      {
        maxLength: 3000
      }
    )
    .map(chars => chars.join(''))
);

/** Arbitrary bytes in token clothing: labelled pieces, bundles, schemes. */
export const arbitraryBodies = fc
  .tuple(
    scheme,
    fc.array(fc.tuple(label, fc.uint8Array({ maxLength: 1500 })), { minLength: 1, maxLength: 4 }),
    separator
  )
  .map(([s, pieces, sep]) => s + pieces.map(([l, bytes]) => l + base64(bytes)).join(sep));

/** A vector's macaroon bytes, damaged at the byte level (the text-level damage is token.fuzz's). */
const usable = loadVectors().filter(v => v.truth.kind !== 'malformed');
const byteEdit = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), value: fc.constant(0) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), value: fc.constant(0) })
);

function editBytes(bytes: number[], edit: { op: string; at: number; value: number }): number[] {
  const at = edit.at % Math.max(1, bytes.length);
  if (edit.op === 'set') return bytes.map((b, i) => (i === at ? edit.value : b));
  if (edit.op === 'insert') return [...bytes.slice(0, at), edit.value, ...bytes.slice(at)];
  if (edit.op === 'delete') return [...bytes.slice(0, at), ...bytes.slice(at + 1)];
  return bytes.slice(0, at);
}

export const mutatedVectors = fc
  .tuple(
    fc.constantFrom(...usable),
    fc.array(byteEdit, { minLength: 1, maxLength: 6 }),
    fc.array(mutation, { maxLength: 2 })
  )
  .map(([v, edits, textEdits]) => {
    // Damage the first macaroon piece's bytes, keep the rest of the header as it was.
    const header = v.header_form;
    const match = /fm[12][ar]?_([A-Za-z0-9+/=]+)/.exec(header);
    if (!match?.[1]) return textEdits.reduce((t, m) => mutate(t, m), header);
    const bytes = edits.reduce(editBytes, [...Buffer.from(match[1], 'base64')]);
    const damaged = header.replace(match[1], base64(Uint8Array.from(bytes)));
    return textEdits.reduce((t, m) => mutate(t, m), damaged);
  });

/** Container heads: fixarray/array16/array32, fixmap/map16/map32, fixext/ext. */
const nestingByte = fc.constantFrom(
  Uint8Array.of(0x91),
  Uint8Array.of(0xdc, 0x00, 0x01),
  Uint8Array.of(0xdd, 0x00, 0x00, 0x00, 0x01),
  Uint8Array.of(0x81, 0x01),
  Uint8Array.of(0x81, 0xa1, 0x6b),
  Uint8Array.of(0xde, 0x00, 0x01, 0x00)
);

/** A caveat body nested `depth` containers deep, under a registered or an unregistered type. */
export const deeplyNested = fc
  .tuple(
    fc.integer({ min: 1, max: 30_000 }),
    nestingByte,
    fc.constantFrom(0, 3, 4, 5, 13, 16, 26, 27, 999, 2 ** 32),
    fc.constantFrom<Mp>(1, 'x', null, new Uint8Array(4), [])
  )
  .map(([depth, head, type, leaf]) => {
    const body = concat([...Array<Uint8Array>(depth).fill(head), mp(leaf)]);
    return `FlyV1 fm2_${base64(macaroonBytes({ caveats: [cav.org(1, 31), [type, new Raw(body)]] }))}`;
  });

/** Heads claiming huge counts or lengths (to 2^32-1) over little data, and real large arrays. */
const lyingHead = fc
  .tuple(
    fc.constantFrom(0xdc, 0xdd, 0xde, 0xdf, 0xc4, 0xc5, 0xc6, 0xd9, 0xda, 0xdb, 0xc7, 0xc8, 0xc9),
    fc.oneof(fc.constantFrom(0xffffffff, 0x7fffffff, 0x10000, 0xffff), fc.nat())
  )
  .map(([byte, count]) => {
    const width = [0xdc, 0xde, 0xc5, 0xda, 0xc8].includes(byte)
      ? 2
      : [0xc4, 0xd9, 0xc7].includes(byte)
        ? 1
        : 4;
    const length = Buffer.alloc(width);
    length.writeUIntBE(count % 256 ** width, 0, width);
    return concat([Uint8Array.of(byte), length]);
  });

export const hugeArrays = fc.oneof(
  fc
    .tuple(lyingHead, fc.uint8Array({ maxLength: 64 }), fc.constantFrom(0, 3, 27, 999))
    .map(([head, rest, type]) => {
      const body = concat([head, rest]);
      return `fm2_${base64(macaroonBytes({ caveats: [[type, new Raw(body)]] }))}`;
    }),
  fc
    .tuple(
      fc.integer({ min: 1000, max: 20_000 }),
      fc.constantFrom<Mp>(1, null, 'a', [1, 31]),
      fc.constantFrom(3, 5, 999)
    )
    .map(([count, item, type]) => {
      const body: Mp =
        type === 999
          ? Array<Mp>(count).fill(item)
          : [new MpMap(Array.from({ length: count }, (_, i) => [i, 31]))];
      return `fm2_${base64(macaroonBytes({ caveats: [[type, body]] }))}`;
    }),
  // Many caveats, as many as fit in the input limit.
  fc.integer({ min: 100, max: 6000 }).map(count => {
    const caveats = Array.from({ length: count }, (_, i) => cav.org(i % 7, 31));
    return `fm2_${base64(macaroonBytes({ caveats }))}`;
  })
);

/** Caveat types near the edges of 16, 32, 53, 63 and 64 bits, and negative ones. */
const edgeType = fc.oneof(
  fc.bigInt({ min: 2n ** 64n - 1024n, max: 2n ** 64n - 1n }),
  fc.bigInt({ min: 2n ** 63n - 16n, max: 2n ** 63n + 16n }),
  fc.bigInt({ min: 2n ** 53n - 16n, max: 2n ** 53n + 16n }),
  fc.constantFrom(2n ** 32n - 1n, 2n ** 32n, 65535n, 65536n, 0n, 1n),
  fc.bigInt({ min: -(2n ** 63n), max: -1n })
);

const anyBody: fc.Arbitrary<Mp> = fc.oneof(
  fc.constant<Mp>(null),
  fc.integer().map<Mp>(n => n),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map<Mp>(n => n),
  fc.string({ maxLength: 20 }).map<Mp>(s => s),
  fc.array(fc.nat(40), { maxLength: 4 }).map<Mp>(a => a),
  fc.constant<Mp>([1, 31]),
  fc.constant<Mp>([new MpMap([[1, 31]])])
);

export const edgeCaveatTypes = fc
  .array(fc.tuple(edgeType, anyBody), { minLength: 1, maxLength: 6 })
  .map(caveats => ({
    caveats,
    input: `FlyV1 fm2_${base64(macaroonBytes({ caveats: [cav.org(1, 31), ...caveats] }))}`
  }));

/** Inputs above the 64 KiB limit, in several shapes. */
export const oversized = fc
  .tuple(
    fc.integer({ min: MAX_INPUT_BYTES + 1, max: MAX_INPUT_BYTES + 4096 }),
    fc.constantFrom('A', 'é', '€', '😀', ',fm2_')
  )
  .map(([bytes, unit]) => {
    const size = Buffer.byteLength(unit);
    return `FlyV1 fm2_${unit.repeat(Math.ceil(bytes / size))}`;
  });

/** Raw msgpack of a whole header built from one item, for the "not a macaroon" shapes. */
export const notMacaroons = fc
  .oneof(
    fc.constant<Mp>([]),
    fc.array(fc.constant<Mp>(null), { maxLength: 8 }),
    fc.string({ maxLength: 30 }).map<Mp>(s => s),
    fc.constant<Mp>([[], '', [], new Uint8Array()]),
    fc.constant<Mp>([[new Uint8Array(), new Uint8Array()], 'loc', [0], new Uint8Array()])
  )
  .map(value => `fm2_${base64(mp(value))}`);

// ------------------------------------------------------------------------------------------------
// The properties

/**
 * Registers the decoder properties. `runs(cost)` gives the number of cases for a property whose
 * cases cost about `cost` times a small one (the fuzz run divides its budget by it).
 */
export function describeDecoderProperties(runs: (cost: number) => number, timeoutMs: number): void {
  describe('token decoder under hostile input', () => {
    const check = <T>(name: string, cost: number, arb: fc.Arbitrary<T>, test: (v: T) => void) =>
      it(
        `${name} (${runs(cost)} cases)`,
        () => fc.assert(fc.property(arb, test), { numRuns: runs(cost) }),
        timeoutMs
      );

    check(
      'the linear leak scan agrees with token/invariants',
      1,
      fc.tuple(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), fc.nat(), fc.nat()),
      ([text, input, from, length]) => {
        // Half the time, plant a piece of the input in the text.
        const planted =
          from % 2 ? text + input.slice(from % 40, (from % 40) + (length % 12)) : text;
        expect(leakedWindows(planted, input).length > 0).toBe(leaksWindowOf(planted, input));
      }
    );

    check('inspectToken on arbitrary strings', 1, arbitraryText, text => {
      expectSafeInspection(text);
    });

    check('arbitrary bytes as labelled bodies and bundles', 1, arbitraryBodies, text => {
      expectSafeInspection(text);
    });

    check('byte-level damage to real vectors', 2, mutatedVectors, text => {
      expectSafeInspection(text);
    });

    check('not-a-macaroon msgpack', 1, notMacaroons, text => {
      expect(expectSafeInspection(text).kind).toBe('malformed');
    });

    check('deeply nested msgpack caveat bodies', 40, deeplyNested, text => {
      expectSafeInspection(text);
    });

    check('huge and lying array, map, str and bin lengths', 400, hugeArrays, text => {
      expectSafeInspection(text);
    });

    check('caveat type numbers near 2^16, 2^32, 2^53, 2^63, 2^64', 2, edgeCaveatTypes, c => {
      const inspection = expectSafeInspection(c.input);
      if (inspection.kind === 'malformed') return;
      // Every type survives exactly: no rounding through a float.
      const types = inspection.tokens[0]?.caveats.map(caveat => caveat.type) ?? [];
      expect(types.slice(1)).toEqual(c.caveats.map(([type]) => type.toString()));
    });

    check('inputs over 64 KiB are refused unread', 40, oversized, text => {
      const inspection = expectSafeInspection(text);
      expect(inspection.kind).toBe('malformed');
      expect(inspection.problems.map(p => p.code)).toEqual(['too-large']);
    });
  });
}
