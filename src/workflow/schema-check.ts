// A fast "certainly valid" answer to GitHub's schema check. `readTemplate` (the workflow-parser's
// template reader) builds a token tree and a DefinitionInfo per node, only for us to keep its
// errors: a quarter of a scan's time. This walks our own YAML tree over the same schema objects,
// step for step as the reader does, and answers `true` only when the reader would report nothing.
// At every point where the reader would report an error, and at the few rare shapes not followed
// here (expression keys, `insert` directives, background-step properties), it answers `false`,
// and the caller runs the real reader for the exact messages. So a wrong answer can only cost time.
import { DefinitionType } from '@actions/workflow-parser/templates/schema/definition-type';
import type { Definition } from '@actions/workflow-parser/templates/schema/definition';
import type { MappingDefinition } from '@actions/workflow-parser/templates/schema/mapping-definition';
import type { PropertyDefinition } from '@actions/workflow-parser/templates/schema/property-definition';
import type { ScalarDefinition } from '@actions/workflow-parser/templates/schema/scalar-definition';
import type { StringDefinition } from '@actions/workflow-parser/templates/schema/string-definition';
import type { SequenceDefinition } from '@actions/workflow-parser/templates/schema/sequence-definition';
import type { TemplateSchema } from '@actions/workflow-parser/templates/schema/template-schema';
import { ExpressionToken } from '@actions/workflow-parser/templates/tokens/expression-token';
import {
  BooleanToken,
  NullToken,
  NumberToken,
  type LiteralToken
} from '@actions/workflow-parser/templates/tokens/index';
import { tokenSource } from './yaml-tree-reader.js';
import type { YamlMap, YamlNode, YamlScalar } from './yaml-tree.js';

const OPEN_EXPRESSION = '${{';
const INSERT_DIRECTIVE = 'insert';
const WHITESPACE = /\s/;

/** Step properties the reader rejects unless a feature flag (never set by us) allows them. */
const BACKGROUND_STEP_PROPERTIES = new Set(['background', 'wait', 'wait-all', 'cancel']);

/**
 * What the reader's DefinitionInfo holds. It depends only on the definition and the allowed
 * context inherited, so one view serves every node with those two (the schema never changes).
 */
class DefinitionView {
  /** One id per distinct allowed context, for the expression cache. */
  readonly contextId: number;
  private scalars: ScalarDefinition[] | undefined;
  private sequence: SequenceDefinition | null | undefined;
  private mappings: MappingDefinition[] | undefined;
  private wellKnown: boolean | undefined;
  private strings: StringRule | undefined;
  private table: PropertyTable | null | undefined;
  /** Children by type name: views are shared, so this stays as small as the schema. */
  private readonly children = new Map<string, DefinitionView>();

  constructor(
    private readonly cache: SchemaCache,
    readonly definition: Definition,
    readonly allowedContext: string[]
  ) {
    this.contextId = cache.contextId(allowedContext);
  }

  child(name: string): DefinitionView {
    let view = this.children.get(name);
    if (!view) {
      view = this.cache.view(this.cache.schema.getDefinition(name), this.allowedContext);
      this.children.set(name, view);
    }
    return view;
  }

  scalarDefinitions(): ScalarDefinition[] {
    return (this.scalars ??= this.cache.schema.getScalarDefinitions(this.definition));
  }

  /** Whether some scalar definition matches a string token of this value (their isMatch). */
  acceptsString(value: string): boolean {
    const rule = (this.strings ??= stringRuleOf(this.scalarDefinitions()));
    return (
      rule.any ||
      (rule.nonEmpty && value !== '') ||
      rule.exact.has(value) ||
      (rule.upper.size > 0 && rule.upper.has(value.toUpperCase()))
    );
  }

  /** The single mapping definition's property table (null when there are several). */
  singleTable(): PropertyTable | null {
    if (this.table === undefined) {
      const mappings = this.mappingDefinitions();
      this.table = mappings.length === 1 ? propertyTable(mappings[0] as MappingDefinition) : null;
    }
    return this.table;
  }

  sequenceDefinition(): SequenceDefinition | null {
    if (this.sequence === undefined) {
      const found = this.cache.schema.getDefinitionsOfType(
        this.definition,
        DefinitionType.Sequence
      );
      this.sequence = (found[0] as SequenceDefinition | undefined) ?? null;
    }
    return this.sequence;
  }

