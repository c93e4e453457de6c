// The narrowest token a job needs, as exact `fly tokens create` / `gh secret set` / revoke lines.
// Built only from the job's needs, the token's decoded kind and options: never from token text.
import type { TokenInspection } from '../token/types.js';
import type { Environment } from '../workflow/model.js';
import type { Needs } from '../workflow/types.js';
import type { TokenRuleContext } from './context.js';
import { looksLikeToken, TOKEN_SHAPE } from '../token/token-shape.js';
import { shellQuoted, shellWord } from './shell.js';
import { allowsAnyCommand, Breadth, missingCapabilities, needBreadth } from './token/access.js';
import type { Finding, Fix } from './types.js';

/**
 * Lifetime suggested for new tokens: 90 days (`-x 2160h`). Fly advises the shortest expiry that
 * works and rotation on a schedule; a quarter is long enough not to be a chore and short enough
 * that a leaked copy dies on its own. Capped by `max-lifetime-days` so our own advice never trips
 * `excessive-lifetime`.
 */
const DEFAULT_EXPIRY_DAYS = 90;

const APP_PLACEHOLDER = '<APP>';
const ORG_PLACEHOLDER = '<ORG>';
const TOKEN_ID_PLACEHOLDER = '<TOKEN_ID>';
const COMMAND_PLACEHOLDER = '<COMMAND>';
const CLUSTER_PLACEHOLDER = '<CLUSTER>';

/** Token kinds `fly tokens create` can mint. */
const MINT_KINDS = [
  'deploy',
  'org',
  'readonly',
  'ssh',
  'machine-exec',
  'wireguard',
  'litefs-cloud'
] as const;
type MintKind = (typeof MINT_KINDS)[number];

export interface FixOptions {
  /** Secret the token lives in, for `gh secret set` (e.g. FLY_API_TOKEN). */
  secretName: string;
  /** GitHub environment of the job, for `gh secret set --env`. */
  environment?: string;
  /** Caps the suggested expiry (days). */
  maxLifetimeDays?: number;
  /** Organization slug when known (online), instead of the `<ORG>` placeholder. */
  orgSlug?: string;
  /** App name the current token belongs to when known (online), for `fly tokens list -a`. */
  currentTokenApp?: string;
}

interface PlannedToken {
  kind: MintKind;
  /** App name (or `<APP>`) for app tokens; null for org-level kinds. */
  app: string | null;
  secretName: string;
  /** `fly tokens create ...` */
  mint: string;
  /** `gh secret set ...` */
  store: string;
}

interface TokenRecommendation {
  kind: MintKind;
  /** One per token to mint: several when each app gets its own deploy token. */
  tokens: PlannedToken[];
  /**
   * What the kind was chosen from: the job's needs, the current token's kind, what can be seen
   * of needs that are partly out of sight (when the current token cannot even do that), or a
   * default.
   */
  basis: 'needs' | 'current-token' | 'seen-needs' | 'assumed';
  /** Sentences the user must read: placeholders to replace, alternatives. */
  notes: string[];
  expiryHours: number;
}

/** Whether the job's needs are known well enough to judge the token against them. */
export function needsKnown(needs: Needs): boolean {
  return needs.source !== 'none' && needs.capabilities.length > 0;
}

/** `-x` hours: 90 days, or less when `max-lifetime-days` is lower; at least one hour. */
export function suggestedExpiryHours(maxLifetimeDays?: number): number {
  const days = Math.min(DEFAULT_EXPIRY_DAYS, maxLifetimeDays ?? DEFAULT_EXPIRY_DAYS);
  return Math.max(1, Math.floor(days * 24));
}

