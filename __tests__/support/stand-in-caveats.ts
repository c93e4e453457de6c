// A minimal caveat evaluator for the Fly API stand-in (a test oracle, independent of src/token).
// Every caveat must allow the access; unknown caveat types deny, as a real verifier fails closed.
import type { Caveat } from './stand-in-macaroons.js';
import { MsgMap, type Msg } from './stand-in-msgpack.js';

export const READ = 1;
export const WRITE = 2;
export const CREATE = 4;
export const DELETE = 8;
export const CONTROL = 16;

const LETTERS: Record<string, number> = { r: READ, w: WRITE, c: CREATE, d: DELETE, C: CONTROL };

/** "rw" -> 3. */
export function actionFromLetters(letters: string): number {
  let mask = 0;
  for (const letter of letters) mask |= LETTERS[letter] ?? 0;
  return mask;
}

export interface Access {
  action: number;
  orgId?: bigint;
  appId?: bigint;
  feature?: string;
  machine?: string;
  volume?: string;
  cluster?: string;
  mutation?: string;
  command?: string[];
  /** Unix seconds. */
  now: number;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** Caveats that restrict nothing at request time (metadata, attestations, ticket-only, 3P). */
const NON_RESTRICTING = new Set([8n, 9n, 10n, 11n, 12n, 23n, 24n, 25n]);

export function evaluate(caveats: readonly Caveat[], access: Access): Decision {
  for (const caveat of caveats) {
    const decision = evaluateOne(caveat, access);
    if (!decision.allowed) return decision;
  }
  return ALLOW;
}

function evaluateOne(caveat: Caveat, access: Access): Decision {
  const { type, body } = caveat;
  if (NON_RESTRICTING.has(type)) return ALLOW;
  switch (type) {
    case 0n: {
      const [id, mask] = asArray(body);
      if (access.orgId === undefined) return deny('must specify organization');
      if (toBig(id) !== access.orgId) return deny(`unauthorized for org ${access.orgId}`);
      return within(access.action, mask);
    }
    case 2n:
      return resource(body, access.volume, access);
    case 3n:
      return resource(body, access.appId, access);
    case 4n: {
      const [notBefore, notAfter] = asArray(body);
      const now = BigInt(Math.floor(access.now));
      if (now < (toBig(notBefore) ?? 0n)) return deny('token not yet valid');
      if (now > (toBig(notAfter) ?? 0n)) return deny('token expired');
      return ALLOW;
    }
    case 5n:
      return resource(body, access.feature, access);
    case 6n: {
      const [mutations] = asArray(body);
      if (access.mutation === undefined) return deny('only authorized for graphql mutations');
      return asArray(mutations ?? []).includes(access.mutation)
        ? ALLOW
        : deny(`unauthorized for mutation ${access.mutation}`);
    }
    case 7n:
      return resource(body, access.machine, access);
    case 13n: {
      const [ifs, otherwise] = asArray(body);
      const present = pairs(asArray(ifs ?? [])).filter(inner => isPresent(inner, access));
      if (present.length === 0) return within(access.action, otherwise);
      return evaluate(present, access);
    }
    case 16n:
      return resource(body, access.cluster, access);
    case 26n:
      return within(access.action, body);
    case 27n:
      return commands(body, access.command);
    default:
      return deny(`unsupported caveat type ${type}`);
  }
}

/** Whether an IfPresent branch speaks of a resource the access names. */
function isPresent(caveat: Caveat, access: Access): boolean {
  switch (caveat.type) {
    case 2n:
      return access.volume !== undefined;
    case 3n:
      return access.appId !== undefined;
    case 5n:
      return access.feature !== undefined;
    case 6n:
      return access.mutation !== undefined;
    case 7n:
      return access.machine !== undefined;
    case 16n:
      return access.cluster !== undefined;
    case 27n:
      return access.command !== undefined;
    default:
      return true;
  }
}

/** Resource-set caveats: `[ {resource -> action} ]`; the zero key means any; empty allows nothing. */
function resource(body: Msg, wanted: bigint | string | undefined, access: Access): Decision {
  if (wanted === undefined) return deny('must specify the resource');
  const [map] = asArray(body);
  if (!(map instanceof MsgMap)) return deny('bad resource set');
  for (const [key, mask] of map.entries) {
    const zero = key === '' || toBig(key) === 0n;
    const same = typeof wanted === 'string' ? key === wanted : toBig(key) === wanted;
    if (zero || same) return within(access.action, mask);
  }
  return deny(`unauthorized for ${String(wanted)}`);
}

function commands(body: Msg, command: string[] | undefined): Decision {
  if (command === undefined) return deny('must specify a command');
  for (const rule of asArray(body)) {
    const [args, exact] = asArray(rule);
    const allowed = asArray(args ?? []).filter((arg): arg is string => typeof arg === 'string');
    const matches =
      exact === true
        ? allowed.length === command.length && allowed.every((arg, i) => arg === command[i])
        : allowed.length <= command.length && allowed.every((arg, i) => arg === command[i]);
    if (matches) return ALLOW;
  }
  return deny(`unauthorized for commands [${command.join(' ')}]`);
}

function within(action: number, mask: Msg | undefined): Decision {
  const allowed = Number(toBig(mask) ?? 0n);
  return (action & ~allowed) === 0 ? ALLOW : deny('action not allowed');
}

function pairs(flat: Msg[]): Caveat[] {
  const out: Caveat[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const type = toBig(flat[i]);
    if (type !== undefined) out.push({ type, body: flat[i + 1] ?? null });
  }
  return out;
}

function asArray(value: Msg | undefined): Msg[] {
  return Array.isArray(value) ? value : [];
}

function toBig(value: Msg | undefined): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return undefined;
}
