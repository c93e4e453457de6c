// Makes text from the outside world (Fly's error bodies, network error messages) safe to show in a
// detail: the one scrub, in its strictest form for outside text, on one line of bounded length.
import { MIN_FRAGMENT_LENGTH } from '../token/limits.js';
import { createScrub, SCRUBBED, type Scrub } from '../token/scrub.js';

const DETAIL_MAX_LENGTH = 200;
/** Fragments this long or longer of a secret must never survive. */
export const SECRET_FRAGMENT_LENGTH = MIN_FRAGMENT_LENGTH;

/** Raw input beyond this is never looked at: Fly's error texts are short. */
const INPUT_CAP = 4000;
/** Neighbouring cuts, told once. */
const REPEATED_CUTS = /(?:\[redacted\][\s,;:]*){2,}/g;

/**
 * Text safe to put in a detail or finding: whitespace is collapsed, the outside-text scrub cuts
 * every stretch that shares 8+ characters with one of `secrets` and everything token-looking, and
 * the result is at most `maxLength` characters.
 */
export function sanitizeDetail(
  text: string,
  secrets: readonly string[] = [],
  maxLength: number = DETAIL_MAX_LENGTH
): string {
  const clean = outsideScrub(secrets)(collapseWhitespace(String(text).slice(0, INPUT_CAP)));
  return truncate(clean.replace(REPEATED_CUTS, `${SCRUBBED} `).trim(), maxLength);
}

/** Control characters and runs of whitespace become one space (no newlines into logs). */
function collapseWhitespace(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\x00-\x1f\x7f]+/g, ' ');
}

/** Cuts `text` to `maxLength` characters, marking the cut with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  return `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…`;
}

/** The last scrub built, kept: one verification sanitizes many texts with the same secrets. */
let lastScrub: { key: string; scrub: Scrub } | undefined;

function outsideScrub(secrets: readonly string[]): Scrub {
  const key = secrets.join('\n');
  if (lastScrub?.key !== key) lastScrub = { key, scrub: createScrub(secrets, { outside: true }) };
  return lastScrub.scrub;
}
