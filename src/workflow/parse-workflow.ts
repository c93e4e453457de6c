// Workflow file -> model with positions. GitHub's workflow parser reads the file once: our
// positioned tree is a walk of its YAML reader's document (yaml-tree.ts), and its template reader
// checks that same parse against the workflow schema, so every problem is GitHub's message at
// GitHub's place. The tree keeps everything that was written even when the file is invalid, so a
// broken file still yields whatever could be read. Never throws.
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer';
import {
  TemplateContext,
  TemplateValidationErrors
} from '@actions/workflow-parser/templates/template-context';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import { LineCounter } from 'yaml';
import { findExpressions, findSecretMentions } from './expressions.js';
import type {
  Environment,
  Job,
  KeyValue,
  Matrix,
  MatrixValue,
  Permissions,
  RunDefaults,
  RunScript,
  ScriptLine,
  SecretFlow,
  SecretReference,
  Step,
  Trigger,
  UsesRef,
  WorkflowFile,
  WorkflowInput,
  WorkflowProblem
} from './model.js';
import { secretFlowInScript } from './secret-flow.js';
import { buildScalarSourceMap, locateOffset, type ScalarSourceMap } from './source-map.js';
import type { SourceLocation } from './types.js';
import {
  firstLine,
  keyText,
  mapEntry,
  mapGet,
  readYamlTree,
  scalarText,
  type NodeRange,
  type YamlNode,
  type YamlScalar,
  type YamlTree
} from './yaml-tree.js';

/** Larger workflow files are not parsed (GitHub's own limit is far below). */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;

export const TOO_LARGE_MESSAGE = 'workflow file is larger than 1 MiB';

/**
 * Longer lines are not parsed: the YAML library spends time proportional to the line's length on
 * every error it reports on that line, so one 1 MiB line of broken flow syntax took minutes.
 * Real workflows stay far below (GitHub caps an expression at 21,000 characters).
 */
export const MAX_LINE_CHARS = 32 * 1024;

/**
 * Secret references one file may hold; the rest are not classified. Each one is placed among the
 * commands of its script, so a file of tens of thousands took minutes. The corpus needs 24.
 */
export const MAX_SECRET_REFERENCES = 2000;

const TOO_MANY_SECRETS_MESSAGE = `more than ${MAX_SECRET_REFERENCES} secret references; the rest were not analysed`;

/**
 * Above this many `${{` GitHub's schema check is skipped: its reader recounts the lines before
 * every expression of a block scalar, so a script of thousands of expressions took minutes.
 */
export const MAX_VALIDATED_EXPRESSIONS = 1000;

const SCHEMA_SKIPPED_MESSAGE = `more than ${MAX_VALIDATED_EXPRESSIONS} expressions, so GitHub's schema check was skipped`;

/**
 * Above this many node visits for alias lookups (see `YamlTree.aliasSearchNodes`) GitHub's schema
 * check is skipped: its reader searches the whole document for every alias, so a file of tens of
 * thousands of aliases took minutes. Workflows that reuse a few anchors stay far below.
 */
const MAX_VALIDATED_ALIAS_SEARCH = 5_000_000;

export const ALIASES_SKIPPED_MESSAGE =
  "too many aliases for GitHub's schema check (it searches the file for each), so it was skipped";

/** Occurrences of `${{` in `text`, counting no further than `limit`. */
function countExpressions(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf('${{'); at >= 0 && count < limit; at = text.indexOf('${{', at + 3)) {
    count++;
  }
  return count;
}

function lineTooLongMessage(line: number): string {
  return `line ${line} is longer than ${MAX_LINE_CHARS / 1024} KiB, so the file was not parsed`;
}

/** The 1-based number of the first line longer than MAX_LINE_CHARS (CR, LF or CRLF breaks). */
function firstOverlongLine(text: string): number | null {
  if (text.length <= MAX_LINE_CHARS) return null;
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    if (i - start > MAX_LINE_CHARS) return line;
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    line++;
    start = i + 1;
  }
  return null;
}

