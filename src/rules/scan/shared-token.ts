// shared-token: one Fly secret acts on several apps (deploys, secrets, scaling... read-only use
// aside), across the steps and jobs of every workflow. A deploy token per app limits what a leak
// of any one of them can touch. Apps come from needs inference (fly.toml, -a, --config, local
// composite actions and the scripts it follows); steps whose app cannot be told do not count.
//
// A secret that some job uses to create or destroy apps (review apps) must be an org token
// there. That alone is no finding; the same secret doing routine work on a named app in another
// job (the production deploy) is the worst case, and gets its own finding: split the secret.
import type {
  Job,
  NeedEvidence,
  JobNeedsLookup,
  SecretReference,
  SourceLocation,
  Step,
  WorkflowFile
} from '../../workflow/index.js';
import { looksLikeToken, TOKEN_SHAPE } from '../../token/token-shape.js';
import { shellWord } from '../shell.js';
import type { Finding, RuleMeta } from '../types.js';
import { workflowEnvFlyRefs, type FlySecrets } from './fly-secrets.js';
import { inFileOrder } from './shared.js';
import { jobsWithUnseenUses } from './unseen-needs.js';
import { plural } from '../words.js';

const ORG_POWERS = new Set(['create-app', 'destroy-app', 'org']);

/**
 * Apps named (and given fix commands) in one finding; the rest are counted. Every file using the
 * secret gets a finding, so listing all apps in each made a monorepo's report grow with the square
 * of its size (1,000 workflows: 340 MB of findings).
 */
const MAX_LISTED_APPS = 10;

function listApps(apps: readonly string[]): string {
  const more = apps.length - MAX_LISTED_APPS;
  return apps.slice(0, MAX_LISTED_APPS).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/**
 * How one workflow uses one Fly secret: what the repository-wide rule needs from that file, as
 * plain data (the parsed workflow is gone by the time all files are in).
 */
interface SharedTokenUse {
  name: string;
  /** Some job creates or destroys apps with it (it must be an org token anyway). */
  orgPower: boolean;
  /** Jobs that create or destroy apps (or act org-wide) with it, in the order seen. */
  orgJobs: string[];
  /**
   * Jobs that act on named apps with it without any org power (deploys, secrets, scaling), in
   * the order seen: the work a deploy token per app would do.
   */
  routine: RoutineUse[];
  /** Apps it acts on here (reads aside), in the order seen; empty when none can be told. */
  apps: string[];
  /** Jobs acting on those apps, in the order seen. */
  jobs: string[];
  /** Its first reference in this file among the steps that act on apps; null when none. */
  first: SourceLocation | null;
  /** Jobs holding it that also run what the scan cannot read (`unknown-needs`), in job order. */
  unseenJobs: string[];
}

/** One job's routine work with a secret: the apps it acts on and its first reference. */
interface RoutineUse {
  job: string;
  apps: string[];
  first: SourceLocation | null;
}

/** One workflow's uses of Fly secrets, in the order each secret was first seen. */
export interface SharedTokenFile {
  path: string;
  uses: SharedTokenUse[];
}

interface FileUsage {
  apps: Set<string>;
  jobs: Set<string>;
  first: SourceLocation | null;
}

interface Usage {
  apps: Set<string>;
  orgPower: boolean;
  /** By workflow path, in the order first seen. */
  files: Map<string, FileUsage>;
  /** Jobs with org power, as `job` in `path`, in the order seen. */
  orgJobs: Array<{ path: string; job: string }>;
  /** Routine work on named apps by jobs without org power, by workflow path. */
  routine: Map<string, RoutineUse[]>;
  /** Jobs holding it that run what the scan cannot read, as `job` in `path`, in path order. */
  unseen: Array<{ path: string; job: string }>;
}

/** Whether a position falls in a node's range (start inclusive, end exclusive). */
function inside(location: SourceLocation, outer: SourceLocation): boolean {
  if (location.file !== outer.file) return false;
  const before = (l1: number, c1: number, l2: number, c2: number): boolean =>
    l1 < l2 || (l1 === l2 && c1 < c2);
  const endLine = outer.endLine ?? Number.MAX_SAFE_INTEGER;
  const endColumn = outer.endColumn ?? Number.MAX_SAFE_INTEGER;
  return (
    !before(location.line, location.column, outer.line, outer.column) &&
    before(location.line, location.column, endLine, endColumn)
  );
}

const startsBefore = (a: SourceLocation, line: number, column: number): boolean =>
  a.line < line || (a.line === line && a.column < column);

/**
 * Finds the step holding a position, as `job.steps.find(s => inside(place, s.location))` would.
 * Steps of one file in order, each ending before the next starts (the usual case), are searched
 * by halves: a job of thousands of steps would otherwise be walked once per position.
 */
function stepLocator(job: Job): (place: SourceLocation) => Step | undefined {
  const steps = job.steps;
  const ordered = steps.every((s, i) => {
    const next = steps[i + 1];
    if (!next) return true;
    const end = s.location;
    return (
      end.file === next.location.file &&
      end.endLine !== undefined &&
      end.endColumn !== undefined &&
      !startsBefore(next.location, end.endLine, end.endColumn)
    );
  });
  if (!ordered) return place => steps.find(s => inside(place, s.location));
  return place => {
    // The last step starting at or before the position is the only one that can hold it.
    let low = 0;
    let high = steps.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = steps[mid]!.location;
      if (startsBefore(place, at.line, at.column)) high = mid - 1;
      else {
        found = mid;
        low = mid + 1;
      }
    }
    const step = steps[found];
    return step && inside(place, step.location) ? step : undefined;
  };
}

