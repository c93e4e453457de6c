// Every Fly token in a text, in every form it is written: labelled (`fm2_`/`fm1r_`/`fm1a_`/`fo1_`,
// with or without `FlyV1`/`Bearer`, bundles joined by commas), the macaroon body without its
// label, wrapped or split across lines (YAML block scalars, TOML multi-line strings, backslash
// continuations) or split where it is still read whole (`${{ '' }}`, `" + "`), URL-encoded or
// escaped (JSON, `\x`, HTML), base64 of a token, and legacy 43-character personal tokens where
// the text says it is a token. What counts is what decodes as Fly would read it: a candidate is
// taken only when its macaroons decode (or it has the exact user-token shape), so SHAs, other
// base64 and random ids are left alone. Pure and linear in the text (each candidate is bounded).
import { decodeToken } from './decode.js';

export type TokenForm = 'labelled' | 'body' | 'url-encoded' | 'base64' | 'legacy' | 'oauth';

export interface FoundToken {
  /** Offsets in the text: scheme, line breaks and encodings included. */
  start: number;
  end: number;
  /** The token as Fly reads it (`FlyV1 fm2_…,fm2_…`, `fo1_…`, or 43 characters). */
  token: string;
  form: TokenForm;
  /** Written across more than one line. */
  wrapped: boolean;
}

/** Longest token text a candidate may grow to (real bundles stay under 4 KiB). */
const MAX_CANDIDATE = 16 * 1024;
/** How deep base64 of base64 of a token is followed. */
const MAX_DEPTH = 2;

const isBase64Char = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
const isUrlSafeChar = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
/** Characters a wrapped token can hold on either side of a line break. */
const isJoinable = (c: number): boolean =>
  isBase64Char(c) || isUrlSafeChar(c) || c === 61 || c === 44;

const PERCENT: Record<string, string> = {
  '2B': '+',
  '2F': '/',
  '3D': '=',
  '2C': ',',
  '20': ' ',
  '5F': '_',
  '2D': '-'
};

/**
 * The text as a token would be read from it: line breaks (with the indentation after them and a
 * `\` before them) and splices (`${{ '' }}`, `" + "`, see SPLICE) between two token characters
 * removed, and the escapes tokens are written with decoded (URL, JSON, `\x`, HTML).
 * `from[i]`/`to[i]` are the original offsets of view character i.
 */
class View {
  readonly text: string;
  /** View positions where the offset to the original text changes, and the offset from there. */
  private readonly shifts: number[] = [0];
  private readonly offsets: number[] = [0];
  /** Original width of each decoded escape (`%XX` 3, `\/` 2, `\xXX` 4, `\u00XX` 6, `&#95;` 5...), by view position. */
  private readonly widths = new Map<number, number>();
  /** View positions right after a removed line break or splice. */
  readonly joins = new Set<number>();
  /** The joins that were splices, not line breaks. */
  private readonly splices = new Set<number>();