interface ParseWorkflowOptions {
  /**
   * Check the file against GitHub's workflow schema (default true). Schema problems are all it
   * adds to the model, and loading the schema costs about 40 ms on first use: a check that only
   * needs one job's steps (the action's start-up) turns it off. YAML problems are kept either way.
   */
  validate?: boolean;
}

/**
 * Why a parsed workflow could not be read at all (no jobs, and a problem that is not the schema's:
 * not YAML, aliases past the budget, a line or file too long); null when it was read.
 */
export function unreadableReason(workflow: WorkflowFile): string | null {
  if (workflow.jobs.length > 0) return null;
  const problem = workflow.errors.find(e => e.kind !== 'schema');
  if (!problem) return null;
  return problem.kind === 'yaml'
    ? `${problem.message} (line ${problem.location.line})`
    : problem.message;
}

export function parseWorkflowFile(
  path: string,
  text: string,
  options: ParseWorkflowOptions = {}
): WorkflowFile {
  const file = normalizeRepoPath(path);
  const empty = emptyWorkflow(file);
  const limit = sizeLimit(file, text, TOO_LARGE_MESSAGE);
  if (limit) {
    empty.errors.push(limit);
    return empty;
  }
  try {
    return new WorkflowBuilder(file, text).build(options.validate ?? true);
  } catch (err) {
    // The builder is written not to throw; this is the last line of defence for odd input.
    empty.errors.push({
      kind: 'yaml',
      message: `could not read the workflow: ${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'}`,
      location: at(file, 1, 1)
    });
    return empty;
  }
}

function emptyWorkflow(path: string): WorkflowFile {
  return {
    path,
    name: null,
    triggers: [],
    env: [],
    envExpression: null,
    defaults: { workingDirectory: null, shell: null },
    permissions: null,
    jobs: [],
    secretRefs: [],
    errors: []
  };
}

/** The problem of a file too large (in UTF-8) or with a line too long to parse; null if none. */
function sizeLimit(file: string, text: string, tooLarge: string): WorkflowProblem | null {
  if (text.length > MAX_WORKFLOW_BYTES || Buffer.byteLength(text) > MAX_WORKFLOW_BYTES) {
    return { kind: 'limit', message: tooLarge, location: at(file, 1, 1) };
  }
  const overlong = firstOverlongLine(text);
  if (overlong === null) return null;
  return { kind: 'limit', message: lineTooLongMessage(overlong), location: at(file, overlong, 1) };
}

function normalizeRepoPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function at(file: string, line: number, column: number): SourceLocation {
  return { file, line, column };
}

export interface ParsedAction {
  path: string;
  name: string | null;
  /** `composite`, `node20`, `docker`...; null when missing. */
  using: string | null;
  inputs: WorkflowInput[];
  /** Steps of a composite action (ids/positions as in workflows). */
  steps: Step[];
  secretRefs: SecretReference[];
  errors: WorkflowProblem[];
}

/** Reads an `action.yml` (local composite actions are followed by needs inference). */
export function parseActionFile(path: string, text: string): ParsedAction {
  const file = normalizeRepoPath(path);
  const result = emptyAction(file);
  const limit = sizeLimit(file, text, 'action file is larger than 1 MiB');
  if (limit) {
    result.errors.push(limit);
    return result;
  }
  try {
    return new WorkflowBuilder(file, text).buildAction();
  } catch {
    result.errors.push({
      kind: 'yaml',
      message: 'could not read the action file',
      location: at(file, 1, 1)
    });
    return result;
  }
}

function emptyAction(path: string): ParsedAction {
  return { path, name: null, using: null, inputs: [], steps: [], secretRefs: [], errors: [] };
}

type PathSegment = string | number;

// What the model builds on first read (source maps, a script's lines) sits behind getters of a
// class. A getter written in an object literal gives each object its own hidden class, kept in the
// old generation, whose closures keep the object's whole workflow alive through young collections:
// a scan of 5,000 workflows promoted three times the bytes, and V8 grew its young generation to
// 2 x 64 MiB.