function expiryText(hours: number): string {
  return hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`;
}

/** A value we put on a command line, or the placeholder when it is absent or looks token-like. */
function safeOr(value: string | undefined, placeholder: string): string {
  return value !== undefined && value.trim() !== '' && !looksLikeToken(value, TOKEN_SHAPE.fragment)
    ? value
    : placeholder;
}

function kindFromNeeds(needs: Needs): MintKind | null {
  switch (needBreadth(needs.capabilities)) {
    case Breadth.orgWrite:
      return 'org';
    case Breadth.appFull:
      return 'deploy';
    case Breadth.appLimited:
      return needs.capabilities.includes('ssh') ? 'ssh' : 'machine-exec';
    case Breadth.orgRead:
      return 'readonly';
    default:
      return null;
  }
}

function kindFromToken(inspection: TokenInspection): MintKind | null {
  return MINT_KINDS.find(kind => kind === inspection.kind) ?? null;
}

/** App token kinds, with the prefix of the token name we suggest for each. */
const APP_KIND_NAME_PREFIX: Partial<Record<MintKind, string>> = {
  deploy: '',
  ssh: 'ssh-',
  'machine-exec': 'exec-'
};

/** Apps to mint app tokens for: the named ones, plus `<APP>` when some cannot be told. */
function appTargets(needs: Needs): string[] {
  const named = needs.apps.filter(app => safeOr(app, APP_PLACEHOLDER) !== APP_PLACEHOLDER);
  const unknown = needs.unknownApps || named.length < needs.apps.length || named.length === 0;
  return unknown ? [...named, APP_PLACEHOLDER] : named;
}

/** `FLY_API_TOKEN_WEB_STAGING` for app `web-staging` when each app gets its own secret. */
function perAppSecret(base: string, app: string): string {
  const suffix = app === APP_PLACEHOLDER ? APP_PLACEHOLDER : app.toUpperCase().replace(/\W/g, '_');
  return `${base}_${suffix}`;
}

/** flyctl reads `--command` as a CSV list (pflag StringSlice): quote values with , or ". */
function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function commandFlag(flag: '--command' | '--command-prefix', command: string): string {
  return command === COMMAND_PLACEHOLDER
    ? `${flag} ${COMMAND_PLACEHOLDER}`
    : `${flag} ${shellWord(csvField(command))}`;
}

/** `--command` flags for a machine-exec token: the job's commands, else the current token's. */
function execFlags(needs: Needs, inspection: TokenInspection, notes: string[]): string[] {
  if (needs.commands.length > 0) {
    const commands = needs.commands.map(c => safeOr(c, COMMAND_PLACEHOLDER));
    if (commands.includes(COMMAND_PLACEHOLDER)) {
      notes.push(`Replace ${COMMAND_PLACEHOLDER} with the command the job runs.`);
    }
    return [...new Set(commands)].map(c => commandFlag('--command', c));
  }
  const rules = inspection.kind === 'machine-exec' ? inspection.commands : null;
  if (rules !== null && rules.length > 0 && !allowsAnyCommand(rules)) {
    return rules.map(rule =>
      commandFlag(
        rule.exact ? '--command' : '--command-prefix',
        safeOr(rule.args.map(shellWord).join(' '), COMMAND_PLACEHOLDER)
      )
    );
  }
  notes.push(
    'No command was seen, so this token may run any command: add `--command "..."` to restrict it.'
  );
  return [];
}

function mintLine(kind: MintKind, subject: string[], name: string, hours: number): string {
  return [
    'fly tokens create',
    kind,
    ...subject,
    `-x ${hours}h`,
    `--name ${shellQuoted(name)}`
  ].join(' ');
}

const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';

function safeEnvironment(options: FixOptions): string | undefined {
  return options.environment === undefined || options.environment === ''
    ? undefined
    : safeOr(options.environment, ENVIRONMENT_PLACEHOLDER);
}

/** A job's environment name as `--env` takes it; none when absent or computed at run time. */
export function jobEnvironment(job: { environment: Environment | null }): string | undefined {
  const name = job.environment?.name ?? undefined;
  return name === undefined || name === '' || name.includes('${{') ? undefined : name;
}

/** `gh secret set NAME [--env ENV]`: gh then reads the value from a prompt or stdin. */
export function storeCommand(secretName: string, environment: string | undefined): string {
  const name = safeOr(secretName, 'FLY_API_TOKEN');
  const env = safeEnvironment({ secretName: name, environment });
  return `gh secret set ${shellWord(name)}${env === undefined ? '' : ` --env ${shellWord(env)}`}`;
}

/** The narrowest token(s) for the job, with the exact lines to mint and store them. */
export function recommendToken(
  needs: Needs,
  inspection: TokenInspection,
  options: FixOptions
): TokenRecommendation {
  const notes: string[] = [];
  // Needs with an unseen part (`unknown-needs`) are a lower bound: no narrower kind is chosen
  // from them. The same kind is renewed, unless the token cannot even do what can be seen:
  // then the kind for that, never one that is known to fail.
  const partial = needs.source !== 'input' && (needs.opaque?.length ?? 0) > 0;
  const seenKind = needsKnown(needs) ? kindFromNeeds(needs) : null;
  const tokenKind = kindFromToken(inspection);
  const tokenFails = partial && missingCapabilities(needs, inspection).length > 0;
  const [kind, basis]: [MintKind, TokenRecommendation['basis']] =
    !partial && seenKind !== null
      ? [seenKind, 'needs']
      : tokenKind !== null && !tokenFails
        ? [tokenKind, 'current-token']
        : partial && seenKind !== null
          ? [seenKind, 'seen-needs']
          : [tokenKind ?? 'deploy', tokenKind !== null ? 'current-token' : 'assumed'];
  if (basis === 'seen-needs') {
    notes.push(
      'Part of what the job does with the token cannot be seen: this covers what can be seen, and the unseen part may need more.'
    );
  } else if (basis === 'current-token') {
    notes.push(
      partial
        ? 'Part of what the job does with the token cannot be seen, so this renews the same kind of token.'
        : "The job's needs are not known, so this renews the same kind of token."
    );
  } else if (basis === 'assumed') {
    notes.push("The job's needs are not known; this assumes it deploys one app.");
  }

  const hours = suggestedExpiryHours(options.maxLifetimeDays);
  const secretBase = safeOr(options.secretName, 'FLY_API_TOKEN');
  const environment = safeEnvironment(options);
  const org = safeOr(options.orgSlug, ORG_PLACEHOLDER);
  const tokens: PlannedToken[] = [];

  const prefix = APP_KIND_NAME_PREFIX[kind];
  if (prefix !== undefined) {
    const apps = appTargets(needs);
    const extra = kind === 'machine-exec' ? execFlags(needs, inspection, notes) : [];
    for (const app of apps) {
      const secretName = apps.length > 1 ? perAppSecret(secretBase, app) : secretBase;
      const mint = mintLine(
        kind,
        [`-a ${shellWord(app)}`],
        `github-actions-${prefix}${app}`,
        hours
      );
      tokens.push({
        kind,
        app,
        secretName,
        mint: [mint, ...extra].join(' '),
        store: storeCommand(secretName, environment)
      });
    }
    if (apps.includes(APP_PLACEHOLDER)) {
      notes.push(
        `Replace ${APP_PLACEHOLDER} with the app name: the workflow does not say which app it targets.`
      );
    }
    if (apps.length > 1) {
      notes.push(
        `Give each step the secret of its app; an org token is the alternative only if the apps must share one secret.`
      );
    }
  } else {
    let subject = [shellWord(org)];
    let name = `github-actions-${kind}`;
    if (kind === 'litefs-cloud') {
      const clusters = Object.keys(inspection.clusterAccess ?? {}).filter(c => c !== '');
      const cluster = safeOr(clusters[0], CLUSTER_PLACEHOLDER);
      subject = [`--org ${shellWord(org)}`, `--cluster ${shellWord(cluster)}`];
      name = `github-actions-litefs-${cluster}`;
      if (cluster === CLUSTER_PLACEHOLDER) {
        notes.push(`Replace ${CLUSTER_PLACEHOLDER} with the LiteFS Cloud cluster name.`);
      }
    }
    tokens.push({
      kind,
      app: null,
      secretName: secretBase,
      mint: mintLine(kind, subject, name, hours),
      store: storeCommand(secretBase, environment)
    });
  }
  if (tokens.some(t => t.mint.includes(ORG_PLACEHOLDER))) {
    notes.push(`Replace ${ORG_PLACEHOLDER} with the organization slug (see \`fly orgs list\`).`);
  }
  return { kind, tokens, basis, notes, expiryHours: hours };
}