/** The one secret name among references, or null when there are none or several. */
function single(refs: SecretReference[]): SecretReference[] | null {
  const names = new Set(refs.map(r => r.name));
  if (names.size !== 1 || names.has(null)) return null;
  return refs;
}

/**
 * The Fly references of one job and of the workflow env, each worked out on first use and then
 * kept for the job's other evidence (asking again gives the same answer and notes nothing new).
 */
interface FlyRefs {
  job(job: Job): SecretReference[];
  /** The job's references grouped by step index (null: the job's own), in their order. */
  byStep(job: Job): ReadonlyMap<number | null, SecretReference[]>;
  workflowEnv(): SecretReference[];
}

function flyRefsOf(workflow: WorkflowFile, fly: FlySecrets): FlyRefs {
  const jobs = new Map<Job, SecretReference[]>();
  const steps = new Map<Job, Map<number | null, SecretReference[]>>();
  let workflowEnv: SecretReference[] | undefined;
  const jobRefs = (job: Job): SecretReference[] => {
    let refs = jobs.get(job);
    if (!refs) {
      refs = job.secretRefs.filter(r => fly.isFlyRef(r));
      jobs.set(job, refs);
    }
    return refs;
  };
  return {
    job: jobRefs,
    // Grouped once per job: a job of thousands of steps would otherwise filter every reference
    // for every step.
    byStep(job) {
      let grouped = steps.get(job);
      if (!grouped) {
        grouped = new Map();
        for (const r of jobRefs(job)) {
          const group = grouped.get(r.stepIndex);
          if (group) group.push(r);
          else grouped.set(r.stepIndex, [r]);
        }
        steps.set(job, grouped);
      }
      return grouped;
    },
    workflowEnv: () => (workflowEnv ??= workflowEnvFlyRefs(workflow, fly))
  };
}

/** The Fly references a step runs with: its own, else the job's env, else the workflow's. */
function refsOfStep(job: Job, step: Step | undefined, flyRefs: FlyRefs): SecretReference[] {
  const byStep = flyRefs.byStep(job);
  if (step) {
    const stepRefs = byStep.get(step.index) ?? [];
    if (stepRefs.length > 0) return stepRefs;
  }
  const jobEnv = (byStep.get(null) ?? []).filter(r => r.flow.kind === 'env');
  if (jobEnv.length > 0) return jobEnv;
  return flyRefs.workflowEnv();
}

/** Which secret a piece of evidence used: its step's, else the job's, else the workflow's. */
function tokenOf(job: Job, step: Step | undefined, flyRefs: FlyRefs): SecretReference[] | null {
  if (job.uses) {
    return single(
      flyRefs.job(job).filter(r => r.flow.kind === 'secrets' || r.flow.kind === 'with')
    );
  }
  return single(refsOfStep(job, step, flyRefs));
}