/** A key and value of a YAML map; the value's source map is built when a finding asks for it. */
class MapEntry implements KeyValue {
  readonly #mapOf: () => ScalarSourceMap;
  #valueMap: ScalarSourceMap | undefined;

  constructor(
    readonly key: string,
    readonly keyLocation: SourceLocation,
    readonly value: string | null,
    readonly isScalar: boolean,
    readonly valueLocation: SourceLocation,
    mapOf: () => ScalarSourceMap
  ) {
    this.#mapOf = mapOf;
  }

  get valueMap(): ScalarSourceMap {
    return (this.#valueMap ??= this.#mapOf());
  }
}

/**
 * A step's `run:` script. Its source map and its lines' positions are built on first read: most
 * scripts have no finding, and needs inference asks only where a flyctl call is.
 */
class StepScript implements RunScript {
  readonly #mapOf: () => ScalarSourceMap;
  #map: ScalarSourceMap | undefined;
  #lines: ScriptLine[] | undefined;

  constructor(
    readonly text: string,
    readonly location: SourceLocation,
    readonly style: RunScript['style'],
    mapOf: () => ScalarSourceMap
  ) {
    this.#mapOf = mapOf;
  }

  get map(): ScalarSourceMap {
    return (this.#map ??= this.#mapOf());
  }

  get lines(): ScriptLine[] {
    if (this.#lines) return this.#lines;
    const map = this.map;
    const lines: ScriptLine[] = [];
    let offset = 0;
    for (const line of this.text.split('\n')) {
      const pos = locateOffset(map, offset);
      lines.push({ text: line, offset, line: pos.line, column: pos.column });
      offset += line.length + 1;
    }
    return (this.#lines = lines);
  }
}

class WorkflowBuilder {
  private readonly secretRefs: SecretReference[] = [];
  /** Set once MAX_SECRET_REFERENCES were collected. */
  private secretsLimited = false;
  /** The YAML reader's line starts, once the file is read. */
  private lines = new LineCounter();

  constructor(
    private readonly file: string,
    private readonly text: string
  ) {}

  build(validate: boolean): WorkflowFile {
    const workflow = emptyWorkflow(this.file);
    const tree = this.read(validate, workflow.errors);
    const root = tree.root;
    if (root?.kind !== 'map') return workflow;

    workflow.name = scalarText(mapGet(root, 'name'));
    workflow.triggers = this.triggers(mapEntry(root, 'on')?.value);
    const env = this.envBlock(mapGet(root, 'env'));
    workflow.env = env.values;
    workflow.envExpression = env.expression;
    workflow.defaults = this.defaults(mapGet(root, 'defaults'));
    workflow.permissions = this.permissions(mapGet(root, 'permissions'));
    const jobs = mapGet(root, 'jobs');
    if (jobs?.kind === 'map') {
      for (const entry of jobs.entries) workflow.jobs.push(this.job(entry.key, entry.value));
    }
    this.collectSecrets(root, [], workflow.jobs);
    if (this.secretsLimited) workflow.errors.push(this.tooManySecrets());
    workflow.secretRefs = this.secretRefs.sort(
      (a, b) => a.location.line - b.location.line || a.location.column - b.location.column
    );
    for (const job of workflow.jobs) {
      job.secretRefs = workflow.secretRefs.filter(r => r.jobId === job.id);
      for (const step of job.steps)
        step.secretRefs = job.secretRefs.filter(r => r.stepIndex === step.index);
    }
    return workflow;
  }

  buildAction(): ParsedAction {
    const result = emptyAction(this.file);
    const tree = this.read(false, result.errors);
    const root = tree.root;
    if (root?.kind !== 'map') return result;
    result.name = scalarText(mapGet(root, 'name'));
    result.inputs = this.inputs(mapGet(root, 'inputs'));
    const runs = mapGet(root, 'runs');
    result.using = scalarText(mapGet(runs, 'using'));
    const steps = mapGet(runs, 'steps');
    if (steps?.kind === 'seq') {
      steps.items.forEach((node, i) => result.steps.push(this.step(node, i)));
    }
    // Secret references of composite steps: same classification as workflow steps.
    const pseudoJob = this.pseudoJob(result.steps);
    if (runs?.kind === 'map') this.collectSecrets(runs, ['jobs', pseudoJob.id], [pseudoJob]);
    if (this.secretsLimited) result.errors.push(this.tooManySecrets());
    result.secretRefs = this.secretRefs.map(r => ({ ...r, jobId: null }));
    for (const step of result.steps)
      step.secretRefs = result.secretRefs.filter(r => r.stepIndex === step.index);
    return result;
  }

  private pseudoJob(steps: Step[]): Job {
    const where = at(this.file, 1, 1);
    return {
      id: '(action)',
      idLocation: where,
      location: where,
      name: null,
      needs: [],
      if: null,
      runsOn: null,
      environment: null,
      env: [],
      envExpression: null,
      defaults: { workingDirectory: null, shell: null },
      permissions: null,
      matrix: null,
      uses: null,
      with: [],
      secrets: null,
      container: null,
      services: [],
      outputs: [],
      steps,
      secretRefs: []
    };
  }

  // -------------------------------------------------------------------------------------------
  // Reading, with GitHub's schema check on the same read

  /**
   * Reads the file into the tree and adds its problems to `errors`: the YAML reader's, then (when
   * `validate` and the YAML is sound) those of GitHub's template reader, run on the same read. A
   * tree cut short by a budget is not checked (the check would expand what the budget stopped).
   */
  private read(validate: boolean, errors: WorkflowProblem[]): YamlTree {
    const tree = readYamlTree(this.text);
    if (tree.lines) this.lines = tree.lines;
    for (const e of tree.errors) errors.push(this.problem('yaml', e.message, e.range));
    // As `parseWorkflow`: the template reader runs only on a document that is valid YAML.
    if (!validate || !tree.reader || tree.errors.length > 0) return tree;
    const skipped =
      countExpressions(this.text, MAX_VALIDATED_EXPRESSIONS + 1) > MAX_VALIDATED_EXPRESSIONS
        ? SCHEMA_SKIPPED_MESSAGE
        : tree.aliasSearchNodes > MAX_VALIDATED_ALIAS_SEARCH
          ? ALIASES_SKIPPED_MESSAGE
          : null;
    if (skipped) {
      errors.push({ kind: 'limit', message: skipped, location: at(this.file, 1, 1) });
      return tree;
    }
    const context = new TemplateContext(
      new TemplateValidationErrors(),
      getWorkflowSchema(),
      new NoOperationTraceWriter()
    );
    readTemplate(context, WORKFLOW_ROOT, tree.reader, context.getFileId(this.file));
    for (const e of context.errors.getErrors()) {
      errors.push(this.problem('schema', firstLine(e.rawMessage || e.message), e.range));
    }
    return tree;
  }

  private problem(
    kind: WorkflowProblem['kind'],
    message: string,
    range?: NodeRange
  ): WorkflowProblem {
    return { kind, message, location: range ? this.loc(range) : at(this.file, 1, 1) };
  }

  // -------------------------------------------------------------------------------------------
  // Positions

  private loc(range: NodeRange | undefined): SourceLocation {
    if (!range) return at(this.file, 1, 1);
    return {
      file: this.file,
      line: range.start.line,
      column: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column
    };
  }

  private nodeLoc(node: YamlNode | undefined): SourceLocation {
    return this.loc(node?.range);
  }

  private mapOf(node: YamlNode): ScalarSourceMap {
    return buildScalarSourceMap({ text: this.text, lines: this.lines }, node);
  }

  // -------------------------------------------------------------------------------------------
  // Pieces

  private keyValues(node: YamlNode | undefined): KeyValue[] {
    if (node?.kind !== 'map') return [];
    return node.entries.map(entry => {
      const value = entry.value;
      const isScalar = value.kind === 'scalar';
      return new MapEntry(
        keyText(entry.key),
        this.loc(entry.key.range),
        isScalar ? scalarText(value) : null,
        isScalar,
        this.nodeLoc(value),
        () => this.mapOf(value)
      );
    });
  }

  private envBlock(node: YamlNode | undefined): { values: KeyValue[]; expression: string | null } {
    if (node?.kind === 'scalar') return { values: [], expression: scalarText(node) };
    return { values: this.keyValues(node), expression: null };
  }

  private stringList(node: YamlNode | undefined): string[] {
    if (!node) return [];
    if (node.kind === 'scalar') {
      const t = scalarText(node);
      return t === null ? [] : [t];
    }
    if (node.kind === 'seq')
      return node.items.map(scalarText).filter((t): t is string => t !== null);
    return [];
  }

  private defaults(node: YamlNode | undefined): RunDefaults {
    const run = mapGet(node, 'run');
    return {
      workingDirectory: scalarText(mapGet(run, 'working-directory')),
      shell: scalarText(mapGet(run, 'shell'))
    };
  }

  private permissions(node: YamlNode | undefined): Permissions | null {
    if (!node) return null;
    if (node.kind === 'scalar') return scalarText(node) ?? '';
    if (node.kind === 'map') {
      const out: Record<string, string> = {};
      for (const e of node.entries) out[keyText(e.key)] = scalarText(e.value) ?? '';
      return out;
    }
    return null;
  }

  private inputs(node: YamlNode | undefined): WorkflowInput[] {
    if (node?.kind !== 'map') return [];
    return node.entries.map(e => {
      const required = scalarText(mapGet(e.value, 'required'));
      return {
        name: keyText(e.key),
        type: scalarText(mapGet(e.value, 'type')),
        required: required === 'true',
        default: scalarText(mapGet(e.value, 'default')),
        options: this.stringList(mapGet(e.value, 'options')),
        location: this.loc(e.key.range)
      };
    });
  }

  private triggers(node: YamlNode | undefined): Trigger[] {
    if (!node) return [];
    const make = (
      event: string,
      where: NodeRange | undefined,
      config: YamlNode | undefined
    ): Trigger => {
      const trigger: Trigger = {
        event,
        location: this.loc(where),
        types: this.stringList(mapGet(config, 'types')),
        branches: this.stringList(mapGet(config, 'branches')),
        branchesIgnore: this.stringList(mapGet(config, 'branches-ignore')),
        tags: this.stringList(mapGet(config, 'tags')),
        paths: this.stringList(mapGet(config, 'paths')),
        workflows: this.stringList(mapGet(config, 'workflows')),
        cron: [],
        inputs: this.inputs(mapGet(config, 'inputs')),
        secrets: []
      };
      if (event === 'schedule' && config?.kind === 'seq') {
        for (const item of config.items) {
          const cron = scalarText(mapGet(item, 'cron'));
          if (cron !== null) trigger.cron.push(cron);
        }
      }
      const secrets = mapGet(config, 'secrets');
      if (secrets?.kind === 'map') {
        trigger.secrets = secrets.entries.map(e => ({
          name: keyText(e.key),
          required: scalarText(mapGet(e.value, 'required')) === 'true',
          location: this.loc(e.key.range)
        }));
      }
      return trigger;
    };
    if (node.kind === 'scalar') {
      const event = scalarText(node);
      return event === null ? [] : [make(event, node.range, undefined)];
    }
    if (node.kind === 'seq') {
      return node.items
        .filter((i): i is YamlScalar => i.kind === 'scalar' && scalarText(i) !== null)
        .map(i => make(scalarText(i) ?? '', i.range, undefined));
    }
    return node.entries.map(e => make(keyText(e.key), e.key.range, e.value));
  }

  private uses(node: YamlNode | undefined, jobLevel: boolean): UsesRef | null {
    if (node?.kind !== 'scalar') return null;
    const raw = scalarText(node);
    if (raw === null) return null;
    return parseUses(raw, this.nodeLoc(node), jobLevel);
  }

  private environment(node: YamlNode | undefined): Environment | null {
    if (!node) return null;
    if (node.kind === 'scalar') {
      return { name: scalarText(node), url: null, location: this.nodeLoc(node) };
    }
    if (node.kind === 'map') {
      return {
        name: scalarText(mapGet(node, 'name')),
        url: scalarText(mapGet(node, 'url')),
        location: this.nodeLoc(node)
      };
    }
    return null;
  }

  private matrix(node: YamlNode | undefined): Matrix | null {
    if (!node) return null;
    const base: Matrix = {
      axes: {},
      include: [],
      exclude: [],
      dynamic: false,
      dynamicKeys: [],
      location: this.nodeLoc(node)
    };
    if (node.kind === 'scalar') return { ...base, dynamic: true };
    if (node.kind !== 'map') return base;
    for (const entry of node.entries) {
      const key = keyText(entry.key);
      if (key === 'include' || key === 'exclude') {
        const list = entry.value.kind === 'seq' ? entry.value.items : [];
        const rows = list
          .map(item => toMatrixValue(item))
          .filter(
            (v): v is Record<string, MatrixValue> =>
              v !== null && typeof v === 'object' && !Array.isArray(v)
          );
        if (entry.value.kind === 'scalar') base.dynamicKeys.push(key);
        if (key === 'include') base.include = rows;
        else base.exclude = rows;
        continue;
      }
      if (entry.value.kind === 'seq') {
        base.axes[key] = entry.value.items.map(toMatrixValue);
      } else {
        base.dynamicKeys.push(key);
      }
    }
    return base;
  }

  private runScript(node: YamlNode | undefined): RunScript | null {
    if (node?.kind !== 'scalar') return null;
    const text = scalarText(node);
    if (text === null) return null;
    const header = node.blockHeader;
    const first = node.source?.charAt(0);
    const style: RunScript['style'] =
      header !== undefined
        ? header.startsWith('>')
          ? 'folded'
          : 'literal'
        : first === '"'
          ? 'double-quoted'
          : first === "'"
            ? 'single-quoted'
            : 'plain';
    return new StepScript(text, this.nodeLoc(node), style, () => this.mapOf(node));
  }

  private step(node: YamlNode, index: number): Step {
    const env = this.envBlock(mapGet(node, 'env'));
    return {
      index,
      id: scalarText(mapGet(node, 'id')),
      name: scalarText(mapGet(node, 'name')),
      location: this.nodeLoc(node),
      if: scalarText(mapGet(node, 'if')),
      uses: this.uses(mapGet(node, 'uses'), false),
      with: this.keyValues(mapGet(node, 'with')),
      env: env.values,
      envExpression: env.expression,
      run: this.runScript(mapGet(node, 'run')),
      shell: scalarText(mapGet(node, 'shell')),
      workingDirectory: scalarText(mapGet(node, 'working-directory')),
      continueOnError: scalarText(mapGet(node, 'continue-on-error')),
      secretRefs: []
    };
  }

  private job(key: YamlScalar, node: YamlNode): Job {
    const env = this.envBlock(mapGet(node, 'env'));
    const secretsNode = mapGet(node, 'secrets');
    let secrets: Job['secrets'] = null;
    if (secretsNode?.kind === 'scalar') {
      secrets = {
        inherit: scalarText(secretsNode) === 'inherit',
        values: [],
        location: this.nodeLoc(secretsNode)
      };
    } else if (secretsNode?.kind === 'map') {
      secrets = {
        inherit: false,
        values: this.keyValues(secretsNode),
        location: this.nodeLoc(secretsNode)
      };
    }
    const needs = this.stringList(mapGet(node, 'needs'));
    const container = mapGet(node, 'container');
    const services = mapGet(node, 'services');
    const steps = mapGet(node, 'steps');
    const runsOn = mapGet(node, 'runs-on');
    return {
      id: keyText(key),
      idLocation: this.loc(key.range),
      location: this.nodeLoc(node),
      name: scalarText(mapGet(node, 'name')),
      needs,
      if: scalarText(mapGet(node, 'if')),
      runsOn:
        runsOn?.kind === 'scalar' ? scalarText(runsOn) : this.stringList(runsOn).join(', ') || null,
      environment: this.environment(mapGet(node, 'environment')),
      env: env.values,
      envExpression: env.expression,
      defaults: this.defaults(mapGet(node, 'defaults')),
      permissions: this.permissions(mapGet(node, 'permissions')),
      matrix: this.matrix(mapGet(mapGet(node, 'strategy'), 'matrix')),
      uses: this.uses(mapGet(node, 'uses'), true),
      with: this.keyValues(mapGet(node, 'with')),
      secrets,
      container: container
        ? {
            image:
              container.kind === 'scalar'
                ? scalarText(container)
                : scalarText(mapGet(container, 'image')),
            env: this.keyValues(mapGet(container, 'env'))
          }
        : null,
      services:
        services?.kind === 'map'
          ? services.entries.map(e => ({
              id: keyText(e.key),
              image: scalarText(mapGet(e.value, 'image')),
              env: this.keyValues(mapGet(e.value, 'env'))
            }))
          : [],
      outputs: this.keyValues(mapGet(node, 'outputs')),
      steps: steps?.kind === 'seq' ? steps.items.map((s, i) => this.step(s, i)) : [],
      secretRefs: []
    };
  }

  // -------------------------------------------------------------------------------------------
  // Secret references

  private tooManySecrets(): WorkflowProblem {
    const last = this.secretRefs[this.secretRefs.length - 1]?.location;
    return {
      kind: 'limit',
      message: TOO_MANY_SECRETS_MESSAGE,
      location: last ? at(this.file, last.line, last.column) : at(this.file, 1, 1)
    };
  }

  private collectSecrets(node: YamlNode, path: PathSegment[], jobs: Job[]): void {
    if (this.secretsLimited) return;
    // One path array for the whole walk (pushed and popped): a copy per node was most of the
    // walk's garbage, and only a secret mention reads the path.
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        path.push(keyText(entry.key));
        this.collectSecrets(entry.value, path, jobs);
        path.pop();
      }
      return;
    }
    if (node.kind === 'seq') {
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (item === undefined) continue;
        path.push(i);
        this.collectSecrets(item, path, jobs);
        path.pop();
      }
      return;
    }
    if (typeof node.value !== 'string' || !node.value.includes('${{')) return;
    const value = node.value;
    let map: ScalarSourceMap | null = null;
    for (const span of findExpressions(value)) {
      const mentions = findSecretMentions(span.inner, span.innerStart);
      if (mentions.length === 0) continue;
      map ??= this.mapOf(node);
      for (const mention of mentions) {
        if (this.secretRefs.length >= MAX_SECRET_REFERENCES) {
          this.secretsLimited = true;
          return;
        }
        const context = this.flowOf(path, jobs, mention.start);
        this.secretRefs.push({
          name: mention.name,
          expression: value.slice(span.start, span.end),
          location: locateInValue(this.file, map, mention.start, mention.end),
          expressionLocation: locateInValue(this.file, map, span.start, span.end),
          flow: context.flow,
          jobId: context.jobId,
          stepIndex: context.stepIndex
        });
      }
    }
  }

