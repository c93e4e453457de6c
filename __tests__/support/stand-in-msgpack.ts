// A minimal MessagePack reader for the Fly API stand-in. It is a test oracle, written apart from
// src/token on purpose, and it reports where every value sits so signatures can be checked over
// the exact bytes that were signed.

export type Msg = null | boolean | number | bigint | string | Uint8Array | Msg[] | MsgMap;

/** Maps keep their entries in order; keys stay as decoded. */
export class MsgMap {
  constructor(readonly entries: [Msg, Msg][]) {}
}

export interface Decoded {
  value: Msg;
  start: number;
  end: number;
}

export class MsgpackError extends Error {}

/** Decodes the value at `pos`. Throws MsgpackError on truncated or unsupported input. */
export function decodeAt(buf: Uint8Array, pos: number): Decoded {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const need = (at: number, n: number): void => {
    if (at + n > buf.length) throw new MsgpackError('unexpected end of msgpack input');
  };
  const read = (at: number): Decoded => {
    need(at, 1);
    const byte = buf[at] as number;
    if (byte <= 0x7f) return { value: byte, start: at, end: at + 1 };
    if (byte >= 0xe0) return { value: byte - 0x100, start: at, end: at + 1 };
    if ((byte & 0xf0) === 0x80) return readMap(at, byte & 0x0f, at + 1);
    if ((byte & 0xf0) === 0x90) return readArray(at, byte & 0x0f, at + 1);
    if ((byte & 0xe0) === 0xa0) return readStr(at, byte & 0x1f, at + 1);
    switch (byte) {
      case 0xc0:
        return { value: null, start: at, end: at + 1 };
      case 0xc2:
        return { value: false, start: at, end: at + 1 };
      case 0xc3:
        return { value: true, start: at, end: at + 1 };
      case 0xc4:
        need(at + 1, 1);
        return readBin(at, view.getUint8(at + 1), at + 2);
      case 0xc5:
        need(at + 1, 2);
        return readBin(at, view.getUint16(at + 1), at + 3);
      case 0xc6:
        need(at + 1, 4);
        return readBin(at, view.getUint32(at + 1), at + 5);
      case 0xcc:
        need(at + 1, 1);
        return { value: view.getUint8(at + 1), start: at, end: at + 2 };
      case 0xcd:
        need(at + 1, 2);
        return { value: view.getUint16(at + 1), start: at, end: at + 3 };
      case 0xce:
        need(at + 1, 4);
        return { value: view.getUint32(at + 1), start: at, end: at + 5 };
      case 0xcf:
        need(at + 1, 8);
        return { value: small(view.getBigUint64(at + 1)), start: at, end: at + 9 };
      case 0xd0:
        need(at + 1, 1);
        return { value: view.getInt8(at + 1), start: at, end: at + 2 };
      case 0xd1:
        need(at + 1, 2);
        return { value: view.getInt16(at + 1), start: at, end: at + 3 };
      case 0xd2:
        need(at + 1, 4);
        return { value: view.getInt32(at + 1), start: at, end: at + 5 };
      case 0xd3:
        need(at + 1, 8);
        return { value: small(view.getBigInt64(at + 1)), start: at, end: at + 9 };
      case 0xd9:
        need(at + 1, 1);
        return readStr(at, view.getUint8(at + 1), at + 2);
      case 0xda:
        need(at + 1, 2);
        return readStr(at, view.getUint16(at + 1), at + 3);
      case 0xdb:
        need(at + 1, 4);
        return readStr(at, view.getUint32(at + 1), at + 5);
      case 0xdc:
        need(at + 1, 2);
        return readArray(at, view.getUint16(at + 1), at + 3);
      case 0xdd:
        need(at + 1, 4);
        return readArray(at, view.getUint32(at + 1), at + 5);
      case 0xde:
        need(at + 1, 2);
        return readMap(at, view.getUint16(at + 1), at + 3);
      case 0xdf:
        need(at + 1, 4);
        return readMap(at, view.getUint32(at + 1), at + 5);
      default:
        throw new MsgpackError(`unsupported msgpack byte 0x${byte.toString(16)}`);
    }
  };
  const readBin = (start: number, length: number, from: number): Decoded => {
    need(from, length);
    return { value: buf.subarray(from, from + length), start, end: from + length };
  };
  const readStr = (start: number, length: number, from: number): Decoded => {
    need(from, length);
    const value = Buffer.from(buf.subarray(from, from + length)).toString('utf8');
    return { value, start, end: from + length };
  };
  const readArray = (start: number, length: number, from: number): Decoded => {
    const items: Msg[] = [];
    let at = from;
    for (let i = 0; i < length; i += 1) {
      const item = read(at);
      items.push(item.value);
      at = item.end;
    }
    return { value: items, start, end: at };
  };
  const readMap = (start: number, length: number, from: number): Decoded => {
    const entries: [Msg, Msg][] = [];
    let at = from;
    for (let i = 0; i < length; i += 1) {
      const key = read(at);
      const value = read(key.end);
      entries.push([key.value, value.value]);
      at = value.end;
    }
    return { value: new MsgMap(entries), start, end: at };
  };
  return read(pos);
}

/** Reads an array header at `pos`: its length and where its first item starts. */
export function arrayHeaderAt(buf: Uint8Array, pos: number): { length: number; first: number } {
  const byte = buf[pos];
  if (byte === undefined) throw new MsgpackError('unexpected end of msgpack input');
  if ((byte & 0xf0) === 0x90) return { length: byte & 0x0f, first: pos + 1 };
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (byte === 0xdc && pos + 3 <= buf.length)
    return { length: view.getUint16(pos + 1), first: pos + 3 };
  if (byte === 0xdd && pos + 5 <= buf.length)
    return { length: view.getUint32(pos + 1), first: pos + 5 };
  throw new MsgpackError('expected a msgpack array');
}

function small(value: bigint): number | bigint {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value;
}
