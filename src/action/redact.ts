// Defence in depth: masking is the runner's job, but nothing we write should need it. Every
// string leaving the action or the CLI passes the one scrub (src/token/scrub.ts), built from
// the token's fragments: every Fly token form, and every 8-character run of the token.
import { createScrub, SCRUBBED, type Scrub } from '../token/scrub.js';

export type Redactor = Scrub;

export const REDACTED = SCRUBBED;

export function createRedactor(fragments: readonly string[]): Redactor {
  return createScrub(fragments);
}