const actionFiles = (dir: string): string[] => [`${dir}/action.yml`, `${dir}/action.yaml`];

/**
 * Which secret evidence found in another file used (a local composite action's step, a script or
 * package script the job runs), when needs inference names neither the secret nor the step that
 * led there. The steps that can: the ones using that action, else every step that runs the
 * repository's code (a script, a local action). The secret is known when all of them that hold a
 * Fly secret hold the same one.
 */
function tokenOutside(job: Job, file: string, flyRefs: FlyRefs): SecretReference[] | null {
  const local = (step: Step): boolean => step.uses?.kind === 'local';
  const callers = job.steps.filter(
    s => local(s) && s.uses?.path != null && actionFiles(s.uses.path).includes(file)
  );
  const candidates = callers.length > 0 ? callers : job.steps.filter(s => s.run || local(s));
  return single(candidates.flatMap(step => refsOfStep(job, step, flyRefs)));
}

const positionKey = (l: SourceLocation | undefined): string =>
  l ? `${l.file}:${l.line}:${l.column}` : '';

/**
 * The position key of each piece of evidence. Evidence comes sorted by position, several pieces
 * at each: a piece at its predecessor's position reuses that key (one string per position, and
 * map lookups with a key whose hash is already known).
 */
function positionKeys(evidences: readonly NeedEvidence[]): string[] {
  const keys: string[] = [];
  let previous: SourceLocation | undefined;
  let previousKey = '';
  for (const { location } of evidences) {
    const same =
      previous !== undefined &&
      location !== undefined &&
      location.file === previous.file &&
      location.line === previous.line &&
      location.column === previous.column;
    const key = same ? previousKey : positionKey(location);
    keys.push(key);
    previous = location;
    previousKey = key;
  }
  return keys;
}

/**
 * One command that may target several apps (`--app ${{ steps.x.outputs.app }}` computed from the
 * branch) in a step with its own `if:`: which app that step really deploys depends on the
 * condition, which inference does not follow. Such alternatives do not count; a matrix does
 * (every combination runs).
 */
function conditionalAlternative(
  evidence: NeedEvidence,
  apps: ReadonlySet<string | null> | undefined,
  step: () => Step | undefined
): boolean {
  if (!apps || apps.size < 2 || /\bmatrix\./.test(evidence.command)) return false;
  return step()?.if != null;
}

/** The apps of a job's evidence by command position (one pass, not one per evidence). */
function appsByPosition(
  all: readonly NeedEvidence[],
  keys: readonly string[]
): Map<string, Set<string | null>> {
  const appsAt = new Map<string, Set<string | null>>();
  all.forEach((e, i) => {
    const key = keys[i] ?? '';
    let apps = appsAt.get(key);
    if (!apps) {
      apps = new Set();
      appsAt.set(key, apps);
    }
    apps.add(e.app);
  });
  return appsAt;
}

/**
 * The job's evidence with what the rule asks of each: its position key, the step holding it and
 * the secret that step uses. Evidence comes sorted by position, with several pieces (one per
 * capability, app and matrix combination) at each: the step and secret are worked out once per
 * position and per step.
 */