  private scriptFlow(step: Step, offset: number): Partial<SecretFlow> {
    return step.run ? secretFlowInScript(step.run, offset) : {};
  }

  private flowOf(
    path: PathSegment[],
    jobs: Job[],
    offset: number
  ): { flow: SecretFlow; jobId: string | null; stepIndex: number | null } {
    const flow: SecretFlow = {
      kind: 'other',
      scope: 'workflow',
      key: null,
      uses: null,
      command: null,
      flag: null,
      variable: null,
      fly: false,
      heredoc: false,
      redirect: null,
      path: pathText(path)
    };
    const str = (i: number): string | null => {
      const s = path[i];
      return typeof s === 'string' ? s : null;
    };
    if (path[0] === 'env' && path.length === 2) {
      return { flow: { ...flow, kind: 'env', key: str(1) }, jobId: null, stepIndex: null };
    }
    if (path[0] !== 'jobs' || path.length < 2) return { flow, jobId: null, stepIndex: null };
    const jobId = str(1);
    const job = jobs.find(j => j.id === jobId);
    const base = { ...flow, scope: 'job' as const };
    const rest = path.slice(2);
    const done = (f: SecretFlow, stepIndex: number | null = null) => ({
      flow: f,
      jobId,
      stepIndex
    });
    if (rest[0] === 'env' && rest.length === 2) return done({ ...base, kind: 'env', key: str(3) });
    if (rest[0] === 'with' && rest.length === 2) {
      return done({ ...base, kind: 'with', key: str(3), uses: job?.uses?.raw ?? null });
    }
    if (rest[0] === 'secrets' && rest.length === 2) {
      return done({ ...base, kind: 'secrets', key: str(3), uses: job?.uses?.raw ?? null });
    }
    if (rest[0] === 'container' && rest[1] === 'env' && rest.length === 3) {
      return done({ ...base, kind: 'env', scope: 'container', key: str(4) });
    }
    if (rest[0] === 'services' && rest[2] === 'env' && rest.length === 4) {
      return done({ ...base, kind: 'env', scope: 'service', key: str(5) });
    }
    if (rest[0] === 'steps' && typeof rest[1] === 'number') {
      const stepIndex = rest[1];
      const step = job?.steps[stepIndex];
      const stepBase = { ...base, scope: 'step' as const };
      if (rest[2] === 'env' && rest.length === 4)
        return done({ ...stepBase, kind: 'env', key: str(5) }, stepIndex);
      if (rest[2] === 'with' && rest.length === 4) {
        return done(
          { ...stepBase, kind: 'with', key: str(5), uses: step?.uses?.raw ?? null },
          stepIndex
        );
      }
      if (rest[2] === 'run' && rest.length === 3 && step?.run) {
        return done({ ...stepBase, ...this.scriptFlow(step, offset), kind: 'run' }, stepIndex);
      }
      return done(stepBase, stepIndex);
    }
    return done(base);
  }
}

function pathText(path: PathSegment[]): string {
  let s = '';
  for (const segment of path) {
    if (typeof segment === 'number') s += `[${segment}]`;
    else s += s === '' ? segment : `.${segment}`;
  }
  return s;
}

function toMatrixValue(node: YamlNode): MatrixValue {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toMatrixValue);
  const out: Record<string, MatrixValue> = {};
  for (const e of node.entries) out[keyText(e.key)] = toMatrixValue(e.value);
  return out;
}

