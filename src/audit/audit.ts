// `audit`: every repository of an organization through GitHub's REST API, no clones. Lists the
// repositories, keeps this shard's, and for each reads the default branch's tree and the files the
// scan needs, then runs the same scan engine and rules as `scan` on a checkout. A repository that
// cannot be read is listed with its reason; the deadline or an exhausted rate limit ends the audit
// early with every repository not read named, and the report marked incomplete.
import { MAX_SCAN_FILE_BYTES, runScan } from '../engine/scan.js';
import { mapWithConcurrency } from '../fly/concurrency.js';
import { findingToJson } from '../report/findings-json.js';
import type { AuditClient } from './client.js';
import { FetchedFiles, isSeedFile } from './fetched-files.js';
import {
  listOrgRepositories,
  MAX_LISTED_REPOSITORIES,
  MAX_REPOSITORY_PAGES,
  readBlob,
  readTree,
  type OrgRepository,
  type StopReason,
  type TreeEntry
} from './github-org.js';
import { buildAuditReport, type AuditReport, type RepositoryAudit } from './report.js';
import { inShard, type Shard } from './shard.js';

export interface AuditOptions {
  org: string;
  client: AuditClient;
  /** Only these repositories (names, with or without `owner/`), case-insensitive. */
  repositories?: readonly string[];
  includeArchived?: boolean;
  includeForks?: boolean;
  shard?: Shard | null;
  /** Repositories read at once (default 8). */
  concurrency?: number;
  now?: Date;
}

const DEFAULT_AUDIT_CONCURRENCY = 8;
/** Rounds of "scan, fetch what the scan asked for" per repository. */
const MAX_ROUNDS = 6;
/** Files read from one repository at the most. */
const MAX_FILES_PER_REPOSITORY = 400;
/** Blobs of one repository fetched at once. */
const FILE_CONCURRENCY = 4;

interface Stop {
  reason: StopReason | null;
}

function stopReason(stop: StopReason): string {
  return stop === 'deadline'
    ? "not read: the audit's deadline passed first"
    : "not read: GitHub's rate limit was used up first";
}

function skipped(repository: OrgRepository, reason: string): RepositoryAudit {
  return {
    repo: repository.fullName,
    defaultBranch: repository.defaultBranch,
    flySecrets: [],
    findings: [],
    skipped: reason,
    notes: []
  };
}

async function fetchInto(
  client: AuditClient,
  repository: OrgRepository,
  entries: readonly TreeEntry[],
  texts: Map<string, string | null>,
  stop: Stop
): Promise<string | null> {
  const results = await mapWithConcurrency(entries, FILE_CONCURRENCY, async entry => {
    if (stop.reason) return null;
    const blob = await readBlob(client, repository, entry);
    if (blob.ok) {
      // A blob larger than the tree said is sized as read: the scan then skips it as too large.
      entry.size = Math.max(entry.size, blob.size);
      texts.set(entry.path, blob.text);
      return null;
    }
    if (blob.stop) stop.reason ??= blob.stop;
    return blob.reason;
  });
  return results.find(r => r !== null) ?? null;
}