function evidenceOfJob(
  file: string,
  job: Job,
  evidences: readonly NeedEvidence[],
  flyRefs: FlyRefs
): {
  keys: string[];
  stepAt(index: number): Step | undefined;
  tokenAt(index: number): SecretReference[] | null;
} {
  const keys = positionKeys(evidences);
  const locate = stepLocator(job);
  const steps = new Map<string, Step | undefined>();
  const tokens = new Map<Step | undefined, SecretReference[] | null>();
  const stepAt = (index: number): Step | undefined => {
    const evidence = evidences[index];
    const location = evidence?.location;
    // In another file (a script, a composite action): the call site in this workflow that led
    // there, when needs inference says (`via`, outermost first).
    const elsewhere = location !== undefined && location.file !== file;
    const place = elsewhere ? evidence?.via?.find(v => v.file === file) : location;
    const key = elsewhere ? `via:${positionKey(place)}` : (keys[index] ?? '');
    if (steps.has(key)) return steps.get(key);
    // The step holding a position depends on the position alone (file, line, column).
    const step = place ? locate(place) : undefined;
    steps.set(key, step);
    return step;
  };
  const outside = new Map<string, SecretReference[] | null>();
  const named = new Map<string, SecretReference[] | null>();
  const tokenAt = (index: number): SecretReference[] | null => {
    const evidence = evidences[index];
    const step = job.uses ? undefined : stepAt(index);
    // The secrets needs inference traced the command's token to, when it could.
    const secrets = job.uses ? undefined : evidence?.secrets;
    if (secrets) {
      const key = `${secrets.join(',')}|${step?.index ?? ''}`;
      if (!named.has(key)) named.set(key, refsNamed(job, step, secrets, flyRefs));
      return named.get(key) ?? null;
    }
    const elsewhere = evidence?.location?.file;
    if (!job.uses && !step && elsewhere !== undefined && elsewhere !== file) {
      if (!outside.has(elsewhere)) outside.set(elsewhere, tokenOutside(job, elsewhere, flyRefs));
      return outside.get(elsewhere) ?? null;
    }
    if (tokens.has(step)) return tokens.get(step) ?? null;
    const refs = tokenOf(job, step, flyRefs);
    tokens.set(step, refs);
    return refs;
  };
  return { keys, stepAt, tokenAt };
}

/**
 * The references of the one secret a command runs with: the step's own (or the job's, or the
 * workflow's env) of that name, else any of the job's. Null for several secrets (`A || B`).
 */
function refsNamed(
  job: Job,
  step: Step | undefined,
  secrets: readonly string[],
  flyRefs: FlyRefs
): SecretReference[] | null {
  if (secrets.length !== 1) return null;
  const name = secrets[0];
  const near = refsOfStep(job, step, flyRefs).filter(r => r.name === name);
  if (near.length > 0) return near;
  const any = [...flyRefs.job(job), ...flyRefs.workflowEnv()].filter(r => r.name === name);
  return any.length > 0 ? any : null;
}

interface JobUse {
  org: boolean;
  apps: Set<string>;
  refs: SecretReference[];
  /** The references in `refs`, to keep each once. */
  seen: Set<SecretReference>;
}

/** What the rule needs from one workflow (with what each job needs from its token). */
export function sharedTokenUses(
  workflow: WorkflowFile,
  needs: JobNeedsLookup,
  fly: FlySecrets
): SharedTokenFile {
  /** By secret name, then by job id, in the order seen. */
  const uses = new Map<string, Map<string, JobUse>>();
  const flyRefs = flyRefsOf(workflow, fly);
  for (const job of workflow.jobs) {
    // Evidence counts only through a Fly secret the job or the workflow env holds: the needs of
    // a job without one are not asked for.
    if (flyRefs.job(job).length === 0 && flyRefs.workflowEnv().length === 0) continue;
    const evidences = needs.get(job.id)?.evidence ?? [];
    const { keys, stepAt, tokenAt } = evidenceOfJob(workflow.path, job, evidences, flyRefs);
    const appsAt = appsByPosition(evidences, keys);
    evidences.forEach((evidence, i) => {
      if (conditionalAlternative(evidence, appsAt.get(keys[i] ?? ''), () => stepAt(i))) return;
      const refs = tokenAt(i);
      const name = refs?.[0]?.name;
      if (!refs || name === undefined || name === null) return;
      let jobs = uses.get(name);
      if (!jobs) {
        jobs = new Map();
        uses.set(name, jobs);
      }
      let use = jobs.get(job.id);
      if (!use) {
        use = { org: false, apps: new Set(), refs: [], seen: new Set() };
        jobs.set(job.id, use);
      }
      if (ORG_POWERS.has(evidence.capability)) use.org = true;
      if (evidence.app === null || evidence.capability === 'read') return;
      use.apps.add(evidence.app);
      // Every evidence of a step names the same references: keep each once.
      for (const r of refs) {
        if (r.location.file !== workflow.path || use.seen.has(r)) continue;
        use.seen.add(r);
        use.refs.push(r);
      }
    });
  }
  // Jobs that hand a secret to what cannot be seen may act on apps not counted here.
  const unseenJobs = new Map<string, string[]>();
  for (const { job, secrets } of jobsWithUnseenUses(workflow, needs, fly)) {
    for (const name of secrets) {
      unseenJobs.set(name, [...(unseenJobs.get(name) ?? []), job.id]);
      if (!uses.has(name)) uses.set(name, new Map());
    }
  }
  return {
    path: workflow.path,
    uses: [...uses].map(([name, jobs]) => {
      const acting = [...jobs].filter(([, use]) => use.apps.size > 0);
      const first = (refs: SecretReference[]): SourceLocation | null =>
        inFileOrder(refs)[0]?.location ?? null;
      return {
        name,
        orgPower: [...jobs.values()].some(use => use.org),
        orgJobs: [...jobs].filter(([, use]) => use.org).map(([id]) => id),
        routine: acting
          .filter(([, use]) => !use.org)
          .map(([id, use]) => ({ job: id, apps: [...use.apps], first: first(use.refs) })),
        apps: [...new Set(acting.flatMap(([, use]) => [...use.apps]))],
        jobs: acting.map(([id]) => id),
        first: first(acting.flatMap(([, use]) => use.refs)),
        unseenJobs: unseenJobs.get(name) ?? []
      };
    })
  };
}

