// Test helpers: the shared vectors, and a tiny msgpack composer for building macaroons by hand
// (the signature is irrelevant offline, so any tail will do).
import fs from 'node:fs';
import path from 'node:path';
import { encode } from '@msgpack/msgpack';
import { arrayItems } from '../../src/token/msgpack-scan.js';

export interface VectorCaveat {
  type: number;
  name: string;
  body: unknown;
  body_msgpack_hex: string;
}

export interface VectorToken {
  index: number;
  prefix: string;
  role: string;
  location: string;
  nonce: { fields: number; kid_hex: string; rnd_hex: string; proof: boolean; nonce_email: string };
  caveats: VectorCaveat[];
  expiration_iso: string | null;
  relations?: {
    third_party_caveats?: Array<{ discharge_token_index: number | null; location: string }>;
    kid_equals_ticket_of_tokens?: number[];
  };
}

export interface VectorAccessCheck {
  access: {
    action: string;
    orgid?: number;
    appid?: number;
    machine?: string;
    feature?: string;
    command?: string[];
    mutation?: string;
  };
  allowed: boolean;
  allowed_by_token_index: number[];
}

export interface Vector {
  name: string;
  token: string;
  header_form: string;
  truth: {
    kind: string;
    category: string;
    valid: boolean | null;
    classification: {
      kind: string;
      org_ids: number[];
      app_ids: number[];
      app_access: Record<string, string>;
      org_access: string | null;
      feature_access: Record<string, string>;
      cluster_access?: Record<string, string>;
      commands: Array<{ args: string[]; exact: boolean }> | null;
      mutations: string[] | null;
      expires_at_unix: number | null;
      expires_at_iso: string | null;
      lifetime_seconds: number | null;
      has_discharge: boolean;
      discharge_paired: boolean | null;
      user_id: number | null;
      user_token_count: number;
      macaroon_count: number;
    };
    stripped_header: string;
    pieces: Array<{ index: number; label: string; kind: string; length: number }>;
    tokens?: VectorToken[];
    library_verify?: { access_checks?: VectorAccessCheck[] };
    access_checks_evaluated_at?: string;
  };
}

export function loadVectors(): Vector[] {
  const file = path.resolve(process.cwd(), '__tests__/fixtures/vectors/fly-tokens.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Vector[];
}

export function vector(name: string): Vector {
  const found = loadVectors().find(v => v.name === name);
  if (!found) throw new Error(`no vector ${name}`);
  return found;
}

/** Pre-encoded msgpack bytes, spliced in as they are. */
export class Raw {
  constructor(readonly bytes: Uint8Array) {}
}

/** A msgpack map with keys of any type, in the given order. */
export class MpMap {
  constructor(readonly entries: Array<[Mp, Mp]>) {}
}

export type Mp = null | boolean | number | bigint | string | Uint8Array | Raw | MpMap | Mp[];

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function lengthHeader(
  fix: number,
  n16: number,
  n32: number,
  count: number,
  fixMax: number
): Uint8Array {
  if (count <= fixMax) return Uint8Array.of(fix | count);
  if (count <= 0xffff) return Uint8Array.of(n16, count >> 8, count & 0xff);
  return Uint8Array.of(n32, count >>> 24, (count >> 16) & 0xff, (count >> 8) & 0xff, count & 0xff);
}

export function mp(value: Mp): Uint8Array {
  if (value instanceof Raw) return value.bytes;
  if (value instanceof MpMap) {
    const head = lengthHeader(0x80, 0xde, 0xdf, value.entries.length, 15);
    return concat([head, ...value.entries.flatMap(([k, v]) => [mp(k), mp(v)])]);
  }
  if (Array.isArray(value)) {
    return concat([lengthHeader(0x90, 0xdc, 0xdd, value.length, 15), ...value.map(mp)]);
  }
  if (typeof value === 'bigint') return encode(value, { useBigInt64: true });
  return encode(value);
}

export const PERMISSION = 'https://api.fly.io/v1';

export interface MacaroonSpec {
  kid?: Uint8Array;
  rnd?: Uint8Array;
  proof?: boolean;
  legacyNonce?: boolean;
  location?: string;
  /** [type, body] pairs; bodies are composed with `mp`. */
  caveats: Array<[number | bigint, Mp]>;
}

export function macaroonBytes(spec: MacaroonSpec): Uint8Array {
  const kid = spec.kid ?? Buffer.from('TEST-KID');
  const rnd = spec.rnd ?? new Uint8Array(16).fill(7);
  const nonce: Mp = spec.legacyNonce ? [kid, rnd] : [kid, rnd, spec.proof ?? false];
  const flat: Mp[] = spec.caveats.flatMap(([type, body]) => [type, body]);
  return mp([nonce, spec.location ?? PERMISSION, flat, new Uint8Array(32).fill(9)]);
}

export function fm2(spec: MacaroonSpec): string {
  return `fm2_${Buffer.from(macaroonBytes(spec)).toString('base64')}`;
}

/** Caveat bodies as Fly encodes them. */
export const cav = {
  org: (id: number, mask: number): [number, Mp] => [0, [id, mask]],
  apps: (entries: Array<[number, number]>): [number, Mp] => [3, [new MpMap(entries)]],
  window: (nb: number, na: number | bigint): [number, Mp] => [4, [nb, na]],
  features: (entries: Array<[string, number]>): [number, Mp] => [5, [new MpMap(entries)]],
  mutations: (names: string[]): [number, Mp] => [6, [names]],
  clusters: (entries: Array<[string, number]>): [number, Mp] => [16, [new MpMap(entries)]],
  isUser: (id: number): [number, Mp] => [10, [id]],
  flyioUser: (id: number): [number, Mp] => [23, id],
  thirdParty: (location: string, ticket: Uint8Array): [number, Mp] => [
    11,
    [location, new Uint8Array(60), ticket]
  ],
  ifPresent: (ifs: Array<[number, Mp]>, otherwise: number): [number, Mp] => [
    13,
    [ifs.flatMap(([t, b]) => [t, b]), otherwise]
  ],
  action: (mask: number): [number, Mp] => [26, mask],
  commands: (rules: Array<[string[], boolean]>): [number, Mp] => [27, rules.map(([a, e]) => [a, e])]
};

/** Client-side attenuation without the key: append caveats to a `fm2_` token's caveat array. */
export function appendCaveats(token: string, extra: Array<[number | bigint, Mp]>): string {
  const bytes = Uint8Array.from(Buffer.from(token.slice(token.indexOf('_') + 1), 'base64'));
  const parts = arrayItems(bytes, 0);
  if (parts?.length !== 4) throw new Error('not a macaroon');
  const [nonce, location, caveats, tail] = parts.map(([a, b]) => bytes.subarray(a, b)) as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array
  ];
  const existing = (arrayItems(caveats, 0) ?? []).map(([a, b]) => new Raw(caveats.subarray(a, b)));
  const added = extra.flatMap(([type, body]) => [type, body] as Mp[]);
  const rebuilt = mp([new Raw(nonce), new Raw(location), [...existing, ...added], new Raw(tail)]);
  return `fm2_${Buffer.from(rebuilt).toString('base64')}`;
}