  constructor(source: string) {
    const parts: string[] = [];
    let length = 0;
    let copied = 0;
    const shift = (): void => {
      this.shifts.push(length);
      this.offsets.push(copied - length);
    };
    const copy = (upto: number): void => {
      if (upto <= copied) return;
      parts.push(source.slice(copied, upto));
      length += upto - copied;
      copied = upto;
    };
    const special = /[\\\r\n%&$"']/g;
    for (let match = special.exec(source); match !== null; match = special.exec(source)) {
      const i = match.index;
      if (i < copied) continue;
      if (source.charCodeAt(i) === 37) {
        const decoded = PERCENT[source.slice(i + 1, i + 3).toUpperCase()];
        if (decoded === undefined) continue;
        copy(i);
        this.widths.set(length, 3);
        parts.push(decoded);
        length += 1;
        copied = i + 3;
        shift();
        continue;
      }
      // Escapes of token characters (`\/` from PHP's or Java's encoders, `\u002b`, `&#43;`).
      const escape = escapeAt(source, i);
      if (escape !== null) {
        copy(i);
        this.widths.set(length, escape.width);
        parts.push(escape.decoded);
        length += 1;
        copied = i + escape.width;
        shift();
        special.lastIndex = copied;
        continue;
      }
      const line = lineContinuation(source, i);
      const next = line !== i ? line : spliceEnd(source, i);
      if (next === i || i === 0) continue;
      const before = i > copied ? source.charCodeAt(i - 1) : lastChar(parts);
      if (isJoinable(before) && next < source.length && isJoinable(source.charCodeAt(next))) {
        copy(i);
        this.joins.add(length);
        if (line === i) this.splices.add(length);
        copied = next;
        shift();
        special.lastIndex = next;
      }
    }
    copy(source.length);
    this.text = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
  }

  /** Original offset of view character `at`. */
  origin(at: number): number {
    let low = 0;
    let high = this.shifts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.shifts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return at + (this.offsets[low] ?? 0);
  }

  /** Original offsets of view range [start, end). */
  span(start: number, end: number): { start: number; end: number } {
    const last = Math.max(start, end - 1);
    return {
      start: this.origin(start),
      end: this.origin(last) + (this.widths.get(last) ?? 1)
    };
  }

  /** Whether a line break was removed in (start, end). */
  joinedWithin(start: number, end: number): boolean {
    for (const at of this.joins) if (at > start && at < end && !this.splices.has(at)) return true;
    return false;
  }

  /** Whether a URL escape (`%XX`, the only escape three characters wide) lies in [start, end). */
  encodedWithin(start: number, end: number): boolean {
    for (const [at, width] of this.widths) if (width === 3 && at >= start && at < end) return true;
    return false;
  }
}

/** Named HTML entities of token characters. */
const HTML_NAMED: Record<string, string> = {
  lowbar: '_',
  UnderBar: '_',
  plus: '+',
  sol: '/',
  equals: '=',
  comma: ',',
  hyphen: '-',
  dash: '-'
};

/**
 * An escape of a token character at `at`, else null: JSON's (`\/`, `\u00XX`), YAML's and C's
 * `\xXX`, and HTML's (`&#95;`, `&#x5F;`, `&lowbar;`), as encoders and templates write them.
 */
function escapeAt(source: string, at: number): { decoded: string; width: number } | null {
  const code = source.charCodeAt(at);
  if (code === 38) return htmlEntity(source, at);
  if (code !== 92) return null;
  if (source.charCodeAt(at + 1) === 47) return { decoded: '/', width: 2 };
  const kind = source.charAt(at + 1);
  if (kind === 'x' || kind === 'X') {
    const decoded = PERCENT[source.slice(at + 2, at + 4).toUpperCase()];
    return decoded === undefined ? null : { decoded, width: 4 };
  }
  if (source.slice(at + 1, at + 4).toLowerCase() !== 'u00') return null;
  const decoded = PERCENT[source.slice(at + 4, at + 6).toUpperCase()];
  return decoded === undefined ? null : { decoded, width: 6 };
}

function htmlEntity(source: string, at: number): { decoded: string; width: number } | null {
  const match = /^&(?:#0*(\d{2,3})|#[xX]0*([0-9A-Fa-f]{2})|([A-Za-z]{3,8}));/.exec(
    source.slice(at, at + 12)
  );
  if (match === null) return null;
  const [whole, decimal, hex, name] = match;
  const decoded =
    name !== undefined
      ? HTML_NAMED[name]
      : PERCENT[
          Number.parseInt(decimal ?? hex ?? '', decimal !== undefined ? 10 : 16)
            .toString(16)
            .toUpperCase()
        ];
  return decoded === undefined ? null : { decoded, width: whole.length };
}

function lastChar(parts: readonly string[]): number {
  const last = parts[parts.length - 1] ?? '';
  return last.charCodeAt(last.length - 1);
}

/**
 * What splits a token in two where it is still read whole: an expression GitHub evaluates to
 * nothing (`${{ '' }}`), or the end of one quoted string and the start of the next, joined by
 * concatenation (`" + "`, `'.'`, `" .. "`) or written side by side (the shell's `"a""b"`).
 */
const SPLICE = /\$\{\{[ \t]*''[ \t]*\}\}|(["'])[ \t]*(?:\+|\.\.?)?[ \t]*\1/y;

/** Where the splice starting at `at` ends, else `at`. */
function spliceEnd(text: string, at: number): number {
  SPLICE.lastIndex = at;
  const match = SPLICE.exec(text);
  return match === null ? at : at + match[0].length;
}

/** Where the line continuation starting at `at` ends (`\`? CR? LF, then blanks), else `at`. */
function lineContinuation(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 92) i++;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return at;
  i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}

/** A macaroon piece decodes (label + standard base64 body of msgpack). */
function macaroonDecodes(piece: string): boolean {
  return decodeToken(piece).macaroons.length > 0;
}

interface Piece {
  /** View offsets. */
  start: number;
  end: number;
  /** The piece as Fly reads it. */
  text: string;
  labelled: boolean;
  /** A labelled piece that does not decode: it ends the bundle, and Fly would reject the bundle. */
  broken?: boolean;
}

/** A label with text that does not decode, after a comma: part of the bundle as written. */
function brokenPiece(view: View, at: number): Piece | null {
  const match = /^(?:fm2|fm1r|fm1a|fo1)_[A-Za-z0-9+/=_-]*/.exec(view.text.slice(at, at + 4096));
  if (!match) return null;
  const end = at + match[0].length;
  return { start: at, end, text: match[0], labelled: true, broken: true };
}

const LABEL = /^(?:fm2|fm1r|fm1a)_/;

/**
 * A macaroon body at view offset `at` (after its label): base64, then `=` padding. Tries the
 * longest run first, then shorter ends at line joins (the next line's text may have been joined
 * on), and returns the end that decodes.
 */
function macaroonBody(view: View, label: string, at: number): number | null {
  const text = view.text;
  let end = at;
  const limit = Math.min(text.length, at + MAX_CANDIDATE);
  while (end < limit && isBase64Char(text.charCodeAt(end))) end++;
  let padding = 0;
  while (padding < 2 && text.charCodeAt(end + padding) === 61) padding++;
  const ends = [end + padding];
  for (const join of view.joins) if (join > at + 16 && join < end) ends.push(join);
  ends.sort((a, b) => b - a);
  for (const candidate of ends) {
    let stop = candidate;
    if (candidate !== end + padding) {
      // A join inside the body: padding may follow it on the same (joined) line.
      while (stop - candidate < 2 && text.charCodeAt(stop) === 61) stop++;
    }
    if ((stop - at) % 4 !== 0 || stop - at < 16) continue;
    if (macaroonDecodes(`${label}${text.slice(at, stop)}`)) return stop;
  }
  return null;
}

/** A piece at view offset `at`: labelled macaroon, `fo1_` user token, or (when allowed) a body. */
function pieceAt(view: View, at: number, bodies: boolean): Piece | null {
  const text = view.text;
  const head = text.slice(at, at + 5);
  const label = LABEL.exec(head)?.[0];
  if (label !== undefined) {
    const end = macaroonBody(view, label, at + label.length);
    return end === null ? null : { start: at, end, text: text.slice(at, end), labelled: true };
  }
  if (head.startsWith('fo1_')) {
    const end = at + 4 + 43;
    for (let i = at + 4; i < end; i++) if (!isUrlSafeChar(text.charCodeAt(i))) return null;
    if (end < text.length && isUrlSafeChar(text.charCodeAt(end)) && !view.joins.has(end)) {
      return null;
    }
    return { start: at, end, text: text.slice(at, end), labelled: true };
  }
  if (bodies && text.charCodeAt(at) === 108 && text.charCodeAt(at + 1) === 74) {
    const end = macaroonBody(view, 'fm2_', at);
    return end === null
      ? null
      : { start: at, end, text: `fm2_${text.slice(at, end)}`, labelled: false };
  }
  return null;
}

const SCHEME = /(?:(?:FlyV1|Bearer)[ \t]+)+$/i;
/** Where a labelled piece, or a body (`lJO`/`lJP`: msgpack array(4) of array(3)), may start. */
const ANCHOR = /(?:fm2|fm1r|fm1a|fo1)_|lJ[OP]/g;
/** A run of base64 long enough to hold a token once decoded (the shortest, fo1_, is 47 bytes). */
const BASE64_RUN = /[A-Za-z0-9+/_-]{62,}/g;
/** The same, tried only where a run starts (so each run is read once). */
const BASE64_RUN_HINT = /(?:^|[^A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{62}/;
/** What the text says just before a legacy personal token (tested on the 64 characters before). */
const LEGACY_CONTEXT =
  /(?:--access-token(?:[ \t]+|=)|(?:^|[\s"'`])-t[ \t]*|\bBearer[ \t]+|\bFLY_(?:API|ACCESS)_TOKEN["']?[ \t]*[:=][ \t]*|\baccess[_-]token["']?[ \t]*[:=][ \t]*)["']?$/i;

/** Cheap test before a text is searched. */
export function mayHoldToken(text: string): boolean {
  return RAW_ANCHOR.test(text) || BASE64_RUN_HINT.test(text) || /-t|bearer|token/i.test(text);
}

/** A value a person typed rather than Fly generated (runs, few distinct characters, words). */
export function looksLikePlaceholder(body: string): boolean {
  if (/example|placeholder|your|token|redacted|dummy|fake|secret|xxxx|changeme/i.test(body)) {
    return true;
  }
  if (new Set(body).size < 12) return true;
  let consecutive = 0;
  for (let i = 1; i < body.length; i++) {
    if (body.charCodeAt(i) - body.charCodeAt(i - 1) === 1) consecutive += 1;
  }
  return consecutive >= (body.length - 1) / 3;
}

/**
 * A run of URL-safe characters that may hold a legacy personal token (43 characters): the run
 * itself, or after a two-character prefix that is a boundary, not part of the token: a URL
 * escape (`token%3D…`, `%22…`) or flyctl's `-t` shorthand with its value glued (`-t<token>`).
 * Only where a run starts: the boundary before it is matched, which keeps the search linear
 * and cheap (a lookbehind tried at every character cost several times more per MB of text).
 */
const URL_SAFE_RUN = /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9_-]{43,45})(?![A-Za-z0-9_-])/g;

const isHexDigit = (char: string | undefined): boolean =>
  char !== undefined && /^[0-9A-Fa-f]$/.test(char);

/** Where the token stands in a run that starts at `start` (see URL_SAFE_RUN), if it can. */
function legacyInRun(text: string, start: number, run: string): [number, number] | null {
  const end = start + run.length;
  if (run.length === 43) return [start, end];
  if (run.length !== 45) return null;
  const prefixed =
    run.startsWith('-t') || (text[start - 1] === '%' && isHexDigit(run[0]) && isHexDigit(run[1]));
  return prefixed ? [start + 2, end] : null;
}

/** Each legacy-shaped run that can be a personal token (letters, digits, not a placeholder). */
export function legacyRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const match of text.matchAll(URL_SAFE_RUN)) {
    const run = match[1] ?? '';
    const at = legacyInRun(text, match.index + match[0].length - run.length, run);
    if (at === null) continue;
    const token = text.slice(at[0], at[1]);
    if (/[A-Za-z]/.test(token) && /[0-9]/.test(token) && !looksLikePlaceholder(token))
      runs.push(at);
  }
  return runs;
}

/**
 * Base64 (standard or URL-safe) of a legacy personal token: 43 bytes are 58 characters and `==`,
 * standalone (`FLY_API_TOKEN: …` in a Kubernetes secret, a quoted value). Taken only when it
 * decodes to a legacy-shaped run (43 URL-safe characters, letters and digits, no placeholder):
 * base64 of binary data, a key or a hash is never all URL-safe text, and no other common value is
 * 43 bytes long. Matched where a run starts, as URL_SAFE_RUN is, or between `/` (a segment of
 * a URL or a path).
 */
const LEGACY_BASE64 = /(?:^|[^A-Za-z0-9+_-])([A-Za-z0-9+/_-]{58}(?:==)?)(?![A-Za-z0-9+=_-])/g;

/** Each base64 run of a legacy-shaped token, with the token it decodes to. */
export function legacyBase64Runs(text: string): Array<[start: number, end: number, token: string]> {
  const runs: Array<[number, number, string]> = [];
  for (const match of text.matchAll(LEGACY_BASE64)) {
    const encoded = match[1] ?? '';
    const decoded = Buffer.from(encoded.slice(0, 58), 'base64').toString('latin1');
    const [run] = legacyRuns(decoded);
    if (decoded.length !== 43 || run?.[0] !== 0 || run[1] !== 43) continue;
    const start = match.index + match[0].length - encoded.length;
    runs.push([start, start + encoded.length, decoded]);
  }
  return runs;
}

function bundleAt(view: View, at: number): { start: number; end: number; pieces: Piece[] } | null {
  const first = pieceAt(view, at, true);
  if (first === null) return null;
  const pieces = [first];
  let end = first.end;
  const text = view.text;
  for (;;) {
    let i = end;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (text.charCodeAt(i) !== 44) break;
    i++;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    const next = pieceAt(view, i, true) ?? brokenPiece(view, i);
    if (next === null) break;
    pieces.push(next);
    end = next.end;
    if (next.broken) break;
  }
  const scheme = SCHEME.exec(text.slice(Math.max(0, at - 64), at));
  const start = scheme ? at - scheme[0].length : at;
  return { start, end, pieces };
}

function tokenOf(pieces: readonly Piece[]): string {
  const texts = pieces.map(p => p.text);
  return pieces.some(p => !p.text.startsWith('fo1_'))
    ? `FlyV1 ${texts.join(',')}`
    : texts.join(',');
}

/** A boundary before view offset `at`: not inside a longer word of token characters. */
function startsFresh(view: View, at: number): boolean {
  if (at === 0 || view.joins.has(at)) return true;
  const before = view.text.charCodeAt(at - 1);
  return !isBase64Char(before) && !isUrlSafeChar(before);
}

function found(view: View, start: number, end: number, token: string, form: TokenForm): FoundToken {
  const span = view.span(start, end);
  const encoded = form !== 'base64' && view.encodedWithin(start, end);
  return {
    ...span,
    token,
    form: encoded ? 'url-encoded' : form,
    wrapped: view.joinedWithin(start, end)
  };
}

/** base64 text at view offset `at` that decodes to text holding a token. */
function base64At(
  view: View,
  at: number,
  depth: number,
  bodiesAnywhere: boolean
): FoundToken | null {
  const text = view.text;
  let end = at;
  const limit = Math.min(text.length, at + MAX_CANDIDATE * 2);
  while (end < limit && (isBase64Char(text.charCodeAt(end)) || isUrlSafeChar(text.charCodeAt(end))))
    end++;
  while (end < text.length && text.charCodeAt(end) === 61) end++;
  const decoded = Buffer.from(text.slice(at, end), 'base64').toString('latin1');
  const inner = findTokensAt(decoded, depth + 1, bodiesAnywhere)[0];
  if (inner === undefined) return null;
  // Cut the span where the inner token's bytes end (the rest may be a joined next line).
  const stop = Math.min(end, at + Math.ceil((inner.end * 4) / 3));
  let padded = stop;
  while (padded < end && text.charCodeAt(padded) === 61) padded++;
  return found(view, at, padded, inner.token, 'base64');
}

/** Where base64 of a token starts: `FlyV1 `, `Bearer `, a label or a body, encoded. */
const BASE64_LABEL = /Rmx5VjEg|QmVhcmVyI|Zm0yX|Zm0xcl8|Zm0xYV8|Zm8xX|bEp[PQ]/g;

/** Anchors of the forms the view is needed for (labels also escaped), tested on the raw text first. */
const RAW_ANCHOR = new RegExp(
  String.raw`(?:fm2|fm1r|fm1a|fo1)(?:_|%5[Ff]|\\(?:u00|x)5[Ff]|&(?:#0*95|#[xX]0*5[Ff]|lowbar|UnderBar);)|lJ[OP]|` +
    BASE64_LABEL.source
);

function findTokensAt(text: string, depth: number, bodiesAnywhere: boolean): FoundToken[] {
  const out: FoundToken[] = RAW_ANCHOR.test(text) ? encodedTokens(text, depth, bodiesAnywhere) : [];
  // Legacy tokens are read where they stand (no wrapping to undo), as written or in base64 (a
  // Kubernetes secret's value), where the text before says token.
  const legacy: Array<[number, number, string, TokenForm]> = legacyRuns(text).map(
    ([start, end]) => [start, end, text.slice(start, end), 'legacy']
  );
  if (/token/i.test(text)) {
    for (const [start, end, token] of legacyBase64Runs(text))
      legacy.push([start, end, token, 'base64']);
  }
  for (const [start, end, token, form] of legacy) {
    if (!LEGACY_CONTEXT.test(text.slice(Math.max(0, start - 64), start))) continue;
    if (out.some(f => start >= f.start && start < f.end)) continue;
    out.push({ start, end, token, form, wrapped: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Bodies tried where they continue a longer word (`bodiesAnywhere`): plenty for pasted text, and
 * a bound for text built of `lJP` runs, where each try reads to the end of the run (quadratic).
 */
const MAX_GLUED_BODY_TRIES = 64;

/** Labelled tokens, bodies and base64 of tokens, through the view (joins and escapes undone). */
function encodedTokens(text: string, depth: number, bodiesAnywhere: boolean): FoundToken[] {
  const view = new View(text);
  const v = view.text;
  const out: FoundToken[] = [];
  let covered = 0;
  let gluedTries = 0;
  for (const match of v.matchAll(ANCHOR)) {
    const at = match.index;
    if (at < covered) continue;
    // A macaroon label counts wherever it stands when its body decodes (`Xfm2_…`, `%22fm2_…`):
    // from the label on, the text is what Fly reads. `fo1_`, which nothing decodes, must not
    // continue a longer word, and a bare body must stand on its own, unless `bodiesAnywhere`.
    const fresh = match[0].startsWith('lJ')
      ? startsFresh(view, at) || (bodiesAnywhere && gluedTries++ < MAX_GLUED_BODY_TRIES)
      : match[0] !== 'fo1_' ||
        labelFresh(view, at) ||
        afterTokenShorthand(view, at) ||
        bodiesAnywhere;
    if (!fresh) continue;
    const bundle = bundleAt(view, at);
    if (bundle === null) continue;
    const form = bundle.pieces.every(p => !p.labelled)
      ? 'body'
      : bundle.pieces.every(p => p.text.startsWith('fo1_'))
        ? 'oauth'
        : 'labelled';
    out.push(found(view, bundle.start, bundle.end, tokenOf(bundle.pieces), form));
    covered = bundle.end;
  }
  if (depth < MAX_DEPTH) {
    let gluedBase64Tries = 0;
    for (const match of v.matchAll(BASE64_RUN)) {
      const at = match.index;
      if (!startsFresh(view, at) || out.some(f => overlaps(view, at, f))) continue;
      const token = base64At(view, at, depth, bodiesAnywhere);
      if (token !== null) {
        out.push(token);
        continue;
      }
      // Base64 of a token glued to the characters before it (`/hook/<base64>`, a path, `x<base64>`)
      // decodes out of step from the run's start: tried again where an encoded label starts.
      for (const anchor of match[0].matchAll(BASE64_LABEL)) {
        if (anchor.index === 0 || gluedBase64Tries++ >= MAX_GLUED_BODY_TRIES) continue;
        const glued = base64At(view, at + anchor.index, depth, bodiesAnywhere);
        if (glued !== null) {
          out.push(glued);
          break;
        }
      }
    }
  }
  return out;
}

/** A label starts a token unless it continues a longer word (`xfm2_…`). */
function labelFresh(view: View, at: number): boolean {
  if (at === 0 || view.joins.has(at)) return true;
  const before = view.text.charCodeAt(at - 1);
  return !isUrlSafeChar(before);
}

/**
 * Right after flyctl's `-t` (`--access-token`) written as its own word: Go flag shorthands take
 * their value glued (`flyctl deploy -tfo1_…`), so Fly reads the token there.
 */
function afterTokenShorthand(view: View, at: number): boolean {
  const text = view.text;
  return (
    at >= 2 &&
    text.startsWith('-t', at - 2) &&
    (at === 2 || view.joins.has(at - 2) || !isUrlSafeChar(text.charCodeAt(at - 3)))
  );
}

function overlaps(view: View, at: number, token: FoundToken): boolean {
  const start = view.origin(at);
  return start >= token.start && start < token.end;
}

export interface FindOptions {
  /**
   * Take a macaroon body that decodes, or an `fo1_` token, even when it continues a longer word
   * (`--lJP…`, `fm3_lJP…`, `Xfo1_…`): Fly would not read that text as a token, but the body is
   * one, so the scrub removes it. Findings keep the default: they report what Fly would accept as written.
   */
  bodiesAnywhere?: boolean;
}

/** Every Fly token in `text`, in order, none overlapping. Never throws. */
export function findTokens(text: string, options: FindOptions = {}): FoundToken[] {
  try {
    return findTokensAt(text, 0, options.bodiesAnywhere ?? false);
  } catch {
    return [];
  }
}