/** One line per app: mint its deploy token and store it as its own secret. */
function mintAndStore(app: string): string {
  // The secret's name is the app's, upper-cased: the scrub on the way out cannot recognise a
  // token written as an app name once transformed, so a token-shaped name is not used at all.
  if (looksLikeToken(app, TOKEN_SHAPE.fragment)) {
    return `fly tokens create deploy -a ${APP_PLACEHOLDER} -x 2160h | gh secret set FLY_TOKEN_${APP_PLACEHOLDER}`;
  }
  return `fly tokens create deploy -a ${shellWord(app)} -x 2160h | gh secret set ${secretNameFor(app)}`;
}

/** The findings over every workflow's uses, given in path order. */
export function sharedTokenFindings(files: Iterable<SharedTokenFile>): Finding[] {
  const usages = new Map<string, Usage>();
  for (const { path, uses } of files) {
    for (const use of uses) {
      let usage = usages.get(use.name);
      if (!usage) {
        usage = {
          apps: new Set(),
          orgPower: false,
          files: new Map(),
          orgJobs: [],
          routine: new Map(),
          unseen: []
        };
        usages.set(use.name, usage);
      }
      if (use.orgPower) usage.orgPower = true;
      for (const job of use.orgJobs) usage.orgJobs.push({ path, job });
      for (const job of use.unseenJobs) usage.unseen.push({ path, job });
      if (use.routine.length > 0) usage.routine.set(path, use.routine);
      if (use.apps.length === 0) continue;
      for (const app of use.apps) usage.apps.add(app);
      usage.files.set(path, { apps: new Set(use.apps), jobs: new Set(use.jobs), first: use.first });
    }
  }
  const findings: Finding[] = [];
  for (const [name, usage] of usages) {
    if (usage.orgPower) {
      findings.push(...orgTokenFindings(name, usage));
      continue;
    }
    if (usage.apps.size < 2) continue;
    const apps = [...usage.apps].sort();
    const fixed = apps.slice(0, MAX_LISTED_APPS);
    const unlisted =
      apps.length > fixed.length
        ? ` The commands cover the first ${fixed.length} of its ${apps.length} apps; repeat them for the rest.`
        : '';
    // The same for every file using the secret: made once per secret.
    const listed = listApps(apps);
    const commands = fixed.map(mintAndStore);
    for (const [path, file] of usage.files) {
      const here = [...file.apps].sort();
      const jobs = [...file.jobs].map(j => `\`${j}\``).join(', ');
      const elsewhere =
        here.length < apps.length ? ' (the others elsewhere in the repository)' : '';
      findings.push({
        rule: 'shared-token',
        severity: 'medium',
        message:
          `Fly secret \`${name}\` acts on ${plural(apps.length, 'app')} (${listed}); ` +
          `here job${file.jobs.size === 1 ? '' : 's'} ${jobs} use${file.jobs.size === 1 ? 's' : ''} it for ${listApps(here)}${elsewhere}. ` +
          'A leak of it reaches all of them; one deploy token per app limits a leak to that app.' +
          unseenSentence(usage.unseen, path),
        location: file.first ?? { file: path, line: 1, column: 1 },
        fix: {
          summary: `Mint one deploy token per app, store each as its own secret and use it only in the steps that deploy that app; then revoke the shared token.${unlisted}`,
          commands: [...commands]
        }
      });
    }
  }
  return findings;
}

