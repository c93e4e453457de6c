// A workflow digest as the scan keeps it between reading the files and the repository phase:
// what is read of every digest up front (path, Fly notes, secrets read) as it is, and the
// cross-file summaries and any findings as JSON in one buffer outside the heap, read back on each
// access. A digest is plain data that JSON keeps exactly (tested), and JSON is several times
// cheaper than `v8.serialize` per part. The repository phase asks for one part of every digest at
// a time (one rule's findings, one summary), so those parts are never all live at once.
import type { Outcome, WorkflowDigest } from '../rules/scan/digest.js';
import type { Finding } from '../rules/types.js';

/** What most rules find in most workflows; never written to (the repository phase only reads). */
const NO_FINDINGS: Outcome<Finding[]> = Object.freeze({
  ok: true,
  value: Object.freeze([]) as unknown as Finding[]
});

class PackedDigest implements WorkflowDigest {
  readonly path: string;
  readonly flyNotes: WorkflowDigest['flyNotes'];
  readonly assumedNotFly: string[];
  readonly secretsRead: string[];
  readonly rules: Record<string, Outcome<Finding[]>>;
  /** The parts as UTF-8 JSON, one after another; `ends[i]` is where part i ends. */
  readonly #bytes: Buffer;
  readonly #ends: number[];

  constructor(digest: WorkflowDigest) {
    this.path = digest.path;
    this.flyNotes = digest.flyNotes;
    this.assumedNotFly = digest.assumedNotFly;
    this.secretsRead = digest.secretsRead;
    const parts = [
      JSON.stringify(digest.untrustedTrigger),
      JSON.stringify(digest.sharedToken),
      JSON.stringify(digest.secretsInherit),
      JSON.stringify(digest.pullRequestExposure)
    ];
    const rules: Record<string, Outcome<Finding[]>> = {};
    const found: Array<[id: string, part: number]> = [];
    for (const [id, outcome] of Object.entries(digest.rules)) {
      if (outcome.ok && outcome.value.length === 0) {
        rules[id] = NO_FINDINGS;
      } else {
        found.push([id, parts.length]);
        parts.push(JSON.stringify(outcome));
        rules[id] = NO_FINDINGS;
      }
    }
    for (const [id, part] of found) {
      Object.defineProperty(rules, id, {
        enumerable: true,
        get: () => this.#part(part) as Outcome<Finding[]>
      });
    }
    this.rules = rules;
    const bytes = Buffer.allocUnsafe(parts.reduce((n, part) => n + Buffer.byteLength(part), 0));
    let end = 0;
    this.#ends = parts.map(part => (end += bytes.write(part, end)));
    this.#bytes = bytes;
  }

  #part(index: number): unknown {
    const start = index === 0 ? 0 : (this.#ends[index - 1] ?? 0);
    return JSON.parse(this.#bytes.toString('utf8', start, this.#ends[index]));
  }

  get untrustedTrigger(): WorkflowDigest['untrustedTrigger'] {
    return this.#part(0) as WorkflowDigest['untrustedTrigger'];
  }

  get sharedToken(): WorkflowDigest['sharedToken'] {
    return this.#part(1) as WorkflowDigest['sharedToken'];
  }

  get secretsInherit(): WorkflowDigest['secretsInherit'] {
    return this.#part(2) as WorkflowDigest['secretsInherit'];
  }

  get pullRequestExposure(): WorkflowDigest['pullRequestExposure'] {
    return this.#part(3) as WorkflowDigest['pullRequestExposure'];
  }
}

/** The digest packed; reads as the same plain data (the packed parts: a new copy on each read). */
export function packDigest(digest: WorkflowDigest): WorkflowDigest {
  return new PackedDigest(digest);
}
