// Fly's Action bitmask (resset.Action): r=1 w=2 c=4 d=8 C=16, written as letters in `rwcdC` order.
import type { ActionLetters } from './types.js';

export const ACTION_READ = 1;
export const ACTION_ALL = 31;
/** The five single-action bits, in letter order. */
export const ACTION_BITS: readonly number[] = [1, 2, 4, 8, 16];
const LETTERS = 'rwcdC';
/** Each action letter as a word. */
export const ACTION_WORDS: Readonly<Record<string, string>> = {
  r: 'read',
  w: 'write',
  c: 'create',
  d: 'delete',
  C: 'control'
};

/** Letters for a mask (bits above C are not actions and are dropped, as the library does). */
export function actionLetters(mask: number): ActionLetters {
  return [...LETTERS].filter((_, bit) => (mask & (1 << bit)) !== 0).join('');
}

/** Mask for letters; unknown letters are ignored, `*` means everything (library semantics). */
export function actionMask(letters: ActionLetters): number {
  if (letters === '*') return 0xffff;
  let mask = 0;
  for (const ch of letters) {
    const bit = LETTERS.indexOf(ch);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** `a` is allowed by `b` when every bit of `a` is in `b` (resset.IsSubsetOf). */
export function isSubsetOf(a: number, b: number): boolean {
  return (a & b) === a;
}

/** The bits of `a` that `b` does not grant (resset.Remove). */
export function missingBits(a: number, b: number): number {
  return a & ~b;
}
