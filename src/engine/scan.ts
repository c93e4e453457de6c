// The repository scan: read the workflows, composite actions, fly*.toml and every other text file,
// run the scan rules, apply the ignore file and inline ignores, mark findings on lines a pull
// request changed as new, and return one ScanReport. File access goes through a ScanIo.
import { findTokenLiterals, mayHoldTokenLiteral } from '../rules/scan/token-literals.js';
import { digestWorkflow, type WorkflowDigest } from '../rules/scan/digest.js';
import {
  applyIgnores,
  IGNORE_FILE,
  parseIgnoreFile,
  type ScanTextFile
} from '../rules/scan/index.js';
import { checkRepositoryDigests } from '../rules/scan/repository.js';
import { sortFindings } from '../report/order.js';
import type { Finding, Severity, Verdict } from '../rules/types.js';
import { verdictFor } from '../rules/types.js';
import { normalizePath, type RepoFiles } from '../workflow/index.js';
import { isChangedLine, type ChangedLines } from './pr-changes.js';
import { fsScanIo, type ScanIo } from './scan-io.js';
import { MAX_SCAN_FILE_BYTES, repoFilesOver } from './scan-digest.js';
import { createScrubber, type TextScrubber } from './scan-redact.js';
import { digestInWorkers } from './scan-parallel.js';

export { MAX_SCAN_FILE_BYTES };
export const DEFAULT_MAX_FILES = 5000;

export interface ScanOptions {
  /** The repository root (GITHUB_WORKSPACE, or the CLI's DIR). */
  root: string;
  /** Most files to read; workflows, actions and fly*.toml come first. */
  maxFiles?: number;
  failOn?: Severity | 'never';
  now?: Date;
  io?: ScanIo;
  /** Lines a pull request changed; findings on them are marked new. */
  changes?: ChangedLines | null;
}

export interface ScanFinding extends Finding {
  /** On a line the pull request changed. Absent outside a pull request. */
  isNew?: boolean;
}

export interface ScanReport {
  verdict: Verdict;
  failOn: Severity | 'never';
  /** New findings first, then worst first and by place. Never contains token text. */
  findings: ScanFinding[];
  /** How many findings are new; null when the changed lines are not known. */
  newCount: number | null;
  /** Text files read and checked. */
  filesScanned: number;
  workflowsScanned: number;
  /** Findings silenced by the ignore file or inline comments. */
  ignoredCount: number;
  /** Things worth saying that are not findings (limits hit, files skipped, ignore-file errors). */
  notes: string[];
  /** Secret names the workflows use as Fly tokens, sorted. */
  flySecrets: string[];
}

type Category = 'workflow' | 'action' | 'config' | 'other';

function categoryOf(file: string): Category {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(file)) return 'workflow';
  if (/(^|\/)action\.ya?ml$/.test(file)) return 'action';
  if (/(^|\/)fly[^/]*\.toml$/i.test(file)) return 'config';
  return 'other';
}

const PRIORITY: Record<Category, number> = { workflow: 0, action: 1, config: 2, other: 3 };