async function auditRepository(
  client: AuditClient,
  repository: OrgRepository,
  now: Date,
  stop: Stop
): Promise<RepositoryAudit> {
  if (stop.reason) return skipped(repository, stopReason(stop.reason));
  const tree = await readTree(client, repository);
  if (!tree.ok) {
    if (tree.stop) stop.reason ??= tree.stop;
    return skipped(repository, tree.reason);
  }
  const bySize = (e: TreeEntry): boolean => e.size <= MAX_SCAN_FILE_BYTES;
  const texts = new Map<string, string | null>();
  // Seed files over the size cap are not fetched, but listed, so the scan says it skipped them.
  for (const entry of tree.files) {
    if (isSeedFile(entry.path) && !bySize(entry)) texts.set(entry.path, null);
  }
  let pending = tree.files.filter(e => isSeedFile(e.path) && bySize(e));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const room = MAX_FILES_PER_REPOSITORY - texts.size;
    const failure = await fetchInto(client, repository, pending.slice(0, room), texts, stop);
    if (stop.reason) return skipped(repository, stopReason(stop.reason));
    if (failure) return skipped(repository, failure);
    const files = new FetchedFiles(tree.files, texts);
    const report = runScan({ root: '.', source: files, now, failOn: 'never' });
    const byPath = new Map(tree.files.map(e => [e.path, e]));
    pending = [...files.wanted].flatMap(path => {
      const entry = byPath.get(path);
      return entry && bySize(entry) && !texts.has(path) ? [entry] : [];
    });
    if (pending.length === 0 || texts.size >= MAX_FILES_PER_REPOSITORY) {
      return {
        repo: repository.fullName,
        defaultBranch: repository.defaultBranch,
        flySecrets: report.flySecrets,
        findings: report.findings.map(findingToJson),
        skipped: null,
        notes: report.notes
      };
    }
  }
  return skipped(repository, 'unreadable: the files its jobs call did not settle');
}

function wantedBy(names: readonly string[] | undefined): ((r: OrgRepository) => boolean) | null {
  if (!names || names.length === 0) return null;
  const wanted = new Set(names.map(n => n.toLowerCase().split('/').pop() ?? ''));
  return r => wanted.has(r.name.toLowerCase());
}

export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const { client, org } = options;
  const now = options.now ?? new Date();
  const shard = options.shard ?? null;
  const listing = await listOrgRepositories(client, org);
  const notes: string[] = [];
  if (listing.truncated) {
    notes.push(
      `Listed the first ${listing.repositories.length} repositories only: GitHub had more than the listing's cap (${MAX_REPOSITORY_PAGES} pages, ${MAX_LISTED_REPOSITORIES} repositories).`
    );
  }
  if (listing.looped) {
    notes.push(
      `Listed ${listing.repositories.length} repositories, then GitHub's next page pointed back to a page already read: the rest of the list is unknown.`
    );
  }
  if (listing.unrecognised > 0) {
    notes.push(
      `${listing.unrecognised} entries of GitHub's repository list were not repositories of ${org} (no usable owner or name): not audited.`
    );
  }
  const named = wantedBy(options.repositories);
  const chosen = listing.repositories.filter(
    r => (named === null || named(r)) && inShard(r.fullName, shard)
  );
  if (options.repositories && named) {
    const found = new Set(chosen.map(r => r.name.toLowerCase()));
    for (const name of options.repositories) {
      const short = name.toLowerCase().split('/').pop() ?? '';
      const full = `${org}/${name.split('/').pop() ?? name}`;
      if (!found.has(short) && inShard(full, shard)) {
        chosen.push({
          fullName: full,
          owner: org,
          name: short,
          defaultBranch: null,
          archived: false,
          fork: false
        });
        found.add(short);
      }
    }
  }
  const stop: Stop = { reason: null };
  const listed = new Set(listing.repositories.map(r => r.fullName.toLowerCase()));
  const repositories = await mapWithConcurrency(
    chosen,
    options.concurrency ?? DEFAULT_AUDIT_CONCURRENCY,
    async repository => {
      if (!listed.has(repository.fullName.toLowerCase())) {
        return skipped(repository, 'not found in the organization (or not visible to this token)');
      }
      if (repository.archived && !options.includeArchived) {
        return skipped(repository, 'archived: left out (pass --include-archived to audit it)');
      }
      if (repository.fork && !options.includeForks) {
        return skipped(repository, 'a fork: left out (pass --include-forks to audit it)');
      }
      return auditRepository(client, repository, now, stop);
    }
  );
  if (stop.reason)
    notes.push(`Stopped early: ${stopReason(stop.reason).replace(/^not read: /, '')}.`);
  return buildAuditReport({
    org,
    generatedAt: now.toISOString(),
    shard,
    complete:
      stop.reason === null && !listing.truncated && !listing.looped && listing.unrecognised === 0,
    repositories,
    notes
  });
}
