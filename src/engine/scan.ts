// The repository scan: stream every file of a FileSource once, digesting workflows (up to
// max-files of them, with actions and fly*.toml) and checking every text file for committed
// tokens as it goes; then run the repository-wide rules over the digests, apply the ignore file
// and inline ignores, mark findings on lines a pull request changed as new, scrub, and return one
// ScanReport. Only digests (packed: packed-digest.ts), findings, the lines of inline ignore
// directives and a few composite actions stay in memory, never the texts.
import { digestWorkflow, type WorkflowDigest } from '../rules/scan/digest.js';
import { hardcodedTokenFindings } from '../rules/scan/hardcoded-token.js';
import {
  applyIgnores,
  IGNORE_FILE,
  inlineDirectiveLines,
  parseIgnoreFile,
  ruleFailure,
  type Outcome,
  type ScanTextFile
} from '../rules/scan/index.js';
import { checkRepositoryDigests } from '../rules/scan/repository.js';
import { sortFindings } from '../report/order.js';
import type { Finding, Severity, Verdict } from '../rules/types.js';
import { verdictFor } from '../rules/types.js';
import { createScrub, type Scrub } from '../token/scrub.js';
import { normalizePath, type RepoFiles } from '../workflow/index.js';
import { MAX_FILE_BYTES, repoFilesOf, type FileSource, type SkipReason } from './file-source.js';
import { fsFileSource } from './fs-source.js';
import { packDigest } from './packed-digest.js';
import { isChangedLine, type ChangedLines } from './pr-changes.js';

export const MAX_SCAN_FILE_BYTES = MAX_FILE_BYTES;
export const DEFAULT_MAX_FILES = 5000;
/** How long a scan may spend reading and checking files before it reports what it left. */
const DEFAULT_SCAN_BUDGET_MS = 10 * 60 * 1000;
/** Environment override of the budget, in seconds (for operators and tests). */
const SCAN_BUDGET_ENV = 'FLY_TOKEN_GUARD_SCAN_BUDGET_SECONDS';