function listSome(paths: readonly string[], max = 5): string {
  const shown = paths.slice(0, max).map(p => `\`${p}\``);
  const more = paths.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

interface ReadFiles {
  texts: Map<string, string>;
  categories: Map<string, Category>;
  notes: string[];
}

function readRepository(root: string, io: ScanIo, maxFiles: number): ReadFiles {
  const listing = io.listFiles(root);
  const files = listing.files
    .map(f => normalizePath(f))
    .filter((f): f is string => f !== null && f !== '')
    .map(file => ({ file, category: categoryOf(file) }))
    .sort((a, b) => PRIORITY[a.category] - PRIORITY[b.category]);
  const notes: string[] = [];
  const chosen = files.slice(0, maxFiles);
  if (files.length > chosen.length) {
    notes.push(
      `Stopped at max-files: scanned ${chosen.length} of ${files.length} files (workflows, actions and fly*.toml first); ` +
        `${files.length - chosen.length} were not checked for committed tokens. Raise \`max-files\` to scan them.`
    );
  }
  const texts = new Map<string, string>();
  const categories = new Map<string, Category>();
  const tooLarge: string[] = [];
  let binaries = 0;
  for (const { file, category } of chosen) {
    const read = io.readText(root, file, MAX_SCAN_FILE_BYTES);
    if (read.kind === 'too-large') tooLarge.push(file);
    if (read.kind === 'binary') binaries += 1;
    if (read.kind !== 'text') continue;
    texts.set(file, read.text);
    categories.set(file, category);
  }
  if (tooLarge.length > 0) {
    notes.push(
      `Skipped ${tooLarge.length} file${tooLarge.length === 1 ? '' : 's'} larger than 1 MiB: ${listSome(tooLarge)}.`
    );
  }
  if (binaries > 0) {
    notes.push(
      `Skipped ${binaries} binary file${binaries === 1 ? '' : 's'} (not text, so no token literal to find).`
    );
  }
  return { texts, categories, notes };
}

function scrubFinding(finding: Finding, scrub: TextScrubber): Finding {
  return {
    ...finding,
    message: scrub(finding.message),
    ...(finding.fix
      ? { fix: { summary: scrub(finding.fix.summary), commands: finding.fix.commands.map(scrub) } }
      : {})
  };
}

const byPath = (a: ScanTextFile, b: ScanTextFile): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** What the scan read, and what its rules run over. */
interface PreparedScan {
  root: string;
  io: ScanIo;
  failOn: Severity | 'never';
  now: Date;
  texts: ReadonlyMap<string, string>;
  /** For needs inference: the texts read, else the disk. */
  repo: RepoFiles;
  /** Workflows in path order. */
  workflows: ScanTextFile[];
  actions: ScanTextFile[];
  /** Text files that may hold a token literal, in path order. */
  files: ScanTextFile[];
  notes: string[];
}

function prepareScan(options: ScanOptions): PreparedScan {
  const io = options.io ?? fsScanIo;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const { texts, categories, notes } = readRepository(options.root, io, maxFiles);
  const of = (category: Category): ScanTextFile[] =>
    [...texts]
      .filter(([file]) => categories.get(file) === category)
      .map(([path, text]) => ({ path, text }));
  const candidates = [...texts]
    .filter(([file, text]) => categories.get(file) !== 'other' || mayHoldTokenLiteral(text))
    .map(([path, text]) => ({ path, text }));
  const workflows = of('workflow').sort(byPath);
  if (workflows.length === 0) notes.push('No workflow files under `.github/workflows/`.');
  return {
    root: options.root,
    io,
    failOn: options.failOn ?? 'high',
    now: options.now ?? new Date(),
    texts,
    repo: repoFilesOver(options.root, io, [...texts.keys()], texts),
    workflows,
    actions: of('action'),
    files: candidates.sort(byPath),
    notes
  };
}

/** Digests one workflow at a time on this thread (its parsed model is garbage right after). */
function digestInProcess(scan: PreparedScan): WorkflowDigest[] {
  const { repo, now } = scan;
  return scan.workflows.map(({ path, text }) => digestWorkflow({ path, text, repo, now }));
}

/**
 * The repository phase over the workflows' digests: the repository-wide rules, the ignore file
 * and inline ignores, ordering, new-on-this-PR marks and the scrub of every literal found.
 */
function finishScan(
  scan: PreparedScan,
  digests: WorkflowDigest[],
  changes: ChangedLines | null
): ScanReport {
  const { texts, now, notes, repo } = scan;
  const {
    findings: raw,
    errors,
    flySecrets
  } = checkRepositoryDigests({
    digests,
    actions: scan.actions,
    files: scan.files,
    now,
    redigest: (path, again) => {
      const text = texts.get(path);
      return text === undefined ? undefined : digestWorkflow({ path, text, repo, now, ...again });
    }
  });
  notes.push(...errors);
  // Everything that leaves the scan is scrubbed of every literal found, ignored ones included.
  const scrub = createScrubber(
    scan.files.flatMap(f => findTokenLiterals(f.text).map(l => f.text.slice(l.start, l.end)))
  );

  const ignoreText = scan.io.readText(scan.root, IGNORE_FILE, MAX_SCAN_FILE_BYTES);
  const ignoreFile = parseIgnoreFile(ignoreText.kind === 'text' ? ignoreText.text : '');
  notes.push(...ignoreFile.problems);
  const lines = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    if (!lines.has(file)) {
      const text = texts.get(file);
      if (text !== undefined) lines.set(file, text.split(/\r?\n/));
    }
    return lines.get(file);
  };
  const { kept, ignored } = applyIgnores(raw, ignoreFile, linesOf);

  const marked: ScanFinding[] = sortFindings(kept.map(f => scrubFinding(f, scrub))).map(f =>
    changes === null
      ? f
      : {
          ...f,
          isNew:
            f.location !== undefined && isChangedLine(changes, f.location.file, f.location.line)
        }
  );
  const ordered = [...marked.filter(f => f.isNew), ...marked.filter(f => !f.isNew)];

  return {
    verdict: verdictFor(ordered, scan.failOn),
    failOn: scan.failOn,
    findings: ordered,
    newCount: changes === null ? null : ordered.filter(f => f.isNew).length,
    filesScanned: texts.size,
    workflowsScanned: scan.workflows.length,
    ignoredCount: ignored.length,
    notes: notes.map(scrub),
    flySecrets
  };
}

/** Scans the repository at `options.root` on this thread. Never throws on repository content. */
export function runScan(options: ScanOptions): ScanReport {
  const scan = prepareScan(options);
  return finishScan(scan, digestInProcess(scan), options.changes ?? null);
}

/**
 * Scans the repository at `options.root`, digesting the workflows of a large repository on
 * worker threads (scan-parallel.ts); the same report as `runScan`. Never throws on content.
 */
export async function scanRepository(options: ScanOptions): Promise<ScanReport> {
  const scan = prepareScan(options);
  // Workers read the disk themselves, so only a scan of the real file system can use them.
  const parallel =
    scan.io === fsScanIo
      ? await digestInWorkers(
          scan.workflows.map(({ path, text }) => ({ path, text })),
          { root: scan.root, now: scan.now.toISOString(), files: [...scan.texts.keys()] }
        )
      : undefined;
  return finishScan(scan, parallel ?? digestInProcess(scan), options.changes ?? null);
}
