// Invariants every inspection keeps whatever the input, shared by the property and fuzz tests.
import fc from 'fast-check';
import {
  authScheme,
  inspectToken,
  normalizeHeader,
  tokenFragments
} from '../../src/token/index.js';
import type { TokenInspection, TokenKind } from '../../src/token/index.js';

const KINDS: TokenKind[] = [
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

/** Free text of an inspection (fixed-vocabulary fields left out). */
function freeText(i: TokenInspection): string {
  return JSON.stringify({
    ...i,
    kind: '',
    problems: i.problems.map(p => p.message),
    formatting: i.formatting.map(f => f.message),
    tokens: i.tokens.map(t => ({ ...t, role: '' }))
  });
}

export function leaksWindowOf(text: string, input: string): boolean {
  for (let i = 0; i + 8 <= input.length; i++) if (text.includes(input.slice(i, i + 8))) return true;
  return false;
}

/** Invariants every inspection keeps, whatever the input. */
export function expectConsistent(i: TokenInspection, input: string): void {
  expect(KINDS).toContain(i.kind);
  const fatal = i.problems.some(p => p.fatal);
  expect(i.kind === 'malformed').toBe(fatal);
  if (fatal) {
    expect(i.tokens).toEqual([]);
    expect(i.macaroonCount).toBe(0);
  } else {
    expect(i.tokens).toHaveLength(i.macaroonCount);
  }
  for (const p of i.problems) expect(p.message.length).toBeGreaterThan(0);
  expect(() => JSON.stringify(i)).not.toThrow();
  expect(leaksWindowOf(freeText(i), input)).toBe(false);
}

export function callEverything(input: string): TokenInspection {
  const inspection = inspectToken(input);
  expect(['FlyV1', 'Bearer']).toContain(authScheme(input));
  expect(typeof normalizeHeader(input)).toBe('string');
  for (const fragment of tokenFragments(input)) expect(fragment.length).toBeGreaterThanOrEqual(8);
  return inspection;
}

const oneChar = fc.string({ minLength: 1, maxLength: 1 });

export const mutation = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), to: oneChar }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), to: fc.constant('') }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), to: oneChar })
);

export function mutate(
  text: string,
  m: { op: 'flip' | 'delete' | 'insert'; at: number; to: string }
): string {
  const at = m.at % Math.max(1, text.length);
  if (m.op === 'insert') return text.slice(0, at) + m.to + text.slice(at);
  if (m.op === 'delete') return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + m.to + text.slice(at + 1);
}