  /** The mapping definitions this type expands to (copy before filtering them). */
  mappingDefinitions(): MappingDefinition[] {
    return (this.mappings ??= this.cache.schema.getDefinitionsOfType(
      this.definition,
      DefinitionType.Mapping
    ) as MappingDefinition[]);
  }

  /** readValue's choice between its two mapping readers, made once per view. */
  hasWellKnownProperties(): boolean {
    if (this.wellKnown === undefined) {
      const mappings = this.mappingDefinitions();
      const first = mappings[0];
      this.wellKnown =
        first !== undefined &&
        (mappings.length > 1 || Object.keys(first.properties).length > 0 || !first.looseKeyType);
    }
    return this.wellKnown;
  }
}

/** StringDefinition.isMatch of several definitions, as sets: constants, or any (non-empty) text. */
interface StringRule {
  any: boolean;
  nonEmpty: boolean;
  exact: Set<string>;
  /** Upper-cased constants compared ignoring case. */
  upper: Set<string>;
}

function stringRuleOf(definitions: ScalarDefinition[]): StringRule {
  const rule: StringRule = { any: false, nonEmpty: false, exact: new Set(), upper: new Set() };
  for (const definition of definitions) {
    if (definition.definitionType !== DefinitionType.String) continue;
    const string = definition as StringDefinition;
    if (string.constant) {
      if (string.ignoreCase) rule.upper.add(string.constant.toUpperCase());
      else rule.exact.add(string.constant);
    } else if (string.requireNonEmpty) {
      rule.nonEmpty = true;
    } else {
      rule.any = true;
    }
  }
  return rule;
}

/** What a mapping definition's properties say, in forms cheaper to ask than its plain object. */
interface PropertyTable {
  byName: Map<string, PropertyDefinition>;
  /** Upper-cased names of the required properties. */
  required: string[];
}

const propertyTables = new WeakMap<MappingDefinition, PropertyTable>();

function propertyTable(mapping: MappingDefinition): PropertyTable {
  let table = propertyTables.get(mapping);
  if (!table) {
    const byName = new Map<string, PropertyDefinition>();
    const required: string[] = [];
    for (const name of Object.keys(mapping.properties)) {
      const property = mapping.properties[name] as PropertyDefinition;
      byName.set(name, property);
      if (property.required) required.push(name.toUpperCase());
    }
    table = { byName, required };
    propertyTables.set(mapping, table);
  }
  return table;
}

/**
 * Names the schema's plain `properties` objects answer from Object.prototype (`constructor`,
 * `toString`, ...): the reader takes them for properties and fails; the walk stays out of it.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** DefinitionInfo's rule: the parent's context, then the definition's own, case-insensitively new. */
function allowedContextOf(definition: Definition, inherited: string[]): string[] {
  if (definition.readerContext.length === 0) return inherited;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const context of [...inherited, ...definition.readerContext]) {
    const upper = context.toUpperCase();
    if (seen.has(upper)) continue;
    seen.add(upper);
    out.push(context);
  }
  return out;
}

/** Expression verdicts kept per schema; bounded, as repositories repeat the same expressions. */
const MAX_CACHED_EXPRESSIONS = 20_000;

class SchemaCache {
  readonly root: DefinitionView;
  private readonly contextIds = new Map<string, number>();
  private readonly views = new Map<string, DefinitionView>();
  private readonly expressions = new Map<string, boolean>();

  constructor(
    readonly schema: TemplateSchema,
    rootType: string
  ) {
    this.root = this.view(schema.getDefinition(rootType), []);
  }

  /** The view of `definition` under an inherited context (DefinitionInfo's constructor). */
  view(definition: Definition, inherited: string[]): DefinitionView {
    const allowedContext = allowedContextOf(definition, inherited);
    const key = `${this.contextId(allowedContext)}|${definition.key}`;
    let view = this.views.get(key);
    if (!view) {
      view = new DefinitionView(this, definition, allowedContext);
      this.views.set(key, view);
    }
    return view;
  }

  contextId(allowedContext: string[]): number {
    const key = allowedContext.join('\n');
    let id = this.contextIds.get(key);
    if (id === undefined) {
      id = this.contextIds.size;
      this.contextIds.set(key, id);
    }
    return id;
  }

