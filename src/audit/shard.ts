// Sharding an organization's repositories across a GitHub Actions matrix: `I/N` picks the
// repositories whose stable hash falls in bucket I of N, so N jobs read disjoint sets that
// together cover every repository, whatever order GitHub lists them in.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as a matrix counts: `1/4` … `4/4`. */
  index: number;
  count: number;
}

/** Most shards a matrix may split an audit into (GitHub's matrix limit is 256 jobs). */
export const MAX_SHARDS = 256;

export class ShardSyntaxError extends Error {}

/** Reads `I/N` (1 <= I <= N <= 256). */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new ShardSyntaxError(
      `shard must be I/N with 1 <= I <= N <= ${MAX_SHARDS}, e.g. 1/4 (got '${text.slice(0, 20)}')`
    );
  }
  return { index, count };
}

/** The 1-based shard a repository belongs to: SHA-256 of its lower-cased full name, mod N. */
function shardOf(fullName: string, count: number): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(fullName: string, shard: Shard | null): boolean {
  return shard === null || shardOf(fullName, shard.count) === shard.index;
}
