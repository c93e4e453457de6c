// Hidden HTML-comment markers that let us find our own comment or issue again, and carry the
// fingerprint of the state an issue body describes.
import { createHash } from 'node:crypto';

const PREFIX = 'fly-token-guard:';
const MARKER_NAME = /^[A-Za-z0-9]+(?:[._:/-][A-Za-z0-9]+)*$/;
const SAFE_FINGERPRINT = /^[A-Za-z0-9._:-]{1,128}$/;

export function isValidMarkerName(marker: string): boolean {
  return MARKER_NAME.test(marker);
}

/** `<!-- fly-token-guard:<marker> -->`, or with ` fingerprint=<fp>` before the closing. */
export function markerComment(marker: string, fingerprint?: string): string {
  const state = fingerprint === undefined ? '' : ` fingerprint=${safeFingerprint(fingerprint)}`;
  return `<!-- ${PREFIX}${marker}${state} -->`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function markerPattern(marker: string): RegExp {
  return new RegExp(
    `<!-- ${escapeRegExp(PREFIX + marker)}(?: fingerprint=([A-Za-z0-9._:-]+))? -->`
  );
}

export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && markerPattern(marker).test(body);
}

/** The fingerprint stored in our marker, or undefined when there is no marker or no fingerprint. */
export function storedFingerprint(
  body: string | null | undefined,
  marker: string
): string | undefined {
  if (typeof body !== 'string') return undefined;
  return markerPattern(marker).exec(body)?.[1];
}

/** Fingerprints go into HTML comments: anything beyond a plain id is stored as its hash. */
export function safeFingerprint(fingerprint: string): string {
  if (SAFE_FINGERPRINT.test(fingerprint)) return fingerprint;
  return `sha256:${createHash('sha256').update(fingerprint).digest('hex').slice(0, 40)}`;
}

/** GitHub may hand a body back with CRLF line ends or trailing blanks; compare without them. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  const normalize = (text: string): string => text.replace(/\r\n/g, '\n').trimEnd();
  return typeof a === 'string' && normalize(a) === normalize(b);
}