  /** ExpressionToken.validateExpression (a pure parse) without throwing, remembered. */
  expressionIsValid(trimmed: string, view: DefinitionView): boolean {
    const key = `${view.contextId}:${trimmed}`;
    let valid = this.expressions.get(key);
    if (valid === undefined) {
      try {
        ExpressionToken.validateExpression(trimmed, view.allowedContext);
        valid = true;
      } catch {
        valid = false;
      }
      if (this.expressions.size >= MAX_CACHED_EXPRESSIONS) this.expressions.clear();
      this.expressions.set(key, valid);
    }
    return valid;
  }
}

const caches = new WeakMap<TemplateSchema, Map<string, SchemaCache>>();

function cacheFor(schema: TemplateSchema, rootType: string): SchemaCache {
  let byRoot = caches.get(schema);
  if (!byRoot) caches.set(schema, (byRoot = new Map()));
  let cache = byRoot.get(rootType);
  if (!cache) byRoot.set(rootType, (cache = new SchemaCache(schema, rootType)));
  return cache;
}

/** Thrown inside the walk where the reader would report an error (or we do not follow it). */
class Unsure extends Error {}
const UNSURE = new Unsure();

/**
 * true only when `readTemplate(context, rootType, reader over root)` would report no error.
 * Never throws.
 */
export function schemaCertainlyAccepts(
  root: YamlNode | undefined,
  schema: TemplateSchema,
  rootType: string
): boolean {
  if (!root) return false;
  try {
    const cache = cacheFor(schema, rootType);
    new Walk(cache).value(root, cache.root);
    return true;
  } catch {
    // Unsure, or anything the schema objects threw (the reader reports those as errors too).
    return false;
  }
}

/** What the reader's parseScalar turns a string into, as far as validation cares. */
type ParsedString = { kind: 'string'; value: string } | { kind: 'expression' };

class Walk {
  constructor(private readonly cache: SchemaCache) {}

  /** TemplateReader.readValue. */
  value(node: YamlNode, view: DefinitionView): void {
    if (node.kind === 'scalar') return this.literal(node, view);
    if (node.kind === 'seq') {
      const sequence = view.sequenceDefinition();
      if (!sequence) throw UNSURE;
      const items = view.child(sequence.itemType);
      for (const item of node.items) this.value(item, items);
      return;
    }
    const first = view.mappingDefinitions()[0];
    if (!first) throw UNSURE;
    if (view.hasWellKnownProperties()) this.wellKnownMapping(node, view);
    else this.looseMapping(node, view, first);
  }

  /** readValue's scalar branch: parseScalar, then validate. */
  private literal(node: YamlScalar, view: DefinitionView): void {
    const value = node.value;
    if (typeof value === 'string') {
      const parsed = this.parseString(node, value, view);
      if (parsed.kind === 'expression') {
        if (view.allowedContext.length === 0) throw UNSURE;
        return;
      }
      return this.validateString(parsed.value, view);
    }
    const token: LiteralToken =
      value === null
        ? new NullToken(undefined, undefined, undefined)
        : typeof value === 'number'
          ? new NumberToken(undefined, undefined, value, undefined)
          : new BooleanToken(undefined, undefined, value, undefined);
    const scalars = view.scalarDefinitions();
    if (scalars.some(definition => definition.isMatch(token))) return;
    // Not matched as itself: the reader tries its string form.
    this.validateString(token.toString(), view);
  }

  private validateString(value: string, view: DefinitionView): void {
    if (!view.acceptsString(value)) throw UNSURE;
  }

