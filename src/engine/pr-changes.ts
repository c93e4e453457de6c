// Which lines a pull request changed, so findings on them can be called "new". From GitHub's
// list of the pull request's files (their patches) when the API answers, else from `git diff`
// against the base commit when that commit is in the checkout; neither is required.

/** Per file: the changed line numbers of the new version, or `all` (added file, no patch). */
export type ChangedLines = Map<string, Set<number> | 'all'>;

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string | null;
  headSha: string | null;
}

/** One entry of GET /repos/{owner}/{repo}/pulls/{n}/files. */
interface PullFile {
  filename: string;
  status: string;
  patch?: string | undefined;
}

export type PullFilesResult = { ok: true; files: PullFile[] } | { ok: false; reason: string };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function sha(value: unknown): string | null {
  return typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) ? value : null;
}

/** GITHUB_REPOSITORY (`owner/repo`) as its two parts; undefined when unset or malformed. */
export function repositoryOf(
  value: string | undefined
): { owner: string; repo: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
}

/** The pull request a run is about, from GITHUB_EVENT_NAME, the event payload and GITHUB_REPOSITORY. */
export function pullRequestOf(
  eventName: string | undefined,
  payload: unknown,
  repository: string | undefined
): PullRequestRef | null {
  if (eventName === undefined || !PR_EVENTS.has(eventName)) return null;
  const pr = record(record(payload)?.['pull_request']);
  const number = pr?.['number'] ?? record(payload)?.['number'];
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return null;
  const parts = repositoryOf(repository);
  if (!parts) return null;
  return {
    ...parts,
    number,
    baseSha: sha(record(pr?.['base'])?.['sha']),
    headSha: sha(record(pr?.['head'])?.['sha'])
  };
}

/** Line numbers (new side) added or changed by one file's unified-diff hunks. */
export function changedLinesOfPatch(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) lines.add(next++);
    else if (line.startsWith(' ')) next++;
    else if (line.startsWith('diff --git')) inHunk = false;
    // `-` lines and `\ No newline at end of file` do not move the new side.
  }
  return lines;
}

/** A whole `git diff` output: changed lines per new path. */
export function changedLinesOfDiff(diff: string): ChangedLines {
  const changes: ChangedLines = new Map();
  const sections = diff.split(/^(?=diff --git )/m);
  for (const section of sections) {
    const target = /^\+\+\+ (?:b\/)?(.+)$/m.exec(section)?.[1];
    if (target === undefined || target === '/dev/null') continue;
    const path = target.replace(/\t.*$/, '').replace(/^"(.*)"$/, '$1');
    const hunks = section.slice(section.indexOf('\n@@') + 1);
    if (/^new file mode/m.test(section)) changes.set(path, 'all');
    else changes.set(path, changedLinesOfPatch(hunks));
  }
  return changes;
}

export function changedLinesOfPullFiles(files: readonly PullFile[]): ChangedLines {
  const changes: ChangedLines = new Map();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (file.status === 'added' || file.patch === undefined) changes.set(file.filename, 'all');
    else changes.set(file.filename, changedLinesOfPatch(file.patch));
  }
  return changes;
}

export function isChangedLine(changes: ChangedLines, file: string, line: number): boolean {
  const lines = changes.get(file);
  return lines === 'all' || (lines !== undefined && lines.has(line));
}

interface ChangeSources {
  /** Asks GitHub for the pull request's files; absent without a GitHub token. */
  pullFiles?: () => Promise<PullFilesResult>;
  /** `git diff` against a base commit; undefined when not possible. */
  gitDiff?: (base: string) => string | undefined;
}

interface ResolvedChanges {
  changes: ChangedLines | null;
  /** `api`, `git`, or null when neither worked. */
  source: 'api' | 'git' | null;
  notes: string[];
}

/** GitHub's patches first, then git; says why when neither is available. Never throws. */
export async function resolveChangedLines(
  pr: PullRequestRef,
  sources: ChangeSources
): Promise<ResolvedChanges> {
  const notes: string[] = [];
  if (sources.pullFiles) {
    try {
      const result = await sources.pullFiles();
      if (result.ok) {
        return { changes: changedLinesOfPullFiles(result.files), source: 'api', notes };
      }
      notes.push(result.reason);
    } catch {
      notes.push("Could not list the pull request's files through the GitHub API.");
    }
  }
  if (pr.baseSha !== null && sources.gitDiff) {
    const diff = sources.gitDiff(pr.baseSha);
    if (diff !== undefined) return { changes: changedLinesOfDiff(diff), source: 'git', notes };
  }
  notes.push(
    'The lines this pull request changed are unknown (no GitHub API access to its files, and its base commit is not in the checkout: `fetch-depth: 0` would add it), so no finding is marked as new.'
  );
  return { changes: null, source: null, notes };
}