/** Parses a `uses:` value. */
export function parseUses(raw: string, location: SourceLocation, jobLevel: boolean): UsesRef {
  const trimmed = raw.trim();
  if (trimmed.startsWith('./') || trimmed.startsWith('.\\')) {
    const path = normalizeRepoPath(trimmed).replace(/\/+$/, '');
    const isWorkflow = jobLevel || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
    return {
      raw,
      kind: isWorkflow ? 'reusable-workflow' : 'local',
      owner: null,
      repo: null,
      path,
      ref: null,
      pinnedToSha: false,
      location
    };
  }
  if (trimmed.startsWith('docker://')) {
    return {
      raw,
      kind: 'docker',
      owner: null,
      repo: null,
      path: trimmed.slice(9),
      ref: null,
      pinnedToSha: false,
      location
    };
  }
  const atSign = trimmed.lastIndexOf('@');
  const name = atSign < 0 ? trimmed : trimmed.slice(0, atSign);
  const ref = atSign < 0 ? null : trimmed.slice(atSign + 1);
  const [owner, repo, ...rest] = name.split('/');
  return {
    raw,
    kind: jobLevel ? 'reusable-workflow' : 'action',
    owner: owner || null,
    repo: repo || null,
    path: rest.length > 0 ? rest.join('/') : null,
    ref,
    pinnedToSha: ref !== null && /^[0-9a-f]{40}$/i.test(ref),
    location
  };
}

/** File position of an offset in a scalar value (run scripts, with/env values). */
export function locateInValue(
  file: string,
  map: ScalarSourceMap,
  start: number,
  end = start
): SourceLocation {
  const from = locateOffset(map, start);
  const to = end > start ? locateOffset(map, end - 1) : from;
  return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
}