interface ScanOptions {
  /** The repository root (GITHUB_WORKSPACE, or the CLI's DIR). */
  root: string;
  /** Where files come from; the checkout at `root` by default. */
  source?: FileSource;
  /** Most workflows, actions and fly*.toml the rules model; every other file is still checked. */
  maxFiles?: number;
  failOn?: Severity | 'never';
  now?: Date;
  /** Lines a pull request changed; findings on them are marked new. */
  changes?: ChangedLines | null;
  /** Time for reading and checking files; default DEFAULT_SCAN_BUDGET_MS or SCAN_BUDGET_ENV. */
  budgetMs?: number;
  /** Milliseconds, for the budget; `Date.now` by default. */
  clock?: () => number;
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

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The budget from the environment, when set to a number of seconds. */
function scanBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[SCAN_BUDGET_ENV]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** What one pass over the files leaves: digests and findings, never the texts. */
interface Streamed {
  /**
   * Packed (`packDigest`). Handed over once (`takeDigests`), so they are garbage when the
   * repository phase is done.
   */
  digests: WorkflowDigest[];
  workflowsScanned: number;
  actions: ScanTextFile[];
  hardcoded: Outcome<Finding[]>;
  /** The text of every committed token found (for the scrub). */
  secrets: string[];
  /** Every file read, with its inline ignore directives (`inlineDirectiveLines`) when it has any. */
  directives: Map<string, string[] | undefined>;
  filesScanned: number;
  notes: string[];
}

interface Planned {
  file: string;
  category: Category;
  /** Modelled by the rules (within max-files), not only checked for tokens. */
  modelled: boolean;
}

/** Every listed file once: the modelled ones first (workflows, actions, configs), then the rest. */
function plan(source: FileSource, maxFiles: number, notes: string[]): Planned[] {
  const listing = source.list();
  if (listing.truncated) notes.push(`The file listing is incomplete: ${listing.truncated}.`);
  const seen = new Set<string>();
  const files: { file: string; category: Category }[] = [];
  for (const raw of listing.paths) {
    const file = normalizePath(raw);
    if (file === null || file === '' || seen.has(file)) continue;
    seen.add(file);
    files.push({ file, category: categoryOf(file) });
  }
  files.sort(
    (a, b) =>
      PRIORITY[a.category] - PRIORITY[b.category] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
  const modelledCount = files.filter(f => f.category !== 'other').length;
  if (modelledCount > maxFiles) {
    notes.push(
      `Stopped at max-files: the rules model ${maxFiles} of ${modelledCount} workflows, actions and fly*.toml (workflows first); ` +
        `the other ${modelledCount - maxFiles} were still checked for committed tokens. Raise \`max-files\` to model them.`
    );
  }
  return files.map((f, i) => ({ ...f, modelled: f.category !== 'other' && i < maxFiles }));
}

function skipNotes(skipped: ReadonlyMap<SkipReason, string[]>): string[] {
  const notes: string[] = [];
  const of = (reason: SkipReason): string[] => skipped.get(reason) ?? [];
  const outside = of('outside');
  if (outside.length > 0) {
    notes.push(
      `Skipped ${plural(outside.length, 'path')} leading outside the checkout (a symlink); not opened: ${listSome(outside)}.`
    );
  }
  const special = of('special');
  if (special.length > 0) {
    notes.push(
      `Skipped ${plural(special.length, 'path')} that ${special.length === 1 ? 'is not a regular file' : 'are not regular files'} (a directory link, FIFO, socket or device); not read: ${listSome(special)}.`
    );
  }
  const tooLarge = of('too-large');
  if (tooLarge.length > 0) {
    notes.push(
      `Skipped ${plural(tooLarge.length, 'file')} larger than 1 MiB: ${listSome(tooLarge)}.`
    );
  }
  const binaries = of('binary').length;
  if (binaries > 0) {
    notes.push(
      `Skipped ${binaries} binary file${binaries === 1 ? '' : 's'} (not text, so no token literal to find).`
    );
  }
  const unreadable = of('unreadable');
  if (unreadable.length > 0) {
    notes.push(`Could not read ${plural(unreadable.length, 'file')}: ${listSome(unreadable)}.`);
  }
  return notes;
}

function stream(
  source: FileSource,
  repo: RepoFiles,
  options: { maxFiles: number; now: Date; budgetMs: number; clock: () => number }
): Streamed {
  const notes: string[] = [];
  const files = plan(source, options.maxFiles, notes);
  const started = options.clock();
  const digests: WorkflowDigest[] = [];
  const directives = new Map<string, string[] | undefined>();
  const actions: ScanTextFile[] = [];
  const hardcoded: Finding[] = [];
  let hardcodedError: string | undefined;
  const secrets: string[] = [];
  const skipped = new Map<SkipReason, string[]>();
  let filesScanned = 0;
  for (let i = 0; i < files.length; i++) {
    const { file, category, modelled } = files[i] as Planned;
    if (options.clock() - started >= options.budgetMs) {
      const left = files.slice(i).map(f => f.file);
      notes.push(
        `Stopped at the scan's time budget (${Math.round(options.budgetMs / 1000)} s): ` +
          `${plural(left.length, 'file')} not read or checked: ${listSome(left)}.`
      );
      break;
    }
    const read = source.read(file);
    if (!('text' in read)) {
      if (read.skipped !== 'missing') {
        const list = skipped.get(read.skipped) ?? [];
        list.push(file);
        skipped.set(read.skipped, list);
      }
      continue;
    }
    filesScanned += 1;
    const text = read.text;
    directives.set(file, inlineDirectiveLines(text));
    if (modelled && category === 'workflow') {
      digests.push(packDigest(digestWorkflow({ path: file, text, repo, now: options.now })));
    }
    if (modelled && category === 'action') actions.push({ path: file, text });
    if (hardcodedError !== undefined) continue;
    try {
      const checked = { path: file, text };
      for (const finding of hardcodedTokenFindings(checked, options.now, t => secrets.push(t))) {
        hardcoded.push(finding);
      }
    } catch (error) {
      hardcodedError = ruleFailure('hardcoded-token', error);
    }
  }
  for (const note of skipNotes(skipped)) notes.push(note);
  if (digests.length === 0 && !files.some(f => f.category === 'workflow')) {
    notes.push('No workflow files under `.github/workflows/`.');
  }
  return {
    digests,
    workflowsScanned: digests.length,
    actions,
    hardcoded:
      hardcodedError === undefined
        ? { ok: true, value: hardcoded }
        : { ok: false, error: hardcodedError },
    secrets,
    directives,
    filesScanned,
    notes
  };
}

function takeDigests(streamed: Streamed): WorkflowDigest[] {
  const digests = streamed.digests;
  streamed.digests = [];
  return digests;
}

/**
 * The finding with its texts scrubbed, the path of its file too (a committed file may be named
 * after a token); the very same object when nothing needed it.
 */
function scrubFinding<F extends Finding>(finding: F, scrub: Scrub): F {
  const message = scrub(finding.message);
  const fix = finding.fix;
  const summary = fix ? scrub(fix.summary) : undefined;
  const commands = fix ? fix.commands.map(scrub) : undefined;
  const location = finding.location;
  const file = location ? scrub(location.file) : undefined;
  const subject = finding.subject !== undefined ? scrub(finding.subject) : undefined;
  const same =
    message === finding.message &&
    file === location?.file &&
    subject === finding.subject &&
    (!fix || (summary === fix.summary && commands?.every((c, i) => c === fix.commands[i])));
  if (same) return finding;
  return {
    ...finding,
    message,
    ...(location && file !== undefined ? { location: { ...location, file } } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(fix ? { fix: { summary: summary ?? '', commands: commands ?? [] } } : {})
  };
}

/** Scans a repository. Never throws on repository content; never reads outside the checkout. */
export function runScan(options: ScanOptions): ScanReport {
  const source = options.source ?? fsFileSource(options.root);
  const repo = repoFilesOf(source);
  const now = options.now ?? new Date();
  const failOn = options.failOn ?? 'high';
  const changes = options.changes ?? null;
  const streamed = stream(source, repo, {
    maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
    now,
    budgetMs: options.budgetMs ?? scanBudgetFromEnv() ?? DEFAULT_SCAN_BUDGET_MS,
    clock: options.clock ?? Date.now
  });
  const notes = streamed.notes;
  const {
    findings: raw,
    errors,
    flySecrets
  } = checkRepositoryDigests({
    digests: takeDigests(streamed),
    actions: streamed.actions,
    hardcoded: streamed.hardcoded,
    now,
    redigest: (path, again) => {
      const text = repo.read(path);
      return text === undefined ? undefined : digestWorkflow({ path, text, repo, now, ...again });
    }
  });
  for (const error of errors) notes.push(error);
  // Everything that leaves the scan is scrubbed: every Fly token form, and every literal found.
  const scrub = createScrub(streamed.secrets);

  const ignoreText = source.read(IGNORE_FILE);
  const ignoreFile = parseIgnoreFile('text' in ignoreText ? ignoreText.text : '');
  for (const problem of ignoreFile.problems) notes.push(problem);
  // A file read by the stream is not read again: its directive lines were taken then.
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string): string[] | undefined => {
    if (streamed.directives.has(file)) return streamed.directives.get(file);
    if (!lines.has(file)) lines.set(file, repo.read(file)?.split(/\r?\n/));
    return lines.get(file);
  };
  const { kept, ignored } = applyIgnores(raw, ignoreFile, linesOf);

  // Marked new on the real paths, then scrubbed.
  const marked: ScanFinding[] = sortFindings(kept)
    .map((f): ScanFinding =>
      changes === null
        ? f
        : {
            ...f,
            isNew:
              f.location !== undefined && isChangedLine(changes, f.location.file, f.location.line)
          }
    )
    .map(f => scrubFinding(f, scrub));
  const ordered = [...marked.filter(f => f.isNew), ...marked.filter(f => !f.isNew)];

  return {
    verdict: verdictFor(ordered, failOn),
    failOn,
    findings: ordered,
    newCount: changes === null ? null : ordered.filter(f => f.isNew).length,
    filesScanned: streamed.filesScanned,
    workflowsScanned: streamed.workflowsScanned,
    ignoredCount: ignored.length,
    notes: notes.map(scrub),
    flySecrets
  };
}

/** `runScan` for callers that await (the action and the CLI). */
export function scanRepository(options: ScanOptions): Promise<ScanReport> {
  return Promise.resolve(runScan(options));
}