/**
 * " Job `worker` also holds it and runs what the scan cannot read, so it may reach more apps
 * than these." (jobs of other workflows named with their file); empty when there are none.
 */
function unseenSentence(
  unseen: ReadonlyArray<{ path: string; job: string }>,
  here: string
): string {
  if (unseen.length === 0) return '';
  const jobs = unseen.map(({ path, job }) =>
    path === here ? `\`${job}\`` : `\`${job}\` (\`${path}\`)`
  );
  const one = unseen.length === 1;
  return (
    ` Job${one ? '' : 's'} ${listApps(jobs)} also hold${one ? 's' : ''} it and run${one ? 's' : ''} ` +
    'what the scan cannot read, so it may reach more apps than these.'
  );
}

/** Stands for an app whose name cannot be repeated (it looks like a token). */
const APP_PLACEHOLDER = '<APP>';

const secretNameFor = (app: string): string =>
  `FLY_TOKEN_${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/**
 * An org token (some job creates or destroys apps with it: review apps) that other jobs use for
 * routine work on named apps (the production deploy): one finding per workflow holding such jobs.
 */
function orgTokenFindings(name: string, usage: Usage): Finding[] {
  if (usage.orgJobs.length === 0 || usage.routine.size === 0) return [];
  const byFile = new Map<string, string[]>();
  for (const { path, job } of usage.orgJobs) {
    const jobs = byFile.get(path) ?? [];
    if (!jobs.includes(`\`${job}\``)) jobs.push(`\`${job}\``);
    byFile.set(path, jobs);
  }
  const orgCount = [...byFile.values()].reduce((n, jobs) => n + jobs.length, 0);
  const orgWhere =
    `job${orgCount === 1 ? '' : 's'} ` +
    [...byFile].map(([path, jobs]) => `${listApps(jobs)} (\`${path}\`)`).join(' and ');
  const findings: Finding[] = [];
  for (const [path, routine] of usage.routine) {
    const apps = [...new Set(routine.flatMap(r => r.apps))].sort();
    const fixed = apps.slice(0, MAX_LISTED_APPS);
    const jobs = routine.map(r => `\`${r.job}\``);
    const location = inFileOrder(routine.flatMap(r => (r.first ? [{ location: r.first }] : [])))[0]
      ?.location;
    findings.push({
      rule: 'shared-token',
      severity: 'high',
      message:
        `Fly secret \`${name}\` creates or destroys apps in ${orgWhere}, so it must be an org ` +
        `token, and here job${jobs.length === 1 ? '' : 's'} ${listApps(jobs)} also use${jobs.length === 1 ? 's' : ''} it for ${listApps(apps)}. ` +
        'Routine work on one app then holds a token that reaches every app of the organisation: a leak from that job is a leak of all of them.',
      location: location ?? { file: path, line: 1, column: 1 },
      fix: {
        summary:
          `Split the secret: keep \`${name}\` (the org token) for the job${orgCount === 1 ? '' : 's'} that create${orgCount === 1 ? 's' : ''} and destroy${orgCount === 1 ? 's' : ''} apps only; ` +
          'mint a deploy token for each app the other jobs work on, store it as its own secret and use it there instead.' +
          (apps.length > fixed.length
            ? ` The commands cover the first ${fixed.length} of ${apps.length} apps.`
            : ''),
        commands: fixed.map(mintAndStore)
      }
    });
  }
  return findings;
}

export const sharedToken: RuleMeta = {
  id: 'shared-token',
  defaultSeverity: 'medium',
  title: 'One Fly secret used for several apps',
  help:
    'When one token deploys several apps, a leak of it (a compromised step, a log, a pull ' +
    'request) reaches all of them, and it must be broad (an org token) to work at all. One ' +
    'deploy token per app (`fly tokens create deploy -a APP`) limits each leak to one app. An ' +
    'org token that review-app jobs need (they create and destroy apps) must stay in those ' +
    'jobs: the production deploy gets its own deploy token.'
};
