// Hard limits that keep the decoder linear in its input and safe on hostile data.

/** Inputs above this many UTF-8 bytes are refused before any decoding (real headers are < 2 KiB). */
export const MAX_INPUT_BYTES = 65536;

/**
 * Tokens with more comma-separated pieces than this are refused as a whole: real ones have a few,
 * and one problem line for each of 60,000 stray commas buries the answer.
 */
export const MAX_TOKEN_PIECES = 1024;

/** IfPresent inside IfPresent deeper than this is refused: real tokens nest once. */
export const MAX_IF_PRESENT_DEPTH = 8;

/** Generic renderings (unregistered caveat values) stop descending past this depth. */
export const MAX_RENDER_DEPTH = 12;

/** At most this many apps/features/clusters are probed for the access summary. */
export const MAX_PROBED_RESOURCES = 64;

/** Output fragments shorter than this are not treated as secret (and never masked). */
export const MIN_FRAGMENT_LENGTH = 8;

/** Caveat evaluations one analysis may spend (typical tokens need about a thousand). */
export const MAX_CAVEAT_EVALUATIONS = 2_000_000;
