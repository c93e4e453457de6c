// The scan reads token literals out of the repository; none of their text may reach a message,
// a note, an annotation, SARIF or a comment. Rules never quote one, and this pass replaces any
// 8-character window of one that a message might still carry (a quoted command line, a YAML
// error echoing its input) with `[redacted]`.
import { MIN_FRAGMENT_LENGTH } from '../token/limits.js';

export const SCAN_REDACTED = '[redacted]';

export type TextScrubber = (text: string) => string;

export function createScrubber(secrets: readonly string[]): TextScrubber {
  const windows = new Set<string>();
  for (const secret of secrets) {
    for (let i = 0; i + MIN_FRAGMENT_LENGTH <= secret.length; i++) {
      windows.add(secret.slice(i, i + MIN_FRAGMENT_LENGTH));
    }
  }
  if (windows.size === 0) return text => text;
  return text => {
    if (text.length < MIN_FRAGMENT_LENGTH) return text;
    const covered = new Uint8Array(text.length);
    let any = false;
    for (let i = 0; i + MIN_FRAGMENT_LENGTH <= text.length; i++) {
      if (windows.has(text.slice(i, i + MIN_FRAGMENT_LENGTH))) {
        covered.fill(1, i, i + MIN_FRAGMENT_LENGTH);
        any = true;
      }
    }
    if (!any) return text;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      if (covered[i] === 1) {
        if (i === 0 || covered[i - 1] !== 1) out += SCAN_REDACTED;
      } else {
        out += text.charAt(i);
      }
    }
    return out;
  };
}