/** Lines that retire the token now in use, or [] when there is nothing to revoke. */
function revokeCommands(needs: Needs, inspection: TokenInspection, options: FixOptions): string[] {
  if (inspection.kind === 'malformed') return [];
  // A `fly auth token` login token dies with its session; dashboard tokens are revoked there.
  if (inspection.kind === 'personal') return ['fly auth logout'];
  const appScoped =
    ['deploy', 'ssh', 'machine-exec'].includes(inspection.kind) ||
    (inspection.appIds.length > 0 && !/[wcdC]/.test(inspection.orgAccess ?? ''));
  // App tokens are listed per app: the one the online check matched, else the job's only app.
  const list = appScoped
    ? `fly tokens list -a ${shellWord(
        safeOr(
          options.currentTokenApp ?? (needs.apps.length === 1 ? needs.apps[0] : undefined),
          APP_PLACEHOLDER
        )
      )}`
    : `fly tokens list --org ${shellWord(safeOr(options.orgSlug, ORG_PLACEHOLDER))}`;
  return [list, `fly tokens revoke ${TOKEN_ID_PLACEHOLDER}`];
}

/** "an org token", "an ssh token", "a deploy token". */
function article(kind: string): string {
  return /^(?:org|ssh)/.test(kind) ? 'an' : 'a';
}

/** "a deploy token for web", "an org token", "one deploy token per app (api, web)". */
export function describeRecommendation(rec: TokenRecommendation): string {
  if (rec.tokens.length > 1) {
    return `one ${rec.kind} token per app (${rec.tokens.map(t => t.app ?? '').join(', ')})`;
  }
  const app = rec.tokens[0]?.app;
  return `${article(rec.kind)} ${rec.kind} token${app != null ? ` for ${app}` : ''}`;
}

