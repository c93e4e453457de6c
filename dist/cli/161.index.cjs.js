"use strict";
exports.id = 161;
exports.ids = [161];
exports.modules = {

/***/ 7161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScanCommand: () => (/* binding */ runScanCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/engine/repo-files.js
var repo_files = __webpack_require__(802);
// EXTERNAL MODULE: ./lib/token/index.js + 31 modules
var token = __webpack_require__(1205);
;// CONCATENATED MODULE: ./lib/rules/scan/token-literals.js
// Fly token literals in text: macaroon bundles (`FlyV1 fm2_…,fm2_…`), OAuth user tokens (`fo1_` +
// 43 characters) and, where a line assigns FLY_API_TOKEN / FLY_ACCESS_TOKEN, legacy 43-character
// personal tokens. Each candidate is decoded offline; only text that decodes as a usable token
// counts (documentation placeholders and truncated examples do not). Callers get offsets and the
// inspection, never a copy of the text to print.

const MACAROON_PIECE = String.raw `(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/]{16,}={0,2}`;
const OAUTH_PIECE = String.raw `fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`;
const PIECE = `(?:${MACAROON_PIECE}|${OAUTH_PIECE})`;
/** A bundle: pieces joined by commas, optionally after `FlyV1 ` / `Bearer `. */
const BUNDLE = new RegExp(String.raw `(?<![A-Za-z0-9_])(?:(?:FlyV1|Bearer)[ \t]+)?${PIECE}(?:[ \t]*,[ \t]*${PIECE})*`, 'gi');
const PIECE_ALONE = new RegExp(PIECE, 'gi');
/** `FLY_API_TOKEN=<43>` / `FLY_ACCESS_TOKEN: "<43>"` (env files, YAML, TOML, shell). */
const LEGACY_ASSIGNMENT = /\bFLY_(?:API|ACCESS)_TOKEN["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;
/** Cheap test before the regular expressions run on a file. */
function mayHoldTokenLiteral(text) {
    return /f[mo][12][ra]?_/i.test(text) || /FLY_(?:API|ACCESS)_TOKEN/.test(text);
}
/**
 * A 43-character value that a person typed rather than Fly generated: long runs of consecutive
 * characters (`abcdefgh…`, `0123…`), few distinct characters (`xxxx…`), or a telling word.
 */
function looksLikePlaceholder(body) {
    if (/example|placeholder|your|token|redacted|dummy|fake|secret|xxxx|changeme/i.test(body)) {
        return true;
    }
    if (new Set(body).size < 12)
        return true;
    let consecutive = 0;
    for (let i = 1; i < body.length; i++) {
        if (body.charCodeAt(i) - body.charCodeAt(i - 1) === 1)
            consecutive += 1;
    }
    return consecutive >= (body.length - 1) / 3;
}
function usable(inspection) {
    return inspection.kind !== 'malformed';
}
/** Every Fly token literal in a text, in order, none overlapping. */
function findTokenLiterals(text) {
    if (!mayHoldTokenLiteral(text))
        return [];
    const found = [];
    const taken = (start, end) => found.some(f => start < f.end && end > f.start);
    for (const match of text.matchAll(BUNDLE)) {
        const literal = bundleLiteral(match[0], match.index);
        if (literal)
            found.push(literal);
        else
            found.push(...pieceLiterals(match[0], match.index));
    }
    for (const match of text.matchAll(LEGACY_ASSIGNMENT)) {
        const body = match[1] ?? '';
        const start = match.index + match[0].length - body.length;
        const end = start + body.length;
        if (taken(start, end) || looksLikePlaceholder(body))
            continue;
        if (!/[A-Za-z]/.test(body) || !/[0-9]/.test(body))
            continue;
        const inspection = (0,token/* inspectToken */.e4)(body);
        if (inspection.kind === 'personal')
            found.push({ start, end, inspection, shape: 'legacy' });
    }
    return found.sort((a, b) => a.start - b.start);
}
function isPlaceholderBundle(value) {
    const oauth = /fo1_([A-Za-z0-9_-]{43})/i.exec(value);
    return oauth !== null && !/f[m][12][ra]?_/i.test(value) && looksLikePlaceholder(oauth[1] ?? '');
}
/** The whole bundle, when it decodes as one token. */
function bundleLiteral(value, offset) {
    if (isPlaceholderBundle(value))
        return null;
    const inspection = (0,token/* inspectToken */.e4)(value);
    if (!usable(inspection))
        return null;
    const shape = /f[m][12][ra]?_/i.test(value) ? 'macaroon' : 'oauth';
    return { start: offset, end: offset + value.length, inspection, shape };
}
/** A bundle that does not decode as a whole may still hold pieces that do. */
function pieceLiterals(value, offset) {
    const out = [];
    for (const match of value.matchAll(PIECE_ALONE)) {
        const piece = match[0];
        if (isPlaceholderBundle(piece))
            continue;
        const inspection = (0,token/* inspectToken */.e4)(piece);
        if (!usable(inspection))
            continue;
        // A lone discharge grants nothing, and a permission token cut off from its discharge cannot
        // be used: only pieces that work on their own (user tokens, bare macaroons) count.
        if (inspection.kind !== 'personal' && inspection.orgIds.length === 0)
            continue;
        if (inspection.problems.some(p => p.code === 'missing-discharge'))
            continue;
        const start = offset + match.index;
        out.push({
            start,
            end: start + piece.length,
            inspection,
            shape: /^fo1_/i.test(piece) ? 'oauth' : 'macaroon'
        });
    }
    return out;
}

// EXTERNAL MODULE: ./lib/workflow/index.js + 17 modules
var lib_workflow = __webpack_require__(6209);
;// CONCATENATED MODULE: ./lib/rules/scan/fly-secrets.js
/** The variables flyctl reads its token from. */
const FLY_TOKEN_VARIABLES = new Set([
    'FLY_API_TOKEN',
    'FLY_ACCESS_TOKEN'
]);
/** Owners whose actions are Fly's own. */
const FLY_ACTION_OWNERS = new Set(['superfly']);
// The same few secret names are asked about for every reference, step and rule: answers are
// kept in a small table, emptied when full.
const MAX_KEPT_NAMES = 1024;
const MAX_KEPT_NAME_CHARS = 128;
const flyTokenNames = new Map();
function copyOf(text) {
    return text.split('').join('');
}
/** `FLY_API_TOKEN`, `FLY_PREVIEW_TOKEN`, `PROD_FLY_TOKEN`, `FLYCTL_CI_TOKEN`, `FLYIO_TOKEN`... */
function isFlyTokenName(name) {
    let answer = flyTokenNames.get(name);
    if (answer === undefined) {
        const upper = name.toUpperCase().replace(/-/g, '_');
        answer = /(^|_)FLY(CTL|IO)?(_|$)/.test(upper) && /TOKEN/.test(upper);
        if (name.length <= MAX_KEPT_NAME_CHARS) {
            if (flyTokenNames.size >= MAX_KEPT_NAMES)
                flyTokenNames.clear();
            // The name is usually a slice of its workflow's text: keep a copy, not the whole text.
            flyTokenNames.set(copyOf(name), answer);
        }
    }
    return answer;
}
function normalizedKey(key) {
    return (key ?? '').toUpperCase().replace(/-/g, '_');
}
/** How a reference is used, when that use alone says it is a Fly token; null otherwise. */
function flyUseOf(ref) {
    const flow = ref.flow;
    const key = normalizedKey(flow.key);
    if (flow.kind === 'env' || flow.kind === 'secrets') {
        if (FLY_TOKEN_VARIABLES.has(key))
            return `given to flyctl as ${key}`;
        if (flow.kind === 'secrets' && isFlyTokenName(key))
            return `passed on as ${key}`;
    }
    if (flow.kind === 'with') {
        const owner = (flow.uses ?? '').split('/')[0]?.toLowerCase() ?? '';
        if (FLY_ACTION_OWNERS.has(owner) && /TOKEN/.test(key))
            return `given to ${flow.uses}`;
        if (owner === 'fly-token-guard' && key === 'TOKEN')
            return `checked by ${flow.uses}`;
        if (FLY_TOKEN_VARIABLES.has(key) || isFlyTokenName(key))
            return `passed as ${flow.key}`;
    }
    if (flow.kind === 'run') {
        const flag = (flow.flag ?? '').replace(/=.*$/, '');
        if (flow.fly && (flag === '-t' || flag === '--access-token')) {
            return `given to flyctl as ${flag}`;
        }
        if (flow.variable !== null && FLY_TOKEN_VARIABLES.has(flow.variable)) {
            return `assigned to ${flow.variable}`;
        }
    }
    return null;
}
/** `FLY_API_TOKEN=${{ secrets.X }}` written in a script (export, GITHUB_ENV line, prefix). */
const SCRIPT_ASSIGNMENT = /\bFLY_(?:API|ACCESS)_TOKEN\s*=\s*["']?\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
/** What one workflow adds to the index, in the order found (a name may come more than once). */
function flyNotesOf(workflow) {
    const notes = [];
    for (const ref of workflow.secretRefs) {
        if (ref.name === null)
            continue;
        if (isFlyTokenName(ref.name))
            notes.push([ref.name, 'named like a Fly token']);
        const use = flyUseOf(ref);
        if (use !== null)
            notes.push([ref.name, use]);
    }
    for (const job of workflow.jobs) {
        for (const step of job.steps) {
            // Every match holds `FLY_`: most scripts are passed over without running the pattern.
            if (!step.run?.text.includes('FLY_'))
                continue;
            for (const match of step.run.text.matchAll(SCRIPT_ASSIGNMENT)) {
                if (match[1])
                    notes.push([match[1], 'assigned to FLY_API_TOKEN in a script']);
            }
        }
    }
    return notes;
}
/** The first reason per name, in the order the notes come. */
function firstReasons(notes) {
    const names = new Map();
    for (const [name, reason] of notes)
        if (!names.has(name))
            names.set(name, reason);
    return names;
}
function flySecretsOver(names) {
    const reasonFor = (ref) => {
        if (ref.name !== null) {
            const known = names.get(ref.name);
            if (known !== undefined)
                return known;
            return isFlyTokenName(ref.name) ? 'named like a Fly token' : null;
        }
        return flyUseOf(ref);
    };
    return { names, reasonFor, isFlyRef: ref => reasonFor(ref) !== null };
}
/** The index over notes gathered workflow by workflow, in path order (the first reason wins). */
function flySecretsFrom(notes) {
    return flySecretsOver(firstReasons(notes));
}
function fly_secrets_indexFlySecrets(workflows) {
    return flySecretsFrom(workflows.flatMap(flyNotesOf));
}
/** A name map that reports every name it is asked about and does not hold. */
class AskedNames extends Map {
    miss = () => undefined;
    has(name) {
        const found = super.has(name);
        if (!found)
            this.miss(name);
        return found;
    }
    get(name) {
        const found = super.get(name);
        if (found === undefined)
            this.miss(name);
        return found;
    }
}
/**
 * The index as one workflow sees it before the others are read: its own notes (plus any names
 * already known to be Fly tokens). Every secret it answers "not a Fly token" for, without the
 * name saying so, goes into `assumedNotFly`: the answer is only right if no other workflow of
 * the repository uses that secret as a Fly token.
 */
function provisionalFlySecrets(notes, assumedNotFly) {
    const names = new AskedNames(firstReasons(notes));
    names.miss = name => {
        if (!isFlyTokenName(name))
            assumedNotFly.add(name);
    };
    return flySecretsOver(names);
}
/** Fly references in the workflow-level `env:` (visible to every job with steps). */
function workflowEnvFlyRefs(workflow, fly) {
    return workflow.secretRefs.filter(r => r.jobId === null && r.flow.scope === 'workflow' && r.flow.kind === 'env' && fly.isFlyRef(r));
}
/** Fly references written inside a job (its env, steps, container, reusable-workflow call). */
function jobFlyRefs(job, fly) {
    return job.secretRefs.filter(r => fly.isFlyRef(r));
}
/**
 * The Fly references a job's steps can reach: its own plus the workflow-level env. A job that
 * calls a reusable workflow gets no workflow env, only what it passes explicitly.
 */
function reachableFlyRefs(workflow, job, fly) {
    const own = jobFlyRefs(job, fly);
    if (job.uses)
        return own;
    return [...workflowEnvFlyRefs(workflow, fly), ...own];
}
/** Distinct secret names of some references (dynamic references shown by their expression). */
function secretNames(refs) {
    return [...new Set(refs.map(r => r.name ?? r.expression))];
}
/** `A`, `A and B`, `A, B and C`, each in backticks. */
function listNames(names) {
    const quoted = names.map(n => `\`${n}\``);
    if (quoted.length <= 1)
        return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

;// CONCATENATED MODULE: ./lib/rules/scan/context.js
// What the scan rules look at: the repository's workflows (parsed, with what each job needs from
// its Fly token), its composite actions and the text files that may hold a token literal. Built
// from plain texts by `buildScanContext`, so rules stay pure and tests need no disk.


const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
/** What each job of a workflow needs from its Fly token; empty when inference fails. Never throws. */
function needsOfWorkflow(workflow, repo) {
    try {
        return (0,lib_workflow/* inferWorkflowNeeds */.pD)(workflow, repo);
    }
    catch {
        return new Map();
    }
}
/** Parses every workflow and action and infers needs per job. Never throws. */
function buildScanContext(sources) {
    const workflows = [...sources.workflows].sort(byPath).map(({ path, text }) => {
        const workflow = parseWorkflowFile(path, text);
        return { workflow, needs: needsOfWorkflow(workflow, sources.repo) };
    });
    const actions = [...sources.actions].sort(byPath).map(a => parseActionFile(a.path, a.text));
    return {
        workflows,
        actions,
        files: [...sources.files].sort(byPath),
        fly: indexFlySecrets(workflows.map(w => w.workflow)),
        now: sources.now ?? new Date()
    };
}

;// CONCATENATED MODULE: ./lib/rules/scan/fly-auth-token.js
// fly-auth-token: a script runs `fly auth token` / `flyctl auth token`. It prints the personal
// login token of whoever is logged in: full power over every organization of that person, and
// usually a sign that a personal token was put into CI to make this work.

const isAuthToken = (invocation) => invocation.path[0] === 'auth' && invocation.path[1] === 'token';
function finding(location) {
    return {
        rule: 'fly-auth-token',
        severity: 'high',
        message: '`fly auth token` prints the personal login token of whoever is logged in: it can do ' +
            'everything that person can, in every organization they belong to. A CI job that can run ' +
            'it holds a personal token, and anything that reads its output gets one.',
        location,
        fix: {
            summary: 'Mint a token scoped to what the job does (a deploy token per app) and give it to flyctl as FLY_API_TOKEN; remove `fly auth token` and revoke the personal token that was stored.',
            commands: [
                'fly tokens create deploy -a <APP> -x 2160h',
                'gh secret set FLY_API_TOKEN --env production'
            ]
        }
    };
}
const flyAuthToken = {
    id: 'fly-auth-token',
    defaultSeverity: 'high',
    title: 'Script calls fly auth token',
    help: '`fly auth token` prints flyctl’s own login token: a personal credential with everything ' +
        'its user can do in every organization. Fly advises never to use it in CI. Use a token ' +
        'minted for the job (`fly tokens create deploy -a APP`).',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            for (const command of (0,lib_workflow/* locateFlyCommands */.a9)(workflow, isAuthToken)) {
                findings.push(finding(command.location));
            }
        }
        for (const action of context.actions) {
            for (const step of action.steps) {
                const run = step.run;
                if (!run)
                    continue;
                for (const invocation of (0,lib_workflow/* findFlyInvocations */.SD)((0,lib_workflow/* parsedScript */.NN)(run), run.text)) {
                    if (!isAuthToken(invocation))
                        continue;
                    findings.push(finding((0,lib_workflow/* locateInValue */.nV)(action.path, run.map, invocation.start, invocation.end)));
                }
            }
        }
        return findings;
    }
};

// EXTERNAL MODULE: ./lib/workflow/line-index.js
var line_index = __webpack_require__(7714);
// EXTERNAL MODULE: ./lib/rules/token/access.js
var access = __webpack_require__(439);
;// CONCATENATED MODULE: ./lib/rules/scan/hardcoded-token.js



function locate(file, at, literal) {
    const from = at(literal.start);
    const to = at(Math.max(literal.start, literal.end - 1));
    return {
        file,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column + 1
    };
}
function grants(inspection) {
    const parts = [];
    if (inspection.orgIds.length > 0) {
        parts.push(`organization${inspection.orgIds.length === 1 ? '' : 's'} ${inspection.orgIds.join(', ')}`);
    }
    if (inspection.appIds.length > 0) {
        parts.push(`app${inspection.appIds.length === 1 ? '' : 's'} ${inspection.appIds.join(', ')}`);
    }
    return parts.length > 0 ? ` for ${parts.join(', ')}` : '';
}
function expiry(inspection, now) {
    if (inspection.kind === 'personal' && inspection.userTokenCount > 0) {
        return { text: 'it works until its user logs out or revokes it', expired: false };
    }
    if (inspection.expiresAt === null)
        return { text: 'it never expires', expired: false };
    const expired = Date.parse(inspection.expiresAt) <= now.getTime();
    const day = inspection.expiresAt.slice(0, 10);
    return { text: expired ? `it expired on ${day}` : `it is valid until ${day}`, expired };
}
function fixFor(inspection) {
    const appScoped = ['deploy', 'ssh', 'machine-exec'].includes(inspection.kind);
    const revoke = inspection.kind === 'personal'
        ? ['fly auth logout']
        : [
            appScoped ? 'fly tokens list -a <APP>' : 'fly tokens list --org <ORG>',
            'fly tokens revoke <TOKEN_ID>'
        ];
    return {
        summary: 'Revoke the token now (deleting the file does not help: it stays in the history, forks and clones), then mint a new one and keep it in a GitHub secret.',
        commands: [
            ...revoke,
            'fly tokens create deploy -a <APP> -x 2160h',
            'gh secret set FLY_API_TOKEN --env production'
        ]
    };
}
const hardcodedToken = {
    id: 'hardcoded-token',
    defaultSeverity: 'critical',
    title: 'Fly token committed to the repository',
    help: 'A Fly token written into a file of the repository can be used by anyone who can read the ' +
        'repository, its forks, clones or history, until it is revoked. It is decoded offline to ' +
        'say what it grants; the finding never quotes it. Revoke it, mint a new one and keep that ' +
        'in a GitHub secret.',
    check(context) {
        const findings = [];
        for (const file of context.files) {
            const literals = findTokenLiterals(file.text);
            if (literals.length === 0)
                continue;
            const starts = (0,line_index/* lineStarts */._$)(file.text);
            const at = (offset) => (0,line_index/* positionAt */.t$)(starts, offset);
            for (const literal of literals) {
                const inspection = literal.inspection;
                const when = expiry(inspection, context.now);
                const undischarged = inspection.problems.some(p => p.code === 'missing-discharge');
                const severity = when.expired ? 'medium' : undischarged ? 'high' : 'critical';
                const what = literal.shape === 'legacy'
                    ? 'legacy personal token (everything its user can do, in every organization)'
                    : (0,access/* describeToken */.dE)(inspection);
                findings.push({
                    rule: 'hardcoded-token',
                    severity,
                    message: `A Fly ${what}${grants(inspection)} is committed in this file; ${when.text}. ` +
                        (when.expired
                            ? 'It no longer works, but it shows where tokens end up: remove it and check its siblings.'
                            : undischarged
                                ? 'Its discharge is not next to it, so it cannot be used on its own; whoever has the discharge (a log, another file) can complete it. Revoke it.'
                                : 'Anyone who can read the repository, a fork, a clone or its history can use it until it is revoked.'),
                    location: locate(file.path, at, literal),
                    fix: fixFor(inspection)
                });
            }
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/shared.js
function plural(count, word, many = `${word}s`) {
    return `${count} ${count === 1 ? word : many}`;
}
/** Items with a location, in file order. */
function inFileOrder(items) {
    return [...items].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
/** How messages name a job: its id, in backticks. */
function jobLabel(job) {
    return `\`${job.id}\``;
}

;// CONCATENATED MODULE: ./lib/rules/scan/no-environment.js


const noEnvironment = {
    id: 'no-environment',
    defaultSeverity: 'low',
    title: 'Job using a Fly secret has no environment',
    help: 'A job without `environment:` can only read repository or organization secrets, which every ' +
        'workflow on every branch can read too. Store the Fly token as an environment secret and ' +
        'name the environment in the job: then required reviewers and deployment branch rules ' +
        'decide which runs get it.',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            for (const job of workflow.jobs) {
                // A job calling a reusable workflow cannot declare an environment; its callee's jobs can.
                if (job.uses !== null || job.environment !== null)
                    continue;
                const refs = reachableFlyRefs(workflow, job, context.fly);
                if (refs.length === 0)
                    continue;
                const name = secretNames(refs).find(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) ?? 'FLY_API_TOKEN';
                findings.push({
                    rule: 'no-environment',
                    severity: 'low',
                    message: `Job ${jobLabel(job)} uses Fly secret ${listNames(secretNames(refs))} without an ` +
                        '`environment:`, so the secret is a repository secret: every workflow on every ' +
                        'branch can read it, with no reviewers or branch rules in between.',
                    location: job.idLocation,
                    fix: {
                        summary: 'Move the secret into an environment (with required reviewers or deployment branch rules) and add `environment: <name>` to this job.',
                        commands: [`gh secret set ${name} --env production`, `gh secret delete ${name}`]
                    }
                });
            }
        }
        return findings;
    }
};

// EXTERNAL MODULE: ./lib/workflow/expressions.js
var expressions = __webpack_require__(3174);
;// CONCATENATED MODULE: ./lib/rules/scan/conditions.js
// Would a job or step run for a given kind of event? Its `if:` is evaluated with the event's
// facts filled in and everything else unknown: only an `if:` that is false for certain rules a
// run out (`github.event_name == 'push'`, a same-repository check seen from a fork).

const THIS_REPO = 'owner/repo';
const FORK_REPO = 'attacker/repo';
/** A pull request opened from a fork (the case that matters for untrusted code). */
function forkPullRequest(event) {
    return {
        'github.event_name': event,
        'github.repository': THIS_REPO,
        'github.event.pull_request.head.repo.full_name': FORK_REPO,
        'github.event.pull_request.head.repo.fork': true,
        'github.event.pull_request.head.repo.owner.login': 'attacker',
        'github.repository_owner': 'owner',
        ...(event === 'pull_request' ? { 'github.ref': 'refs/pull/1/merge' } : {}),
        // workflow_run started by a fork's pull request:
        'github.event.workflow_run.event': 'pull_request',
        'github.event.workflow_run.head_repository.full_name': FORK_REPO,
        'github.event.workflow_run.head_repository.fork': true,
        'github.event.workflow_run.head_repository.owner.login': 'attacker'
    };
}
/** A pull request from a branch of this repository. */
function samePullRequest(event) {
    return {
        'github.event_name': event,
        ...(event === 'pull_request' ? { 'github.ref': 'refs/pull/1/merge' } : {})
    };
}
const truthy = (v) => !(v === null || v === false || v === '' || v === 0 || Number.isNaN(v));
/** The expression body of an `if:` (with or without `${{ }}`); null when it mixes text in. */
function conditionBody(condition) {
    const text = condition.trim();
    const spans = (0,expressions/* findExpressions */.zV)(text);
    if (spans.length === 0)
        return text;
    const only = spans[0];
    if (spans.length === 1 && only && only.start === 0 && only.end === text.length) {
        return only.inner;
    }
    return null;
}
/** False only when the condition is certainly false under these facts. */
function mayRun(condition, facts) {
    if (condition === null || condition.trim() === '')
        return true;
    const body = conditionBody(condition);
    // Text around an expression makes a non-empty string: GitHub treats it as true.
    if (body === null)
        return true;
    const lookup = (path) => {
        const key = path.join('.').toLowerCase();
        if (Object.hasOwn(facts, key))
            return { values: [facts[key] ?? null], unknown: false };
        return { values: [], unknown: true };
    };
    const result = (0,expressions/* evaluateExpression */.O4)(body, lookup);
    if (result.unknown)
        return true;
    return result.values.some(truthy);
}

;// CONCATENATED MODULE: ./lib/rules/scan/pull-request-exposure.js



const pullRequestExposure = {
    id: 'pull-request-exposure',
    defaultSeverity: 'medium',
    title: 'Fly secret used by a pull_request job',
    help: 'A job that runs on `pull_request` runs the pull request’s code and its version of the ' +
        'workflow. GitHub withholds secrets from forks, but a branch pushed to this repository gets ' +
        'them: its code can read the Fly token. Keep Fly tokens in jobs that run on `push` or behind ' +
        'an `environment:` with required reviewers; preview deploys should use a token that only ' +
        'reaches the preview apps.',
    check(context) {
        const findings = [];
        const facts = samePullRequest('pull_request');
        for (const { workflow } of context.workflows) {
            if (!workflow.triggers.some(t => t.event === 'pull_request'))
                continue;
            for (const job of workflow.jobs) {
                if (!mayRun(job.if, facts))
                    continue;
                const refs = reachableFlyRefs(workflow, job, context.fly).filter(ref => ref.stepIndex === null || mayRun(job.steps[ref.stepIndex]?.if ?? null, facts));
                const first = inFileOrder(refs)[0];
                if (!first)
                    continue;
                const names = listNames(secretNames(refs));
                const onlyPr = workflow.triggers.every(t => t.event === 'pull_request');
                findings.push({
                    rule: 'pull-request-exposure',
                    severity: 'medium',
                    message: `Job ${jobLabel(job)} ${onlyPr ? 'runs' : 'also runs'} on \`pull_request\` with Fly ` +
                        `secret ${names}: the pull request's code and its version of this workflow run with ` +
                        'the token. Forks get no secrets, but any branch pushed to this repository does.',
                    location: first.location,
                    fix: {
                        summary: 'Run this job on `push` (or behind an `environment:` with required reviewers), or ' +
                            'skip the Fly steps on pull requests; for preview deploys use a token limited to ' +
                            'the preview apps.',
                        commands: []
                    }
                });
            }
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/callees.js
// Local reusable workflows (`uses: ./.github/workflows/x.yml`): how deep the rules follow them.
// secrets-inherit and untrusted-trigger follow them over their plain-data summaries.
/** GitHub nests reusable workflows at most four levels deep. */
const MAX_CALL_DEPTH = 4;

;// CONCATENATED MODULE: ./lib/rules/scan/secrets-inherit.js



/** The local reusable workflow a `uses:` names, if any (`./.github/workflows/x.yml`). */
function calleePathOf(uses) {
    if (uses === null || uses.kind !== 'reusable-workflow' || uses.owner !== null)
        return null;
    return uses.path;
}
/** What the rule needs from one workflow. */
function inheritSummary(workflow, fly) {
    const callerRefs = workflow.secretRefs.filter(r => fly.isFlyRef(r));
    const calls = [];
    for (const job of workflow.jobs) {
        const uses = job.uses;
        if (!uses || !job.secrets?.inherit)
            continue;
        calls.push({
            jobId: job.id,
            raw: uses.raw,
            usesPath: uses.path,
            local: uses.owner === null,
            calleePath: calleePathOf(uses),
            location: job.secrets.location
        });
    }
    return {
        path: workflow.path,
        callerNames: secretNames(callerRefs),
        callerCount: callerRefs.length,
        jobs: workflow.jobs.map(job => ({
            calleePath: calleePathOf(job.uses),
            inherit: job.secrets?.inherit === true,
            reachable: reachableFlyRefs(workflow, job, fly).map(r => r.name ?? r.expression)
        })),
        calls
    };
}
/**
 * Fly secrets inside a local reusable workflow, following the local workflows it calls with
 * `secrets: inherit` or explicit Fly secrets.
 */
function calleeFlyNames(byPath, callee, depth = 0, stack = []) {
    if (depth >= MAX_CALL_DEPTH || stack.includes(callee.path))
        return [];
    const names = [];
    for (const job of callee.jobs) {
        names.push(...job.reachable);
        const next = job.calleePath === null ? undefined : byPath.get(job.calleePath);
        if (next && (job.inherit || job.reachable.length > 0)) {
            names.push(...calleeFlyNames(byPath, next, depth + 1, [...stack, callee.path]));
        }
    }
    return names;
}
/** The findings over every workflow's summary, given in path order. */
function secretsInheritFindings(summaries) {
    const byPath = new Map();
    for (const s of summaries)
        if (!byPath.has(s.path))
            byPath.set(s.path, s);
    const findings = [];
    for (const summary of summaries) {
        for (const call of summary.calls) {
            const callee = call.calleePath === null ? undefined : byPath.get(call.calleePath);
            const calleeNames = callee ? [...new Set(calleeFlyNames(byPath, callee))] : [];
            let what;
            if (calleeNames.length > 0) {
                what = `\`${call.usesPath}\` (or a workflow it calls) uses Fly secret ${listNames(calleeNames)}`;
            }
            else if (call.local && callee) {
                continue;
            }
            else if (summary.callerCount > 0) {
                what = `this workflow handles Fly secret ${listNames(summary.callerNames)}, and the called workflow receives ${summary.callerCount === 1 ? 'it' : 'them'} too`;
            }
            else {
                continue;
            }
            const explicit = (calleeNames.length > 0 ? calleeNames : summary.callerNames)
                .filter(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
                .slice(0, 3)
                .map(n => `${n}: \${{ secrets.${n} }}`)
                .join(', ');
            findings.push({
                rule: 'secrets-inherit',
                severity: 'medium',
                message: `Job ${jobLabel({ id: call.jobId })} calls \`${call.raw.trim()}\` with \`secrets: inherit\`: every ` +
                    `secret of the repository goes with it, and ${what}.`,
                location: call.location,
                fix: {
                    summary: `Replace \`secrets: inherit\` with the secrets the workflow needs${explicit ? ` (\`secrets: { ${explicit} }\`)` : ''}.`,
                    commands: []
                }
            });
        }
    }
    return findings;
}
const secretsInherit = {
    id: 'secrets-inherit',
    defaultSeverity: 'medium',
    title: 'secrets: inherit hands Fly secrets to a reusable workflow',
    help: '`secrets: inherit` passes every secret the caller can see to the called workflow, whatever ' +
        'it needs. A Fly token then reaches every job of that workflow (and whatever it calls). ' +
        'Pass the one secret it needs explicitly under `secrets:`.',
    check(context) {
        return secretsInheritFindings(context.workflows.map(({ workflow }) => inheritSummary(workflow, context.fly)));
    }
};

// EXTERNAL MODULE: ./lib/rules/shell.js
var shell = __webpack_require__(677);
;// CONCATENATED MODULE: ./lib/rules/scan/shared-token.js



const ORG_POWERS = new Set(['create-app', 'destroy-app', 'org']);
/**
 * Apps named (and given fix commands) in one finding; the rest are counted. Every file using the
 * secret gets a finding, so listing all apps in each made a monorepo's report grow with the square
 * of its size (1,000 workflows: 340 MB of findings).
 */
const MAX_LISTED_APPS = 10;
function listApps(apps) {
    const more = apps.length - MAX_LISTED_APPS;
    return apps.slice(0, MAX_LISTED_APPS).join(', ') + (more > 0 ? ` and ${more} more` : '');
}
/** Whether a position falls in a node's range (start inclusive, end exclusive). */
function inside(location, outer) {
    if (location.file !== outer.file)
        return false;
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 < c2);
    const endLine = outer.endLine ?? Number.MAX_SAFE_INTEGER;
    const endColumn = outer.endColumn ?? Number.MAX_SAFE_INTEGER;
    return (!before(location.line, location.column, outer.line, outer.column) &&
        before(location.line, location.column, endLine, endColumn));
}
/** The one secret name among references, or null when there are none or several. */
function single(refs) {
    const names = new Set(refs.map(r => r.name));
    if (names.size !== 1 || names.has(null))
        return null;
    return refs;
}
function flyRefsOf(workflow, fly) {
    const jobs = new Map();
    let workflowEnv;
    return {
        job(job) {
            let refs = jobs.get(job);
            if (!refs) {
                refs = job.secretRefs.filter(r => fly.isFlyRef(r));
                jobs.set(job, refs);
            }
            return refs;
        },
        workflowEnv: () => (workflowEnv ??= workflowEnvFlyRefs(workflow, fly))
    };
}
/** Which secret a piece of evidence used: its step's, else the job's, else the workflow's. */
function tokenOf(job, step, flyRefs) {
    const jobRefs = flyRefs.job(job);
    if (job.uses) {
        return single(jobRefs.filter(r => r.flow.kind === 'secrets' || r.flow.kind === 'with'));
    }
    if (step) {
        const stepRefs = jobRefs.filter(r => r.stepIndex === step.index);
        if (stepRefs.length > 0)
            return single(stepRefs);
    }
    const jobEnv = jobRefs.filter(r => r.stepIndex === null && r.flow.kind === 'env');
    if (jobEnv.length > 0)
        return single(jobEnv);
    return single(flyRefs.workflowEnv());
}
const positionKey = (l) => l ? `${l.file}:${l.line}:${l.column}` : '';
/**
 * The position key of each piece of evidence. Evidence comes sorted by position, several pieces
 * at each: a piece at its predecessor's position reuses that key (one string per position, and
 * map lookups with a key whose hash is already known).
 */
function positionKeys(evidences) {
    const keys = [];
    let previous;
    let previousKey = '';
    for (const { location } of evidences) {
        const same = previous !== undefined &&
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
function conditionalAlternative(evidence, apps, step) {
    if (!apps || apps.size < 2 || /\bmatrix\./.test(evidence.command))
        return false;
    return step()?.if != null;
}
/** The apps of a job's evidence by command position (one pass, not one per evidence). */
function appsByPosition(all, keys) {
    const appsAt = new Map();
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
function evidenceOfJob(job, evidences, flyRefs) {
    const keys = positionKeys(evidences);
    const steps = new Map();
    const tokens = new Map();
    const stepAt = (index) => {
        const key = keys[index] ?? '';
        if (steps.has(key))
            return steps.get(key);
        const location = evidences[index]?.location;
        // The step holding a position depends on the position alone (file, line, column).
        const step = location ? job.steps.find(s => inside(location, s.location)) : undefined;
        steps.set(key, step);
        return step;
    };
    const tokenAt = (index) => {
        const step = job.uses ? undefined : stepAt(index);
        if (tokens.has(step))
            return tokens.get(step) ?? null;
        const refs = tokenOf(job, step, flyRefs);
        tokens.set(step, refs);
        return refs;
    };
    return { keys, stepAt, tokenAt };
}
/** What the rule needs from one workflow (with what each job needs from its token). */
function sharedTokenUses(workflow, needs, fly) {
    const uses = new Map();
    const flyRefs = flyRefsOf(workflow, fly);
    for (const job of workflow.jobs) {
        const evidences = needs.get(job.id)?.evidence ?? [];
        const { keys, stepAt, tokenAt } = evidenceOfJob(job, evidences, flyRefs);
        const appsAt = appsByPosition(evidences, keys);
        evidences.forEach((evidence, i) => {
            if (conditionalAlternative(evidence, appsAt.get(keys[i] ?? ''), () => stepAt(i)))
                return;
            const refs = tokenAt(i);
            const name = refs?.[0]?.name;
            if (!refs || name === undefined || name === null)
                return;
            let use = uses.get(name);
            if (!use) {
                use = { orgPower: false, apps: new Set(), jobs: new Set(), refs: [] };
                uses.set(name, use);
            }
            if (ORG_POWERS.has(evidence.capability))
                use.orgPower = true;
            if (evidence.app === null || evidence.capability === 'read')
                return;
            use.apps.add(evidence.app);
            use.jobs.add(job.id);
            // Every evidence of a step names the same references: keep each once.
            for (const r of refs) {
                if (r.location.file === workflow.path && !use.refs.includes(r))
                    use.refs.push(r);
            }
        });
    }
    return {
        path: workflow.path,
        uses: [...uses].map(([name, use]) => ({
            name,
            orgPower: use.orgPower,
            apps: [...use.apps],
            jobs: [...use.jobs],
            first: inFileOrder(use.refs)[0]?.location ?? null
        }))
    };
}
/** The findings over every workflow's uses, given in path order. */
function sharedTokenFindings(files) {
    const usages = new Map();
    for (const { path, uses } of files) {
        for (const use of uses) {
            let usage = usages.get(use.name);
            if (!usage) {
                usage = { apps: new Set(), orgPower: false, files: new Map() };
                usages.set(use.name, usage);
            }
            if (use.orgPower)
                usage.orgPower = true;
            if (use.apps.length === 0)
                continue;
            for (const app of use.apps)
                usage.apps.add(app);
            usage.files.set(path, { apps: new Set(use.apps), jobs: new Set(use.jobs), first: use.first });
        }
    }
    const findings = [];
    for (const [name, usage] of usages) {
        if (usage.orgPower || usage.apps.size < 2)
            continue;
        const apps = [...usage.apps].sort();
        const fixed = apps.slice(0, MAX_LISTED_APPS);
        const unlisted = apps.length > fixed.length
            ? ` The commands cover the first ${fixed.length} of its ${apps.length} apps; repeat them for the rest.`
            : '';
        // The same for every file using the secret: made once per secret.
        const listed = listApps(apps);
        const commands = [
            ...fixed.map(app => `fly tokens create deploy -a ${(0,shell/* shellWord */.r7)(app)} -x 2160h`),
            ...fixed.map(app => `gh secret set FLY_TOKEN_${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`)
        ];
        for (const [path, file] of usage.files) {
            const here = [...file.apps].sort();
            const jobs = [...file.jobs].map(j => `\`${j}\``).join(', ');
            const elsewhere = here.length < apps.length ? ' (the others elsewhere in the repository)' : '';
            findings.push({
                rule: 'shared-token',
                severity: 'medium',
                message: `Fly secret \`${name}\` acts on ${plural(apps.length, 'app')} (${listed}); ` +
                    `here job${file.jobs.size === 1 ? '' : 's'} ${jobs} use${file.jobs.size === 1 ? 's' : ''} it for ${listApps(here)}${elsewhere}. ` +
                    'A leak of it reaches all of them; one deploy token per app limits a leak to that app.',
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
const sharedToken = {
    id: 'shared-token',
    defaultSeverity: 'medium',
    title: 'One Fly secret used for several apps',
    help: 'When one token deploys several apps, a leak of it (a compromised step, a log, a pull ' +
        'request) reaches all of them, and it must be broad (an org token) to work at all. One ' +
        'deploy token per app (`fly tokens create deploy -a APP`) limits each leak to one app.',
    check(context) {
        return sharedTokenFindings(context.workflows.map(({ workflow, needs }) => sharedTokenUses(workflow, needs, context.fly)));
    }
};

// EXTERNAL MODULE: ./lib/workflow/script-parse.js
var script_parse = __webpack_require__(7060);
// EXTERNAL MODULE: ./lib/workflow/shell.js
var workflow_shell = __webpack_require__(9679);
;// CONCATENATED MODULE: ./lib/rules/scan/leaks.js
// Where a `run:` script lets a Fly token out: printing it (the runner masks the exact value, not a
// base64 or partial form), writing it to $GITHUB_ENV / $GITHUB_OUTPUT / the job summary / a file,
// baking it into an image as a build argument, sending it to a host that is not Fly's, or tracing
// it with `set -x`. The token is followed from `${{ }}` expressions and from shell variables that
// hold it (the step's env, assignments in the script, `$(fly tokens create ...)`).



const PRINTERS = new Set(['echo', 'printf', 'print', 'cat', 'tee', 'printenv', 'jq']);
/** Programs whose output is a transformation of their input (masking no longer matches it). */
const TRANSFORMERS = new Set([
    'base64',
    'base32',
    'xxd',
    'od',
    'hexdump',
    'rev',
    'tr',
    'sed',
    'awk',
    'cut',
    'head',
    'tail',
    'fold',
    'gzip',
    'jq'
]);
const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh', 'httpie']);
const FLY_HOST = /(^|\.)(fly\.io|machines\.dev|fly\.dev)$/i;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)$/i;
/** Output sent to /dev/null. */
const DISCARDED = '/dev/null';
/** Every leak in one script, in script order, at most one per command. */
function findLeaks(script, tokens, statements = (0,workflow_shell/* parseShell */.aV)(script), commands = (0,workflow_shell/* allCommands */.ib)(statements)) {
    return new LeakFinder(script, tokens, commands).run();
}
class LeakFinder {
    script;
    tokens;
    /** Variables learnt to hold the token in the script (beyond `tokens.variables`). */
    learned = null;
    commands;
    /**
     * Offsets of every `$( )`: output printed inside one is captured, not logged. Listed on the
     * first question (most scripts print no token, and never ask).
     */
    capturedSpans = null;
    constructor(script, tokens, commands) {
        this.script = script;
        this.tokens = tokens;
        this.commands = commands;
    }
    get captured() {
        if (this.capturedSpans)
            return this.capturedSpans;
        const spans = [];
        for (const command of this.commands) {
            const words = [
                ...command.words,
                ...command.assignments.map(a => a.value),
                ...command.redirects.map(r => r.target)
            ];
            for (const word of words) {
                for (const part of word?.parts ?? []) {
                    if (part.kind === 'substitution')
                        spans.push({ start: part.start, end: part.end });
                }
            }
        }
        this.capturedSpans = spans;
        return spans;
    }
    /** Whether a shell variable holds the token at this point of the script. */
    holdsToken(name) {
        return this.tokens.variables.has(name) || (this.learned?.has(name) ?? false);
    }
    learn(name) {
        (this.learned ??= new Set()).add(name);
    }
    isCaptured(command) {
        return this.captured.some(c => command.start >= c.start && command.end <= c.end);
    }
    run() {
        const leaks = [];
        let traced = this.tokens.traced === true;
        for (const command of this.commands) {
            this.learnAssignments(command);
            const program = command.words[0] ? (0,workflow_shell/* wordLiteral */.aw)(command.words[0]) : null;
            if (program === 'set') {
                traced = this.xtrace(command, traced);
                continue;
            }
            const leak = this.leakOf(command, program, traced);
            if (leak)
                leaks.push(leak);
        }
        return leaks;
    }
    // -------------------------------------------------------------------------------------------
    // What holds the token
    carrierInWord(word) {
        if (!word)
            return null;
        for (const part of word.parts) {
            if (part.kind === 'expression' && this.tokens.isFlyExpression(part.inner))
                return part;
            if (part.kind === 'variable' && this.holdsToken(part.name) && part.op !== 'length')
                return part;
            if (part.kind === 'substitution' && this.substitutionYieldsToken(part.body))
                return part;
        }
        return null;
    }
    /** `$(echo $TOKEN | base64)`, `$(fly tokens create deploy)`, `$(fly auth token)`. */
    substitutionYieldsToken(body) {
        const commands = (0,workflow_shell/* allCommands */.ib)(body);
        const mints = (0,lib_workflow/* findFlyInvocations */.SD)(body, this.script).some(f => (f.path[0] === 'tokens' && f.path[1] === 'create') ||
            (f.path[0] === 'auth' && f.path[1] === 'token'));
        if (mints)
            return true;
        return commands.some(c => {
            const program = c.words[0] ? (0,workflow_shell/* wordLiteral */.aw)(c.words[0]) : null;
            return (program !== null &&
                (PRINTERS.has(program) || TRANSFORMERS.has(program)) &&
                c.words.slice(1).some(w => this.carrierInWord(w) !== null));
        });
    }
    carrierInHeredoc(command) {
        for (const redirect of command.redirects) {
            const heredoc = redirect.heredoc;
            if (heredoc) {
                for (const span of (0,expressions/* findExpressions */.zV)(heredoc.body)) {
                    if (this.tokens.isFlyExpression(span.inner)) {
                        return { start: heredoc.start + span.start, end: heredoc.start + span.end };
                    }
                }
                for (const match of heredoc.body.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                    if (match[1] && this.holdsToken(match[1])) {
                        const start = heredoc.start + match.index;
                        return { start, end: start + match[0].length };
                    }
                }
            }
            if (redirect.op === '<<<') {
                const carrier = this.carrierInWord(redirect.target);
                if (carrier)
                    return carrier;
            }
        }
        return null;
    }
    carrierOf(command, fromWord = 1) {
        for (const word of command.words.slice(fromWord)) {
            const carrier = this.carrierInWord(word);
            if (carrier)
                return carrier;
        }
        return this.carrierInHeredoc(command);
    }
    /** Variables that now hold the token: `T=${{ secrets.X }}`, `export T="$FLY_API_TOKEN"`. */
    learnAssignments(command) {
        if (command.words.length === 0) {
            for (const a of command.assignments) {
                if (this.carrierInWord(a.value))
                    this.learn(a.name);
            }
            return;
        }
        const program = command.words[0] ? (0,workflow_shell/* wordLiteral */.aw)(command.words[0]) : null;
        if (!['export', 'declare', 'local', 'readonly', 'typeset'].includes(program ?? ''))
            return;
        for (const word of command.words.slice(1)) {
            const head = word.parts[0];
            const name = head?.kind === 'literal' ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head.text)?.[1] : undefined;
            if (name !== undefined && this.carrierInWord(word))
                this.learn(name);
        }
    }
    xtrace(command, traced) {
        let on = traced;
        const words = command.words.slice(1).map(w => (0,workflow_shell/* wordLiteral */.aw)(w) ?? '');
        words.forEach((w, i) => {
            if (/^-[A-Za-z]*x/.test(w))
                on = true;
            else if (/^\+[A-Za-z]*x/.test(w))
                on = false;
            else if ((w === '-o' || w === '+o') && words[i + 1] === 'xtrace')
                on = w === '-o';
        });
        return on;
    }
    // -------------------------------------------------------------------------------------------
    // Where it goes
    leakOf(command, program, traced) {
        const specific = program === null ? null : this.specificLeak(command, program);
        if (specific)
            return specific;
        const anyCarrier = traced
            ? (this.carrierOf(command, 0) ?? this.assignmentCarrier(command))
            : null;
        if (!anyCarrier)
            return null;
        return {
            ...anyCarrier,
            what: 'runs a command holding the Fly token while `set -x` is on: the shell prints it with the token expanded',
            toFile: false
        };
    }
    specificLeak(command, program) {
        if (PRINTERS.has(program))
            return this.printed(command, program);
        if (HTTP_CLIENTS.has(program))
            return this.sent(command);
        return this.buildArg(command);
    }
    assignmentCarrier(command) {
        for (const a of command.assignments) {
            const carrier = this.carrierInWord(a.value);
            if (carrier)
                return carrier;
        }
        return null;
    }
    printed(command, program) {
        let carrier;
        if (program === 'printenv') {
            const named = command.words.slice(1).find(w => this.holdsToken((0,workflow_shell/* wordLiteral */.aw)(w) ?? ''));
            carrier = named ? { start: named.start, end: named.end } : null;
        }
        else {
            carrier = this.carrierOf(command);
        }
        if (!carrier)
            return null;
        // `echo "::add-mask::$VALUE"` registers a mask: it is how a derived secret is hidden.
        if (program === 'echo' &&
            command.words.slice(1).some(w => (0,lib_workflow/* wordText */.en)(w).startsWith('::add-mask::'))) {
            return null;
        }
        if (command.words.slice(1).some(w => /^::set-output\b/.test((0,lib_workflow/* wordText */.en)(w)))) {
            return {
                ...carrier,
                what: 'writes the Fly token to a step output (`::set-output`)',
                toFile: false
            };
        }
        const files = program === 'tee' ? this.teeTargets(command) : [];
        const target = this.outputTarget(command) ?? files[0] ?? null;
        if (target === DISCARDED)
            return null;
        if (target !== null)
            return { ...carrier, ...describeTarget(target) };
        const piped = this.pipedInto(command);
        if (piped)
            return this.throughPipe(piped, carrier);
        if (this.isCaptured(command))
            return null; // `$(echo ...)`: the value, judged where it goes
        return {
            ...carrier,
            what: 'prints the Fly token to the log: the runner masks the exact value only, not a partial, re-encoded or reformatted copy',
            toFile: false
        };
    }
    /** Follows `printer | next | ...`: into a file, or transformed into the log, or consumed. */
    throughPipe(first, carrier) {
        let command = first;
        let transformed = false;
        for (let hops = 0; command && hops < 8; hops++) {
            const program = command.words[0] ? (0,workflow_shell/* wordLiteral */.aw)(command.words[0]) : null;
            if (program === 'tee') {
                const target = this.teeTargets(command)[0];
                if (target !== undefined)
                    return { ...carrier, ...describeTarget(target) };
            }
            else if (program === null || !TRANSFORMERS.has(program)) {
                return null; // consumed: `| flyctl ...`, `| docker login --password-stdin`, `| gh secret set`
            }
            else {
                transformed = true;
            }
            const target = this.outputTarget(command);
            if (target === DISCARDED)
                return null;
            if (target !== null)
                return { ...carrier, ...describeTarget(target) };
            const next = this.pipedInto(command);
            if (!next)
                break;
            command = next;
        }
        if (!transformed || (command && this.isCaptured(command)))
            return null;
        return {
            ...carrier,
            what: 'prints a transformed copy of the Fly token to the log, which the runner’s masking does not recognise',
            toFile: false
        };
    }
    /** Where the command's standard output goes, when redirected: a file, or DISCARDED. */
    outputTarget(command) {
        for (const redirect of command.redirects) {
            if (!['>', '>>', '>|', '&>', '&>>'].includes(redirect.op) || !redirect.target)
                continue;
            const fd = /^\d+/.exec(this.script.slice(redirect.start, redirect.start + 4))?.[0];
            if (fd !== undefined && fd !== '1')
                continue;
            const text = (0,lib_workflow/* wordText */.en)(redirect.target);
            if (text === '/dev/null')
                return DISCARDED;
            if (text === '/dev/stdout' || text === '/dev/stderr')
                continue;
            return text;
        }
        return null;
    }
    teeTargets(command) {
        return command.words
            .slice(1)
            .map(w => (0,lib_workflow/* wordText */.en)(w))
            .filter(t => !t.startsWith('-') && t !== '/dev/null' && t !== '/dev/stderr');
    }
    /** The command this one's output is piped into (`a | b`, `a |& b`), if any. */
    pipedInto(command) {
        const rest = this.script.slice(command.end, command.end + 200);
        const pipe = /^(?:[ \t]|\\\r?\n)*\|(?!\|)&?/.exec(rest);
        if (!pipe)
            return null;
        const after = command.end + pipe[0].length;
        return this.commands.find(c => c.start >= after) ?? null;
    }
    /** `curl -H "Authorization: $TOKEN" https://example.com`: the token goes to another host. */
    sent(command) {
        const carrier = this.carrierOf(command);
        if (!carrier)
            return null;
        const hosts = command.words
            .map(w => (0,lib_workflow/* wordText */.en)(w))
            .flatMap(t => [...t.matchAll(/\bhttps?:\/\/([^/\s"'$:?#]+)/gi)].map(m => m[1] ?? ''));
        const foreign = hosts.find(h => h !== '' && !FLY_HOST.test(h) && !LOCAL_HOST.test(h));
        if (foreign === undefined)
            return null;
        return {
            ...carrier,
            what: `sends the Fly token to \`${foreign}\`, which is not Fly’s API`,
            toFile: false
        };
    }
    /** `docker build --build-arg T=$FLY_API_TOKEN`, `fly deploy --build-arg ...`. */
    buildArg(command) {
        const words = command.words;
        for (let i = 1; i < words.length; i++) {
            // All three forms start with `-`, which only a literal first part can give.
            const first = words[i]?.parts[0];
            if (first?.kind !== 'literal' || !first.text.startsWith('-'))
                continue;
            const literal = (0,lib_workflow/* wordText */.en)(words[i]);
            let value;
            if (literal === '--build-arg' || literal === '--build-env')
                value = words[i + 1];
            else if (literal.startsWith('--build-') && /^--build-(arg|env)=/.test(literal))
                value = words[i];
            if (!value)
                continue;
            const carrier = this.carrierInWord(value);
            if (carrier) {
                return {
                    ...carrier,
                    what: 'passes the Fly token as a build argument: build arguments are stored in the image’s history, readable by anyone who can pull the image (use a build secret instead)',
                    toFile: false
                };
            }
        }
        return null;
    }
}
function describeTarget(target) {
    if (/GITHUB_ENV\b/.test(target)) {
        return {
            what: 'writes the Fly token to `$GITHUB_ENV`: every later step of the job gets it in its environment, third-party actions included',
            toFile: false
        };
    }
    if (/GITHUB_OUTPUT\b/.test(target)) {
        return {
            what: 'writes the Fly token to `$GITHUB_OUTPUT`: step outputs flow into job outputs, other jobs and logs',
            toFile: false
        };
    }
    if (/GITHUB_STEP_SUMMARY\b/.test(target)) {
        return {
            what: 'writes the Fly token into the job summary, which everyone who can see the run can read',
            toFile: false
        };
    }
    return {
        what: `writes the Fly token to the file \`${target}\`, where later steps, caches, artifacts or a Docker build context can pick it up`,
        toFile: true
    };
}

;// CONCATENATED MODULE: ./lib/rules/scan/token-leak.js
// token-leak: a `run:` step prints the Fly token or writes it where it outlives the step
// ($GITHUB_ENV, $GITHUB_OUTPUT, the job summary, a file, an image's build arguments), sends it
// to a host that is not Fly's, or traces it with `set -x`. The shell analysis is in leaks.ts.





function flyExpression(fly, variables) {
    return (inner) => {
        const named = (0,expressions/* findSecretMentions */.pW)(inner).some(m => m.name !== null && (fly.names.has(m.name) || isFlyTokenName(m.name)));
        if (named)
            return true;
        const env = /\benv\.([A-Za-z_][A-Za-z0-9_]*)/.exec(inner);
        if (env?.[1] && variables.has(env[1]))
            return true;
        const input = /\binputs\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(inner);
        return input?.[1] !== undefined && isFlyTokenName(input[1]);
    };
}
/**
 * Env layers' token keys, each layer read once per check: a job's and the workflow's env are the
 * outer layers of every step. (A layer read again gives the same keys and notes nothing new.)
 */
function layerTokens(isFly) {
    const known = new Map();
    return layer => {
        let keys = known.get(layer);
        if (!keys) {
            keys = [];
            for (const kv of layer) {
                if ((0,expressions/* findExpressions */.zV)(kv.value ?? '').some(span => isFly(span.inner)))
                    keys.push(kv.key);
            }
            known.set(layer, keys);
        }
        return keys;
    };
}
/** Env variables (in the layers a step sees) that hold a Fly token. */
function tokenVariables(layers, tokensOf) {
    let names = null;
    for (const layer of layers) {
        for (const key of tokensOf(layer)) {
            if (names === null) {
                if (FLY_TOKEN_VARIABLES.has(key))
                    continue;
                names = new Set(FLY_TOKEN_VARIABLES);
            }
            names.add(key);
        }
    }
    // Most steps add no name of their own: they share the constant set.
    return names ?? FLY_TOKEN_VARIABLES;
}
function traced(step, defaults) {
    const shell = step.shell ?? defaults.find(d => d.shell !== null)?.shell ?? '';
    return /(^|\s)-[A-Za-z]*x/.test(shell);
}
const uploadsArtifacts = (step) => step.uses !== null && /upload-artifact$/i.test(step.uses.repo ?? '');
function stepFindings(file, step, later, layers, defaults, fly, tokensOf) {
    const run = step.run;
    if (!run)
        return [];
    const variables = tokenVariables(layers, tokensOf);
    const tokens = {
        variables,
        isFlyExpression: flyExpression(fly, variables),
        traced: traced(step, defaults)
    };
    const artifacts = later.some(uploadsArtifacts);
    return findLeaks(run.text, tokens, (0,lib_workflow/* parsedScript */.NN)(run), (0,script_parse/* scriptCommands */.q8)(run)).map(leak => ({
        rule: 'token-leak',
        severity: 'high',
        message: `This step ${leak.what}` +
            (leak.toFile && artifacts ? '; a later step of this job uploads artifacts' : '') +
            '.',
        location: (0,lib_workflow/* locateInValue */.nV)(file, run.map, leak.start, leak.end),
        fix: {
            summary: 'Hand the token to flyctl only through the env of the step that runs it (FLY_API_TOKEN), or pipe it straight into the command that reads it from standard input (`docker login --password-stdin`); never print it, write it to a file or `$GITHUB_ENV`, or pass it as a build argument (use a build secret). Rotate a token that already leaked.',
            commands: []
        }
    }));
}
const tokenLeak = {
    id: 'token-leak',
    defaultSeverity: 'high',
    title: 'run: step leaks the Fly token',
    help: 'A script that echoes the Fly token, writes it to `$GITHUB_ENV`, `$GITHUB_OUTPUT`, the job ' +
        'summary or a file, passes it as a Docker build argument, sends it to a host that is not ' +
        'Fly’s, or runs with `set -x` lets it outlive the step. The runner masks the exact value in ' +
        'logs, nothing else: not a base64 copy, not a file, not an image layer.',
    check(context) {
        const findings = [];
        const tokensOf = layerTokens(flyExpression(context.fly, FLY_TOKEN_VARIABLES));
        for (const { workflow } of context.workflows) {
            for (const job of workflow.jobs) {
                job.steps.forEach((step, i) => {
                    findings.push(...stepFindings(workflow.path, step, job.steps.slice(i + 1), [step.env, job.env, workflow.env], [job.defaults, workflow.defaults], context.fly, tokensOf));
                });
            }
        }
        for (const action of context.actions) {
            action.steps.forEach((step, i) => {
                findings.push(...stepFindings(action.path, step, action.steps.slice(i + 1), [step.env], [], context.fly, tokensOf));
            });
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/unpinned-action.js


const FIRST_PARTY_OWNERS = new Set([
    'actions',
    'github',
    'superfly',
    'fly-token-guard'
]);
const BRANCH_NAMES = new Set(['main', 'master', 'develop', 'dev', 'trunk', 'latest', 'stable']);
function describeRef(uses) {
    if (uses.kind === 'docker')
        return 'a Docker image tag, not a digest';
    const ref = uses.ref;
    if (ref === null || ref === '')
        return 'no ref at all';
    if (BRANCH_NAMES.has(ref.toLowerCase()))
        return `the branch \`${ref}\`, which moves with every push`;
    if (/^[0-9a-f]{7,39}$/i.test(ref))
        return `the short SHA \`${ref}\`, which can become ambiguous`;
    if (/^v?\d+(\.\d+)*$/.test(ref))
        return `the tag \`${ref}\`, which can be moved to other code`;
    return `\`${ref}\`, a tag or branch that can be moved to other code`;
}
function isPinned(uses) {
    if (uses.kind === 'docker')
        return (uses.path ?? '').includes('@sha256:');
    return uses.pinnedToSha;
}
function severityFor(uses) {
    const owner = (uses.owner ?? '').toLowerCase();
    return uses.kind !== 'docker' && FIRST_PARTY_OWNERS.has(owner) ? 'low' : 'high';
}
function unpinned_action_finding(uses, what) {
    const severity = severityFor(uses);
    const firstParty = severity === 'low';
    const target = uses.kind === 'reusable-workflow' ? 'reusable workflow' : 'action';
    const why = firstParty
        ? ' Its owner is trusted, but a SHA makes what runs with the token immutable.'
        : ` Whoever controls that repository can change what runs with the token.`;
    return {
        rule: 'unpinned-action',
        severity,
        message: `${what} is passed to the ${target} \`${uses.raw.trim()}\`, pinned to ${describeRef(uses)}.${why}`,
        location: uses.location,
        fix: {
            summary: uses.kind === 'docker'
                ? 'Pin the image by digest (`docker://image@sha256:…`).'
                : 'Pin it to the full 40-character commit SHA of the release you reviewed, with the tag in a comment (`@<sha> # v1.2.3`).',
            commands: []
        }
    };
}
/** Composite action steps: Fly tokens arrive as inputs or environment variables. */
function actionStepFlyValue(step) {
    for (const kv of step.env) {
        if (FLY_TOKEN_VARIABLES.has(kv.key))
            return `The Fly token (\`${kv.key}\`)`;
    }
    for (const kv of [...step.with, ...step.env]) {
        for (const span of (0,expressions/* findExpressions */.zV)(kv.value ?? '')) {
            const input = /\binputs\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(span.inner);
            if (input?.[1] && isFlyTokenName(input[1]))
                return `The Fly token input \`${input[1]}\``;
            const env = /\benv\.([A-Za-z_][A-Za-z0-9_]*)/.exec(span.inner);
            if (env?.[1] && FLY_TOKEN_VARIABLES.has(env[1]))
                return `The Fly token (\`${env[1]}\`)`;
        }
    }
    return null;
}
function actionFindings(action) {
    const out = [];
    for (const step of action.steps) {
        const uses = step.uses;
        if (!uses || uses.kind === 'local' || isPinned(uses))
            continue;
        const what = actionStepFlyValue(step);
        if (what !== null)
            out.push(unpinned_action_finding(uses, what));
    }
    return out;
}
const unpinnedAction = {
    id: 'unpinned-action',
    defaultSeverity: 'high',
    title: 'Fly secret passed to an unpinned action',
    help: 'An action or reusable workflow referenced by tag or branch can change under you: whoever ' +
        'controls its repository (or steals access to it) can move the ref to code that sends the ' +
        'Fly token elsewhere. Pin everything that receives a Fly token to a full commit SHA. ' +
        'Actions of GitHub, Fly and fly-token-guard get low severity; any other owner high.',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            const handlesFly = workflow.secretRefs.some(r => context.fly.isFlyRef(r));
            for (const job of workflow.jobs) {
                if (job.uses && job.uses.kind === 'reusable-workflow' && job.uses.owner !== null) {
                    const refs = job.secretRefs.filter(r => context.fly.isFlyRef(r) && (r.flow.kind === 'secrets' || r.flow.kind === 'with'));
                    if (!isPinned(job.uses) && (refs.length > 0 || (job.secrets?.inherit && handlesFly))) {
                        const what = refs.length > 0
                            ? `Fly secret ${listNames(secretNames(refs))}`
                            : 'Every secret, Fly tokens included (`secrets: inherit`),';
                        findings.push(unpinned_action_finding(job.uses, what));
                    }
                }
                for (const step of job.steps) {
                    const uses = step.uses;
                    if (!uses || uses.kind === 'local' || isPinned(uses))
                        continue;
                    const refs = step.secretRefs.filter(r => context.fly.isFlyRef(r) &&
                        r.flow.scope === 'step' &&
                        (r.flow.kind === 'with' || r.flow.kind === 'env'));
                    if (refs.length > 0)
                        findings.push(unpinned_action_finding(uses, `Fly secret ${listNames(secretNames(refs))}`));
                }
            }
        }
        for (const action of context.actions)
            findings.push(...actionFindings(action));
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/pr-code.js
// Where a job running on `pull_request_target` or `workflow_run` brings in code or data that the
// author of a pull request controls: a checkout of the PR head, artifacts of the triggering run,
// or event fields (titles, branch names) interpolated into a script.


/** Expressions naming the pull request's own code. */
const PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref|repo)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|github\.event\.(?:number|pull_request\.number)/i;
/** Expressions naming the code of the run that triggered a workflow_run. */
const RUN_HEAD = /github\.event\.workflow_run\.(?:head_sha|head_branch|head_commit|head_repository|pull_requests)/i;
/** Event fields whose text the pull request's author chooses. */
const INJECTABLE = /github\.head_ref|github\.event\.(?:pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.(?:description|homepage|default_branch))|issue\.(?:title|body)|comment\.body|review\.body|review_comment\.body|head_commit\.(?:message|author\.(?:name|email))|workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:name|email))|display_title|pull_requests))/i;
function isAction(step, ownerRepo) {
    const uses = step.uses;
    return uses !== null && uses.kind === 'action' && ownerRepo.test(`${uses.owner}/${uses.repo}`);
}
function withValue(step, key) {
    return step.with.find(kv => kv.key === key)?.value ?? null;
}
/** The head pattern, plus `inputs.X` for the inputs a caller filled with the head. */
function headPattern(event, headInputs) {
    const base = event === 'pull_request_target' ? PR_HEAD : RUN_HEAD;
    if (headInputs.size === 0)
        return base;
    const names = [...headInputs].map(n => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
    return new RegExp(`${base.source}|\\binputs\\.(?:${names})\\b`, 'i');
}
function checkoutOfHead(step, head) {
    if (!step.checkout)
        return false;
    return head.test(step.checkout.ref) || head.test(step.checkout.repository);
}
const FETCH_COMMAND = /\bgh\s+pr\s+checkout\b|\bgh\s+run\s+download\b|\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/;
/** `gh pr checkout`, `git fetch origin pull/1/head`, `git checkout ${{ ...head.sha }}`. */
function scriptFetchesHead(step, event, head) {
    for (const { line, text } of step.scriptLines) {
        if (event === 'pull_request_target' && /\bgh\s+pr\s+checkout\b/.test(text))
            return line;
        if (event === 'workflow_run' && /\bgh\s+run\s+download\b/.test(text))
            return line;
        const git = /\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/.test(text);
        if (git && (head.test(text) || /\bpull\/[^\s]*\/(?:head|merge)\b/.test(text))) {
            return line;
        }
    }
    return null;
}
function downloadsRunArtifacts(step) {
    const uses = step.uses;
    if (uses === null || uses.kind !== 'action')
        return false;
    const name = `${uses.owner}/${uses.repo}`.toLowerCase();
    if (name === 'actions/download-artifact') {
        return step.with.some(kv => ['run-id', 'github-token'].includes(kv.key));
    }
    if (/download-artifact/.test(name))
        return true;
    if (name === 'actions/github-script') {
        return /downloadArtifact|listWorkflowRunArtifacts/.test(withValue(step, 'script') ?? '');
    }
    return false;
}
function injection(step) {
    const texts = [step.run?.text ?? ''];
    if (isAction(step, /^actions\/github-script$/i))
        texts.push(withValue(step, 'script') ?? '');
    for (const text of texts) {
        for (const span of (0,expressions/* findExpressions */.zV)(text)) {
            const match = INJECTABLE.exec(span.inner);
            if (match)
                return match[0];
        }
    }
    return null;
}
/**
 * Script lines that fetch code. A line that matches matches inside the whole script too (no
 * anchors; a line break is a word boundary), so most scripts are ruled out without their lines.
 */
function fetchLines(step) {
    if (!step.run || !FETCH_COMMAND.test(step.run.text))
        return [];
    return step.run.lines
        .filter(l => FETCH_COMMAND.test(l.text))
        .map(l => ({ line: l.line, text: l.text }));
}
/** A job's steps as `PrCodeStep`s, in step order. */
function prCodeSteps(job) {
    return job.steps.map(step => ({
        index: step.index,
        if: step.if,
        where: step.uses?.location ?? step.run?.location ?? step.location,
        checkout: isAction(step, /^actions\/checkout$/i)
            ? { ref: withValue(step, 'ref') ?? '', repository: withValue(step, 'repository') ?? '' }
            : null,
        scriptLines: fetchLines(step),
        downloadsArtifacts: downloadsRunArtifacts(step),
        injection: injection(step)
    }));
}
/** Steps of a job that bring in what a pull request's author controls, in step order. */
function untrustedInputs(job, event, facts, headInputs = new Set()) {
    return untrustedInputsOf(prCodeSteps(job), event, facts, headInputs);
}
/** `untrustedInputs` over steps already reduced to `PrCodeStep`s. */
function untrustedInputsOf(steps, event, facts, headInputs = new Set()) {
    const found = [];
    const head = headPattern(event, headInputs);
    for (const step of steps) {
        if (!mayRun(step.if, facts))
            continue;
        const where = step.where;
        if (checkoutOfHead(step, head)) {
            found.push({
                stepIndex: step.index,
                kind: 'checkout',
                what: event === 'pull_request_target'
                    ? "checks out the pull request's head"
                    : "checks out the triggering run's head commit",
                location: where
            });
            continue;
        }
        const fetchLine = scriptFetchesHead(step, event, head);
        if (fetchLine !== null) {
            found.push({
                stepIndex: step.index,
                kind: event === 'workflow_run' ? 'artifact' : 'checkout',
                what: event === 'pull_request_target'
                    ? "fetches the pull request's head in a script"
                    : "fetches the triggering run's code or artifacts in a script",
                location: { ...where, line: fetchLine, column: 1, endLine: fetchLine }
            });
            continue;
        }
        if (event === 'workflow_run' && step.downloadsArtifacts) {
            found.push({
                stepIndex: step.index,
                kind: 'artifact',
                what: "downloads the triggering run's artifacts (a pull request controls their content)",
                location: where
            });
            continue;
        }
        const field = step.injection;
        if (field !== null) {
            found.push({
                stepIndex: step.index,
                kind: 'injection',
                what: `interpolates \`${field}\` (text the pull request's author chooses) into a script`,
                location: where
            });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./lib/rules/scan/untrusted-trigger.js





const EVENTS = ['pull_request_target', 'workflow_run'];
const FIX = {
    summary: 'Build and test pull request code under `pull_request` (no secrets), and deploy from `push` ' +
        'or behind an `environment:` with required reviewers; never check out or run pull request ' +
        'code in a job that holds a Fly token.',
    commands: []
};
const asRef = (r) => ({
    name: r.name ?? r.expression,
    stepIndex: r.stepIndex,
    location: r.location
});
/** The rule's view of one workflow; `everyJob` summarises its jobs whatever its triggers. */
function untrustedSummary(workflow, fly, everyJob = false) {
    const events = EVENTS.filter(e => workflow.triggers.some(t => t.event === e));
    const callable = workflow.triggers.some(t => t.event === 'workflow_call');
    if (!everyJob && !callable && events.length === 0) {
        return { path: workflow.path, events, jobs: null };
    }
    return {
        path: workflow.path,
        events,
        jobs: workflow.jobs.map(job => {
            const uses = job.uses;
            const local = uses?.kind === 'reusable-workflow' && uses.owner === null;
            return {
                id: job.id,
                idLocation: job.idLocation,
                if: job.if,
                calls: uses !== null,
                calleePath: local ? uses.path : null,
                inherit: job.secrets?.inherit === true,
                with: job.with.map(kv => ({ key: kv.key, value: kv.value })),
                own: jobFlyRefs(job, fly).map(asRef),
                reachable: reachableFlyRefs(workflow, job, fly).map(asRef),
                steps: prCodeSteps(job)
            };
        })
    };
}
/** The jobs of the local reusable workflow a job calls, when there is one. */
function calleeOf(summaries, job) {
    return job.calleePath === null ? undefined : summaries.get(job.calleePath);
}
/** Fly references inside a local reusable workflow and the local ones it passes them on to. */
function calleeFlyRefs(summaries, callee, depth = 0, stack = []) {
    if (depth >= MAX_CALL_DEPTH || stack.includes(callee.path))
        return [];
    const refs = [];
    for (const job of callee.jobs ?? []) {
        refs.push(...job.reachable);
        const next = calleeOf(summaries, job);
        if (next && (job.inherit || job.reachable.length > 0)) {
            refs.push(...calleeFlyRefs(summaries, next, depth + 1, [...stack, callee.path]));
        }
    }
    return refs;
}
/** Fly references that may be present when a step runs under these facts. */
function liveRefs(job, facts) {
    return job.reachable.filter(ref => {
        if (ref.stepIndex === null)
            return true;
        return mayRun(job.steps[ref.stepIndex]?.if ?? null, facts);
    });
}
/**
 * Follows a job, and the local reusable workflows it calls with Fly secrets, to a step that
 * brings in pull request input while a Fly token is in reach. `headInputs` are the callee's
 * inputs that its caller filled with the pull request's head (`sha: ${{ ...head.sha }}`).
 */
function exposureIn(summaries, path, job, event, facts, headInputs, stack) {
    if (!mayRun(job.if, facts))
        return null;
    if (job.calls) {
        const callee = calleeOf(summaries, job);
        if (!callee || stack.length >= MAX_CALL_DEPTH || stack.includes(callee.path)) {
            return null;
        }
        const passes = job.inherit || job.own.length > 0;
        if (!passes)
            return null;
        const head = headPattern(event, headInputs);
        const next = new Set(job.with.filter(kv => head.test(kv.value ?? '')).map(kv => kv.key));
        for (const calleeJob of callee.jobs ?? []) {
            const found = exposureIn(summaries, callee.path, calleeJob, event, facts, next, [
                ...stack,
                callee.path
            ]);
            if (found)
                return found;
        }
        return null;
    }
    const refs = liveRefs(job, facts);
    if (refs.length === 0)
        return null;
    const first = untrustedInputsOf(job.steps, event, facts, headInputs)[0];
    if (!first)
        return null;
    const exposed = refs.some(r => r.stepIndex === null || r.stepIndex >= first.stepIndex);
    return exposed ? { input: first, file: path, refs } : null;
}
function judgeJob(summaries, path, job, event) {
    const facts = forkPullRequest(event);
    const guarded = !mayRun(job.if, facts);
    // A guarded job is judged as if it ran: the guard only changes the severity.
    const unguarded = { ...job, if: null };
    const exposure = exposureIn(summaries, path, unguarded, event, facts, new Set(), [path]);
    if (exposure) {
        return {
            severity: guarded ? 'low' : 'critical',
            event,
            refs: exposure.refs,
            input: exposure.input,
            ...(exposure.file !== path ? { inCallee: exposure.file } : {}),
            guarded
        };
    }
    if (event !== 'pull_request_target' || guarded)
        return null;
    // No pull request input reaches a token today; does the job hold one at all?
    const callee = calleeOf(summaries, job);
    const refs = job.calls
        ? [...job.own, ...(callee && job.inherit ? calleeFlyRefs(summaries, callee) : [])]
        : liveRefs(job, facts);
    return refs.length > 0 ? { severity: 'low', event, refs, guarded } : null;
}
function message(job, verdict) {
    const names = listNames([...new Set(verdict.refs.map(r => r.name))]);
    const on = `\`${verdict.event}\``;
    const head = `Job \`${job.id}\` runs on ${on} with Fly secret ${names}` +
        (verdict.event === 'pull_request_target'
            ? ' (this trigger runs with the repository’s secrets for pull requests from any fork)'
            : ' (a fork’s pull request can trigger this workflow, and it runs with the repository’s secrets)');
    const input = verdict.input;
    if (input) {
        const where = verdict.inCallee
            ? `the reusable workflow \`${verdict.inCallee}\` ${input.what} (line ${input.location.line})`
            : `line ${input.location.line} ${input.what}`;
        const guard = verdict.guarded
            ? ' Its `if:` keeps pull requests from forks out, which limits this to people who can push here; the pattern stays one condition away from a leak.'
            : ' Code or text from the pull request then runs where the token can be read.';
        return `${head}, and ${where}.${guard}`;
    }
    return (`${head}. It does not run pull request code today, but one added checkout of the pull ` +
        'request’s head would hand the token to whoever opens one.');
}
const untrustedTrigger = {
    id: 'untrusted-trigger',
    defaultSeverity: 'critical',
    title: 'Fly secret reachable from pull request code',
    help: '`pull_request_target` and `workflow_run` run with the repository’s secrets even for pull ' +
        'requests from forks. A job there that checks out the pull request’s head, downloads the ' +
        'triggering run’s artifacts or interpolates pull request text into a script runs someone ' +
        'else’s code or input next to the Fly token: critical. Low when an `if:` keeps forks out or ' +
        'when no pull request code runs yet.',
    check(context) {
        return untrustedFindings(context.workflows.map(({ workflow }) => untrustedSummary(workflow, context.fly, true)));
    }
};
/**
 * Local reusable workflows the verdicts would follow whose jobs were not summarised: the caller
 * must summarise them with `everyJob` before `untrustedFindings` (in practice never: a workflow
 * without `workflow_call` cannot be called).
 */
function untrustedCalleePaths(summaries) {
    const byPath = new Map();
    for (const s of summaries)
        if (!byPath.has(s.path))
            byPath.set(s.path, s);
    const missing = new Set();
    for (const summary of summaries) {
        for (const job of summary.jobs ?? []) {
            const callee = calleeOf(byPath, job);
            if (callee && callee.jobs === null)
                missing.add(callee.path);
        }
    }
    return [...missing];
}
/** The findings over every workflow's summary, given in path order. */
function untrustedFindings(summaries) {
    const byPath = new Map();
    for (const s of summaries)
        if (!byPath.has(s.path))
            byPath.set(s.path, s);
    const findings = [];
    for (const summary of summaries) {
        const events = summary.events;
        if (events.length === 0)
            continue;
        for (const job of summary.jobs ?? []) {
            const verdicts = events
                .map(event => judgeJob(byPath, summary.path, job, event))
                .filter((v) => v !== null)
                .sort((a, b) => (a.severity === 'critical' ? -1 : 0) - (b.severity === 'critical' ? -1 : 0));
            const verdict = verdicts[0];
            if (!verdict)
                continue;
            const ref = inFileOrder(verdict.refs)[0];
            findings.push({
                rule: 'untrusted-trigger',
                severity: verdict.severity,
                message: message(job, verdict),
                location: ref && ref.location.file === summary.path ? ref.location : job.idLocation,
                fix: FIX
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./lib/rules/scan/workflow-env-exposure.js

const workflowEnvExposure = {
    id: 'workflow-env-exposure',
    defaultSeverity: 'medium',
    title: 'Fly secret in workflow-level env',
    help: 'A Fly token set in the workflow-level `env:` is in the environment of every job and every ' +
        'step of the workflow: third-party actions, build scripts, test suites and anything they ' +
        'download can read it. Set it in the `env:` of the steps that run flyctl, nowhere else.',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            const withSteps = workflow.jobs.filter(j => j.uses === null).length;
            for (const ref of workflowEnvFlyRefs(workflow, context.fly)) {
                const key = ref.flow.key ?? 'env';
                const name = ref.name ?? ref.expression;
                findings.push({
                    rule: 'workflow-env-exposure',
                    severity: 'medium',
                    message: `Fly secret \`${name}\` is set as \`${key}\` in the workflow-level env: every job ` +
                        `(${withSteps} here) and every step in them sees it, third-party actions and build ` +
                        'scripts included.',
                    location: ref.location,
                    fix: {
                        summary: `Move \`${key}\` from the top-level \`env:\` to the \`env:\` of the steps that run flyctl.`,
                        commands: []
                    }
                });
            }
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/workflow-parse-error.js
/** More problems than this per file are summed up in the last finding. */
const MAX_PER_FILE = 3;
function findingsFor(kind, problems) {
    const shown = problems.slice(0, MAX_PER_FILE);
    const more = problems.length - shown.length;
    return shown.map((problem, i) => {
        const broken = problem.kind === 'yaml';
        const limited = problem.kind === 'limit';
        const tail = i === shown.length - 1 && more > 0
            ? ` (${more} more problem${more === 1 ? '' : 's'} in this file)`
            : '';
        const message = broken
            ? `This ${kind} file could not be read: ${problem.message}${tail}. GitHub will not run it, and fly-token-guard checked only the parts it could read.`
            : limited
                ? `fly-token-guard did not read all of this ${kind} file: ${problem.message}${tail}. What it skipped was not checked.`
                : `GitHub’s ${kind} schema rejects this: ${problem.message}${tail}. The rest of the file was checked.`;
        return {
            rule: 'workflow-parse-error',
            severity: broken || limited ? 'low' : 'info',
            message,
            location: problem.location,
            fix: {
                summary: broken
                    ? 'Fix the YAML syntax at this position (indentation, quoting, a `:` or `#` inside an unquoted value).'
                    : limited
                        ? 'Split or shorten the file (very long lines, huge scripts or alias bombs are not read), or review it by hand.'
                        : 'Fix the key or value GitHub rejects; `actionlint` shows the same problem with more context.',
                commands: []
            }
        };
    });
}
const workflowParseError = {
    id: 'workflow-parse-error',
    defaultSeverity: 'low',
    title: 'Workflow or action file does not parse',
    help: 'The file is not valid YAML (low: GitHub will not run it and the scan could read only part ' +
        'of it) or GitHub’s workflow schema rejects it (info). The scan reports what it could read.',
    check(context) {
        return [
            ...context.workflows.flatMap(({ workflow }) => findingsFor('workflow', workflow.errors)),
            ...context.actions.flatMap(action => findingsFor('action', action.errors))
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/rule-list.js











const rule_list_scanRules = [
    hardcodedToken,
    untrustedTrigger,
    unpinnedAction,
    tokenLeak,
    flyAuthToken,
    workflowEnvExposure,
    pullRequestExposure,
    secretsInherit,
    sharedToken,
    noEnvironment,
    workflowParseError
];
/**
 * Rules whose findings about a workflow depend on that workflow (and the repository-wide Fly
 * secret index) alone, and whose findings about actions depend on the actions alone: they run
 * one workflow at a time. The others (callers and callees, a token shared across files, every
 * text file) see the whole repository.
 */
const rule_list_PER_WORKFLOW_RULES = new Set([
    unpinnedAction.id,
    tokenLeak.id,
    flyAuthToken.id,
    workflowEnvExposure.id,
    pullRequestExposure.id,
    noEnvironment.id,
    workflowParseError.id
]);
/** The note for a rule that threw: it costs only that rule's findings. */
function rule_list_ruleFailure(ruleId, error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
    return `rule ${ruleId} stopped early (${detail}); its findings are missing.`;
}

;// CONCATENATED MODULE: ./lib/rules/scan/digest.js







function attempt(ruleId, produce) {
    try {
        return { ok: true, value: produce() };
    }
    catch (error) {
        return { ok: false, error: rule_list_ruleFailure(ruleId, error) };
    }
}
/**
 * Parses one workflow, infers what its jobs need, runs every check that needs only this file,
 * and returns the plain-data digest. Pure, and never throws on workflow content.
 */
function digest_digestWorkflow(input) {
    const workflow = (0,lib_workflow.parseWorkflowFile)(input.path, input.text);
    const needs = needsOfWorkflow(workflow, input.repo);
    const flyNotes = flyNotesOf(workflow);
    const assumed = new Set();
    const fly = provisionalFlySecrets([...(input.knownFly ?? []), ...flyNotes], assumed);
    const context = {
        workflows: [{ workflow, needs }],
        actions: [],
        files: [],
        fly,
        now: input.now
    };
    const rules = {};
    for (const rule of rule_list_scanRules) {
        if (rule_list_PER_WORKFLOW_RULES.has(rule.id)) {
            rules[rule.id] = attempt(rule.id, () => rule.check(context));
        }
    }
    const untrusted = attempt(untrustedTrigger.id, () => untrustedSummary(workflow, fly, input.everyJob === true));
    const shared = attempt(sharedToken.id, () => sharedTokenUses(workflow, needs, fly));
    const inherit = attempt(secretsInherit.id, () => inheritSummary(workflow, fly));
    for (const job of workflow.jobs)
        (0,lib_workflow/* forgetScriptParses */.ZD)(job.steps);
    return {
        path: workflow.path,
        flyNotes: flyNotes.map(([name, reason]) => [name, reason]),
        assumedNotFly: [...assumed],
        rules,
        untrustedTrigger: untrusted,
        sharedToken: shared,
        secretsInherit: inherit
    };
}

;// CONCATENATED MODULE: ./lib/rules/scan/ignore.js
const IGNORE_FILE = '.fly-token-guard-ignore';
const RULE_ID = /^[a-z][a-z0-9-]*$/;
function ignore_escape(text) {
    return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
/** A gitignore-style glob as a regular expression over repo-relative paths. */
function globToRegExp(glob) {
    let pattern = glob.trim();
    const directory = pattern.endsWith('/');
    pattern = pattern.replace(/\/+$/, '');
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\/+/, '');
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern.charAt(i);
        if (ch === '*') {
            if (pattern.charAt(i + 1) === '*') {
                const slashAfter = pattern.charAt(i + 2) === '/';
                const atSegmentStart = i === 0 || pattern.charAt(i - 1) === '/';
                if (atSegmentStart && slashAfter) {
                    source += '(?:.*/)?';
                    i += 2;
                }
                else {
                    source += '.*';
                    i += 1;
                }
            }
            else {
                source += '[^/]*';
            }
        }
        else if (ch === '?') {
            source += '[^/]';
        }
        else {
            source += ignore_escape(ch);
        }
    }
    const prefix = anchored ? '^' : '^(?:.*/)?';
    // A match on a directory covers everything below it; a file pattern matches the file itself.
    const suffix = directory ? '/.*$' : '(?:/.*)?$';
    return new RegExp(prefix + source + suffix);
}
function parseIgnoreFile(text) {
    const entries = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const [pattern = '', ...rest] = line.split(/[\s,]+/).filter(w => w !== '');
        if (pattern.startsWith('!')) {
            problems.push(`${IGNORE_FILE}:${index + 1}: negated patterns (\`!\`) are not supported`);
            return;
        }
        const bad = rest.filter(r => !RULE_ID.test(r));
        if (bad.length > 0) {
            problems.push(`${IGNORE_FILE}:${index + 1}: not a rule id: ${bad.map(b => `\`${b.slice(0, 40)}\``).join(', ')}`);
            return;
        }
        entries.push({ pattern, rules: rest, line: index + 1, matcher: globToRegExp(pattern) });
    });
    return { entries, problems };
}
/** Whether the ignore file silences `rule` for `path`. */
function isIgnoredPath(ignore, path, rule) {
    return ignore.entries.some(e => (e.rules.length === 0 || e.rules.includes(rule)) && e.matcher.test(path));
}
const INLINE = /fly-token-guard:\s*ignore(?:\[([^\]]*)\])?/;
/** Rules an inline directive on this line names: `null` for none, `[]` for every rule. */
function inlineRules(line) {
    if (line === undefined)
        return null;
    const match = INLINE.exec(line);
    if (!match)
        return null;
    return (match[1] ?? '')
        .split(/[\s,]+/)
        .map(r => r.trim())
        .filter(r => r !== '');
}
/** A line that holds nothing but a comment (`#`, `//`, `<!--`, `;`, `--`). */
function commentOnly(line) {
    return /^\s*(#|\/\/|<!--|;|--|\/\*|\*)/.test(line);
}
/** Whether an inline directive on the finding's line (or just above it) silences it. */
function isIgnoredInline(lines, line, rule) {
    const same = inlineRules(lines[line - 1]);
    const above = lines[line - 2];
    const previous = above !== undefined && commentOnly(above) ? inlineRules(above) : null;
    return [same, previous].some(rules => rules !== null && (rules.length === 0 || rules.includes(rule)));
}
/**
 * Splits findings into kept and ignored. `lines` gives a file's lines (undefined when the text is
 * not at hand: only the ignore file applies then).
 */
function applyIgnores(findings, ignore, lines) {
    const kept = [];
    const ignored = [];
    for (const finding of findings) {
        const location = finding.location;
        const silenced = location !== undefined &&
            (isIgnoredPath(ignore, location.file, finding.rule) ||
                isIgnoredInline(lines(location.file) ?? [], location.line, finding.rule));
        (silenced ? ignored : kept).push(finding);
    }
    return { kept, ignored };
}

;// CONCATENATED MODULE: ./lib/rules/scan/repository.js
// Phase two of the repository scan: the workflow digests (digest.ts), the composite actions and
// the text files that may hold a token, joined into the repository's findings. Here the Fly
// secret index is built from every workflow's notes, and the rules that look across files run
// over the digests' summaries: shared-token, secrets-inherit, untrusted-trigger (callers and
// their local reusable workflows), and hardcoded-token over the text files. Findings come out in the order `runScanRules` gives over a whole context.







const repository_byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
/**
 * Digests again, with every job summarised, the workflows that `untrusted-trigger` would follow
 * as callees but that were digested as uncallable (no `workflow_call`), until none is left.
 */
function completeCallees(digests, input, knownFly, reparsed) {
    const tried = new Set();
    for (;;) {
        const summaries = digests.flatMap(d => d.untrustedTrigger.ok ? [d.untrustedTrigger.value] : []);
        const missing = untrustedCalleePaths(summaries).filter(p => !tried.has(p));
        if (missing.length === 0)
            return;
        for (const path of missing) {
            tried.add(path);
            const index = digests.findIndex(d => d.path === path);
            const again = input.redigest(path, { knownFly, everyJob: true });
            if (index < 0 || !again)
                continue;
            digests[index] = again;
            reparsed.push(path);
        }
    }
}
/** Joins the digests into the repository's findings. Never throws on repository content. */
function checkRepositoryDigests(input) {
    const reparsed = [];
    const first = [...input.digests].sort(repository_byPath);
    const fly = flySecretsFrom(first.flatMap(d => d.flyNotes));
    const known = [...fly.names];
    const digests = first.map(digest => {
        if (!digest.assumedNotFly.some(name => fly.names.has(name)))
            return digest;
        const again = input.redigest(digest.path, { knownFly: known, everyJob: false });
        if (!again)
            return digest;
        reparsed.push(digest.path);
        return again;
    });
    completeCallees(digests, input, known, reparsed);
    const actionsOnly = {
        workflows: [],
        actions: [...input.actions].sort(repository_byPath).map(a => (0,lib_workflow/* parseActionFile */.Eh)(a.path, a.text)),
        files: [...input.files].sort(repository_byPath),
        fly,
        now: input.now
    };
    const byRule = rule_list_scanRules.map(() => []);
    const failures = new Map();
    const take = (index, outcome) => {
        if (failures.has(index) || outcome === undefined)
            return;
        if (outcome.ok)
            byRule[index]?.push(...outcome.value);
        else {
            failures.set(index, outcome.error);
            byRule[index] = [];
        }
    };
    const run = (index, ruleId, produce) => {
        if (failures.has(index))
            return;
        let outcome;
        try {
            outcome = { ok: true, value: produce() };
        }
        catch (error) {
            outcome = { ok: false, error: rule_list_ruleFailure(ruleId, error) };
        }
        take(index, outcome);
    };
    /** The values of every digest's outcome, or the first failure. */
    const all = (outcomes) => {
        const failed = outcomes.find(o => !o.ok);
        if (failed && !failed.ok)
            return failed;
        return { ok: true, value: outcomes.flatMap(o => (o.ok ? [o.value] : [])) };
    };
    rule_list_scanRules.forEach((rule, index) => {
        if (rule_list_PER_WORKFLOW_RULES.has(rule.id)) {
            for (const digest of digests)
                take(index, digest.rules[rule.id]);
            run(index, rule.id, () => rule.check(actionsOnly));
        }
        else if (rule.id === hardcodedToken.id) {
            run(index, rule.id, () => rule.check(actionsOnly));
        }
        else if (rule.id === untrustedTrigger.id) {
            const summaries = all(digests.map(d => d.untrustedTrigger));
            if (!summaries.ok)
                take(index, summaries);
            else
                run(index, rule.id, () => untrustedFindings(summaries.value));
        }
        else if (rule.id === secretsInherit.id) {
            const summaries = all(digests.map(d => d.secretsInherit));
            if (!summaries.ok)
                take(index, summaries);
            else
                run(index, rule.id, () => secretsInheritFindings(summaries.value));
        }
        else if (rule.id === sharedToken.id) {
            const files = all(digests.map(d => d.sharedToken));
            if (!files.ok)
                take(index, files);
            else
                run(index, rule.id, () => sharedTokenFindings(files.value));
        }
        else {
            // A rule added to the list without a place in this phase: say so rather than guess.
            take(index, { ok: false, error: rule_list_ruleFailure(rule.id, new Error('not wired into the scan')) });
        }
    });
    return {
        findings: byRule.flat(),
        errors: [...failures].sort(([a], [b]) => a - b).map(([, message]) => message),
        reparsed
    };
}

;// CONCATENATED MODULE: ./lib/rules/scan/index.js
// The scan rules: workflow and repository checks for risky Fly token handling, in the order
// their findings are reported. Pure: they read a ScanContext built from texts.















/**
 * Every scan rule over one context. A rule that throws on odd input costs only its own
 * findings; the message says which rule, so the scan still reports the rest.
 *
 * Per-workflow rules go through the workflows one by one (inferring deferred needs on the way)
 * and the shell parses of each workflow's scripts are released once its rules are done, so a
 * scan of many workflows never holds all of them. Findings come out as if every rule had seen
 * the whole context in turn: the same findings, in the same order.
 */
function runScanRules(context) {
    const byRule = scanRules.map(() => []);
    const failures = new Map();
    const run = (index, scope) => {
        const rule = scanRules[index];
        if (!rule || failures.has(index))
            return;
        try {
            byRule[index]?.push(...rule.check(scope));
        }
        catch (error) {
            failures.set(index, ruleFailure(rule.id, error));
            byRule[index] = [];
        }
    };
    const perWorkflow = scanRules
        .map((rule, index) => (PER_WORKFLOW_RULES.has(rule.id) ? index : -1))
        .filter(index => index >= 0);
    for (const scanned of context.workflows) {
        const one = { ...context, workflows: [scanned], actions: [] };
        for (const index of perWorkflow)
            run(index, one);
        forgetScriptParses(scanned.workflow.jobs.flatMap(job => job.steps));
    }
    const actionsOnly = { ...context, workflows: [] };
    for (const index of perWorkflow)
        run(index, actionsOnly);
    scanRules.forEach((rule, index) => {
        if (!PER_WORKFLOW_RULES.has(rule.id))
            run(index, context);
    });
    return {
        findings: byRule.flat(),
        errors: [...failures].sort(([a], [b]) => a - b).map(([, message]) => message)
    };
}







// EXTERNAL MODULE: ./lib/report/order.js
var order = __webpack_require__(5930);
// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
;// CONCATENATED MODULE: ./lib/engine/pr-changes.js
// Which lines a pull request changed, so findings on them can be called "new". From GitHub's
// list of the pull request's files (their patches) when the API answers, else from `git diff`
// against the base commit when that commit is in the checkout; neither is required.
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
function record(value) {
    return typeof value === 'object' && value !== null
        ? value
        : undefined;
}
function sha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) ? value : null;
}
/** The pull request a run is about, from GITHUB_EVENT_NAME, the event payload and GITHUB_REPOSITORY. */
function pullRequestOf(eventName, payload, repository) {
    if (eventName === undefined || !PR_EVENTS.has(eventName))
        return null;
    const pr = record(record(payload)?.['pull_request']);
    const number = pr?.['number'] ?? record(payload)?.['number'];
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
        return null;
    const [owner, repo] = (repository ?? '').split('/');
    if (!owner || !repo)
        return null;
    return {
        owner,
        repo,
        number,
        baseSha: sha(record(pr?.['base'])?.['sha']),
        headSha: sha(record(pr?.['head'])?.['sha'])
    };
}
/** Line numbers (new side) added or changed by one file's unified-diff hunks. */
function changedLinesOfPatch(patch) {
    const lines = new Set();
    let next = 0;
    let inHunk = false;
    for (const line of patch.split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        if (line.startsWith('+'))
            lines.add(next++);
        else if (line.startsWith(' '))
            next++;
        else if (line.startsWith('diff --git'))
            inHunk = false;
        // `-` lines and `\ No newline at end of file` do not move the new side.
    }
    return lines;
}
/** A whole `git diff` output: changed lines per new path. */
function changedLinesOfDiff(diff) {
    const changes = new Map();
    const sections = diff.split(/^(?=diff --git )/m);
    for (const section of sections) {
        const target = /^\+\+\+ (?:b\/)?(.+)$/m.exec(section)?.[1];
        if (target === undefined || target === '/dev/null')
            continue;
        const path = target.replace(/\t.*$/, '').replace(/^"(.*)"$/, '$1');
        const hunks = section.slice(section.indexOf('\n@@') + 1);
        if (/^new file mode/m.test(section))
            changes.set(path, 'all');
        else
            changes.set(path, changedLinesOfPatch(hunks));
    }
    return changes;
}
function changedLinesOfPullFiles(files) {
    const changes = new Map();
    for (const file of files) {
        if (file.status === 'removed')
            continue;
        if (file.status === 'added' || file.patch === undefined)
            changes.set(file.filename, 'all');
        else
            changes.set(file.filename, changedLinesOfPatch(file.patch));
    }
    return changes;
}
function isChangedLine(changes, file, line) {
    const lines = changes.get(file);
    return lines === 'all' || (lines !== undefined && lines.has(line));
}
/** GitHub's patches first, then git; says why when neither is available. Never throws. */
async function resolveChangedLines(pr, sources) {
    const notes = [];
    if (sources.pullFiles) {
        try {
            const result = await sources.pullFiles();
            if (result.ok) {
                return { changes: changedLinesOfPullFiles(result.files), source: 'api', notes };
            }
            notes.push(result.reason);
        }
        catch {
            notes.push("Could not list the pull request's files through the GitHub API.");
        }
    }
    if (pr.baseSha !== null && sources.gitDiff) {
        const diff = sources.gitDiff(pr.baseSha);
        if (diff !== undefined)
            return { changes: changedLinesOfDiff(diff), source: 'git', notes };
    }
    notes.push('The lines this pull request changed are unknown (no GitHub API access to its files, and its base commit is not in the checkout: `fetch-depth: 0` would add it), so no finding is marked as new.');
    return { changes: null, source: null, notes };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/engine/scan-io.js
// The scanner's only contact with the disk and with git: list the repository's files, read them,
// and diff against a base commit. Injectable, so the engine can be tested on any tree.




/** Above this many files a walk stops (git lists everything it tracks). */
const WALK_LIMIT = 200_000;
const GIT_TIMEOUT_MS = 30_000;
const GIT_MAX_BUFFER = 256 * 1024 * 1024;
/** Extensions that are never text: skipped without being opened. */
const BINARY_EXTENSIONS = /\.(png|jpe?g|gif|webp|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|so|dylib|dll|exe|bin|o|a|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|mkv|webm|ogg|wav|flac|sqlite3?|db|pyc|node)$/i;
function git(root, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, {
            cwd: root,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: GIT_MAX_BUFFER,
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
        });
    }
    catch {
        return undefined;
    }
}
function gitListing(root) {
    const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
    if (inside?.trim() !== 'true')
        return undefined;
    const out = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    if (out === undefined)
        return undefined;
    const files = [...new Set(out.split('\0').filter(f => f !== ''))];
    // A directory git ignores (or one not yet added anywhere) lists nothing: walk it instead.
    return files.length > 0 ? files.sort() : undefined;
}
function looksBinary(buffer) {
    const probe = buffer.subarray(0, 8000);
    return probe.includes(0);
}
const scan_io_fsScanIo = {
    listFiles(root) {
        const fromGit = gitListing(root);
        if (fromGit)
            return { files: fromGit, source: 'git' };
        return { files: (0,repo_files/* listFiles */.CS)(root, WALK_LIMIT).files, source: 'walk' };
    },
    readText(root, file, maxBytes) {
        if (BINARY_EXTENSIONS.test(file))
            return { kind: 'binary' };
        const absoluteRoot = external_node_path_.resolve(root);
        const full = external_node_path_.resolve(absoluteRoot, file);
        if (full !== absoluteRoot && !full.startsWith(absoluteRoot + external_node_path_.sep)) {
            return { kind: 'missing' };
        }
        try {
            const stat = (0,external_node_fs_.statSync)(full);
            if (!stat.isFile())
                return { kind: 'missing' };
            if (stat.size > maxBytes)
                return { kind: 'too-large', bytes: stat.size };
            const head = Buffer.alloc(Math.min(8000, stat.size));
            const fd = (0,external_node_fs_.openSync)(full, 'r');
            try {
                (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            if (looksBinary(head))
                return { kind: 'binary' };
            return { kind: 'text', text: (0,external_node_fs_.readFileSync)(full, 'utf8') };
        }
        catch {
            return { kind: 'missing' };
        }
    },
    diff(root, base) {
        if (!/^[0-9a-f]{7,64}$/i.test(base))
            return undefined;
        if (git(root, ['cat-file', '-e', `${base}^{commit}`]) === undefined)
            return undefined;
        return git(root, [
            '-c',
            'core.quotepath=off',
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--unified=0',
            '--relative',
            base,
            '--'
        ]);
    }
};

;// CONCATENATED MODULE: ./lib/engine/scan-digest.js
// The per-workflow phase of `runScan` as one call on plain data, so it can run in a worker
// thread: shared (the repository root, the clock as an ISO string, the files the scan read) and
// one workflow's path and text. What it returns is a structured-clone-able WorkflowDigest.



/** Largest file the scan reads (also for needs inference). */
const MAX_SCAN_FILE_BYTES = 1024 * 1024;
/**
 * RepoFiles for needs inference: the texts the scan read when given, else straight from the
 * disk (a fly.toml beyond max-files, say).
 */
function repoFilesOver(root, io, files, texts) {
    return {
        read(file) {
            const path = (0,lib_workflow/* normalizePath */.Fd)(file);
            if (path === null)
                return undefined;
            const known = texts?.get(path);
            if (known !== undefined)
                return known;
            const read = io.readText(root, path, MAX_SCAN_FILE_BYTES);
            return read.kind === 'text' ? read.text : undefined;
        },
        list: () => [...files]
    };
}
/**
 * Phase one of the scan for one workflow (see `digestWorkflow`), on plain data only: fit for
 * `serveBatches(digestWorkflowTask)` in a worker. Never throws on the workflow's content.
 */
function digestWorkflowTask(shared, item, io = fsScanIo) {
    return digestWorkflow({
        path: item.path,
        text: item.text,
        repo: repoFilesOver(shared.root, io, shared.files),
        now: new Date(shared.now),
        ...(item.knownFly ? { knownFly: item.knownFly } : {}),
        ...(item.everyJob ? { everyJob: true } : {})
    });
}

// EXTERNAL MODULE: ./lib/token/limits.js
var limits = __webpack_require__(6485);
;// CONCATENATED MODULE: ./lib/engine/scan-redact.js
// The scan reads token literals out of the repository; none of their text may reach a message,
// a note, an annotation, SARIF or a comment. Rules never quote one, and this pass replaces any
// 8-character window of one that a message might still carry (a quoted command line, a YAML
// error echoing its input) with `[redacted]`.

const SCAN_REDACTED = '[redacted]';
function createScrubber(secrets) {
    const windows = new Set();
    for (const secret of secrets) {
        for (let i = 0; i + limits/* MIN_FRAGMENT_LENGTH */.vV <= secret.length; i++) {
            windows.add(secret.slice(i, i + limits/* MIN_FRAGMENT_LENGTH */.vV));
        }
    }
    if (windows.size === 0)
        return text => text;
    return text => {
        if (text.length < limits/* MIN_FRAGMENT_LENGTH */.vV)
            return text;
        const covered = new Uint8Array(text.length);
        let any = false;
        for (let i = 0; i + limits/* MIN_FRAGMENT_LENGTH */.vV <= text.length; i++) {
            if (windows.has(text.slice(i, i + limits/* MIN_FRAGMENT_LENGTH */.vV))) {
                covered.fill(1, i, i + limits/* MIN_FRAGMENT_LENGTH */.vV);
                any = true;
            }
        }
        if (!any)
            return text;
        let out = '';
        for (let i = 0; i < text.length; i++) {
            if (covered[i] === 1) {
                if (i === 0 || covered[i - 1] !== 1)
                    out += SCAN_REDACTED;
            }
            else {
                out += text.charAt(i);
            }
        }
        return out;
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/engine/worker-pool.js
// Runs a pure, per-item job on worker threads, in batches, and gives the results back in input
// order. Used by the scan for the per-workflow work (parse, infer, check), which dominates a large
// repository's scan and shares nothing between files. Any worker failure rejects: the caller
// falls back to doing the work in-process, so a pool problem never changes a result.

/** Splits `items` into consecutive batches of at most `size`. */
function batchesOf(items, size) {
    const step = Math.max(1, Math.floor(size));
    const out = [];
    for (let i = 0; i < items.length; i += step)
        out.push(items.slice(i, i + step));
    return out;
}
/** Runs every item through the workers; resolves with one result per item, in order. */
function runPool(items, options) {
    const batches = batchesOf(items, options.batchSize);
    const results = new Array(batches.length);
    if (batches.length === 0)
        return Promise.resolve([]);
    const count = Math.max(1, Math.min(options.workers, batches.length));
    return new Promise((resolve, reject) => {
        const workers = [];
        let next = 0;
        let done = 0;
        let settled = false;
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            for (const worker of workers)
                void worker.terminate();
            if (error)
                reject(error);
            else
                resolve(results.flat());
        };
        const feed = (worker) => {
            if (next >= batches.length)
                return;
            const batch = next++;
            const request = { batch, items: batches[batch] ?? [] };
            worker.postMessage(request);
        };
        for (let i = 0; i < count; i++) {
            const worker = new external_node_worker_threads_.Worker(options.script, { workerData: options.shared });
            workers.push(worker);
            worker.on('message', (reply) => {
                if ('error' in reply)
                    return finish(new Error(`scan worker: ${reply.error}`));
                results[reply.batch] = reply.results;
                done += 1;
                if (done === batches.length)
                    return finish();
                feed(worker);
            });
            worker.on('error', error => finish(error instanceof Error ? error : new Error(String(error))));
            worker.on('exit', code => {
                if (!settled)
                    finish(new Error(`scan worker exited early (code ${code})`));
            });
            feed(worker);
        }
    });
}

;// CONCATENATED MODULE: ./lib/engine/scan-parallel.js
// Digests a repository's workflows on worker threads, when asked (WORKERS_ENV). The per-workflow
// phase (parse, infer needs, per-file checks) is most of a scan's time and shares nothing between
// files, so it splits across cores; the repository phase stays on the main thread. Used only
// from the bundle (the worker is dist/scan-worker/index.js); any failure returns undefined and
// the caller digests in-process, so results never depend on it.




/** With `auto`, below this many workflows starting workers costs more than it saves. */
const PARALLEL_MIN_WORKFLOWS = 150;
/** With `auto`, more workers than this add start-up and memory for little gain. */
const MAX_WORKERS = 4;
/** Workflows per message: enough to amortise messaging, few enough to balance the workers. */
const BATCH_SIZE = 16;
/**
 * Off unless asked: `FLY_TOKEN_GUARD_SCAN_WORKERS=N` digests on N worker threads, `auto` on one
 * per core (up to 4) for repositories of 150+ workflows. Off by default because on the 2-vCPU
 * machines we measure on, two busy threads get ~1.3 CPUs' worth of work, less than what a
 * second cold start, module load and JIT warm-up cost (BENCHMARKS.md).
 */
const WORKERS_ENV = 'FLY_TOKEN_GUARD_SCAN_WORKERS';
/** The worker bundle next to the running one (dist/ or dist/cli/), if there is one. */
function scanWorkerScript() {
    // Next to the entry script that is running (dist/index.js or dist/cli/index.js).
    const entry = process.argv[1];
    if (entry === undefined)
        return undefined;
    const here = external_node_path_.dirname(external_node_path_.resolve(entry));
    const name = ['scan-worker', 'index.js'].join('/');
    return [external_node_path_.join(here, name), external_node_path_.join(here, '..', name)].find(file => (0,external_node_fs_.existsSync)(file));
}
/** How many workers to use for `workflows` files; 0 means in-process. */
function workerCount(workflows, env = process.env) {
    const setting = (env[WORKERS_ENV] ?? '').trim().toLowerCase();
    if (/^\d+$/.test(setting))
        return Math.min(Number(setting), MAX_WORKERS * 4);
    if (setting !== 'auto' || workflows < PARALLEL_MIN_WORKFLOWS)
        return 0;
    const cores = (0,external_node_os_.availableParallelism)();
    return cores < 2 ? 0 : Math.min(cores, MAX_WORKERS);
}
/** The digests of `items`, in order, made on worker threads; undefined when not worth it or failed. */
async function digestInWorkers(items, shared, env = process.env, findScript = scanWorkerScript) {
    const workers = workerCount(items.length, env);
    const script = workers > 0 ? findScript() : undefined;
    if (script === undefined)
        return undefined;
    try {
        return await runPool(items, {
            script,
            workers,
            batchSize: BATCH_SIZE,
            shared
        });
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/engine/scan.js
// The repository scan: read the workflows, composite actions, fly*.toml and every other text file,
// run the scan rules, apply the ignore file and inline ignores, mark findings on lines a pull
// request changed as new, and return one ScanReport. File access goes through a ScanIo.













const DEFAULT_MAX_FILES = 5000;
function categoryOf(file) {
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(file))
        return 'workflow';
    if (/(^|\/)action\.ya?ml$/.test(file))
        return 'action';
    if (/(^|\/)fly[^/]*\.toml$/i.test(file))
        return 'config';
    return 'other';
}
const PRIORITY = { workflow: 0, action: 1, config: 2, other: 3 };
function listSome(paths, max = 5) {
    const shown = paths.slice(0, max).map(p => `\`${p}\``);
    const more = paths.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
function readRepository(root, io, maxFiles) {
    const listing = io.listFiles(root);
    const files = listing.files
        .map(f => (0,lib_workflow/* normalizePath */.Fd)(f))
        .filter((f) => f !== null && f !== '')
        .map(file => ({ file, category: categoryOf(file) }))
        .sort((a, b) => PRIORITY[a.category] - PRIORITY[b.category]);
    const notes = [];
    const chosen = files.slice(0, maxFiles);
    if (files.length > chosen.length) {
        notes.push(`Stopped at max-files: scanned ${chosen.length} of ${files.length} files (workflows, actions and fly*.toml first); ` +
            `${files.length - chosen.length} were not checked for committed tokens. Raise \`max-files\` to scan them.`);
    }
    const texts = new Map();
    const categories = new Map();
    const tooLarge = [];
    let binaries = 0;
    for (const { file, category } of chosen) {
        const read = io.readText(root, file, MAX_SCAN_FILE_BYTES);
        if (read.kind === 'too-large')
            tooLarge.push(file);
        if (read.kind === 'binary')
            binaries += 1;
        if (read.kind !== 'text')
            continue;
        texts.set(file, read.text);
        categories.set(file, category);
    }
    if (tooLarge.length > 0) {
        notes.push(`Skipped ${tooLarge.length} file${tooLarge.length === 1 ? '' : 's'} larger than 1 MiB: ${listSome(tooLarge)}.`);
    }
    if (binaries > 0) {
        notes.push(`Skipped ${binaries} binary file${binaries === 1 ? '' : 's'} (not text, so no token literal to find).`);
    }
    return { texts, categories, notes };
}
function scrubFinding(finding, scrub) {
    return {
        ...finding,
        message: scrub(finding.message),
        ...(finding.fix
            ? { fix: { summary: scrub(finding.fix.summary), commands: finding.fix.commands.map(scrub) } }
            : {})
    };
}
const scan_byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function prepareScan(options) {
    const io = options.io ?? scan_io_fsScanIo;
    const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    const { texts, categories, notes } = readRepository(options.root, io, maxFiles);
    const of = (category) => [...texts]
        .filter(([file]) => categories.get(file) === category)
        .map(([path, text]) => ({ path, text }));
    const candidates = [...texts]
        .filter(([file, text]) => categories.get(file) !== 'other' || mayHoldTokenLiteral(text))
        .map(([path, text]) => ({ path, text }));
    const workflows = of('workflow').sort(scan_byPath);
    if (workflows.length === 0)
        notes.push('No workflow files under `.github/workflows/`.');
    return {
        root: options.root,
        io,
        failOn: options.failOn ?? 'high',
        now: options.now ?? new Date(),
        texts,
        repo: repoFilesOver(options.root, io, [...texts.keys()], texts),
        workflows,
        actions: of('action'),
        files: candidates.sort(scan_byPath),
        notes
    };
}
/** Digests one workflow at a time on this thread (its parsed model is garbage right after). */
function digestInProcess(scan) {
    const { repo, now } = scan;
    return scan.workflows.map(({ path, text }) => digest_digestWorkflow({ path, text, repo, now }));
}
/**
 * The repository phase over the workflows' digests: the repository-wide rules, the ignore file
 * and inline ignores, ordering, new-on-this-PR marks and the scrub of every literal found.
 */
function finishScan(scan, digests, changes) {
    const { texts, now, notes, repo } = scan;
    const { findings: raw, errors } = checkRepositoryDigests({
        digests,
        actions: scan.actions,
        files: scan.files,
        now,
        redigest: (path, again) => {
            const text = texts.get(path);
            return text === undefined ? undefined : digest_digestWorkflow({ path, text, repo, now, ...again });
        }
    });
    notes.push(...errors);
    // Everything that leaves the scan is scrubbed of every literal found, ignored ones included.
    const scrub = createScrubber(scan.files.flatMap(f => findTokenLiterals(f.text).map(l => f.text.slice(l.start, l.end))));
    const ignoreText = scan.io.readText(scan.root, IGNORE_FILE, MAX_SCAN_FILE_BYTES);
    const ignoreFile = parseIgnoreFile(ignoreText.kind === 'text' ? ignoreText.text : '');
    notes.push(...ignoreFile.problems);
    const lines = new Map();
    const linesOf = (file) => {
        if (!lines.has(file)) {
            const text = texts.get(file);
            if (text !== undefined)
                lines.set(file, text.split(/\r?\n/));
        }
        return lines.get(file);
    };
    const { kept, ignored } = applyIgnores(raw, ignoreFile, linesOf);
    const marked = (0,order/* sortFindings */.T)(kept.map(f => scrubFinding(f, scrub))).map(f => changes === null
        ? f
        : {
            ...f,
            isNew: f.location !== undefined && isChangedLine(changes, f.location.file, f.location.line)
        });
    const ordered = [...marked.filter(f => f.isNew), ...marked.filter(f => !f.isNew)];
    return {
        verdict: (0,types/* verdictFor */.Xb)(ordered, scan.failOn),
        failOn: scan.failOn,
        findings: ordered,
        newCount: changes === null ? null : ordered.filter(f => f.isNew).length,
        filesScanned: texts.size,
        workflowsScanned: scan.workflows.length,
        ignoredCount: ignored.length,
        notes: notes.map(scrub)
    };
}
/** Scans the repository at `options.root` on this thread. Never throws on repository content. */
function runScan(options) {
    const scan = prepareScan(options);
    return finishScan(scan, digestInProcess(scan), options.changes ?? null);
}
/**
 * Scans the repository at `options.root`, digesting the workflows of a large repository on
 * worker threads (scan-parallel.ts); the same report as `runScan`. Never throws on content.
 */
async function scanRepository(options) {
    const scan = prepareScan(options);
    // Workers read the disk themselves, so only a scan of the real file system can use them.
    const parallel = scan.io === scan_io_fsScanIo
        ? await digestInWorkers(scan.workflows.map(({ path, text }) => ({ path, text })), { root: scan.root, now: scan.now.toISOString(), files: [...scan.texts.keys()] })
        : undefined;
    return finishScan(scan, parallel ?? digestInProcess(scan), options.changes ?? null);
}

// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
;// CONCATENATED MODULE: ./lib/report/markdown.js


/** GitHub rejects issue and comment bodies longer than this. */
const markdown_GITHUB_BODY_LIMIT = 65536;
const ICONS = {
    critical: '🔴',
    high: '🟠',
    medium: '🟡',
    low: '🔵',
    info: '⚪'
};
function severityIcon(severity) {
    return ICONS[severity];
}
/**
 * Escapes text for markdown: characters that open emphasis, code, links, images, HTML, entities,
 * strikethrough or table cells anywhere; characters that open headings, lists or quotes at the
 * start of a line; and `@mentions` (a zero-width space keeps GitHub from pinging anyone).
 */
function markdown_escapeMarkdown(text) {
    return text
        .replace(/[\\`*_[\]<>|~&]/g, char => `\\${char}`)
        .replace(/^([ \t]*)([#+\-=])/gm, '$1\\$2')
        .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
        .replace(/(^|[^\w@])@(?=\w)/g, '$1@\u200B');
}
/** Escapes text for one table cell: markdown specials plus line breaks. */
function escapeTableCell(text) {
    return markdown_escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>');
}
/**
 * Prose that may hold `code` spans (as rule messages do): the prose is escaped, each span is
 * re-emitted as a safe code span, so `<ORG>` and `a|b` survive inside spans and outside them.
 */
function proseWithCode(text) {
    return text
        .split(/(`[^`\n]+`)/)
        .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : markdown_escapeMarkdown(part)))
        .join('');
}
/** A code span that survives backticks and pipes in its content, inside a table cell. */
function codeSpan(text) {
    const content = text.replace(/\r?\n/g, ' ');
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${content.replace(/\|/g, '\\|')}${pad}${fence}`;
}
function encodePath(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .split('/')
        .map(segment => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
}
function blobUrl(target, location) {
    const server = (target.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const owner = encodeURIComponent(target.owner);
    const repo = encodeURIComponent(target.repo);
    const sha = encodeURIComponent(target.sha);
    const end = location.endLine !== undefined && location.endLine > location.line
        ? `-L${location.endLine}`
        : '';
    return `${server}/${owner}/${repo}/blob/${sha}/${encodePath(location.file)}#L${location.line}${end}`;
}
function locationCell(finding, link) {
    const location = finding.location;
    if (location === undefined) {
        return finding.subject === undefined ? '—' : codeSpan(finding.subject);
    }
    const text = escapeTableCell(`${location.file}:${location.line}`);
    return link === undefined ? text : `[${text}](${blobUrl(link, location)})`;
}
function messageCell(finding, includeFix) {
    const cell = (text) => proseWithCode(text.trim()).replace(/\r?\n/g, '<br>');
    const parts = [cell(finding.message)];
    if (includeFix && finding.fix !== undefined) {
        parts.push(`**Fix:** ${cell(finding.fix.summary)}`);
        parts.push(...finding.fix.commands.map(codeSpan));
    }
    return parts.join('<br>');
}
function findingRow(finding, options = {}) {
    const severity = `${ICONS[finding.severity]} ${finding.severity}`;
    const rule = `[${codeSpan(finding.rule)}](${docsUrl(encodeURIComponent(finding.rule))})`;
    const location = locationCell(finding, options.link);
    const message = messageCell(finding, options.includeFix ?? true);
    return `| ${severity} | ${rule} | ${location} | ${message} |`;
}
const TABLE_HEADER = '| Severity | Rule | Location | Finding |\n| --- | --- | --- | --- |';
function moreLine(count) {
    return `_…and ${count} more finding${count === 1 ? '' : 's'} not shown (see the job summary or the SARIF report)._`;
}
/**
 * The findings, worst first, as a markdown table that fits in `maxChars`: rows that do not fit
 * are replaced by an "and N more" line. Empty string for no findings.
 */
function markdown_renderFindingsTable(findings, options = {}) {
    if (findings.length === 0)
        return '';
    const budget = options.maxChars ?? markdown_GITHUB_BODY_LIMIT;
    const rows = sortFindings(findings).map(finding => findingRow(finding, options));
    let body = TABLE_HEADER;
    let shown = 0;
    for (const row of rows) {
        const remainingAfter = rows.length - shown - 1;
        const candidate = `${body}\n${row}`;
        const tail = remainingAfter > 0 ? `\n\n${moreLine(remainingAfter)}` : '';
        if (candidate.length + tail.length > budget)
            break;
        body = candidate;
        shown += 1;
    }
    if (shown === rows.length)
        return body;
    const rest = moreLine(rows.length - shown);
    if (shown === 0)
        return rest.length <= budget ? rest : '';
    return `${body}\n\n${rest}`;
}
/** One line like "🔴 1 critical · 🟠 2 high", worst first; "no findings" when empty. */
function markdown_renderSeverityCounts(findings) {
    const parts = SEVERITIES.flatMap(severity => {
        const count = findings.filter(f => f.severity === severity).length;
        return count > 0 ? [`${ICONS[severity]} ${count} ${severity}`] : [];
    });
    return parts.length > 0 ? parts.join(' · ') : 'no findings';
}
/**
 * Cuts a body that exceeds `limit` at a line break and says how much was left out. Bodies within
 * the limit come back unchanged.
 */
function truncateBody(body, limit = markdown_GITHUB_BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = (omitted) => `\n\n_…truncated: ${omitted} characters not shown (GitHub's ${limit}-character limit)._`;
    // Reserve room for the note at its longest (every character omitted).
    const room = Math.max(0, limit - note(body.length).length);
    let cut = body.lastIndexOf('\n', room);
    if (cut <= 0)
        cut = room;
    // Never split a surrogate pair.
    const code = body.charCodeAt(cut - 1);
    if (cut > 0 && code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${body.slice(0, cut)}${note(body.length - cut)}`;
}

;// CONCATENATED MODULE: ./lib/report/scan-summary.js

const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
function scan_summary_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function factsLine(report) {
    const parts = [
        renderSeverityCounts(report.findings),
        `${scan_summary_plural(report.filesScanned, 'file')} scanned (${scan_summary_plural(report.workflowsScanned, 'workflow')})`
    ];
    if (report.newCount !== null)
        parts.push(`${report.newCount} new in this pull request`);
    if (report.ignoredCount > 0)
        parts.push(`${report.ignoredCount} ignored`);
    return parts.join(' · ');
}
function tables(report, options, budget) {
    const out = [];
    if (report.findings.length === 0)
        return out;
    const link = options.link ? { link: options.link } : {};
    if (report.newCount === null) {
        out.push('### Findings', '', renderFindingsTable(report.findings, { ...link, maxChars: budget }));
        return out;
    }
    const fresh = report.findings.filter(f => f.isNew);
    const old = report.findings.filter(f => !f.isNew);
    if (fresh.length > 0) {
        out.push(`### New in this pull request (${fresh.length})`, '', renderFindingsTable(fresh, { ...link, maxChars: Math.floor(budget * 0.6) }));
    }
    else {
        out.push('None of the findings is on a line this pull request changed.');
    }
    if (old.length > 0) {
        out.push('', `### Already in the repository (${old.length})`, '', renderFindingsTable(old, { ...link, includeFix: false, maxChars: Math.floor(budget * 0.35) }));
    }
    return out;
}
function notesBlock(report, notAnnotated) {
    const notes = [...report.notes];
    if (notAnnotated > 0) {
        notes.unshift(`${scan_summary_plural(notAnnotated, 'finding')} not annotated in the diff (GitHub shows at most 10 annotations per level); every finding is in the tables above.`);
    }
    if (notes.length === 0)
        return [];
    return ['', '#### Notes', '', ...notes.map(n => `- ${escapeMarkdown(n)}`)];
}
/** The job summary. */
function renderScanSummary(report, options = {}) {
    const heading = `## ${VERDICT_ICON[report.verdict]} fly-token-guard scan: ${report.verdict}`;
    const threshold = report.failOn === 'never' ? 'never fails' : `fails on ${report.failOn} and above`;
    return [
        heading,
        '',
        `${factsLine(report)} · ${threshold}`,
        '',
        ...(report.findings.length === 0
            ? ['No risky Fly token handling found.']
            : tables(report, options, GITHUB_BODY_LIMIT - 4000)),
        ...notesBlock(report, options.notAnnotated ?? 0)
    ].join('\n');
}
/** The sticky pull request comment: the same tables, compact. */
function renderScanComment(report, options = {}) {
    const heading = report.newCount !== null && report.newCount > 0
        ? `### ${VERDICT_ICON[report.verdict]} fly-token-guard: ${scan_summary_plural(report.newCount, 'new finding')} in this pull request`
        : `### ${VERDICT_ICON[report.verdict]} fly-token-guard: ${scan_summary_plural(report.findings.length, 'finding')}`;
    return [
        heading,
        '',
        factsLine(report),
        '',
        ...tables(report, options, GITHUB_BODY_LIMIT - 2000),
        '',
        '<sub>Rules, fixes and how to silence a finding: see the linked rule pages.</sub>'
    ].join('\n');
}
/** The scan for terminals. */
function renderScanText(report) {
    const lines = [
        `Verdict: ${report.verdict.toUpperCase()} (fails on ${report.failOn})`,
        `Scanned: ${scan_summary_plural(report.filesScanned, 'file')}, ${scan_summary_plural(report.workflowsScanned, 'workflow')}` +
            (report.ignoredCount > 0 ? `; ${report.ignoredCount} findings ignored` : '')
    ];
    lines.push('', report.findings.length === 0 ? 'No findings.' : `Findings (${report.findings.length}):`);
    for (const f of report.findings) {
        const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column} ` : '';
        lines.push(`  ${where}[${f.severity}] ${f.rule}${f.isNew ? ' (new)' : ''}`, `    ${f.message}`);
        if (f.fix) {
            lines.push(`    Fix: ${f.fix.summary}`, ...f.fix.commands.map(c => `      $ ${c}`));
        }
    }
    for (const note of report.notes)
        lines.push('', `Note: ${note}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./lib/fly/version.js
var version = __webpack_require__(529);
// EXTERNAL MODULE: ./lib/rules/registry.js + 19 modules
var registry = __webpack_require__(302);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/report/sarif.js
// Findings -> SARIF 2.1.0, shaped for GitHub code scanning (`github/codeql-action/upload-sarif`).


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our entry in `partialFingerprints`; bump the suffix if the recipe ever changes. */
const FINGERPRINT_KEY = 'flyTokenGuard/v1';
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0'
};
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note'
};
const PROBLEM_SEVERITY = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'recommendation',
    info: 'recommendation'
};
function sarifLevel(severity) {
    return LEVEL[severity];
}
function toSarif(findings, rules, tool, options = {}) {
    const descriptors = [];
    const indexById = new Map();
    const addRule = (meta) => {
        if (indexById.has(meta.id))
            return;
        indexById.set(meta.id, descriptors.length);
        descriptors.push(ruleDescriptor(meta));
    };
    rules.forEach(addRule);
    // A finding from a rule the caller did not list still needs a descriptor for its ruleIndex.
    for (const finding of findings) {
        addRule({ id: finding.rule, defaultSeverity: finding.severity, title: finding.rule, help: '' });
    }
    const fingerprints = computeFingerprints(findings, options.sources);
    const results = findings.map((finding, i) => {
        const location = sarifLocation(finding.location, options.fallbackFile);
        const properties = { severity: finding.severity };
        if (finding.subject !== undefined)
            properties.subject = finding.subject;
        if (finding.fix !== undefined && finding.fix.commands.length > 0) {
            properties.fixCommands = [...finding.fix.commands];
        }
        return {
            ruleId: finding.rule,
            ruleIndex: indexById.get(finding.rule) ?? 0,
            level: LEVEL[finding.severity],
            message: { text: messageText(finding) },
            ...(location ? { locations: [location] } : {}),
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] ?? '' },
            properties
        };
    });
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: descriptors
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
function ruleDescriptor(meta) {
    const url = (0,types/* docsUrl */.fs)(meta.id);
    const help = meta.help.trim() || meta.title;
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.title },
        fullDescription: { text: help },
        help: {
            text: `${help}\n\nDocumentation: ${url}`,
            markdown: `**${meta.title}**\n\n${help}\n\n[Rule documentation](${url})`
        },
        helpUri: url,
        defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
        properties: {
            tags: ['security', 'fly.io'],
            'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
            'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity]
        }
    };
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(part => part.length > 0)
        .map(part => part[0]?.toUpperCase() + part.slice(1))
        .join('');
}
function messageText(finding) {
    if (finding.fix === undefined)
        return finding.message;
    const commands = finding.fix.commands.map(command => `  ${command}`);
    return [finding.message, `Fix: ${finding.fix.summary}`, ...commands].join('\n');
}
/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
function relativeUri(file) {
    const normalized = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
    return normalized
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
function sarifLocation(location, fallbackFile) {
    if (location === undefined) {
        if (fallbackFile === undefined || fallbackFile === '')
            return undefined;
        // GitHub requires a start line to display an alert; the top of the file is the honest anchor.
        return {
            physicalLocation: {
                artifactLocation: { uri: relativeUri(fallbackFile), uriBaseId: '%SRCROOT%' },
                region: { startLine: 1 }
            }
        };
    }
    const region = sarifRegion(location);
    return {
        physicalLocation: {
            artifactLocation: { uri: relativeUri(location.file), uriBaseId: '%SRCROOT%' },
            ...(region ? { region } : {})
        }
    };
}
function isPositiveInteger(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1;
}
function sarifRegion(location) {
    if (!isPositiveInteger(location.line))
        return undefined;
    const region = { startLine: location.line };
    const startColumn = isPositiveInteger(location.column) ? location.column : 1;
    if (isPositiveInteger(location.column))
        region.startColumn = location.column;
    const endLine = isPositiveInteger(location.endLine) ? location.endLine : location.line;
    if (endLine > location.line)
        region.endLine = endLine;
    if (isPositiveInteger(location.endColumn)) {
        if (endLine > location.line || location.endColumn >= startColumn) {
            region.endColumn = location.endColumn;
        }
    }
    return region;
}
/**
 * One fingerprint per finding: hash of rule id, file, the trimmed text of the finding's line and
 * its occurrence index among findings sharing those three. Line numbers are left out so an alert
 * keeps its identity when lines are inserted above it. Without the file's text the message
 * stands in for the line; without a location, the subject (which token) does.
 */
function computeFingerprints(findings, sources) {
    const lineText = lineLookup(sources);
    const keys = findings.map(finding => {
        const location = finding.location;
        if (location === undefined) {
            return ['no-location', finding.rule, finding.subject ?? ''];
        }
        const text = lineText(location.file, location.line);
        const anchor = text === undefined ? `message:${finding.message}` : `text:${text.trim()}`;
        return ['located', finding.rule, relativeUri(location.file), anchor];
    });
    // Occurrence index by position, so reordering the findings array does not swap fingerprints.
    const groups = new Map();
    keys.forEach((key, i) => {
        const id = JSON.stringify(key);
        groups.set(id, [...(groups.get(id) ?? []), i]);
    });
    const occurrence = new Array(findings.length).fill(0);
    for (const members of groups.values()) {
        members
            .sort((a, b) => positionOrder(findings[a], findings[b]) || a - b)
            .forEach((findingIndex, rank) => {
            occurrence[findingIndex] = rank;
        });
    }
    return keys.map((key, i) => (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([...key, occurrence[i]]))
        .digest('hex')
        .slice(0, 32));
}
function positionOrder(a, b) {
    const la = a?.location;
    const lb = b?.location;
    if (la === undefined || lb === undefined)
        return 0;
    return la.line - lb.line || la.column - lb.column;
}
function lineLookup(sources) {
    if (sources === undefined)
        return () => undefined;
    const read = typeof sources === 'function'
        ? sources
        : (file) => (Object.hasOwn(sources, file) ? sources[file] : undefined);
    const cache = new Map();
    return (file, line) => {
        if (!cache.has(file))
            cache.set(file, read(file)?.split(/\r?\n/));
        return cache.get(file)?.[line - 1];
    };
}

;// CONCATENATED MODULE: ./lib/report/scan-sarif.js




const SARIF_TOOL = {
    name: 'fly-token-guard',
    version: version/* FLY_TOKEN_GUARD_VERSION */.p,
    informationUri: 'https://github.com/fly-token-guard/fly-token-guard'
};
/** `sources` lets fingerprints follow a line's text (hashed; never copied into the log). */
function scanSarif(report, sources) {
    return toSarif(report.findings, (0,registry/* ruleMeta */.M)(rule_list_scanRules), SARIF_TOOL, sources ? { sources } : {});
}

// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(2453);
// EXTERNAL MODULE: ./lib/cli/fail-on.js
var fail_on = __webpack_require__(2640);
;// CONCATENATED MODULE: ./lib/cli/scan.js
// `fly-token-guard scan [DIR] [--json|--sarif] [--fail-on S] [--max-files N]`: the repository
// scan from a terminal. Exit 0 pass (or warn), 1 findings at or above --fail-on, 2 bad usage.










function maxFilesOf(value) {
    if (value === undefined)
        return DEFAULT_MAX_FILES;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new cli_args/* UsageError */.eb('--max-files must be a whole number of at least 1');
    return n;
}
const runScanCommand = async ({ args, env, out }) => {
    const { values, positionals } = args;
    if (values.json && values.sarif)
        throw new cli_args/* UsageError */.eb('--json and --sarif exclude each other');
    if (positionals.length > 1)
        throw new cli_args/* UsageError */.eb('scan takes one directory');
    const failOn = (0,fail_on/* parseFailOn */.X)(values['fail-on']);
    const maxFiles = maxFilesOf(values['max-files']);
    const dir = positionals[0] ?? values.repo ?? '.';
    const root = external_node_path_.resolve(dir);
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(root).isDirectory();
    }
    catch {
        isDirectory = false;
    }
    if (!isDirectory)
        throw new cli_args/* UsageError */.eb(`'${dir}' is not a directory`);
    const report = await scanRepository({ root, maxFiles, failOn, now: (0,clock/* currentTime */.$)(env) });
    if (values.sarif) {
        const repo = (0,repo_files/* createRepoFiles */._I)(root);
        out(JSON.stringify(scanSarif(report, file => repo.read(file)), null, 2));
    }
    else if (values.json) {
        out(JSON.stringify({
            verdict: report.verdict,
            filesScanned: report.filesScanned,
            findings: report.findings.map(findings_json/* findingToJson */.N),
            notes: report.notes
        }, null, 2));
    }
    else {
        out(renderScanText(report));
    }
    return report.verdict === 'fail' ? 1 : 0;
};


/***/ }),

/***/ 529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FLY_TOKEN_GUARD_VERSION),
/* harmony export */   q: () => (/* binding */ DEFAULT_USER_AGENT)
/* harmony export */ });
// The version sent in the User-Agent. A constant (not package.json read at runtime) because the
// bundled dist/ has no package.json next to it; a test keeps the two in step.
const FLY_TOKEN_GUARD_VERSION = '0.1.0';
const DEFAULT_USER_AGENT = `fly-token-guard/${FLY_TOKEN_GUARD_VERSION}`;


/***/ })

};
;