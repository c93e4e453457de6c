// Defence in depth: masking is the runner's job, but nothing we write should need it.
// Every string leaving the action passes through a Redactor built from the token's fragments.

export interface Redactor {
  (text: string): string;
}

export const REDACTED = '[redacted]';

export function createRedactor(fragments: readonly string[]): Redactor {
  // Longest first, so a piece never leaves the tail of a longer form behind.
  const sorted = [...new Set(fragments)]
    .filter(f => f.length >= 8)
    .sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return text => text;
  return text => {
    let out = text;
    for (const fragment of sorted) {
      if (out.includes(fragment)) out = out.split(fragment).join(REDACTED);
    }
    return out;
  };
}