function describePlan(rec: TokenRecommendation, options: FixOptions): string {
  const first = rec.tokens[0];
  const environment = safeEnvironment(options);
  const where = environment === undefined ? '' : ` of the \`${environment}\` environment`;
  const expiry = expiryText(rec.expiryHours);
  if (rec.tokens.length > 1) {
    const apps = rec.tokens.map(t => t.app ?? '').join(', ');
    const secrets = rec.tokens.map(t => t.secretName).join(', ');
    return `Mint one ${rec.kind} token per app (${apps}), each expiring in ${expiry}, and store each in its own secret${where} (${secrets})`;
  }
  const target = first?.app != null ? ` for ${first.app}` : '';
  return `Mint ${article(rec.kind)} ${rec.kind} token${target} that expires in ${expiry} and store it as the ${first?.secretName ?? 'FLY_API_TOKEN'} secret${where}`;
}

interface BuildFixOptions {
  /** Add the lines that revoke the token now in use (default true; pointless once expired). */
  revokeOld?: boolean;
}

/** The whole fix: mint and store the narrowest token(s), then revoke the old one. */
export function buildFix(
  needs: Needs,
  inspection: TokenInspection,
  options: FixOptions,
  build: BuildFixOptions = {}
): Fix {
  const rec = recommendToken(needs, inspection, options);
  const revoke = build.revokeOld === false ? [] : revokeCommands(needs, inspection, options);
  const sentences = [describePlan(rec, options)];
  if (revoke.length > 0) {
    sentences[0] +=
      inspection.kind === 'personal'
        ? ', then revoke the personal token: `fly auth logout` where it was issued ends a `fly auth token` session, a token made in the Fly.io dashboard is revoked there.'
        : ', then revoke the old token by its id from the list.';
  } else {
    sentences[0] += '.';
  }
  // One line per token: `gh secret set` reads the new token from the pipe, never a terminal.
  const commands = [...rec.tokens.map(t => `${t.mint} | ${t.store}`), ...revoke];
  return {
    summary: [...sentences, ...rec.notes].join(' '),
    // Defence in depth: nothing token-like may leave here, whatever the inputs held.
    commands: commands.filter(c => !looksLikeToken(c, TOKEN_SHAPE.fragment))
  };
}

/** Fix options from a rule context: its options plus what the online checks learned. */
export function fixOptionsFrom(context: TokenRuleContext): FixOptions {
  const options: FixOptions = {
    secretName: context.options.secretName,
    maxLifetimeDays: context.options.maxLifetimeDays
  };
  if (context.options.environment !== undefined) options.environment = context.options.environment;
  // Only an org the token itself names: a slug learned for another org would mislead.
  const orgIds = context.inspection.orgIds;
  const slug = context.online?.orgs.find(
    o => o.slug !== undefined && (orgIds.length === 0 || orgIds.includes(o.orgId))
  )?.slug;
  if (slug !== undefined) options.orgSlug = slug;
  const app = context.online?.apps.find(a => a.idMatchesToken === true)?.app;
  if (app !== undefined) options.currentTokenApp = app;
  return options;
}

/**
 * Whether the token is dead of age, so revoking it is pointless. Not for a personal token: its
 * user part outlives the short-lived macaroons bundled with it.
 */
function hasExpired(context: TokenRuleContext): boolean {
  const { kind, expiresAt } = context.inspection;
  return (
    kind !== 'personal' && expiresAt !== null && Date.parse(expiresAt) <= context.now.getTime()
  );
}

/** The narrowest-token fix for a rule's finding; an expired token is replaced, not revoked. */
export function fixFor(context: TokenRuleContext, build: BuildFixOptions = {}): Fix {
  const revokeOld = build.revokeOld !== false && !hasExpired(context);
  return buildFix(context.needs, context.inspection, fixOptionsFrom(context), { revokeOld });
}

/** Whether a fix asks for a new token. */
function mintsToken(fix: Fix | undefined): boolean {
  return fix?.commands.some(c => c.startsWith('fly tokens create ')) ?? false;
}

/**
 * The `recommendation` output: the `fly tokens create` line(s) for this job, or null when the
 * token already fits (no finding asks for a new one) or when neither the job's needs nor the
 * token's kind say what to mint.
 */
export function recommendationFor(
  context: TokenRuleContext,
  findings: readonly Finding[]
): string | null {
  if (!findings.some(f => mintsToken(f.fix))) return null;
  const rec = recommendToken(context.needs, context.inspection, fixOptionsFrom(context));
  return rec.basis === 'assumed' ? null : rec.tokens.map(t => t.mint).join('\n');
}
