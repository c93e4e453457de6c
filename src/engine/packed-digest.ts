// A workflow digest as the scan keeps it between reading the files and the repository phase: the
// path as it is, every other field as JSON in one buffer outside the heap, read back on each
// access. A digest is plain data that JSON keeps exactly (tested), and JSON is several times
// cheaper than `v8.serialize` per part. The repository phase asks for one field of every digest
// at a time (one summary, the rules' findings), so those fields are never all live at once, and
// a kept digest costs the heap a few small objects whatever it holds.
import type { WorkflowDigest } from '../rules/scan/digest.js';

/** The fields kept as JSON, in the buffer's order. */
const PACKED = [
  'flyNotes',
  'assumedNotFly',
  'secretsRead',
  'rules',
  'untrustedTrigger',
  'sharedToken',
  'secretsInherit',
  'pullRequestExposure'
] as const;

type Packed = (typeof PACKED)[number];

class PackedDigest implements WorkflowDigest {
  readonly path: string;
  /** The fields as UTF-8 JSON, one after another; `ends[i]` is where field `PACKED[i]` ends. */
  readonly #bytes: Buffer;
  readonly #ends: number[];

  constructor(digest: WorkflowDigest) {
    this.path = digest.path;
    const parts = PACKED.map(field => JSON.stringify(digest[field]));
    const bytes = Buffer.allocUnsafe(parts.reduce((n, part) => n + Buffer.byteLength(part), 0));
    let end = 0;
    this.#ends = parts.map(part => (end += bytes.write(part, end)));
    this.#bytes = bytes;
  }

  #read<K extends Packed>(field: K): WorkflowDigest[K] {
    const index = PACKED.indexOf(field);
    const start = index === 0 ? 0 : (this.#ends[index - 1] ?? 0);
    return JSON.parse(this.#bytes.toString('utf8', start, this.#ends[index])) as WorkflowDigest[K];
  }

  get flyNotes(): WorkflowDigest['flyNotes'] {
    return this.#read('flyNotes');
  }

  get assumedNotFly(): WorkflowDigest['assumedNotFly'] {
    return this.#read('assumedNotFly');
  }

  get secretsRead(): WorkflowDigest['secretsRead'] {
    return this.#read('secretsRead');
  }

  get rules(): WorkflowDigest['rules'] {
    return this.#read('rules');
  }

  get untrustedTrigger(): WorkflowDigest['untrustedTrigger'] {
    return this.#read('untrustedTrigger');
  }

  get sharedToken(): WorkflowDigest['sharedToken'] {
    return this.#read('sharedToken');
  }

  get secretsInherit(): WorkflowDigest['secretsInherit'] {
    return this.#read('secretsInherit');
  }

  get pullRequestExposure(): WorkflowDigest['pullRequestExposure'] {
    return this.#read('pullRequestExposure');
  }
}

/** The digest packed; reads as the same plain data (each read: a new copy). */
export function packDigest(digest: WorkflowDigest): WorkflowDigest {
  return new PackedDigest(digest);
}