  /** TemplateReader.parseScalar on a string token, reduced to what validation reads. */
  private parseString(node: YamlScalar, value: string, view: DefinitionView): ParsedString {
    if (!value) return { kind: 'string', value };
    const range = node.range;
    const singleLine = range === undefined || range.start.line === range.end.line;
    const raw = singleLine ? value : (tokenSource(node).source ?? value);
    let start = raw.indexOf(OPEN_EXPRESSION);
    if (start < 0) return { kind: 'string', value };
    let segments = 0;
    let onlyExpression: string | undefined;
    let i = 0;
    while (i < raw.length) {
      if (i === start) {
        let end = -1;
        let inString = false;
        for (i += OPEN_EXPRESSION.length; i < raw.length; i++) {
          if (raw[i] === "'") inString = !inString;
          else if (!inString && raw[i] === '}' && raw[i - 1] === '}') {
            end = i;
            i++;
            break;
          }
        }
        if (end < start) throw UNSURE; // not closed
        const inner = raw.slice(start + OPEN_EXPRESSION.length, end - 1);
        const trimmed = inner.trim();
        if (!trimmed || startsWithDirective(trimmed)) throw UNSURE;
        if (!this.cache.expressionIsValid(trimmed, view)) throw UNSURE;
        segments++;
        onlyExpression = trimmed;
        start = raw.indexOf(OPEN_EXPRESSION, i);
      } else if (i < start) {
        // Literal text before the next expression (adjacent texts merge into one segment).
        segments++;
        onlyExpression = undefined;
        i = start;
      } else {
        segments++;
        onlyExpression = undefined;
        break;
      }
    }
    if (segments === 1 && onlyExpression !== undefined) {
      // `${{ 'text' }}` alone is read as the string it quotes.
      const literal = expressionString(onlyExpression);
      if (literal !== undefined) return { kind: 'string', value: literal };
    }
    return { kind: 'expression' };
  }

  /**
   * The key of a mapping entry as the reader sees it, noted upper-cased in `seen` as both mapping
   * readers do; UNSURE for keys not followed here and for keys given twice (in any case).
   */
  private entryKey(key: YamlScalar, seen: Set<string>): string {
    const value = key.value;
    // Expression keys (and `${{ 'literal' }}` keys) take the reader's rarer paths.
    if (typeof value !== 'string' || value.includes(OPEN_EXPRESSION)) throw UNSURE;
    if (value) {
      const upper = value.toUpperCase();
      if (seen.has(upper)) throw UNSURE; // already defined
      seen.add(upper);
    }
    return value;
  }

  /** TemplateReader.handleMappingWithWellKnownProperties. */
  private wellKnownMapping(node: YamlMap, view: DefinitionView): void {
    const all = view.mappingDefinitions();
    const first = all[0] as MappingDefinition;
    // With one definition there is nothing to filter: ask its table instead of the schema.
    const single = view.singleTable();
    const mappings = single ? all : all.slice();
    const looseKeyType = first.looseKeyType || undefined;
    const looseValueType = first.looseValueType;
    const seen = new Set<string>();
    for (const entry of node.entries) {
      const key = this.entryKey(entry.key, seen);
      if (PROTOTYPE_NAMES.has(key)) throw UNSURE;
      const property = single
        ? single.byName.get(key)
        : this.cache.schema.matchPropertyAndFilter(mappings, key);
      if (property) {
        if (BACKGROUND_STEP_PROPERTIES.has(key)) throw UNSURE;
        this.value(entry.value, view.child(property.type));
        continue;
      }
      if (looseKeyType) {
        this.validateString(key, view.child(looseKeyType));
        this.value(entry.value, view.child(looseValueType));
        continue;
      }
      throw UNSURE; // unexpected value
    }
    // Not enough information to pick one definition.
    if (mappings.length > 1) throw UNSURE;
    for (const upper of propertyTable(mappings[0] as MappingDefinition).required) {
      if (!seen.has(upper)) throw UNSURE; // required property missing
    }
  }

  /** TemplateReader.handleMappingWithAllLooseProperties. */
  private looseMapping(node: YamlMap, view: DefinitionView, mapping: MappingDefinition): void {
    const keys = view.child(mapping.looseKeyType);
    const values = view.child(mapping.looseValueType);
    const seen = new Set<string>();
    for (const entry of node.entries) {
      const key = this.entryKey(entry.key, seen);
      this.validateString(key, keys);
      this.value(entry.value, values);
    }
  }
}

/** The reader's matchDirective test for `insert` (a match or a malformed one: both are rare). */
function startsWithDirective(trimmed: string): boolean {
  if (!trimmed.startsWith(INSERT_DIRECTIVE)) return false;
  const next = trimmed[INSERT_DIRECTIVE.length];
  return next === undefined || WHITESPACE.test(next);
}

/** TemplateReader.getExpressionString: the text of an expression that is one quoted string. */
function expressionString(trimmed: string): string | undefined {
  let out = '';
  let inString = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i] as string;
    if (c === "'") {
      inString = !inString;
      if (inString && i !== 0) out += c;
    } else if (!inString) {
      return undefined;
    } else {
      out += c;
    }
  }
  return out;
}
