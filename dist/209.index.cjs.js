"use strict";
exports.id = 209;
exports.ids = [209];
exports.modules = {

/***/ 3174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   KC: () => (/* binding */ union),
/* harmony export */   O4: () => (/* binding */ evaluateExpression),
/* harmony export */   cg: () => (/* binding */ MAX_ALTERNATIVES),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   pW: () => (/* binding */ findSecretMentions),
/* harmony export */   zV: () => (/* binding */ findExpressions)
/* harmony export */ });
/* unused harmony export expressionEnd */
// GitHub Actions `${{ }}` expressions: finding them in strings, finding `secrets.X` inside them,
// and a small evaluator that tells which values an expression can take when its inputs are known
// (matrix values, env literals, step outputs) and says "unknown" otherwise.
const QUOTE = 0x27; // '
const CLOSE_BRACE = 0x7d; // }
const LOWER_S = 0x73; // s
/** Finds `${{ ... }}` spans; `}}` inside single-quoted expression strings does not close. */
function findExpressions(text) {
    const spans = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('${{', from);
        if (start < 0)
            break;
        const innerStart = start + 3;
        const close = expressionEnd(text, innerStart);
        const end = close < 0 ? text.length : close + 2;
        spans.push({
            start,
            end,
            inner: text.slice(innerStart, close < 0 ? text.length : close),
            innerStart
        });
        from = end;
    }
    return spans;
}
/** Offset of the `}}` closing an expression whose body starts at `from`, or -1. */
function expressionEnd(text, from) {
    let inString = false;
    for (let i = from; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === QUOTE) {
                if (text.charCodeAt(i + 1) === QUOTE)
                    i += 1;
                else
                    inString = false;
            }
            continue;
        }
        if (ch === QUOTE)
            inString = true;
        else if (ch === CLOSE_BRACE && text.charCodeAt(i + 1) === CLOSE_BRACE)
            return i;
    }
    return -1;
}
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** `secrets.X` / `secrets['X']` mentions inside an expression body (string literals skipped). */
function findSecretMentions(inner, offset = 0) {
    const found = [];
    let inString = false;
    for (let i = 0; i < inner.length; i++) {
        const ch = inner.charCodeAt(i);
        if (inString) {
            if (ch === QUOTE) {
                if (inner.charCodeAt(i + 1) === QUOTE)
                    i += 1;
                else
                    inString = false;
            }
            continue;
        }
        if (ch === QUOTE) {
            inString = true;
            continue;
        }
        // `startsWith` is a call: made only where an `s` could begin the word.
        if (ch !== LOWER_S || !inner.startsWith('secrets', i))
            continue;
        const before = inner.charAt(i - 1);
        const after = inner.charAt(i + 7);
        if (/[A-Za-z0-9_.-]/.test(before) || /[A-Za-z0-9_-]/.test(after))
            continue;
        let j = i + 7;
        while (/\s/.test(inner.charAt(j)))
            j++;
        if (inner.charAt(j) === '.') {
            j++;
            while (/\s/.test(inner.charAt(j)))
                j++;
            IDENT.lastIndex = j;
            const m = IDENT.exec(inner);
            if (m) {
                found.push({ name: m[0], start: offset + i, end: offset + j + m[0].length });
                i = j + m[0].length - 1;
            }
        }
        else if (inner.charAt(j) === '[') {
            const literal = /^\[\s*'([^']*)'\s*\]/.exec(inner.slice(j));
            if (literal) {
                found.push({
                    name: literal[1] ?? null,
                    start: offset + i,
                    end: offset + j + literal[0].length
                });
            }
            else {
                const close = inner.indexOf(']', j);
                found.push({
                    name: null,
                    start: offset + i,
                    end: offset + (close < 0 ? inner.length : close + 1)
                });
            }
        }
    }
    return found;
}
const UNKNOWN = Object.freeze({ values: [], unknown: true });
/** How many alternatives we track before giving up on a value ("unknown"). */
const MAX_ALTERNATIVES = 32;
function known(...values) {
    return { values: dedupe(values), unknown: false };
}
function union(...items) {
    const values = [];
    let unknown = false;
    for (const item of items) {
        values.push(...item.values);
        unknown ||= item.unknown;
    }
    return capped({ values: dedupe(values), unknown });
}
function capped(r) {
    if (r.values.length <= MAX_ALTERNATIVES)
        return r;
    return { values: r.values.slice(0, MAX_ALTERNATIVES), unknown: true };
}
/**
 * The values without repeats, first occurrences kept. A Set of the values themselves tells the
 * same ones apart as `typeof:String(v)` keys would (SameValueZero: `1` vs `'1'` differ, `0` and
 * `-0` and two NaNs are one) without building a string per value.
 */
function dedupe(values) {
    if (values.length < 2)
        return values.slice();
    const seen = new Set();
    const out = [];
    for (const v of values) {
        if (!seen.has(v)) {
            seen.add(v);
            out.push(v);
        }
    }
    return out;
}
/** GitHub's string conversion: null -> '', booleans and numbers printed. */
function asString(value) {
    if (value === null)
        return '';
    return String(value);
}
function truthy(value) {
    if (value === null || value === false || value === '' || value === 0)
        return false;
    if (typeof value === 'number' && Number.isNaN(value))
        return false;
    return true;
}
function tokenize(src) {
    const toks = [];
    let i = 0;
    while (i < src.length) {
        const ch = src.charAt(i);
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === "'") {
            let s = '';
            i++;
            for (;;) {
                if (i >= src.length)
                    return null;
                const c = src.charAt(i);
                if (c === "'") {
                    if (src.charAt(i + 1) === "'") {
                        s += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                s += c;
                i++;
            }
            toks.push({ kind: 'string', text: s });
            continue;
        }
        const num = /^(0x[0-9a-fA-F]+|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(src.slice(i));
        if (num && /[0-9-]/.test(ch) && !(ch === '-' && !/\d/.test(src.charAt(i + 1)))) {
            toks.push({ kind: 'number', text: num[0] });
            i += num[0].length;
            continue;
        }
        const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
        if (ident) {
            toks.push({ kind: 'ident', text: ident[0] });
            i += ident[0].length;
            continue;
        }
        const op = /^(\|\||&&|==|!=|<=|>=|[<>!().,[\]*])/.exec(src.slice(i));
        if (op) {
            toks.push({ kind: 'op', text: op[0] });
            i += op[0].length;
            continue;
        }
        return null;
    }
    toks.push({ kind: 'end', text: '' });
    return toks;
}
class ExprParser {
    toks;
    pos = 0;
    constructor(toks) {
        this.toks = toks;
    }
    parse() {
        const ast = this.or();
        return ast && this.peek().kind === 'end' ? ast : null;
    }
    peek() {
        return this.toks[this.pos] ?? { kind: 'end', text: '' };
    }
    take(text) {
        const t = this.peek();
        if (text !== undefined && !(t.kind === 'op' && t.text === text))
            return null;
        this.pos++;
        return t;
    }
    binary(next, ops) {
        let left = next();
        while (left) {
            const t = this.peek();
            if (t.kind !== 'op' || !ops.includes(t.text))
                break;
            this.pos++;
            const right = next();
            if (!right)
                return null;
            left = { kind: 'binary', op: t.text, left, right };
        }
        return left;
    }
    or = () => this.binary(this.and, ['||']);
    and = () => this.binary(this.equality, ['&&']);
    equality = () => this.binary(this.comparison, ['==', '!=']);
    comparison = () => this.binary(this.unary, ['<', '<=', '>', '>=']);
    unary = () => {
        if (this.take('!')) {
            const operand = this.unary();
            return operand ? { kind: 'not', operand } : null;
        }
        return this.postfix();
    };
    postfix() {
        const primary = this.primary();
        if (!primary)
            return null;
        const segments = [];
        for (;;) {
            if (this.take('.')) {
                const t = this.peek();
                if (t.kind === 'ident')
                    segments.push(t.text);
                else if (t.kind === 'op' && t.text === '*')
                    segments.push('*');
                else
                    return null;
                this.pos++;
            }
            else if (this.take('[')) {
                if (this.take('*'))
                    segments.push('*');
                else {
                    const index = this.or();
                    if (!index)
                        return null;
                    segments.push(index.kind === 'literal' ? asString(index.value) : index);
                }
                if (!this.take(']'))
                    return null;
            }
            else
                break;
        }
        if (segments.length === 0)
            return primary;
        if (primary.kind === 'path')
            return { ...primary, segments: [...primary.segments, ...segments] };
        return { kind: 'index', target: primary, segments };
    }
    primary() {
        const t = this.peek();
        if (t.kind === 'string') {
            this.pos++;
            return { kind: 'literal', value: t.text };
        }
        if (t.kind === 'number') {
            this.pos++;
            return { kind: 'literal', value: Number(t.text) };
        }
        if (t.kind === 'ident') {
            this.pos++;
            if (t.text === 'true' || t.text === 'false')
                return { kind: 'literal', value: t.text === 'true' };
            if (t.text === 'null')
                return { kind: 'literal', value: null };
            if (this.take('(')) {
                const args = [];
                if (!this.take(')')) {
                    for (;;) {
                        const arg = this.or();
                        if (!arg)
                            return null;
                        args.push(arg);
                        if (this.take(')'))
                            break;
                        if (!this.take(','))
                            return null;
                    }
                }
                return { kind: 'call', name: t.text.toLowerCase(), args };
            }
            return { kind: 'path', head: t.text, segments: [] };
        }
        if (this.take('(')) {
            const inner = this.or();
            return inner && this.take(')') ? inner : null;
        }
        return null;
    }
}
const BOTH = { values: [true, false], unknown: false };
// Needs inference evaluates the same few expressions once per step, matrix combination and
// caller. The syntax tree depends on the text alone (evaluation never changes it), so parses of
// short expressions are kept in a small table that is emptied when full. Keys are copied: an
// expression is a slice of its workflow's text and would keep the whole text alive.
const MAX_KEPT_PARSES = 2048;
const MAX_KEPT_EXPRESSION_CHARS = 256;
const keptParses = new Map();
function parsedExpression(inner) {
    if (inner.length > MAX_KEPT_EXPRESSION_CHARS)
        return parseExpression(inner);
    const kept = keptParses.get(inner);
    if (kept !== undefined)
        return kept;
    // The tree's strings are slices of what is parsed: parse the copy.
    const copy = inner.split('').join('');
    const ast = parseExpression(copy);
    if (keptParses.size >= MAX_KEPT_PARSES)
        keptParses.clear();
    keptParses.set(copy, ast);
    return ast;
}
function parseExpression(inner) {
    const toks = tokenize(inner);
    return toks ? new ExprParser(toks).parse() : null;
}
/** Evaluates an expression body (the text inside `${{ }}`). Unparseable text is unknown. */
function evaluateExpression(inner, lookup) {
    const ast = parsedExpression(inner);
    if (!ast)
        return UNKNOWN;
    try {
        return evaluate(ast, lookup, 0);
    }
    catch {
        return UNKNOWN;
    }
}
function evaluate(ast, lookup, depth) {
    if (depth > 50)
        return UNKNOWN;
    switch (ast.kind) {
        case 'literal':
            return known(ast.value);
        case 'path': {
            const path = [ast.head.toLowerCase()];
            for (const s of ast.segments) {
                if (typeof s !== 'string')
                    return UNKNOWN;
                path.push(s);
            }
            return lookup(path);
        }
        case 'index':
            return UNKNOWN;
        case 'not': {
            const r = evaluate(ast.operand, lookup, depth + 1);
            if (r.unknown)
                return BOTH;
            return known(...r.values.map(v => !truthy(v)));
        }
        case 'binary':
            return evaluateBinary(ast.op, ast.left, ast.right, lookup, depth);
        case 'call':
            return evaluateCall(ast.name, ast.args, lookup, depth);
    }
}
function evaluateBinary(op, leftAst, rightAst, lookup, depth) {
    const left = evaluate(leftAst, lookup, depth + 1);
    if (op === '||') {
        const truthyLeft = left.values.filter(truthy);
        const needRight = left.unknown || left.values.some(v => !truthy(v));
        const right = needRight ? evaluate(rightAst, lookup, depth + 1) : known();
        return capped({
            values: dedupe([...truthyLeft, ...right.values]),
            unknown: left.unknown || right.unknown
        });
    }
    if (op === '&&') {
        const falsyLeft = left.values.filter(v => !truthy(v));
        const needRight = left.unknown || left.values.some(truthy);
        const right = needRight ? evaluate(rightAst, lookup, depth + 1) : known();
        return capped({
            values: dedupe([...falsyLeft, ...right.values]),
            unknown: left.unknown || right.unknown
        });
    }
    const right = evaluate(rightAst, lookup, depth + 1);
    if ((op === '==' || op === '!=') &&
        !left.unknown &&
        !right.unknown &&
        left.values.length === 1 &&
        right.values.length === 1) {
        const equal = looseEquals(left.values[0] ?? null, right.values[0] ?? null);
        return known(op === '==' ? equal : !equal);
    }
    return BOTH;
}
function looseEquals(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a.toLowerCase() === b.toLowerCase();
    if (typeof a === typeof b)
        return a === b;
    const num = (v) => v === null ? 0 : typeof v === 'boolean' ? (v ? 1 : 0) : Number(v === '' ? 0 : v);
    return num(a) === num(b);
}
function evaluateCall(name, args, lookup, depth) {
    switch (name) {
        case 'format': {
            const parts = args.map(a => evaluate(a, lookup, depth + 1));
            const [fmt, ...rest] = parts;
            if (!fmt || fmt.unknown || fmt.values.length !== 1)
                return UNKNOWN;
            if (rest.some(r => r.unknown))
                return UNKNOWN;
            const template = asString(fmt.values[0] ?? null);
            let results = [''];
            const pieces = template.split(/(\{\d+\})/);
            for (const piece of pieces) {
                const m = /^\{(\d+)\}$/.exec(piece);
                const options = m ? (rest[Number(m[1])]?.values.map(asString) ?? ['']) : [piece];
                const next = [];
                for (const r of results)
                    for (const o of options)
                        next.push(r + o);
                results = next;
                if (results.length > MAX_ALTERNATIVES)
                    return UNKNOWN;
            }
            return known(...results.map(r => r.replace(/\{\{/g, '{').replace(/\}\}/g, '}')));
        }
        case 'contains':
        case 'startswith':
        case 'endswith':
        case 'success':
        case 'failure':
        case 'always':
        case 'cancelled':
            return BOTH;
        case 'fromjson': {
            const arg = args[0] ? evaluate(args[0], lookup, depth + 1) : UNKNOWN;
            if (arg.unknown || arg.values.length !== 1)
                return UNKNOWN;
            try {
                const parsed = JSON.parse(asString(arg.values[0] ?? null));
                if (parsed === null || ['string', 'number', 'boolean'].includes(typeof parsed)) {
                    return known(parsed);
                }
            }
            catch {
                return UNKNOWN;
            }
            return UNKNOWN;
        }
        default:
            return UNKNOWN;
    }
}


/***/ }),

/***/ 6209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SD: () => (/* reexport */ findFlyInvocations),
  ZD: () => (/* reexport */ script_parse/* forgetScriptParses */.ZD),
  inferJobNeeds: () => (/* reexport */ inferJobNeeds),
  pD: () => (/* reexport */ inferWorkflowNeeds),
  a9: () => (/* reexport */ locateFlyCommands),
  nV: () => (/* reexport */ locateInValue),
  Fd: () => (/* reexport */ normalizePath),
  Eh: () => (/* reexport */ parseActionFile),
  parseWorkflowFile: () => (/* reexport */ parseWorkflowFile),
  NN: () => (/* reexport */ script_parse/* parsedScript */.NN),
  en: () => (/* reexport */ wordText)
});

// UNUSED EXPORTS: CAPABILITY_ORDER, MAX_LINE_CHARS, MAX_SECRET_REFERENCES, MAX_WORKFLOW_BYTES, NeedsInputError, TOO_LARGE_MESSAGE, appNameOf, extractFlyCommands, findAppConfig, findWorkflowForRef, flagValue, hasFlag, isAutoNeeds, isCapability, isFlyProgramName, meaningOf, needsFromInputs, parseFlyArguments, parseShell, parseUses, readAppConfig, repoFilesFromRecord, sortCapabilities

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js + 20 modules
var dist = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js + 1 modules
var template_reader = __webpack_require__(6074);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var workflow_constants = __webpack_require__(6340);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 14 modules
var workflow_schema = __webpack_require__(4392);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var yaml_object_reader = __webpack_require__(589);
// EXTERNAL MODULE: ./lib/workflow/expressions.js
var expressions = __webpack_require__(3174);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 8 modules
var tokens = __webpack_require__(4895);
;// CONCATENATED MODULE: ./lib/workflow/yaml-tree-reader.js

class YamlTreeReader {
    root;
    /** The tree is valid YAML: there are no reader errors (kept for YamlObjectReader's shape). */
    errors = [];
    /** Set by the caller before reading, as `parseWorkflow` sets it on YamlObjectReader. */
    fileId;
    events;
    at = 0;
    constructor(root) {
        this.root = root;
    }
    current() {
        this.events ??= eventsOf(this.root);
        return this.events[this.at];
    }
    allowLiteral() {
        const event = this.current();
        if (event?.type !== 'literal')
            return undefined;
        this.at++;
        return this.literal(event.node, event.key);
    }
    allowSequenceStart() {
        const event = this.current();
        if (event?.type !== 'sequence-start')
            return undefined;
        this.at++;
        return new tokens/* SequenceToken */.vd(this.fileId, tokenRange(event.node.range), undefined);
    }
    allowSequenceEnd() {
        return this.allow('sequence-end');
    }
    allowMappingStart() {
        const event = this.current();
        if (event?.type !== 'mapping-start')
            return undefined;
        this.at++;
        return new tokens/* MappingToken */.eJ(this.fileId, tokenRange(event.node.range), undefined);
    }
    allowMappingEnd() {
        return this.allow('mapping-end');
    }
    validateStart() {
        if (!this.allow('document-start'))
            throw new Error('Expected start of reader');
    }
    validateEnd() {
        if (!this.allow('document-end'))
            throw new Error('Expected end of reader');
    }
    allow(type) {
        if (this.current()?.type !== type)
            return false;
        this.at++;
        return true;
    }
    literal(node, key) {
        const range = tokenRange(node.range);
        const value = node.value;
        // Keys are string tokens whatever their value, as YamlObjectReader makes them.
        if (key)
            return new tokens/* StringToken */.Hj(this.fileId, range, value, undefined);
        if (value === null)
            return new tokens/* NullToken */.Z4(this.fileId, range, undefined);
        if (typeof value === 'number')
            return new tokens/* NumberToken */.X1(this.fileId, range, value, undefined);
        if (typeof value === 'boolean')
            return new tokens/* BooleanToken */.Km(this.fileId, range, value, undefined);
        const { source, header } = tokenSource(node);
        return new tokens/* StringToken */.Hj(this.fileId, range, value, undefined, source, header);
    }
}
/** The `yaml` library's token source: block scalars keep their body only, the rest all of it. */
function tokenSource(node) {
    const source = node.source;
    if (source === undefined || node.blockHeader === undefined)
        return { source };
    const header = /^[|>][-+0-9]*/.exec(source)?.[0];
    const body = source.indexOf('\n');
    return { source: body < 0 ? '' : source.slice(body + 1), ...(header ? { header } : {}) };
}
/**
 * The node's own range: the same shape and values, and the schema check only reads it (three
 * objects per token were a good part of the check's garbage).
 */
function tokenRange(range) {
    return range;
}
// Events without a node are the same every time (nothing changes them): one object each.
const DOCUMENT_START = { type: 'document-start' };
const DOCUMENT_END = { type: 'document-end' };
const CLOSE_MAPPING = { close: { type: 'mapping-end' } };
const CLOSE_SEQUENCE = { close: { type: 'sequence-end' } };
/** The tree as a flat event list, in document order (no recursion: trees may be deep). */
function eventsOf(root) {
    const events = [DOCUMENT_START];
    const end = DOCUMENT_END;
    const work = root ? [{ node: root }] : [];
    while (work.length > 0) {
        const item = work.pop();
        if ('close' in item) {
            events.push(item.close);
        }
        else if ('key' in item) {
            events.push({ type: 'literal', node: item.key, key: true });
        }
        else if (item.node.kind === 'scalar') {
            events.push({ type: 'literal', node: item.node, key: false });
        }
        else if (item.node.kind === 'map') {
            events.push({ type: 'mapping-start', node: item.node });
            work.push(CLOSE_MAPPING);
            for (let i = item.node.entries.length - 1; i >= 0; i--) {
                const entry = item.node.entries[i];
                if (!entry)
                    continue;
                work.push({ node: entry.value }, { key: entry.key });
            }
        }
        else {
            events.push({ type: 'sequence-start', node: item.node });
            work.push(CLOSE_SEQUENCE);
            for (let i = item.node.items.length - 1; i >= 0; i--) {
                const child = item.node.items[i];
                if (child)
                    work.push({ node: child });
            }
        }
    }
    events.push(end);
    return events;
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/schema/definition-type.js
var definition_type = __webpack_require__(9485);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/expression-token.js + 1 modules
var expression_token = __webpack_require__(9317);
;// CONCATENATED MODULE: ./lib/workflow/schema-check.js
// A fast "certainly valid" answer to GitHub's schema check. `readTemplate` (the workflow-parser's
// template reader) builds a token tree and a DefinitionInfo per node, only for us to keep its
// errors: a quarter of a scan's time. This walks our own YAML tree over the same schema objects,
// step for step as the reader does, and answers `true` only when the reader would report nothing.
// At every point where the reader would report an error, and at the few rare shapes not followed
// here (expression keys, `insert` directives, background-step properties), it answers `false`,
// and the caller runs the real reader for the exact messages. So a wrong answer can only cost time.




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
    cache;
    definition;
    allowedContext;
    /** One id per distinct allowed context, for the expression cache. */
    contextId;
    scalars;
    sequence;
    mappings;
    wellKnown;
    strings;
    table;
    /** Children by type name: views are shared, so this stays as small as the schema. */
    children = new Map();
    constructor(cache, definition, allowedContext) {
        this.cache = cache;
        this.definition = definition;
        this.allowedContext = allowedContext;
        this.contextId = cache.contextId(allowedContext);
    }
    child(name) {
        let view = this.children.get(name);
        if (!view) {
            view = this.cache.view(this.cache.schema.getDefinition(name), this.allowedContext);
            this.children.set(name, view);
        }
        return view;
    }
    scalarDefinitions() {
        return (this.scalars ??= this.cache.schema.getScalarDefinitions(this.definition));
    }
    /** Whether some scalar definition matches a string token of this value (their isMatch). */
    acceptsString(value) {
        const rule = (this.strings ??= stringRuleOf(this.scalarDefinitions()));
        return (rule.any ||
            (rule.nonEmpty && value !== '') ||
            rule.exact.has(value) ||
            (rule.upper.size > 0 && rule.upper.has(value.toUpperCase())));
    }
    /** The single mapping definition's property table (null when there are several). */
    singleTable() {
        if (this.table === undefined) {
            const mappings = this.mappingDefinitions();
            this.table = mappings.length === 1 ? propertyTable(mappings[0]) : null;
        }
        return this.table;
    }
    sequenceDefinition() {
        if (this.sequence === undefined) {
            const found = this.cache.schema.getDefinitionsOfType(this.definition, definition_type/* DefinitionType */.M.Sequence);
            this.sequence = found[0] ?? null;
        }
        return this.sequence;
    }
    /** The mapping definitions this type expands to (copy before filtering them). */
    mappingDefinitions() {
        return (this.mappings ??= this.cache.schema.getDefinitionsOfType(this.definition, definition_type/* DefinitionType */.M.Mapping));
    }
    /** readValue's choice between its two mapping readers, made once per view. */
    hasWellKnownProperties() {
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
function stringRuleOf(definitions) {
    const rule = { any: false, nonEmpty: false, exact: new Set(), upper: new Set() };
    for (const definition of definitions) {
        if (definition.definitionType !== definition_type/* DefinitionType */.M.String)
            continue;
        const string = definition;
        if (string.constant) {
            if (string.ignoreCase)
                rule.upper.add(string.constant.toUpperCase());
            else
                rule.exact.add(string.constant);
        }
        else if (string.requireNonEmpty) {
            rule.nonEmpty = true;
        }
        else {
            rule.any = true;
        }
    }
    return rule;
}
const propertyTables = new WeakMap();
function propertyTable(mapping) {
    let table = propertyTables.get(mapping);
    if (!table) {
        const byName = new Map();
        const required = [];
        for (const name of Object.keys(mapping.properties)) {
            const property = mapping.properties[name];
            byName.set(name, property);
            if (property.required)
                required.push(name.toUpperCase());
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
function allowedContextOf(definition, inherited) {
    if (definition.readerContext.length === 0)
        return inherited;
    const out = [];
    const seen = new Set();
    for (const context of [...inherited, ...definition.readerContext]) {
        const upper = context.toUpperCase();
        if (seen.has(upper))
            continue;
        seen.add(upper);
        out.push(context);
    }
    return out;
}
/** Expression verdicts kept per schema; bounded, as repositories repeat the same expressions. */
const MAX_CACHED_EXPRESSIONS = 20_000;
class SchemaCache {
    schema;
    root;
    contextIds = new Map();
    views = new Map();
    expressions = new Map();
    constructor(schema, rootType) {
        this.schema = schema;
        this.root = this.view(schema.getDefinition(rootType), []);
    }
    /** The view of `definition` under an inherited context (DefinitionInfo's constructor). */
    view(definition, inherited) {
        const allowedContext = allowedContextOf(definition, inherited);
        const key = `${this.contextId(allowedContext)}|${definition.key}`;
        let view = this.views.get(key);
        if (!view) {
            view = new DefinitionView(this, definition, allowedContext);
            this.views.set(key, view);
        }
        return view;
    }
    contextId(allowedContext) {
        const key = allowedContext.join('\n');
        let id = this.contextIds.get(key);
        if (id === undefined) {
            id = this.contextIds.size;
            this.contextIds.set(key, id);
        }
        return id;
    }
    /** ExpressionToken.validateExpression (a pure parse) without throwing, remembered. */
    expressionIsValid(trimmed, view) {
        const key = `${view.contextId}:${trimmed}`;
        let valid = this.expressions.get(key);
        if (valid === undefined) {
            try {
                expression_token/* ExpressionToken */.s.validateExpression(trimmed, view.allowedContext);
                valid = true;
            }
            catch {
                valid = false;
            }
            if (this.expressions.size >= MAX_CACHED_EXPRESSIONS)
                this.expressions.clear();
            this.expressions.set(key, valid);
        }
        return valid;
    }
}
const caches = new WeakMap();
function cacheFor(schema, rootType) {
    let byRoot = caches.get(schema);
    if (!byRoot)
        caches.set(schema, (byRoot = new Map()));
    let cache = byRoot.get(rootType);
    if (!cache)
        byRoot.set(rootType, (cache = new SchemaCache(schema, rootType)));
    return cache;
}
/** Thrown inside the walk where the reader would report an error (or we do not follow it). */
class Unsure extends Error {
}
const UNSURE = new Unsure();
/**
 * true only when `readTemplate(context, rootType, reader over root)` would report no error.
 * Never throws.
 */
function schemaCertainlyAccepts(root, schema, rootType) {
    if (!root)
        return false;
    try {
        const cache = cacheFor(schema, rootType);
        new Walk(cache).value(root, cache.root);
        return true;
    }
    catch {
        // Unsure, or anything the schema objects threw (the reader reports those as errors too).
        return false;
    }
}
class Walk {
    cache;
    constructor(cache) {
        this.cache = cache;
    }
    /** TemplateReader.readValue. */
    value(node, view) {
        if (node.kind === 'scalar')
            return this.literal(node, view);
        if (node.kind === 'seq') {
            const sequence = view.sequenceDefinition();
            if (!sequence)
                throw UNSURE;
            const items = view.child(sequence.itemType);
            for (const item of node.items)
                this.value(item, items);
            return;
        }
        const first = view.mappingDefinitions()[0];
        if (!first)
            throw UNSURE;
        if (view.hasWellKnownProperties())
            this.wellKnownMapping(node, view);
        else
            this.looseMapping(node, view, first);
    }
    /** readValue's scalar branch: parseScalar, then validate. */
    literal(node, view) {
        const value = node.value;
        if (typeof value === 'string') {
            const parsed = this.parseString(node, value, view);
            if (parsed.kind === 'expression') {
                if (view.allowedContext.length === 0)
                    throw UNSURE;
                return;
            }
            return this.validateString(parsed.value, view);
        }
        const token = value === null
            ? new tokens/* NullToken */.Z4(undefined, undefined, undefined)
            : typeof value === 'number'
                ? new tokens/* NumberToken */.X1(undefined, undefined, value, undefined)
                : new tokens/* BooleanToken */.Km(undefined, undefined, value, undefined);
        const scalars = view.scalarDefinitions();
        if (scalars.some(definition => definition.isMatch(token)))
            return;
        // Not matched as itself: the reader tries its string form.
        this.validateString(token.toString(), view);
    }
    validateString(value, view) {
        if (!view.acceptsString(value))
            throw UNSURE;
    }
    /** TemplateReader.parseScalar on a string token, reduced to what validation reads. */
    parseString(node, value, view) {
        if (!value)
            return { kind: 'string', value };
        const range = node.range;
        const singleLine = range === undefined || range.start.line === range.end.line;
        const raw = singleLine ? value : (tokenSource(node).source ?? value);
        let start = raw.indexOf(OPEN_EXPRESSION);
        if (start < 0)
            return { kind: 'string', value };
        let segments = 0;
        let onlyExpression;
        let i = 0;
        while (i < raw.length) {
            if (i === start) {
                let end = -1;
                let inString = false;
                for (i += OPEN_EXPRESSION.length; i < raw.length; i++) {
                    if (raw[i] === "'")
                        inString = !inString;
                    else if (!inString && raw[i] === '}' && raw[i - 1] === '}') {
                        end = i;
                        i++;
                        break;
                    }
                }
                if (end < start)
                    throw UNSURE; // not closed
                const inner = raw.slice(start + OPEN_EXPRESSION.length, end - 1);
                const trimmed = inner.trim();
                if (!trimmed || startsWithDirective(trimmed))
                    throw UNSURE;
                if (!this.cache.expressionIsValid(trimmed, view))
                    throw UNSURE;
                segments++;
                onlyExpression = trimmed;
                start = raw.indexOf(OPEN_EXPRESSION, i);
            }
            else if (i < start) {
                // Literal text before the next expression (adjacent texts merge into one segment).
                segments++;
                onlyExpression = undefined;
                i = start;
            }
            else {
                segments++;
                onlyExpression = undefined;
                break;
            }
        }
        if (segments === 1 && onlyExpression !== undefined) {
            // `${{ 'text' }}` alone is read as the string it quotes.
            const literal = expressionString(onlyExpression);
            if (literal !== undefined)
                return { kind: 'string', value: literal };
        }
        return { kind: 'expression' };
    }
    /**
     * The key of a mapping entry as the reader sees it, noted upper-cased in `seen` as both mapping
     * readers do; UNSURE for keys not followed here and for keys given twice (in any case).
     */
    entryKey(key, seen) {
        const value = key.value;
        // Expression keys (and `${{ 'literal' }}` keys) take the reader's rarer paths.
        if (typeof value !== 'string' || value.includes(OPEN_EXPRESSION))
            throw UNSURE;
        if (value) {
            const upper = value.toUpperCase();
            if (seen.has(upper))
                throw UNSURE; // already defined
            seen.add(upper);
        }
        return value;
    }
    /** TemplateReader.handleMappingWithWellKnownProperties. */
    wellKnownMapping(node, view) {
        const all = view.mappingDefinitions();
        const first = all[0];
        // With one definition there is nothing to filter: ask its table instead of the schema.
        const single = view.singleTable();
        const mappings = single ? all : all.slice();
        const looseKeyType = first.looseKeyType || undefined;
        const looseValueType = first.looseValueType;
        const seen = new Set();
        for (const entry of node.entries) {
            const key = this.entryKey(entry.key, seen);
            if (PROTOTYPE_NAMES.has(key))
                throw UNSURE;
            const property = single
                ? single.byName.get(key)
                : this.cache.schema.matchPropertyAndFilter(mappings, key);
            if (property) {
                if (BACKGROUND_STEP_PROPERTIES.has(key))
                    throw UNSURE;
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
        if (mappings.length > 1)
            throw UNSURE;
        for (const upper of propertyTable(mappings[0]).required) {
            if (!seen.has(upper))
                throw UNSURE; // required property missing
        }
    }
    /** TemplateReader.handleMappingWithAllLooseProperties. */
    looseMapping(node, view, mapping) {
        const keys = view.child(mapping.looseKeyType);
        const values = view.child(mapping.looseValueType);
        const seen = new Set();
        for (const entry of node.entries) {
            const key = this.entryKey(entry.key, seen);
            this.validateString(key, keys);
            this.value(entry.value, values);
        }
    }
}
/** The reader's matchDirective test for `insert` (a match or a malformed one: both are rare). */
function startsWithDirective(trimmed) {
    if (!trimmed.startsWith(INSERT_DIRECTIVE))
        return false;
    const next = trimmed[INSERT_DIRECTIVE.length];
    return next === undefined || WHITESPACE.test(next);
}
/** TemplateReader.getExpressionString: the text of an expression that is one quoted string. */
function expressionString(trimmed) {
    let out = '';
    let inString = false;
    for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed[i];
        if (c === "'") {
            inString = !inString;
            if (inString && i !== 0)
                out += c;
        }
        else if (!inString) {
            return undefined;
        }
        else {
            out += c;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/workflow/flyctl-spec.js
// flyctl's command tree and flag conventions, as far as command parsing needs them: which words
// are subcommands (with their aliases) and which flags take a value.
const leaf = (...aliases) => (aliases.length > 0 ? { aliases } : {});
const group = (children, ...aliases) => ({
    children,
    ...(aliases.length > 0 ? { aliases } : {})
});
const TREE = {
    apps: group({
        create: leaf(),
        destroy: leaf('delete', 'remove', 'rm'),
        list: leaf('ls'),
        restart: leaf(),
        move: leaf(),
        open: leaf(),
        releases: leaf(),
        errors: leaf(),
        show: leaf(),
        'set-platform-version': leaf()
    }, 'app'),
    machine: group({
        run: leaf(),
        exec: leaf(),
        list: leaf('ls'),
        start: leaf(),
        stop: leaf(),
        restart: leaf(),
        destroy: leaf('remove', 'rm'),
        update: leaf(),
        clone: leaf(),
        create: leaf(),
        status: leaf(),
        kill: leaf(),
        cordon: leaf(),
        uncordon: leaf(),
        suspend: leaf(),
        leases: leaf(),
        place: leaf(),
        'api-proxy': leaf(),
        'egress-ip': leaf()
    }, 'machines', 'm'),
    secrets: group({
        set: leaf(),
        unset: leaf('rm', 'remove'),
        import: leaf(),
        list: leaf('ls'),
        deploy: leaf(),
        keys: leaf(),
        sync: leaf()
    }, 'secret'),
    ssh: group({ console: leaf(), issue: leaf(), log: leaf(), sftp: leaf() }),
    postgres: group({
        connect: leaf(),
        create: leaf(),
        attach: leaf(),
        detach: leaf(),
        list: leaf('ls'),
        db: leaf(),
        users: leaf(),
        config: leaf(),
        restart: leaf(),
        failover: leaf(),
        backup: leaf(),
        import: leaf(),
        barman: leaf(),
        events: leaf(),
        'renew-certs': leaf()
    }, 'pg'),
    mpg: group({
        list: leaf('ls'),
        create: leaf(),
        destroy: leaf(),
        status: leaf(),
        connect: leaf(),
        proxy: leaf(),
        attach: leaf(),
        databases: leaf(),
        users: leaf(),
        backups: leaf()
    }),
    volumes: group({
        create: leaf(),
        list: leaf('ls'),
        destroy: leaf('delete', 'rm'),
        extend: leaf(),
        show: leaf(),
        snapshots: leaf(),
        update: leaf(),
        fork: leaf()
    }, 'volume', 'vol'),
    config: group({ show: leaf(), save: leaf(), validate: leaf(), env: leaf(), display: leaf() }),
    image: group({ show: leaf(), update: leaf() }, 'img'),
    tokens: group({ create: leaf(), list: leaf('ls'), revoke: leaf(), debug: leaf(), attenuate: leaf() }, 'token'),
    auth: group({
        token: leaf(),
        login: leaf(),
        logout: leaf(),
        whoami: leaf(),
        docker: leaf(),
        signup: leaf()
    }),
    wireguard: group({
        create: leaf(),
        list: leaf('ls'),
        remove: leaf('rm'),
        reset: leaf(),
        status: leaf(),
        token: leaf(),
        websockets: leaf()
    }, 'wg'),
    scale: group({ count: leaf(), vm: leaf(), memory: leaf(), show: leaf() }),
    ips: group({
        list: leaf('ls'),
        'allocate-v4': leaf(),
        'allocate-v6': leaf(),
        allocate: leaf(),
        release: leaf(),
        private: leaf()
    }),
    certs: group({
        add: leaf('create'),
        list: leaf('ls'),
        show: leaf(),
        remove: leaf('delete', 'rm'),
        check: leaf(),
        setup: leaf()
    }),
    orgs: group({ list: leaf('ls'), create: leaf(), delete: leaf(), invite: leaf(), show: leaf() }, 'org'),
    deploy: leaf(),
    launch: leaf(),
    status: leaf(),
    logs: leaf(),
    proxy: leaf(),
    console: leaf(),
    dashboard: leaf('dash'),
    open: leaf(),
    releases: leaf(),
    version: leaf(),
    doctor: leaf(),
    regions: leaf(),
    platform: leaf(),
    agent: leaf(),
    checks: leaf(),
    services: leaf(),
    consul: leaf(),
    redis: leaf(),
    tigris: leaf(),
    storage: leaf(),
    extensions: leaf('ext'),
    dig: leaf(),
    ping: leaf(),
    sftp: leaf(),
    help: leaf()
};
/** Old top-level shortcuts for app commands. */
const TOP_LEVEL_SHORTCUTS = {
    destroy: ['apps', 'destroy'],
    create: ['apps', 'create'],
    restart: ['apps', 'restart'],
    list: ['apps', 'list']
};
// Every flyctl word of every script is looked up here: index each table of children once.
const childIndexes = new WeakMap();
function childIndex(children) {
    let index = childIndexes.get(children);
    if (!index) {
        index = new Map();
        // In table order, the first child named or aliased so wins, as a linear search would find.
        for (const [name, node] of Object.entries(children)) {
            if (!index.has(name))
                index.set(name, [name, node]);
            for (const alias of node.aliases ?? [])
                if (!index.has(alias))
                    index.set(alias, [name, node]);
        }
        childIndexes.set(children, index);
    }
    return index;
}
function childNamed(children, word) {
    const found = childIndex(children).get(word);
    return found ? [found[0], found[1]] : null;
}
// ---------------------------------------------------------------------------------------------
// Flags. Flags not listed as taking a value are booleans, unless written `--flag=value`.
const VALUE_FLAGS = new Set([
    'app',
    'config',
    'access-token',
    'org',
    'region',
    'regions',
    'image',
    'dockerfile',
    'ignorefile',
    'build-arg',
    'build-secret',
    'build-target',
    'builder',
    'buildpacks',
    'env',
    'strategy',
    'wait-timeout',
    'lease-timeout',
    'release-command-timeout',
    'image-label',
    'vm-size',
    'vm-cpu-kind',
    'vm-cpus',
    'vm-memory',
    'vm-gpu-kind',
    'vm-gpus',
    'file-literal',
    'file-local',
    'file-secret',
    'label',
    'name',
    'network',
    'process-group',
    'process-groups',
    'primary-region',
    'command',
    'timeout',
    'user',
    'machine',
    'port',
    'bind-addr',
    'count',
    'size',
    'volume',
    'snapshot-id',
    'initial-cluster-size',
    'password',
    'fork-from',
    'memory',
    'cpus',
    'output',
    'format',
    'instance',
    'host',
    'max-per-region',
    'from',
    'schedule',
    'restart',
    'entrypoint',
    'metadata',
    'id',
    'autostop',
    'signal',
    'expiry',
    'address',
    'local-port',
    'database',
    'username',
    'cluster',
    'vm-cpukind',
    'image-ref',
    'smoke-checks',
    'exit-code',
    'seed',
    'depot-scope',
    'recreate-builder',
    'build-depot',
    'ha',
    'dockerignore-from-gitignore',
    'mount',
    'flycast',
    'runtime'
]);
/** Flags whose value is optional in flyctl and usually written bare (`--ha=false`, `--smoke-checks`). */
const BARE_OK = new Set([
    'ha',
    'smoke-checks',
    'flycast',
    'recreate-builder',
    'build-depot',
    'dockerignore-from-gitignore'
]);
const SHORT_FLAGS = {
    a: 'app',
    c: 'config',
    t: 'access-token',
    o: 'org',
    r: 'region',
    i: 'image',
    e: 'env',
    y: 'yes',
    j: 'json',
    n: 'name',
    s: 'select',
    C: 'command',
    u: 'user',
    A: 'address',
    x: 'expiry',
    d: 'detach',
    q: 'quiet',
    m: 'metadata',
    p: 'port',
    v: 'volume',
    b: 'bind-addr',
    h: 'help'
};
/** Per-command short flags that differ from the common ones. */
const SHORT_OVERRIDES = {
    'postgres create': { p: 'password' },
    'postgres connect': { d: 'database', u: 'user', p: 'password' },
    logs: { n: 'no-tail', i: 'instance' },
    'ssh console': { s: 'select' },
    'machine exec': { s: 'select' },
    'volumes create': { s: 'size', n: 'count' },
    'scale count': { r: 'region' }
};
function takesValue(name) {
    return VALUE_FLAGS.has(name) && !BARE_OK.has(name);
}

// EXTERNAL MODULE: ./lib/workflow/shell.js
var shell = __webpack_require__(9679);
;// CONCATENATED MODULE: ./lib/workflow/fly-commands.js
// Finds flyctl invocations in shell scripts and parses them: which subcommand, which flags, which
// positional arguments. Works on the statements of `shell.ts`, so continuations, quotes, `$( )`,
// `&&`/`;`/`|` and comments are already handled.


// ---------------------------------------------------------------------------------------------
// Recognising the program
const WRAPPERS_SIMPLE = new Set([
    'sudo',
    'exec',
    'command',
    'nohup',
    'time',
    'builtin',
    'stdbuf',
    'nice'
]);
const WRAPPER_VALUE_FLAGS = {
    sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U']),
    timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
    npx: new Set(['-p', '--package', '-c', '--call']),
    xargs: new Set(['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a']),
    nice: new Set(['-n']),
    stdbuf: new Set(['-i', '-o', '-e'])
};
/** Display text of a word: literal text, `${{ expr }}` and `$VAR` as written. */
function wordText(word) {
    let s = '';
    for (const p of word.parts) {
        switch (p.kind) {
            case 'literal':
                s += p.text;
                break;
            case 'expression':
                s += '${{' + p.inner + '}}';
                break;
            case 'variable':
                if (p.op === undefined)
                    s += `$${p.name}`;
                else if (p.op === 'length')
                    s += `\${#${p.name}}`;
                else
                    s += `\${${p.name}${p.op}${p.operand ?? ''}}`;
                break;
            case 'substitution':
                s += '$(...)';
                break;
            case 'arithmetic':
                s += '$((...))';
                break;
        }
    }
    return s;
}
function isFlyProgramName(text) {
    // Most commands are not flyctl: every name that is ends in `fly`, `flyctl` or one with `.exe`.
    if (!text.includes('fly'))
        return false;
    if (text === 'fly' || text === 'flyctl')
        return true;
    const base = (text.split('/').pop() ?? '').replace(/\.exe$/i, '');
    return base === 'fly' || base === 'flyctl';
}
/** Skips wrappers (`sudo`, `env X=y`, `npx -y`, `timeout 60`...) and checks the program word. */
function findProgram(words) {
    const assignments = [];
    let i = 0;
    const skipFlags = (wrapper) => {
        const valued = WRAPPER_VALUE_FLAGS[wrapper];
        while (i < words.length) {
            const w = (0,shell/* wordLiteral */.aw)(words[i]);
            if (w === null || !w.startsWith('-') || w === '-')
                return;
            i += 1;
            if (valued?.has(w))
                i += 1;
        }
    };
    for (let guard = 0; guard < 8 && i < words.length; guard++) {
        const word = words[i];
        const literal = (0,shell/* wordLiteral */.aw)(word);
        if (literal === null)
            break;
        if (WRAPPERS_SIMPLE.has(literal)) {
            i += 1;
            skipFlags(literal);
            continue;
        }
        if (literal === 'env') {
            i += 1;
            while (i < words.length) {
                const w = words[i];
                const text = (0,shell/* wordLiteral */.aw)(w);
                const m = text === null ? null : /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(text);
                const firstLiteral = w.parts[0]?.kind === 'literal' ? w.parts[0].text : '';
                const m2 = m ?? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(firstLiteral);
                if (text !== null && text.startsWith('-')) {
                    i += 1;
                    continue;
                }
                if (!m2)
                    break;
                const name = m2[1] ?? '';
                const valueStart = w.start + m2[0].length;
                const parts = w.parts.map((p, index) => index === 0 && p.kind === 'literal'
                    ? { ...p, text: p.text.slice(m2[0].length), start: valueStart }
                    : p);
                assignments.push({
                    name,
                    value: { parts, raw: w.raw.slice(m2[0].length), start: valueStart, end: w.end },
                    start: w.start,
                    end: w.end
                });
                i += 1;
            }
            continue;
        }
        if (literal === 'timeout') {
            i += 1;
            skipFlags('timeout');
            i += 1; // the duration
            continue;
        }
        if (literal === 'npx' || literal === 'bunx' || literal === 'pnpx' || literal === 'xargs') {
            i += 1;
            skipFlags(literal === 'xargs' ? 'xargs' : 'npx');
            continue;
        }
        if ((literal === 'pnpm' || literal === 'yarn' || literal === 'npm') && i + 1 < words.length) {
            const sub = (0,shell/* wordLiteral */.aw)(words[i + 1]);
            if (sub === 'dlx' || sub === 'exec' || sub === 'x') {
                i += 2;
                skipFlags('npx');
                continue;
            }
        }
        break;
    }
    const program = words[i];
    if (!program)
        return null;
    const text = wordText(program);
    if (!isFlyProgramName(text))
        return null;
    return { programIndex: i, assignments };
}
// ---------------------------------------------------------------------------------------------
// Parsing an invocation
/**
 * Parses the words after the program. `words[0]` is the first argument (`deploy`, `apps`...).
 */
function parseFlyArguments(words) {
    const path = [];
    const pathAsWritten = [];
    const args = [];
    const flags = [];
    let children = TREE;
    let pathDone = false;
    let onlyPositional = false;
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const literal = (0,shell/* wordLiteral */.aw)(word);
        const first = word.parts[0];
        const leading = first?.kind === 'literal' && !first.quoted ? first.text : '';
        if (!onlyPositional && literal === '--') {
            onlyPositional = true;
            continue;
        }
        if (!onlyPositional && leading.startsWith('-') && leading !== '-') {
            const consumed = parseFlag(word, words[i + 1], path, flags);
            i += consumed - 1;
            continue;
        }
        if (!pathDone && literal !== null) {
            if (path.length === 0 && TOP_LEVEL_SHORTCUTS[literal] && !TREE[literal]) {
                path.push(...(TOP_LEVEL_SHORTCUTS[literal] ?? []));
                pathAsWritten.push(literal);
                children = undefined;
                pathDone = true;
                continue;
            }
            const child = children ? childNamed(children, literal) : null;
            if (child) {
                path.push(child[0]);
                pathAsWritten.push(literal);
                children = child[1].children;
                if (!children)
                    pathDone = true;
                continue;
            }
            if (path.length === 0) {
                // Unknown top-level command: keep it as the path so callers can report it.
                path.push(literal);
                pathAsWritten.push(literal);
                pathDone = true;
                continue;
            }
        }
        pathDone = true;
        args.push(word);
    }
    return { path, pathAsWritten, args, flags };
}
/** Parses one flag word (and maybe its value word); returns how many words it used. */
function parseFlag(word, next, path, flags) {
    const first = word.parts[0];
    if (first?.kind !== 'literal')
        return 1;
    const head = first.text;
    const overrides = SHORT_OVERRIDES[path.join(' ')] ?? {};
    const valueAfter = (prefixLength) => {
        // The value is the rest of this word after `--flag=` / `-a=` / `-aVALUE`.
        const parts = [
            { ...first, text: head.slice(prefixLength), start: first.start + prefixLength },
            ...word.parts.slice(1)
        ].filter(p => p.kind !== 'literal' || p.text !== '');
        return {
            parts,
            raw: word.raw.slice(prefixLength),
            start: word.start + prefixLength,
            end: word.end
        };
    };
    if (head.startsWith('--')) {
        const eq = head.indexOf('=');
        const name = (eq < 0 ? head.slice(2) : head.slice(2, eq)).toLowerCase();
        if (eq >= 0) {
            flags.push({
                name,
                raw: head.slice(0, eq),
                value: valueAfter(eq + 1),
                start: word.start,
                end: word.end
            });
            return 1;
        }
        if (word.parts.length === 1 && takesValue(name) && next) {
            flags.push({ name, raw: head, value: next, start: word.start, end: next.end });
            return 2;
        }
        flags.push({ name, raw: head, value: null, start: word.start, end: word.end });
        return 1;
    }
    // Short flags: `-a app`, `-a=app`, `-aapp`, `-yq`.
    const letter = head.charAt(1);
    const name = overrides[letter] ?? SHORT_FLAGS[letter] ?? letter;
    const rest = head.slice(2);
    // `-a=app` (and `-y=true`): the value follows the `=`, whatever the flag.
    if (rest.startsWith('=')) {
        flags.push({
            name,
            raw: head.slice(0, 2),
            value: valueAfter(3),
            start: word.start,
            end: word.end
        });
        return 1;
    }
    if (takesValue(name)) {
        if (rest !== '' || word.parts.length > 1) {
            flags.push({
                name,
                raw: head.slice(0, 2),
                value: valueAfter(2),
                start: word.start,
                end: word.end
            });
            return 1;
        }
        if (next) {
            flags.push({ name, raw: head, value: next, start: word.start, end: next.end });
            return 2;
        }
        flags.push({ name, raw: head, value: null, start: word.start, end: word.end });
        return 1;
    }
    flags.push({ name, raw: head.slice(0, 2), value: null, start: word.start, end: word.end });
    for (const extra of rest) {
        const extraName = overrides[extra] ?? SHORT_FLAGS[extra] ?? extra;
        flags.push({
            name: extraName,
            raw: `-${extra}`,
            value: null,
            start: word.start,
            end: word.end
        });
    }
    return 1;
}
/**
 * The flyctl invocation a simple command makes, or null. A script runs once per matrix combination
 * and caller, and the scan rules ask again: each command is read once, and the answer kept on it
 * (`COMMAND_MEMO`). Callers must not change the result.
 */
function flyInvocationOf(command, script) {
    const memo = commandMemo(command, script);
    if (memo.fly === undefined)
        memo.fly = readFlyInvocation(command, script);
    return memo.fly;
}
/** What is kept about a command read against `script` (a fresh record for another script). */
function commandMemo(command, script) {
    let memo = command[shell/* COMMAND_MEMO */.Tb];
    if (memo?.script !== script) {
        memo = { script };
        command[shell/* COMMAND_MEMO */.Tb] = memo;
    }
    return memo;
}
function readFlyInvocation(command, script) {
    const match = findProgram(command.words);
    if (!match)
        return null;
    const programWord = command.words[match.programIndex];
    const firstWord = command.words[0];
    const rest = command.words.slice(match.programIndex + 1);
    const parsed = parseFlyArguments(rest);
    const last = command.words[command.words.length - 1] ?? programWord;
    const start = firstWord.start;
    const end = last.end;
    return {
        program: command.words
            .slice(0, match.programIndex + 1)
            .map(w => w.raw)
            .join(' '),
        ...parsed,
        assignments: [...command.assignments, ...match.assignments],
        start,
        end,
        text: joinContinuations(script.slice(start, end))
    };
}
/** `a \<newline>   b` -> `a b`: the command as one line. */
function joinContinuations(text) {
    return text.replace(/[ \t]*\\\r?\n[ \t]*/g, ' ').trim();
}
/**
 * Flyctl invocations among parsed statements (inside `$( )`, `bash -c '...'` too). `commands`:
 * `allCommands(statements)`, when the caller has it already.
 */
function findFlyInvocations(statements, script, commands = (0,shell/* allCommands */.ib)(statements)) {
    const found = [];
    for (const command of commands) {
        const invocation = flyInvocationOf(command, script);
        if (invocation) {
            found.push(invocation);
            continue;
        }
        const inner = shellDashC(command);
        if (inner)
            found.push(...findFlyInvocations(parseShellRegion(script, inner.start, inner.end), script));
    }
    return found.sort((a, b) => a.start - b.start);
}
/** `bash -c '...'` / `sh -c "..."`: the region of the script string. */
function shellDashC(command) {
    const words = command.words;
    const program = words[0] ? (0,shell/* wordLiteral */.aw)(words[0]) : null;
    // Every shell named below ends in `sh`: most programs stop at the first test.
    if (program === null || !program.endsWith('sh'))
        return null;
    if (!/^(ba|z|da|k)?sh$/.test(program.split('/').pop() ?? ''))
        return null;
    const dashC = words.findIndex(w => (0,shell/* wordLiteral */.aw)(w) === '-c');
    const body = dashC >= 0 ? words[dashC + 1] : undefined;
    if (!body)
        return null;
    const quote = body.raw.charAt(0);
    if ((quote === "'" || quote === '"') && body.raw.endsWith(quote) && body.raw.length >= 2) {
        return { start: body.start + 1, end: body.end - 1 };
    }
    return { start: body.start, end: body.end };
}
function parseShellRegion(script, start, end) {
    // Offsets must stay those of the whole script: parse a copy padded to the same positions.
    const padded = ' '.repeat(start) + script.slice(start, end);
    return (0,shell/* parseShell */.aV)(padded);
}
/**
 * Words of the `args` input of `superfly/flyctl-actions` (the action runs `flyctl $args`): the
 * first command's words, `KEY=VALUE` words included (they are arguments, not assignments here).
 */
function actionArgsWords(text) {
    for (const s of (0,shell/* parseShell */.aV)(text)) {
        if (s.kind !== 'command')
            continue;
        const assignmentWords = s.assignments.map(a => ({
            parts: [
                {
                    kind: 'literal',
                    text: `${a.name}=`,
                    quoted: false,
                    start: a.start,
                    end: a.start + a.name.length + 1
                },
                ...(a.value?.parts ?? [])
            ],
            raw: text.slice(a.start, a.end),
            start: a.start,
            end: a.end
        }));
        return [...assignmentWords, ...s.words];
    }
    return [];
}
/** Convenience for callers with a bare script (tests, CLI): parse and find. */
function extractFlyCommands(script) {
    return findFlyInvocations(parseShell(script), script);
}
/** First value of a flag (by canonical name), as a word. */
function flagValue(invocation, name) {
    for (const f of invocation.flags)
        if (f.name === name && f.value)
            return f.value;
    return null;
}
function hasFlag(invocation, name) {
    return invocation.flags.some(f => f.name === name);
}

;// CONCATENATED MODULE: ./lib/workflow/secret-flow.js
// Where a secret goes inside a `run:` script: the command it is an argument of (flyctl or not),
// the flag it is the value of, the variable it is assigned to, a here-document, a redirection.


// Every secret reference in a script asks about the same commands: work them out once per script
// and per command. Recomputed per reference, a script dense with `${{ secrets.X }}` cost time and
// memory quadratic in its length (a 1 MiB workflow ran the reader out of memory).
const commandLists = new WeakMap();
function commandsOf(statements) {
    let commands = commandLists.get(statements);
    if (!commands) {
        commands = (0,shell/* allCommands */.ib)(statements);
        commandLists.set(statements, commands);
    }
    return commands;
}
/** A command's summary, worked out once and kept with what else is known of it. */
function summaryOf(command, script) {
    const memo = commandMemo(command, script);
    let summary = memo.secretFlow;
    if (!summary) {
        const fly = flyInvocationOf(command, script);
        const output = command.redirects.find(r => r.target && !r.op.startsWith('<'));
        summary = {
            fly,
            command: fly
                ? [fly.program, ...fly.pathAsWritten].join(' ')
                : command.words[0]
                    ? wordText(command.words[0])
                    : null,
            redirect: output?.target ? wordText(output.target) : null
        };
        memo.secretFlow = summary;
    }
    return summary;
}
/** Where a secret at `offset` of a script sits: its command, flag, variable, redirect. */
function secretFlowInScript(script, statements, offset) {
    const commands = commandsOf(statements);
    let best = null;
    for (const c of commands) {
        const inHeredoc = c.redirects.some(r => r.heredoc && offset >= r.heredoc.start && offset < r.heredoc.end);
        const inCommand = offset >= c.start && offset < c.end;
        if ((inCommand || inHeredoc) &&
            (!best || c.end - c.start <= best.end - best.start || inHeredoc))
            best = c;
    }
    if (!best)
        return {};
    const command = best;
    const heredoc = command.redirects.find(r => r.heredoc && offset >= r.heredoc.start && offset < r.heredoc.end);
    const { fly, command: commandText, redirect } = summaryOf(command, script);
    const result = { heredoc: heredoc !== undefined, redirect };
    result.fly = fly !== null;
    result.command = commandText;
    for (const a of command.assignments) {
        if (offset >= a.start && offset < a.end)
            result.variable = a.name;
    }
    const index = command.words.findIndex(w => offset >= w.start && offset < w.end);
    if (index >= 0) {
        const word = command.words[index];
        const head = word?.parts[0]?.kind === 'literal' ? word.parts[0].text : '';
        if (fly) {
            const flag = fly.flags.find(f => offset >= f.start && offset < f.end && f.value);
            if (flag)
                result.flag = flag.raw;
        }
        else if (head.startsWith('-') && head.includes('=')) {
            result.flag = head.slice(0, head.indexOf('='));
        }
        else if (index > 0) {
            const previous = command.words[index - 1];
            const prev = previous ? (0,shell/* wordLiteral */.aw)(previous) : null;
            if (prev !== null && /^--?[A-Za-z]/.test(prev))
                result.flag = prev;
        }
        const program = command.words[0] ? (0,shell/* wordLiteral */.aw)(command.words[0]) : null;
        const assign = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head);
        if (assign &&
            program !== null &&
            ['export', 'declare', 'local', 'readonly', 'typeset'].includes(program)) {
            result.variable = assign[1] ?? null;
        }
    }
    return result;
}

// EXTERNAL MODULE: ./lib/workflow/script-parse.js
var script_parse = __webpack_require__(7060);
;// CONCATENATED MODULE: ./lib/workflow/source-map.js
/** Line starts of a text, for offset <-> line/column conversion. Handles LF and CRLF. */
class TextIndex {
    text;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            this.lineStarts.push(i + 1);
        }
    }
    /** Offset of a 1-based line/column, clamped to the text. */
    offsetOf(line, column) {
        const index = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
        const start = this.lineStarts[index] ?? 0;
        return Math.min(start + Math.max(column, 1) - 1, this.text.length);
    }
    /** 1-based line/column of an offset. */
    positionOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
    }
    /** Text of a 1-based line without its line break. */
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[line];
        const end = next === undefined ? this.text.length : next - 1;
        return this.text.slice(start, end).replace(/\r$/, '');
    }
}
/**
 * Value characters and the file offsets they came from, as runs: a `text` run is characters on
 * consecutive offsets from `at` (one value character per UTF-16 unit, never a line break); a
 * `unit` run is one value character (a break, a folding space, an escape; a `\U` escape may be
 * a surrogate pair). A record per character made the replay a large share of the scan's garbage.
 */
class Emitted {
    texts = [];
    ats = [];
    units = [];
    /** One value character at `at`. */
    push(ch, at) {
        this.texts.push(ch);
        this.ats.push(at);
        this.units.push(true);
    }
    /** Characters copied as they are from `at` on. */
    pushText(text, at) {
        if (text === '')
            return;
        if (text.includes('\n')) {
            for (let c = 0; c < text.length; c++)
                this.push(text.charAt(c), at + c);
            return;
        }
        this.texts.push(text);
        this.ats.push(at);
        this.units.push(false);
    }
    /** Drops trailing line breaks. */
    trimBreaks() {
        let last = this.texts.length - 1;
        while (last >= 0 && this.units[last] === true && this.texts[last] === '\n') {
            this.texts.pop();
            this.ats.pop();
            this.units.pop();
            last -= 1;
        }
    }
    /** Whether the characters spell `value` exactly (without building the string). */
    spells(value) {
        let at = 0;
        for (const text of this.texts) {
            // A slice and `===` beat `startsWith(text, at)` several times over on V8.
            if (value.slice(at, at + text.length) !== text)
                return false;
            at += text.length;
        }
        return at === value.length;
    }
}
function buildScalarSourceMap(index, scalar) {
    const range = scalar.range;
    if (!range)
        return { start: { line: 1, column: 1 }, segments: [] };
    const start = { line: range.start.line, column: range.start.column };
    const value = scalar.value === null ? '' : String(scalar.value);
    try {
        const emitted = replay(index, scalar, value);
        return { start, segments: emitted ? toSegments(index, emitted) : [] };
    }
    catch {
        return { start, segments: [] };
    }
}
function replay(index, scalar, value) {
    const range = scalar.range;
    if (!range)
        return null;
    const startOffset = index.offsetOf(range.start.line, range.start.column);
    const endOffset = index.offsetOf(range.end.line, range.end.column);
    if (scalar.blockHeader !== undefined) {
        const bodyStart = index.lineStarts[range.start.line] ?? index.text.length;
        const body = index.text.slice(bodyStart, Math.max(bodyStart, endOffset));
        const folded = scalar.blockHeader.startsWith('>');
        return replayBlock(body, bodyStart, value, folded);
    }
    const raw = index.text.slice(startOffset, endOffset);
    const first = raw.charAt(0);
    if (typeof scalar.value === 'string' && (first === '"' || first === "'")) {
        const closing = raw.length >= 2 && raw.endsWith(first) ? 1 : 0;
        const inner = raw.slice(1, raw.length - closing);
        const emitted = replayFlow(inner, startOffset + 1, first === '"' ? 'double' : 'single');
        return emitted.spells(value) ? emitted : null;
    }
    const emitted = replayFlow(raw, startOffset, 'plain');
    if (emitted.spells(value))
        return emitted;
    // Numbers and booleans: the value prints differently from the source (`1.0` vs `1`); the
    // source characters are still the right positions for the text as written.
    return typeof scalar.value === 'string' ? null : emitted;
}
function splitLines(raw, at) {
    const lines = [];
    let lineStart = 0;
    for (;;) {
        const lineEnd = raw.indexOf('\n', lineStart);
        let text = raw.slice(lineStart, lineEnd < 0 ? raw.length : lineEnd);
        if (text.endsWith('\r'))
            text = text.slice(0, -1);
        lines.push({ text, at: at + lineStart });
        if (lineEnd < 0)
            return lines;
        lineStart = lineEnd + 1;
    }
}
const DOUBLE_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029'
};
const HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
/** Plain and quoted (flow) scalars: line folding, `''` and backslash escapes. */
function replayFlow(raw, at, style) {
    const out = new Emitted();
    const lines = splitLines(raw, at);
    let pendingBreaks = 0;
    let joinWithoutSpace = false;
    lines.forEach((line, i) => {
        let text = line.text;
        let textAt = line.at;
        const isFirst = i === 0;
        const isLast = i === lines.length - 1;
        if (!isFirst) {
            const lead = /^[ \t]*/.exec(text)?.[0].length ?? 0;
            text = text.slice(lead);
            textAt += lead;
        }
        let escapedBreak = false;
        if (!isLast) {
            if (style === 'double' && endsWithEscape(text)) {
                escapedBreak = true;
                text = text.slice(0, -1);
            }
            else {
                text = text.replace(/[ \t]+$/, '');
            }
        }
        if (!isFirst) {
            if (text === '' && !isLast) {
                if (!joinWithoutSpace)
                    pendingBreaks += 1;
                return;
            }
            if (joinWithoutSpace) {
                // An escaped line break joins the lines directly.
            }
            else if (pendingBreaks === 0) {
                out.push(' ', textAt);
            }
            else {
                for (let b = 0; b < pendingBreaks; b++)
                    out.push('\n', textAt);
            }
        }
        pendingBreaks = 0;
        joinWithoutSpace = escapedBreak;
        emitFlowText(out, text, textAt, style);
    });
    return out;
}
function endsWithEscape(text) {
    let n = 0;
    for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--)
        n++;
    return n % 2 === 1;
}
function emitFlowText(out, text, at, style) {
    if (style === 'plain') {
        out.pushText(text, at);
        return;
    }
    // Characters from `copied` on are still to emit as they are.
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charAt(i);
        if (style === 'single' && ch === "'" && text.charAt(i + 1) === "'") {
            out.pushText(text.slice(copied, i), at + copied);
            out.push("'", at + i);
            i += 1;
            copied = i + 1;
            continue;
        }
        if (style === 'double' && ch === '\\' && i + 1 < text.length) {
            const code = text.charAt(i + 1);
            const simple = DOUBLE_ESCAPES[code];
            if (simple !== undefined) {
                out.pushText(text.slice(copied, i), at + copied);
                out.push(simple, at + i);
                i += 1;
                copied = i + 1;
                continue;
            }
            const hexLength = HEX_ESCAPE_LENGTH[code];
            if (hexLength !== undefined) {
                const hex = text.slice(i + 2, i + 2 + hexLength);
                const point = /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
                if (!Number.isNaN(point) && point <= 0x10ffff) {
                    out.pushText(text.slice(copied, i), at + copied);
                    for (const unit of String.fromCodePoint(point))
                        out.push(unit, at + i);
                    i += 1 + hexLength;
                    copied = i + 1;
                    continue;
                }
            }
        }
    }
    out.pushText(text.slice(copied), at + copied);
}
/**
 * Block scalars: strip the indentation and, for `>`, fold lines. The indentation is found by
 * trying the auto-detected width first, then the others, keeping the first replay that matches.
 */
function replayBlock(body, at, value, folded) {
    const lines = splitLines(body, at);
    if (lines.length > 0 && lines[lines.length - 1]?.text === '' && body.endsWith('\n'))
        lines.pop();
    const target = value.replace(/\n+$/, '');
    const firstContent = lines.find(l => l.text.trim() !== '');
    if (!firstContent)
        return target === '' ? new Emitted() : null;
    let detected = 0;
    while (firstContent.text.charCodeAt(detected) === 32)
        detected++;
    const candidates = [detected];
    for (let n = detected - 1; n >= 0; n--)
        candidates.push(n);
    for (const indent of candidates) {
        const emitted = folded ? foldBlock(lines, indent) : literalBlock(lines, indent);
        emitted.trimBreaks();
        if (emitted.spells(target))
            return emitted;
    }
    return null;
}
function stripIndent(line, indent) {
    // Up to `indent` leading spaces.
    let cut = 0;
    while (cut < indent && line.text.charCodeAt(cut) === 32)
        cut++;
    return cut === 0 ? line : { text: line.text.slice(cut), at: line.at + cut };
}
function literalBlock(lines, indent) {
    const out = new Emitted();
    lines.forEach((raw, i) => {
        const line = stripIndent(raw, indent);
        if (i > 0)
            out.push('\n', raw.at);
        out.pushText(line.text, line.at);
    });
    return out;
}
function foldBlock(lines, indent) {
    const out = new Emitted();
    let previous = null;
    let pendingEmpty = 0;
    for (const raw of lines) {
        const line = stripIndent(raw, indent);
        if (line.text === '') {
            pendingEmpty += 1;
            continue;
        }
        const kind = line.text.startsWith(' ') || line.text.startsWith('\t') ? 'more' : 'normal';
        if (previous === null) {
            for (let b = 0; b < pendingEmpty; b++)
                out.push('\n', line.at);
        }
        else if (previous === 'normal' && kind === 'normal') {
            if (pendingEmpty === 0)
                out.push(' ', line.at);
            for (let b = 0; b < pendingEmpty; b++)
                out.push('\n', line.at);
        }
        else {
            for (let b = 0; b <= pendingEmpty; b++)
                out.push('\n', line.at);
        }
        pendingEmpty = 0;
        previous = kind;
        out.pushText(line.text, line.at);
    }
    return out;
}
function toSegments(index, emitted) {
    const segments = [];
    const { texts, ats, units } = emitted;
    let current;
    let lastAt = -2;
    // Offset in the value of the run's first character.
    let offset = 0;
    for (let r = 0; r < texts.length; r++) {
        const text = texts[r] ?? '';
        const at = ats[r] ?? 0;
        if (current && at === lastAt + 1 && text !== '\n') {
            current.length += 1;
        }
        else {
            const pos = index.positionOf(at);
            current = { offset, line: pos.line, column: pos.column, length: 1 };
            segments.push(current);
        }
        if (units[r] === true) {
            lastAt = at;
            offset += 1;
        }
        else {
            // The rest of a text run continues the segment its first character is in.
            current.length += text.length - 1;
            lastAt = at + text.length - 1;
            offset += text.length;
        }
    }
    return segments;
}
/** File line/column of a value offset (offsets past the end map to the last character's end). */
function locateOffset(map, offset) {
    const segments = map.segments;
    if (segments.length === 0)
        return { ...map.start };
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((segments[mid]?.offset ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    const segment = segments[lo];
    if (!segment)
        return { ...map.start };
    if (offset < segment.offset)
        return { line: segment.line, column: segment.column };
    const within = Math.min(offset - segment.offset, segment.length);
    return { line: segment.line, column: segment.column + within };
}

// EXTERNAL MODULE: ./lib/workflow/line-index.js
var line_index = __webpack_require__(7714);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./lib/workflow/yaml-fast-tree.js
// A fast reader for the common shape of workflow files: js-yaml parses about eight times faster
// than the `yaml` library, and its listener says where every node opens and closes, which is
// enough to rebuild the same positioned tree (values, ranges, sources) `yaml` gives. Anything it
// cannot reproduce exactly (anchors, aliases, tags, explicit keys, CRLF, tabs, document markers,
// odd trailing comments, anything js-yaml rejects...) returns undefined: the caller then reads
// the file with the `yaml` library as before.


/** Thrown to stop reading: the file needs the `yaml` library. */
class Unsupported extends Error {
}
/**
 * The tree `readYamlTree` would build, or undefined when this reader cannot promise the same
 * result. Never throws.
 */
function readYamlTreeFast(text, limits) {
    if (!plainEnough(text))
        return undefined;
    try {
        return new FastTreeBuilder(text, limits).build();
    }
    catch {
        return undefined;
    }
}
/** Characters and lines this reader leaves to the `yaml` library. */
function plainEnough(text) {
    if (text.length === 0)
        return false;
    // CRLF, tabs (indentation rules differ), BOM, other line breaks js-yaml or `yaml` treat apart.
    if (/[\r\t\uFEFF\u0085\u2028\u2029]/.test(text))
        return false;
    // Directives and document markers: `yaml` and js-yaml place the document differently.
    if (/^(?:%|---|\.\.\.)/m.test(text))
        return false;
    return true;
}
const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
class FastTreeBuilder {
    text;
    lineStarts;
    budget;
    textBudget;
    constructor(text, limits) {
        this.text = text;
        this.lineStarts = (0,line_index/* lineStarts */._$)(text);
        this.budget = limits.maxNodes;
        this.textBudget = limits.maxExpandedChars;
    }
    build() {
        const root = this.frames();
        const node = root.kind === null && root.children.length === 0 ? undefined : this.node(root, -1);
        return { root: node, errors: [], truncated: false };
    }
    /** Runs js-yaml and returns the root frame of its listener events. */
    frames() {
        const stack = [{ open: 0, close: 0, kind: null, result: null, children: [] }];
        let nodes = 0;
        const listener = (event, state) => {
            if (event === 'open') {
                // Every node opens once: the budget bounds the work before js-yaml is done.
                if (++nodes > this.budget * 2)
                    throw new Unsupported('budget');
                stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
                return;
            }
            const frame = stack.pop();
            const parent = stack[stack.length - 1];
            if (!frame || !parent)
                throw new Unsupported('unbalanced events');
            const props = state;
            if (props.anchor !== null || (props.tag !== null && props.tag !== '?')) {
                throw new Unsupported('anchor or tag');
            }
            frame.close = state.position;
            frame.kind = state.kind;
            frame.result = state.result;
            parent.children.push(frame);
        };
        // FAILSAFE: every scalar stays a string; plain scalars are resolved below as `yaml` does.
        (0,js_yaml/* load */.Hh)(this.text, { schema: js_yaml/* FAILSAFE_SCHEMA */.uH, listener });
        const top = stack[0];
        if (stack.length !== 1 || !top || top.children.length !== 1)
            throw new Unsupported('events');
        const root = top.children[0];
        if (!root)
            throw new Unsupported('events');
        return root;
    }
    /**
     * A block mapping first reads a plain scalar as a possible key; when no `:` follows, the
     * outer node just takes that scalar over. Both frames then describe the same node.
     */
    unwrap(frame) {
        let current = frame;
        for (;;) {
            const only = current.children.length === 1 ? current.children[0] : undefined;
            if (!only || only.result !== current.result || only.kind !== current.kind)
                return current;
            current = only;
        }
    }
    spend() {
        this.budget -= 1;
        if (this.budget < 0)
            throw new Unsupported('budget');
    }
    /**
     * `parentIndent`: column (0-based) of the block collection holding the node, -1 for the root,
     * null inside a flow collection (where node ends are never asked for).
     */
    node(input, parentIndent) {
        const frame = this.unwrap(input);
        this.spend();
        const node = frame.kind === 'mapping'
            ? this.map(frame)
            : frame.kind === 'sequence'
                ? this.seq(frame)
                : frame.kind === 'scalar'
                    ? this.scalar(frame)
                    : frame.kind === null && frame.children.length === 0
                        ? this.empty(frame)
                        : undefined;
        if (!node)
            throw new Unsupported(`node kind ${String(frame.kind)}`);
        if (parentIndent !== null && !this.nodeEnds.has(node)) {
            // Scalars and flow collections: where `yaml` ends the node holding them.
            this.nodeEnds.set(node, this.scalarNodeEnd(this.valueEnd(node), parentIndent));
        }
        return node;
    }
    /** Offset just past a node's value (from its 1-based range). */
    valueEnd(node) {
        const end = node.range?.end;
        if (!end)
            throw new Unsupported('no range');
        return (this.lineStarts[end.line - 1] ?? 0) + end.column - 1;
    }
    start(frame) {
        const at = this.skipSeparation(frame.open);
        const ch = this.text.charAt(at);
        if (ch === '&' || ch === '*' || ch === '!' || ch === '?')
            throw new Unsupported('property');
        return at;
    }
    map(frame) {
        const start = this.start(frame);
        const flow = this.text.charCodeAt(start) === 0x7b; // {
        const children = frame.children;
        if (children.length % 2 !== 0 || (!flow && children.length === 0))
            throw new Unsupported('pairs');
        const map = { kind: 'map', entries: [] };
        const indent = flow ? -1 : this.column(start);
        for (let i = 0; i < children.length; i += 2) {
            const keyFrame = this.unwrap(children[i]);
            if (keyFrame.kind !== 'scalar')
                throw new Unsupported('complex key');
            this.spend();
            const key = this.scalar(keyFrame);
            if (key.value === '<<')
                throw new Unsupported('merge key');
            const value = this.node(children[i + 1], flow ? null : indent);
            map.entries.push({ key, value });
        }
        const end = flow ? this.flowEnd(frame, '}') : this.blockEnd(map, indent);
        map.range = this.range(start, end);
        return map;
    }
    seq(frame) {
        const start = this.start(frame);
        const flow = this.text.charCodeAt(start) === 0x5b; // [
        const seq = { kind: 'seq', items: [] };
        const indent = flow ? -1 : this.column(start);
        if (!flow && frame.children.length === 0)
            throw new Unsupported('empty block sequence');
        for (const child of frame.children)
            seq.items.push(this.node(child, flow ? null : indent));
        const end = flow ? this.flowEnd(frame, ']') : this.blockEnd(seq, indent);
        seq.range = this.range(start, end);
        return seq;
    }
    flowEnd(frame, bracket) {
        if (this.text.charAt(frame.close - 1) !== bracket)
            throw new Unsupported('flow end');
        return frame.close;
    }
    // ---------------------------------------------------------------------------------------------
    // Ends of nodes. `yaml` ends a block collection where its last child's node ends, and a
    // scalar's node end covers the rest of its line and the more-indented comments right after it.
    nodeEnds = new WeakMap();
    blockEnd(node, indent) {
        const last = node.kind === 'map'
            ? node.entries[node.entries.length - 1]?.value
            : node.items[node.items.length - 1];
        const end = last ? this.nodeEnds.get(last) : undefined;
        if (end === undefined)
            throw new Unsupported('unknown end');
        // Comment lines after the collection stay in it unless all are shallower than its items
        // (then they move up to its parent): they extend its node to where the next node starts.
        const after = this.followingLines(end);
        const stays = after.commentIndents.length > 0 && indent > 0 && after.commentIndents.some(c => c >= indent);
        this.nodeEnds.set(node, stays ? after.nextContent : end);
        return end;
    }
    /** The comment lines after `at` (before the next content) and where that content starts. */
    followingLines(at) {
        const text = this.text;
        const commentIndents = [];
        // The rest of the current line first (only spaces and a comment may follow a node end).
        let i = at;
        while (text.charCodeAt(i) === SPACE)
            i++;
        let lineStart = text.lastIndexOf('\n', i - 1) + 1;
        for (;;) {
            const code = text.charCodeAt(i);
            if (Number.isNaN(code))
                return { commentIndents, nextContent: text.length };
            if (code === HASH)
                commentIndents.push(i - lineStart);
            else if (code !== NEWLINE)
                return { commentIndents, nextContent: i };
            const nl = text.indexOf('\n', i);
            if (nl < 0)
                return { commentIndents, nextContent: text.length };
            lineStart = nl + 1;
            i = lineStart;
            while (text.charCodeAt(i) === SPACE)
                i++;
        }
    }
    /** After a scalar's value: the rest of its line, its newline, more-indented comment lines. */
    scalarNodeEnd(valueEnd, parentIndent) {
        const text = this.text;
        let i = valueEnd;
        while (text.charCodeAt(i) === SPACE)
            i++;
        if (text.charCodeAt(i) === HASH) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl;
        }
        if (i >= text.length)
            return text.length;
        if (text.charCodeAt(i) !== NEWLINE)
            throw new Unsupported(`scalar line end ${valueEnd}`);
        let end = i + 1;
        if (parentIndent < 0)
            return end;
        // Comment lines indented deeper than the collection belong to this node (blank lines between).
        let at = end;
        for (;;) {
            let j = at;
            while (text.charCodeAt(j) === SPACE)
                j++;
            const code = text.charCodeAt(j);
            if (code === NEWLINE) {
                at = j + 1;
                continue;
            }
            if (code !== HASH)
                return end;
            if (j - at <= parentIndent) {
                // A shallower comment: whether a deeper one after it still counts is `yaml`'s business.
                if (this.deeperCommentAfter(j, parentIndent))
                    throw new Unsupported('mixed comments');
                return end;
            }
            const nl = text.indexOf('\n', j);
            if (nl < 0)
                return text.length;
            end = nl + 1;
            at = end;
        }
    }
    deeperCommentAfter(from, indent) {
        const text = this.text;
        let at = text.indexOf('\n', from);
        while (at >= 0) {
            at++;
            let j = at;
            while (text.charCodeAt(j) === SPACE)
                j++;
            const code = text.charCodeAt(j);
            if (code === NEWLINE)
                continue;
            if (code !== HASH)
                return false;
            if (j - at > indent)
                return true;
            at = text.indexOf('\n', j);
        }
        return false;
    }
    // ---------------------------------------------------------------------------------------------
    // Scalars
    empty(frame) {
        // `yaml` places an empty value just after its indicator and the spaces that follow it.
        let at = frame.open;
        while (this.text.charCodeAt(at) === SPACE)
            at++;
        const scalar = { kind: 'scalar', value: null, range: this.range(at, at) };
        this.nodeEnds.set(scalar, this.emptyNodeEnd(at));
        return scalar;
    }
    /**
     * An empty value ends where it starts, unless comments follow it (on its line or the lines
     * before the next node): `yaml` then ends it where the next node starts.
     */
    emptyNodeEnd(at) {
        const after = this.followingLines(at);
        return after.commentIndents.length > 0 ? after.nextContent : at;
    }
    scalar(frame) {
        if (typeof frame.result !== 'string')
            throw new Unsupported('scalar result');
        const text = this.text;
        const start = this.start(frame);
        const first = text.charAt(start);
        let value = frame.result;
        let end;
        let blockHeader;
        if (first === '"' || first === "'") {
            end = frame.close;
            if (text.charAt(end - 1) !== first || end - 1 <= start)
                throw new Unsupported('quote end');
        }
        else if (first === '|' || first === '>') {
            end = this.blockScalarEnd(start, frame.close);
            blockHeader = first;
        }
        else {
            end = frame.close;
            while (end > start && isSpaceOrBreak(text.charCodeAt(end - 1)))
                end--;
            if (end <= start)
                throw new Unsupported('plain end');
            value = resolvePlain(frame.result);
        }
        if (typeof value === 'string') {
            this.textBudget -= value.length;
            if (this.textBudget < 0)
                throw new Unsupported('text budget');
        }
        const scalar = { kind: 'scalar', value, range: this.range(start, end) };
        if (typeof value === 'string')
            scalar.source = text.slice(start, end);
        if (blockHeader !== undefined)
            scalar.blockHeader = blockHeader;
        // A block scalar's node ends with its value (`node` works out the others').
        if (blockHeader !== undefined)
            this.nodeEnds.set(scalar, end);
        return scalar;
    }
    /** Where `yaml` ends a block scalar: after its last content line (keep: its blank lines too). */
    blockScalarEnd(start, close) {
        const text = this.text;
        const headerEnd = text.indexOf('\n', start);
        if (headerEnd < 0 || headerEnd >= close)
            throw new Unsupported('block scalar header');
        const header = /^[|>][-+0-9]*/.exec(text.slice(start, headerEnd))?.[0] ?? '';
        const keep = header.includes('+');
        // js-yaml stops after the next line's indentation.
        let end = close;
        while (text.charCodeAt(end - 1) === SPACE)
            end--;
        if (end < text.length && text.charCodeAt(end - 1) !== NEWLINE) {
            throw new Unsupported('block scalar close');
        }
        // Blank lines js-yaml consumed after the scalar: `yaml` keeps them only when chomping keeps.
        for (;;) {
            // An empty block scalar: `yaml` keeps its blank lines whatever the chomping.
            if (end <= headerEnd + 1)
                throw new Unsupported('empty block scalar');
            const prevStart = text.lastIndexOf('\n', end - 2) + 1;
            const line = text.slice(prevStart, end === text.length && text.charCodeAt(end - 1) !== NEWLINE ? end : end - 1);
            if (line.length > 0 && line.trim() === '')
                throw new Unsupported('spaces on blank line');
            if (line.length > 0 || keep)
                break;
            end = prevStart;
        }
        if (keep && this.followingLines(end).commentIndents.length > 0) {
            throw new Unsupported('keep + comment');
        }
        return end;
    }
    // ---------------------------------------------------------------------------------------------
    // Positions
    skipSeparation(from) {
        const text = this.text;
        let i = from;
        for (;;) {
            const code = text.charCodeAt(i);
            if (code === SPACE || code === NEWLINE)
                i++;
            else if (code === HASH) {
                const nl = text.indexOf('\n', i);
                if (nl < 0)
                    return text.length;
                i = nl + 1;
            }
            else
                return i;
        }
    }
    column(offset) {
        return offset - (this.lineStarts[(0,line_index/* lineIndexAt */.QX)(this.lineStarts, offset)] ?? 0);
    }
    position(offset) {
        return (0,line_index/* positionAt */.t$)(this.lineStarts, offset);
    }
    range(start, end) {
        return { start: this.position(start), end: this.position(Math.max(start, end)) };
    }
}
function isSpaceOrBreak(code) {
    return code === SPACE || code === NEWLINE;
}
// YAML 1.2 core schema, as the `yaml` library resolves plain scalars.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** The value of a plain scalar under YAML 1.2's core schema. */
function resolvePlain(source) {
    const c = source.charCodeAt(0);
    // Most scalars start with a letter no keyword or number starts with: quick exit.
    if ((c >= 0x61 && c <= 0x7a && c !== 0x6e && c !== 0x74 && c !== 0x66) || c === 0x24) {
        return source;
    }
    if (NULL.test(source))
        return null;
    if (BOOL.test(source))
        return source[0] === 't' || source[0] === 'T';
    if (OCT.test(source))
        return parseInt(source.slice(2), 8);
    if (INT.test(source))
        return parseInt(source, 10);
    if (HEX.test(source))
        return parseInt(source.slice(2), 16);
    if (INF_NAN.test(source)) {
        return source.endsWith('nan') || source.endsWith('NaN') || source.endsWith('NAN')
            ? NaN
            : source.startsWith('-')
                ? Number.NEGATIVE_INFINITY
                : Number.POSITIVE_INFINITY;
    }
    if (EXP.test(source) || FLOAT.test(source))
        return parseFloat(source);
    return source;
}

;// CONCATENATED MODULE: ./lib/workflow/yaml-tree.js
// Reads a YAML document into a small positioned tree, using the YAML reader inside
// @actions/workflow-parser (the same one `parseWorkflow` uses). Unlike `parseWorkflow`, it keeps
// going when the YAML is broken (the reader yields its best-effort tree) and it never drops keys
// the workflow schema does not know, so odd files still give a useful model.





/** Aliases are expanded by the reader; this bounds the work a "billion laughs" file can cause. */
const MAX_YAML_NODES = 200_000;
/**
 * Characters of scalar text (keys included) one document may expand to. The node budget alone let
 * a 25 KB file alias one 6 KB `run:` script a thousand times (seconds of shell parsing, hundreds of
 * MiB); without aliases a file can never reach this, as it is twice the 1 MiB file limit.
 */
const MAX_YAML_EXPANDED_CHARS = 2 * 1024 * 1024;
class BudgetExceeded extends Error {
}
let defaultPath = 'auto';
/** Sets the path `readYamlTree` takes without options (for differential tests); returns the old one. */
function setDefaultYamlReadPath(path) {
    const previous = defaultPath;
    defaultPath = path;
    return previous;
}
/** Never throws: problems come back in `errors`. */
function readYamlTree(text, options = {}) {
    const path = options.path ?? defaultPath;
    if (path !== 'yaml') {
        const fast = readYamlTreeFast(text, {
            maxNodes: MAX_YAML_NODES,
            maxExpandedChars: MAX_YAML_EXPANDED_CHARS
        });
        if (fast)
            return { ...fast, reader: new YamlTreeReader(fast.root) };
    }
    return readYamlTreeSlow(text);
}
function readYamlTreeSlow(text) {
    const errors = [];
    let reader;
    try {
        reader = new yaml_object_reader/* YamlObjectReader */.M(undefined, text);
    }
    catch (err) {
        return { root: undefined, errors: [{ message: describe(err) }], truncated: true };
    }
    for (const e of reader.errors) {
        errors.push({ message: firstLine(e.message), ...(e.range ? { range: e.range } : {}) });
    }
    // The reader keeps the `yaml` library's document; walking it directly keeps keys whose value
    // is missing in broken files (the reader's event stream cannot say so). The event stream is
    // the fallback should a future parser version stop keeping the document.
    const doc = reader.doc;
    if (typeOf(doc) === DOC)
        return { ...readFromDocument(text, doc, errors), reader };
    return readFromEvents(reader, errors);
}
function readFromEvents(reader, errors) {
    // Every node is attached to its parent as soon as it is created, so whatever was read before
    // a failure stays in the tree.
    const state = { budget: MAX_YAML_NODES, textBudget: MAX_YAML_EXPANDED_CHARS };
    let root;
    let truncated = false;
    try {
        reader.validateStart();
        readNode(reader, state, node => {
            root = node;
        });
    }
    catch (err) {
        truncated = true;
        if (err instanceof BudgetExceeded) {
            errors.push({ message: err.message });
        }
        else {
            errors.push({ message: `YAML reader stopped: ${describe(err)}` });
        }
    }
    return { root, errors, truncated };
}
const BUDGET_MESSAGE = 'YAML document expands to too many nodes (aliases?); reading stopped';
const TEXT_BUDGET_MESSAGE = 'YAML document expands to too much text (aliases?); reading stopped';
// Node identities of the `yaml` library (it tags nodes with these registered symbols).
const NODE_TYPE = Symbol.for('yaml.node.type');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');
const SCALAR = Symbol.for('yaml.scalar');
const ALIAS = Symbol.for('yaml.alias');
const PAIR = Symbol.for('yaml.pair');
function typeOf(node) {
    if (node === null || typeof node !== 'object')
        return undefined;
    const tag = node[NODE_TYPE];
    return typeof tag === 'symbol' ? tag : undefined;
}
function readFromDocument(text, doc, errors) {
    const lines = (0,line_index/* lineStarts */._$)(text);
    const position = (offset) => (0,line_index/* positionAt */.t$)(lines, offset);
    const rangeOfLib = (node) => {
        const r = node.range;
        if (!r || typeof r[0] !== 'number' || typeof r[1] !== 'number')
            return {};
        return { range: { start: position(r[0]), end: position(Math.max(r[0], r[1])) } };
    };
    let budget = MAX_YAML_NODES;
    let textBudget = MAX_YAML_EXPANDED_CHARS;
    const resolvedAliases = new Map();
    const scalar = (node, fallbackAt) => {
        if (!node)
            return { kind: 'scalar', value: null, ...(fallbackAt ? { range: fallbackAt } : {}) };
        const raw = node.value;
        const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
            ? raw
            : raw === null || raw === undefined
                ? null
                : String(raw);
        if (typeof value === 'string') {
            textBudget -= value.length;
            if (textBudget < 0)
                throw new BudgetExceeded(TEXT_BUDGET_MESSAGE);
        }
        const out = { kind: 'scalar', value, ...rangeOfLib(node) };
        const r = node.range;
        if (typeof value === 'string' && r)
            out.source = text.slice(r[0], r[1]);
        if (node.type === 'BLOCK_LITERAL')
            out.blockHeader = '|';
        else if (node.type === 'BLOCK_FOLDED')
            out.blockHeader = '>';
        return out;
    };
    const walk = (input, aliasStack) => {
        budget -= 1;
        if (budget < 0)
            throw new BudgetExceeded(BUDGET_MESSAGE);
        const kind = typeOf(input);
        const node = input;
        if (kind === ALIAS) {
            // `resolve` searches the whole document each time: cache it per alias node.
            let target = resolvedAliases.get(input);
            if (target === undefined) {
                target = node.resolve?.(doc) ?? null;
                resolvedAliases.set(input, target);
            }
            if (target === null)
                return undefined;
            if (aliasStack.has(target))
                return undefined;
            aliasStack.add(target);
            try {
                return walk(target, aliasStack);
            }
            finally {
                aliasStack.delete(target);
            }
        }
        if (kind === SCALAR)
            return scalar(node);
        if (kind === MAP) {
            const map = { kind: 'map', entries: [], ...rangeOfLib(node) };
            for (const item of node.items ?? []) {
                if (typeOf(item) !== PAIR)
                    continue;
                const pair = item;
                const keyNode = typeOf(pair.key) === SCALAR ? pair.key : null;
                if (!keyNode)
                    continue;
                const key = scalar(keyNode);
                const value = pair.value === null || pair.value === undefined
                    ? undefined
                    : walk(pair.value, aliasStack);
                const missing = key.range
                    ? { start: key.range.end, end: key.range.end }
                    : undefined;
                map.entries.push({ key, value: value ?? scalar(null, missing) });
            }
            return map;
        }
        if (kind === SEQ) {
            const seq = { kind: 'seq', items: [], ...rangeOfLib(node) };
            for (const item of node.items ?? []) {
                const value = walk(item, aliasStack);
                if (value)
                    seq.items.push(value);
            }
            return seq;
        }
        return undefined;
    };
    try {
        const contents = doc.contents;
        return {
            root: contents === null || contents === undefined ? undefined : walk(contents, new Set()),
            errors,
            truncated: false
        };
    }
    catch (err) {
        errors.push({
            message: err instanceof BudgetExceeded ? err.message : `YAML reader stopped: ${describe(err)}`
        });
        return { root: undefined, errors, truncated: true };
    }
}
function spend(state) {
    state.budget -= 1;
    if (state.budget < 0)
        throw new BudgetExceeded(BUDGET_MESSAGE);
}
function spendText(state, scalar) {
    if (typeof scalar.value === 'string') {
        state.textBudget -= scalar.value.length;
        if (state.textBudget < 0)
            throw new BudgetExceeded(TEXT_BUDGET_MESSAGE);
    }
    return scalar;
}
/** Reads one node and hands it to `attach` before reading its children; false when none. */
function readNode(reader, state, attach) {
    spend(state);
    const literal = reader.allowLiteral();
    if (literal) {
        attach(spendText(state, scalarFrom(literal)));
        return true;
    }
    const mapping = reader.allowMappingStart();
    if (mapping) {
        const node = { kind: 'map', entries: [], ...rangeOf(mapping) };
        attach(node);
        while (!reader.allowMappingEnd()) {
            spend(state);
            const keyToken = reader.allowLiteral();
            if (!keyToken)
                throw new Error('expected a mapping key');
            const key = spendText(state, scalarFrom(keyToken));
            const found = readNode(reader, state, value => node.entries.push({ key, value }));
            if (!found)
                throw new Error('expected a mapping value');
        }
        return true;
    }
    const sequence = reader.allowSequenceStart();
    if (sequence) {
        const node = { kind: 'seq', items: [], ...rangeOf(sequence) };
        attach(node);
        while (!reader.allowSequenceEnd()) {
            if (!readNode(reader, state, item => node.items.push(item))) {
                throw new Error('expected a sequence item');
            }
        }
        return true;
    }
    return false;
}
function scalarFrom(token) {
    const base = rangeOf(token);
    if ((0,dist/* isString */.Kg)(token)) {
        // Mapping keys built by the reader may carry `undefined` for complex keys.
        const value = typeof token.value === 'string' ? token.value : '';
        return {
            kind: 'scalar',
            value,
            ...base,
            ...(token.source !== undefined ? { source: token.source } : {}),
            ...(token.blockScalarHeader !== undefined ? { blockHeader: token.blockScalarHeader } : {})
        };
    }
    if ((0,dist/* isNumber */.Et)(token) || (0,dist/* isBoolean */.Lm)(token))
        return { kind: 'scalar', value: token.value, ...base };
    if ((0,dist/* isLiteral */.c$)(token))
        return { kind: 'scalar', value: null, ...base };
    if ((0,dist/* isMapping */.pi)(token) || (0,dist/* isSequence */.wZ)(token))
        return { kind: 'scalar', value: null, ...base };
    return { kind: 'scalar', value: null, ...base };
}
function rangeOf(token) {
    const r = token.range;
    if (!r)
        return {};
    return {
        range: {
            start: { line: r.start.line, column: r.start.column },
            end: { line: r.end.line, column: r.end.column }
        }
    };
}
/** The YAML library's messages carry a multi-line excerpt; keep the sentence only. */
function firstLine(message) {
    const line = message.split('\n', 1)[0] ?? message;
    return line.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}
function describe(err) {
    return err instanceof Error ? firstLine(err.message) : 'unknown error';
}
// Small accessors used by the model builder.
function mapGet(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    for (const entry of node.entries)
        if (entry.key.value === key)
            return entry.value;
    return undefined;
}
function mapEntry(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    return node.entries.find(e => e.key.value === key);
}
/** String form of a scalar (numbers and booleans as JavaScript prints them); null otherwise. */
function scalarText(node) {
    if (node?.kind !== 'scalar' || node.value === null)
        return null;
    return String(node.value);
}
function keyText(key) {
    return key.value === null ? '' : String(key.value);
}

;// CONCATENATED MODULE: ./lib/workflow/parse-workflow.js
// Workflow file -> model with positions. GitHub's parser (`parseWorkflow`) validates the file and
// gives the errors; the model itself is built from the YAML tree (yaml-tree.ts), which keeps
// everything that was written even when the file is invalid, so a broken file still yields
// whatever could be read. Never throws.














/** Larger workflow files are not parsed (GitHub's own limit is far below). */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
const TOO_LARGE_MESSAGE = 'workflow file is larger than 1 MiB';
/**
 * Longer lines are not parsed: the YAML library spends time proportional to the line's length on
 * every error it reports on that line, so one 1 MiB line of broken flow syntax took minutes.
 * Real workflows stay far below (GitHub caps an expression at 21,000 characters).
 */
const MAX_LINE_CHARS = 32 * 1024;
/**
 * Secret references one file may hold; the rest are not classified. Each one is placed among the
 * commands of its script, so a file of tens of thousands took minutes. The corpus needs 24.
 */
const MAX_SECRET_REFERENCES = 2000;
const TOO_MANY_SECRETS_MESSAGE = `more than ${MAX_SECRET_REFERENCES} secret references; the rest were not analysed`;
/**
 * Above this many `${{` GitHub's schema check is skipped: its reader recounts the lines before
 * every expression of a block scalar, so a script of thousands of expressions took minutes.
 */
const MAX_VALIDATED_EXPRESSIONS = 1000;
const SCHEMA_SKIPPED_MESSAGE = `more than ${MAX_VALIDATED_EXPRESSIONS} expressions, so GitHub's schema check was skipped`;
/** Occurrences of `${{` in `text`, counting no further than `limit`. */
function countExpressions(text, limit) {
    let count = 0;
    for (let at = text.indexOf('${{'); at >= 0 && count < limit; at = text.indexOf('${{', at + 3)) {
        count++;
    }
    return count;
}
function lineTooLongMessage(line) {
    return `line ${line} is longer than ${MAX_LINE_CHARS / 1024} KiB, so the file was not parsed`;
}
/** The 1-based number of the first line longer than MAX_LINE_CHARS (CR, LF or CRLF breaks). */
function firstOverlongLine(text) {
    if (text.length <= MAX_LINE_CHARS)
        return null;
    let line = 1;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        const code = i < text.length ? text.charCodeAt(i) : 10;
        if (code !== 10 && code !== 13)
            continue;
        if (i - start > MAX_LINE_CHARS)
            return line;
        if (code === 13 && text.charCodeAt(i + 1) === 10)
            i++;
        line++;
        start = i + 1;
    }
    return null;
}
function parseWorkflowFile(path, text, options = {}) {
    const file = normalizeRepoPath(path);
    const empty = emptyWorkflow(file);
    if (utf8Length(text, MAX_WORKFLOW_BYTES) > MAX_WORKFLOW_BYTES) {
        empty.errors.push({ kind: 'limit', message: TOO_LARGE_MESSAGE, location: at(file, 1, 1) });
        return empty;
    }
    const overlong = firstOverlongLine(text);
    if (overlong !== null) {
        const message = lineTooLongMessage(overlong);
        empty.errors.push({ kind: 'limit', message, location: at(file, overlong, 1) });
        return empty;
    }
    try {
        return new WorkflowBuilder(file, text).build(options.validate ?? true);
    }
    catch (err) {
        // The builder is written not to throw; this is the last line of defence for odd input.
        empty.errors.push({
            kind: 'yaml',
            message: `could not read the workflow: ${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'}`,
            location: at(file, 1, 1)
        });
        return empty;
    }
}
function emptyWorkflow(path) {
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
/** UTF-8 byte length, counting no further than `limit + 1`. */
function utf8Length(text, limit) {
    if (text.length > limit)
        return text.length;
    // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 for 2): small texts are within the
    // limit without a count (callers compare with the limit only).
    if (text.length * 3 <= limit)
        return Math.min(text.length * 3, limit);
    let bytes = 0;
    for (let i = 0; i < text.length && bytes <= limit; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function normalizeRepoPath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
function at(file, line, column) {
    return { file, line, column };
}
/** Reads an `action.yml` (local composite actions are followed by needs inference). */
function parseActionFile(path, text) {
    const file = normalizeRepoPath(path);
    const result = {
        path: file,
        name: null,
        using: null,
        inputs: [],
        steps: [],
        secretRefs: [],
        errors: []
    };
    if (utf8Length(text, MAX_WORKFLOW_BYTES) > MAX_WORKFLOW_BYTES) {
        result.errors.push({
            kind: 'limit',
            message: 'action file is larger than 1 MiB',
            location: at(file, 1, 1)
        });
        return result;
    }
    const overlong = firstOverlongLine(text);
    if (overlong !== null) {
        const message = lineTooLongMessage(overlong);
        result.errors.push({ kind: 'limit', message, location: at(file, overlong, 1) });
        return result;
    }
    try {
        const builder = new WorkflowBuilder(file, text);
        return builder.buildAction();
    }
    catch {
        result.errors.push({
            kind: 'yaml',
            message: 'could not read the action file',
            location: at(file, 1, 1)
        });
        return result;
    }
}
class WorkflowBuilder {
    file;
    text;
    index;
    secretRefs = [];
    /** Set once MAX_SECRET_REFERENCES were collected. */
    secretsLimited = false;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        this.index = new TextIndex(text);
    }
    build(validate) {
        const tree = readYamlTree(this.text);
        const workflow = emptyWorkflow(this.file);
        if (validate) {
            workflow.errors.push(...this.validate(tree.errors.length > 0, tree.truncated, tree.reader));
        }
        if (tree.truncated || !validate) {
            for (const e of tree.errors)
                workflow.errors.push(this.problem('yaml', e.message, e.range));
        }
        const root = tree.root;
        if (root?.kind !== 'map')
            return workflow;
        workflow.name = scalarText(mapGet(root, 'name'));
        workflow.triggers = this.triggers(mapEntry(root, 'on')?.value);
        const env = this.envBlock(mapGet(root, 'env'));
        workflow.env = env.values;
        workflow.envExpression = env.expression;
        workflow.defaults = this.defaults(mapGet(root, 'defaults'));
        workflow.permissions = this.permissions(mapGet(root, 'permissions'));
        const jobs = mapGet(root, 'jobs');
        if (jobs?.kind === 'map') {
            for (const entry of jobs.entries)
                workflow.jobs.push(this.job(entry.key, entry.value));
        }
        this.collectSecrets(root, [], workflow.jobs);
        if (this.secretsLimited)
            workflow.errors.push(this.tooManySecrets());
        workflow.secretRefs = this.secretRefs.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
        for (const job of workflow.jobs) {
            job.secretRefs = workflow.secretRefs.filter(r => r.jobId === job.id);
            for (const step of job.steps)
                step.secretRefs = job.secretRefs.filter(r => r.stepIndex === step.index);
        }
        return workflow;
    }
    buildAction() {
        const tree = readYamlTree(this.text);
        const result = {
            path: this.file,
            name: null,
            using: null,
            inputs: [],
            steps: [],
            secretRefs: [],
            errors: tree.errors.map(e => this.problem('yaml', e.message, e.range))
        };
        const root = tree.root;
        if (root?.kind !== 'map')
            return result;
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
        if (runs?.kind === 'map')
            this.collectSecrets(runs, ['jobs', pseudoJob.id], [pseudoJob]);
        if (this.secretsLimited)
            result.errors.push(this.tooManySecrets());
        result.secretRefs = this.secretRefs.map(r => ({ ...r, jobId: null }));
        for (const step of result.steps)
            step.secretRefs = result.secretRefs.filter(r => r.stepIndex === step.index);
        return result;
    }
    pseudoJob(steps) {
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
    // Validation with GitHub's parser
    validate(yamlBroken, truncated, reader) {
        if (truncated)
            return [];
        if (countExpressions(this.text, MAX_VALIDATED_EXPRESSIONS + 1) > MAX_VALIDATED_EXPRESSIONS) {
            return [{ kind: 'limit', message: SCHEMA_SKIPPED_MESSAGE, location: at(this.file, 1, 1) }];
        }
        // Most files are valid: when the fast check is sure of it, GitHub's reader has nothing to say.
        if (!yamlBroken && reader instanceof YamlTreeReader && workflowCertainlyValid(reader.root)) {
            return [];
        }
        try {
            const context = validateWorkflow(this.file, this.text, reader);
            return context.errors.getErrors().map(e => {
                const message = (e.rawMessage || e.message)
                    .split('\n')[0]
                    ?.replace(/ at line \d+, column \d+:?\s*$/, '') ?? '';
                return this.problem(yamlBroken ? 'yaml' : 'schema', message.trim(), e.range);
            });
        }
        catch (err) {
            return [
                this.problem('schema', `workflow validation failed: ${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'}`)
            ];
        }
    }
    problem(kind, message, range) {
        return { kind, message, location: range ? this.loc(range) : at(this.file, 1, 1) };
    }
    // -------------------------------------------------------------------------------------------
    // Positions
    loc(range) {
        if (!range)
            return at(this.file, 1, 1);
        return {
            file: this.file,
            line: range.start.line,
            column: range.start.column,
            endLine: range.end.line,
            endColumn: range.end.column
        };
    }
    nodeLoc(node) {
        return this.loc(node?.range);
    }
    mapOf(scalar) {
        return buildScalarSourceMap(this.index, scalar);
    }
    span(map, start, end) {
        const from = locateOffset(map, start);
        const to = end > start ? locateOffset(map, end - 1) : from;
        return {
            file: this.file,
            line: from.line,
            column: from.column,
            endLine: to.line,
            endColumn: to.column + 1
        };
    }
    // -------------------------------------------------------------------------------------------
    // Pieces
    keyValues(node) {
        if (node?.kind !== 'map')
            return [];
        return node.entries.map(entry => {
            const value = entry.value;
            const isScalar = value.kind === 'scalar';
            // Built on first read: only a finding or a flyctl call inside the value asks for it.
            let valueMap;
            const mapValue = () => value.kind === 'scalar'
                ? this.mapOf(value)
                : {
                    start: {
                        line: value.range?.start.line ?? 1,
                        column: value.range?.start.column ?? 1
                    },
                    segments: []
                };
            return {
                key: keyText(entry.key),
                keyLocation: this.loc(entry.key.range),
                value: isScalar ? scalarText(value) : null,
                isScalar,
                valueLocation: this.nodeLoc(value),
                get valueMap() {
                    return (valueMap ??= mapValue());
                }
            };
        });
    }
    envBlock(node) {
        if (node?.kind === 'scalar')
            return { values: [], expression: scalarText(node) };
        return { values: this.keyValues(node), expression: null };
    }
    stringList(node) {
        if (!node)
            return [];
        if (node.kind === 'scalar') {
            const t = scalarText(node);
            return t === null ? [] : [t];
        }
        if (node.kind === 'seq')
            return node.items.map(scalarText).filter((t) => t !== null);
        return [];
    }
    defaults(node) {
        const run = mapGet(node, 'run');
        return {
            workingDirectory: scalarText(mapGet(run, 'working-directory')),
            shell: scalarText(mapGet(run, 'shell'))
        };
    }
    permissions(node) {
        if (!node)
            return null;
        if (node.kind === 'scalar')
            return scalarText(node) ?? '';
        if (node.kind === 'map') {
            const out = {};
            for (const e of node.entries)
                out[keyText(e.key)] = scalarText(e.value) ?? '';
            return out;
        }
        return null;
    }
    inputs(node) {
        if (node?.kind !== 'map')
            return [];
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
    triggers(node) {
        if (!node)
            return [];
        const make = (event, where, config) => {
            const trigger = {
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
                    if (cron !== null)
                        trigger.cron.push(cron);
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
                .filter((i) => i.kind === 'scalar' && scalarText(i) !== null)
                .map(i => make(scalarText(i) ?? '', i.range, undefined));
        }
        return node.entries.map(e => make(keyText(e.key), e.key.range, e.value));
    }
    uses(node, jobLevel) {
        if (node?.kind !== 'scalar')
            return null;
        const raw = scalarText(node);
        if (raw === null)
            return null;
        return parseUses(raw, this.nodeLoc(node), jobLevel);
    }
    environment(node) {
        if (!node)
            return null;
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
    matrix(node) {
        if (!node)
            return null;
        const base = {
            axes: {},
            include: [],
            exclude: [],
            dynamic: false,
            dynamicKeys: [],
            location: this.nodeLoc(node)
        };
        if (node.kind === 'scalar')
            return { ...base, dynamic: true };
        if (node.kind !== 'map')
            return base;
        for (const entry of node.entries) {
            const key = keyText(entry.key);
            if (key === 'include' || key === 'exclude') {
                const list = entry.value.kind === 'seq' ? entry.value.items : [];
                const rows = list
                    .map(item => toMatrixValue(item))
                    .filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
                if (entry.value.kind === 'scalar')
                    base.dynamicKeys.push(key);
                if (key === 'include')
                    base.include = rows;
                else
                    base.exclude = rows;
                continue;
            }
            if (entry.value.kind === 'seq') {
                base.axes[key] = entry.value.items.map(toMatrixValue);
            }
            else {
                base.dynamicKeys.push(key);
            }
        }
        return base;
    }
    runScript(node) {
        if (node?.kind !== 'scalar')
            return null;
        const text = scalarText(node);
        if (text === null)
            return null;
        // The source map and the lines' positions are built on first read: most scripts have no
        // finding, and needs inference asks only where a flyctl call is.
        let map;
        let lines;
        const mapOfScript = () => (map ??= this.mapOf(node));
        const linesOfScript = () => {
            if (lines)
                return lines;
            const scriptMap = mapOfScript();
            lines = [];
            let offset = 0;
            for (const line of text.split('\n')) {
                const pos = locateOffset(scriptMap, offset);
                lines.push({ text: line, offset, line: pos.line, column: pos.column });
                offset += line.length + 1;
            }
            return lines;
        };
        const header = node.blockHeader;
        const first = node.source?.charAt(0);
        const style = header !== undefined
            ? header.startsWith('>')
                ? 'folded'
                : 'literal'
            : first === '"'
                ? 'double-quoted'
                : first === "'"
                    ? 'single-quoted'
                    : 'plain';
        return {
            text,
            location: this.nodeLoc(node),
            style,
            get lines() {
                return linesOfScript();
            },
            get map() {
                return mapOfScript();
            }
        };
    }
    step(node, index) {
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
    job(key, node) {
        const env = this.envBlock(mapGet(node, 'env'));
        const secretsNode = mapGet(node, 'secrets');
        let secrets = null;
        if (secretsNode?.kind === 'scalar') {
            secrets = {
                inherit: scalarText(secretsNode) === 'inherit',
                values: [],
                location: this.nodeLoc(secretsNode)
            };
        }
        else if (secretsNode?.kind === 'map') {
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
            runsOn: runsOn?.kind === 'scalar' ? scalarText(runsOn) : this.stringList(runsOn).join(', ') || null,
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
                    image: container.kind === 'scalar'
                        ? scalarText(container)
                        : scalarText(mapGet(container, 'image')),
                    env: this.keyValues(mapGet(container, 'env'))
                }
                : null,
            services: services?.kind === 'map'
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
    tooManySecrets() {
        const last = this.secretRefs[this.secretRefs.length - 1]?.location;
        return {
            kind: 'limit',
            message: TOO_MANY_SECRETS_MESSAGE,
            location: last ? at(this.file, last.line, last.column) : at(this.file, 1, 1)
        };
    }
    collectSecrets(node, path, jobs) {
        if (this.secretsLimited)
            return;
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
                if (item === undefined)
                    continue;
                path.push(i);
                this.collectSecrets(item, path, jobs);
                path.pop();
            }
            return;
        }
        if (typeof node.value !== 'string' || !node.value.includes('${{'))
            return;
        const value = node.value;
        let map = null;
        for (const span of (0,expressions/* findExpressions */.zV)(value)) {
            const mentions = (0,expressions/* findSecretMentions */.pW)(span.inner, span.innerStart);
            if (mentions.length === 0)
                continue;
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
                    location: this.span(map, mention.start, mention.end),
                    expressionLocation: this.span(map, span.start, span.end),
                    flow: context.flow,
                    jobId: context.jobId,
                    stepIndex: context.stepIndex
                });
            }
        }
    }
    scriptFlow(step, offset) {
        // The same parse needs inference and the scan rules ask for later.
        const statements = step.run ? (0,script_parse/* parsedScript */.NN)(step.run) : (0,shell/* parseShell */.aV)('');
        return secretFlowInScript(step.run?.text ?? '', statements, offset);
    }
    flowOf(path, jobs, offset) {
        const flow = {
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
        const str = (i) => {
            const s = path[i];
            return typeof s === 'string' ? s : null;
        };
        if (path[0] === 'env' && path.length === 2) {
            return { flow: { ...flow, kind: 'env', key: str(1) }, jobId: null, stepIndex: null };
        }
        if (path[0] !== 'jobs' || path.length < 2)
            return { flow, jobId: null, stepIndex: null };
        const jobId = str(1);
        const job = jobs.find(j => j.id === jobId);
        const base = { ...flow, scope: 'job' };
        const rest = path.slice(2);
        const done = (f, stepIndex = null) => ({
            flow: f,
            jobId,
            stepIndex
        });
        if (rest[0] === 'env' && rest.length === 2)
            return done({ ...base, kind: 'env', key: str(3) });
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
            const stepBase = { ...base, scope: 'step' };
            if (rest[2] === 'env' && rest.length === 4)
                return done({ ...stepBase, kind: 'env', key: str(5) }, stepIndex);
            if (rest[2] === 'with' && rest.length === 4) {
                return done({ ...stepBase, kind: 'with', key: str(5), uses: step?.uses?.raw ?? null }, stepIndex);
            }
            if (rest[2] === 'run' && rest.length === 3 && step?.run) {
                return done({ ...stepBase, ...this.scriptFlow(step, offset), kind: 'run' }, stepIndex);
            }
            return done(stepBase, stepIndex);
        }
        return done(base);
    }
}
/**
 * What `parseWorkflow` of @actions/workflow-parser does, but on the reader our own tree came with
 * when there is one (the `yaml` library's reader it was read from, or one serving the fast path's
 * tree): the YAML document is parsed once, not twice (the parse was half the cost of a scan).
 * The reader's event stream must still be unread.
 */
function validateWorkflow(file, text, unread) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), (0,workflow_schema/* getWorkflowSchema */.L)(), new dist/* NoOperationTraceWriter */.P0());
    const fileId = context.getFileId(file);
    const reader = unread ?? new yaml_object_reader/* YamlObjectReader */.M(fileId, text);
    // The tokens and error prefixes carry the file id `parseWorkflow` would have given.
    reader.fileId = fileId;
    if (reader.errors.length > 0) {
        // As parseWorkflow: template errors of a file that is not valid YAML would mislead.
        for (const err of reader.errors)
            context.error(fileId, err.message, err.range);
        return context;
    }
    (0,template_reader/* readTemplate */.x)(context, workflow_constants/* WORKFLOW_ROOT */.D, reader, fileId);
    return context;
}
/** The fast schema check (schema-check.ts) over the tree the fast YAML path read. */
function workflowCertainlyValid(root) {
    return schemaCertainlyAccepts(root, (0,workflow_schema/* getWorkflowSchema */.L)(), workflow_constants/* WORKFLOW_ROOT */.D);
}
function pathText(path) {
    let s = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            s += `[${segment}]`;
        else
            s += s === '' ? segment : `.${segment}`;
    }
    return s;
}
function toMatrixValue(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toMatrixValue);
    const out = {};
    for (const e of node.entries)
        out[keyText(e.key)] = toMatrixValue(e.value);
    return out;
}
/** Parses a `uses:` value. */
function parseUses(raw, location, jobLevel) {
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
function locateInValue(file, map, start, end = start) {
    const from = locateOffset(map, start);
    const to = end > start ? locateOffset(map, end - 1) : from;
    return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
}

;// CONCATENATED MODULE: ./lib/workflow/workflow-commands.js
// Every flyctl command a workflow runs, with its job, step and file position, as written (no
// value resolution). For the scanner: `fly auth token`, `-t ${{ secrets.X }}`, and so on.



/**
 * Every flyctl command of the workflow, in job and step order; with `keep`, only those it keeps
 * (located only then: a position costs a source-map lookup).
 */
function locateFlyCommands(workflow, keep = () => true) {
    const found = [];
    for (const job of workflow.jobs) {
        for (const step of job.steps) {
            if (step.run) {
                const run = step.run;
                const commands = (0,script_parse/* scriptCommands */.q8)(run);
                for (const invocation of findFlyInvocations((0,script_parse/* parsedScript */.NN)(run), run.text, commands)) {
                    if (!keep(invocation))
                        continue;
                    found.push({
                        jobId: job.id,
                        stepIndex: step.index,
                        source: 'run',
                        invocation,
                        location: locateInValue(workflow.path, run.map, invocation.start, invocation.end)
                    });
                }
                continue;
            }
            const uses = step.uses;
            // (An owner other than `superfly` rules the name out before it is spelled.)
            const isFlyctlAction = uses?.kind === 'action' &&
                uses.owner?.toLowerCase() === 'superfly' &&
                `${uses.owner}/${uses.repo}`.toLowerCase() === 'superfly/flyctl-actions' &&
                (uses.path ?? '') === '';
            if (!isFlyctlAction)
                continue;
            const args = step.with.find(kv => kv.key === 'args');
            if (!args?.isScalar || args.value === null)
                continue;
            const text = args.value;
            const words = actionArgsWords(text);
            if (words.length === 0)
                continue;
            const start = words[0]?.start ?? 0;
            const end = words[words.length - 1]?.end ?? start;
            const invocation = {
                program: 'flyctl',
                ...parseFlyArguments(words),
                assignments: [],
                start,
                end,
                text: `flyctl ${text.slice(start, end)}`
            };
            if (!keep(invocation))
                continue;
            found.push({
                jobId: job.id,
                stepIndex: step.index,
                source: 'action',
                invocation,
                location: locateInValue(workflow.path, args.valueMap, start, end)
            });
        }
    }
    return found;
}

// EXTERNAL MODULE: ./lib/workflow/capabilities.js
var workflow_capabilities = __webpack_require__(791);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/workflow/repo-files.js
// Reading the repository without doing I/O here: callers hand in a `RepoFiles` (the action and
// the CLI implement it with fs; tests with a record of strings).


/** A `RepoFiles` over an in-memory record (tests, callers that already read the files). */
function repoFilesFromRecord(files) {
    const normalized = new Map();
    for (const [path, text] of Object.entries(files))
        normalized.set(normalizePath(path) ?? path, text);
    return {
        read: path => normalized.get(normalizePath(path) ?? path),
        list: () => [...normalized.keys()]
    };
}
/** Where `$GITHUB_WORKSPACE` / `${{ github.workspace }}` point; paths under it are repo paths. */
const WORKSPACE = '/github/workspace';
/**
 * Normalizes a repo-relative path: `./a/../b/` -> `b`, the workspace prefix removed. Null for
 * paths that leave the repository (absolute elsewhere, `~`, too many `..`). The root is `''`.
 */
function normalizePath(path) {
    let p = path.replace(/\\/g, '/');
    if (p === WORKSPACE || p.startsWith(`${WORKSPACE}/`))
        p = p.slice(WORKSPACE.length);
    else if (p.startsWith('/') || p.startsWith('~'))
        return null;
    const out = [];
    for (const segment of p.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (out.length === 0)
                return null;
            out.pop();
            continue;
        }
        out.push(segment);
    }
    return out.join('/');
}
/** `dir` + `path` (path may be absolute under the workspace). */
function joinPath(dir, path) {
    if (path.startsWith('/') || path.startsWith('~'))
        return normalizePath(path);
    return normalizePath(dir === '' ? path : `${dir}/${path}`);
}
/** Reads the `app` of a Fly config file (TOML, or JSON/YAML by extension). Never throws. */
function readAppConfig(repo, path) {
    let text;
    try {
        text = repo.read(path);
    }
    catch {
        text = undefined;
    }
    if (text === undefined)
        return { status: 'missing' };
    const app = appNameOf(path, text);
    if (app === undefined)
        return { status: 'broken', path };
    if (app === null)
        return { status: 'no-app', path };
    return { status: 'found', path, app };
}
/** The app name in a config text; null when absent; undefined when the file cannot be parsed. */
function appNameOf(path, text) {
    try {
        if (/\.json$/i.test(path)) {
            const parsed = JSON.parse(text);
            const app = typeof parsed === 'object' && parsed !== null
                ? parsed['app']
                : undefined;
            return typeof app === 'string' && app.trim() !== '' ? app.trim() : null;
        }
        if (/\.ya?ml$/i.test(path)) {
            const tree = readYamlTree(text);
            if (tree.errors.length > 0)
                return undefined;
            const app = scalarText(mapGet(tree.root, 'app'));
            return app !== null && app.trim() !== '' ? app.trim() : null;
        }
        const parsed = (0,smol_toml_dist/* parse */.qg)(text);
        const app = parsed['app'];
        return typeof app === 'string' && app.trim() !== '' ? app.trim() : null;
    }
    catch {
        return undefined;
    }
}
/**
 * The config flyctl would load: `--config P` tries `P` then `P/fly.toml`; without it, the
 * working directory's `fly.toml`, `fly.json`, `fly.yaml`.
 */
function findAppConfig(repo, workingDir, configFlag) {
    const candidates = [];
    if (configFlag !== null) {
        const p = joinPath(workingDir, configFlag);
        if (p === null)
            return { status: 'missing' };
        candidates.push(p, p === '' ? 'fly.toml' : `${p}/fly.toml`);
    }
    else {
        const prefix = workingDir === '' ? '' : `${workingDir}/`;
        candidates.push(`${prefix}fly.toml`, `${prefix}fly.json`, `${prefix}fly.yaml`);
    }
    for (const candidate of candidates) {
        const found = readAppConfig(repo, candidate);
        if (found.status !== 'missing')
            return found;
    }
    return { status: 'missing' };
}

;// CONCATENATED MODULE: ./lib/workflow/resolve.js
// Telling which values a `${{ }}` template, an env variable or a matrix key can take at a given
// point of a job. Everything unknowable (vars, secrets, event payloads, command output) is
// "unknown"; literal matrices, env values, step outputs written with literal values and
// `choice` inputs are followed.



/** String forms of the values, deduplicated. */
function stringsOf(r) {
    // Most values have one alternative: no Set for those.
    if (r.values.length === 1)
        return [(0,expressions/* asString */.oJ)(r.values[0] ?? null)];
    return [...new Set(r.values.map(expressions/* asString */.oJ))];
}
/** Concatenation of alternatives: the cartesian product, capped. */
function concat(parts) {
    let values = [''];
    let unknown = false;
    for (const part of parts) {
        unknown ||= part.unknown;
        const options = stringsOf(part);
        if (options.length === 1) {
            // Most parts have one value: append it in place (`values` is always our own array).
            const option = options[0] ?? '';
            for (let i = 0; i < values.length; i++)
                values[i] += option;
            continue;
        }
        const next = [];
        for (const prefix of values)
            for (const option of options)
                next.push(prefix + option);
        values = next;
        if (values.length > expressions/* MAX_ALTERNATIVES */.cg)
            return expressions/* UNKNOWN */.HV;
    }
    return { values: values.length === 1 ? values : [...new Set(values)], unknown };
}
function githubContext(path) {
    if (path[0] === 'workspace')
        return (0,expressions/* known */.eO)(WORKSPACE);
    return expressions/* UNKNOWN */.HV;
}
const MAX_DEPTH = 24;
/** The text around a template's only expression when it fills the whole text (read only). */
const EMPTY = Object.freeze((0,expressions/* known */.eO)(''));
/**
 * A point in a job where expressions are evaluated: env layers (innermost first: step, values
 * written to GITHUB_ENV, job, workflow) plus the other contexts.
 */
class Scope {
    layers;
    contexts;
    depth;
    constructor(layers, contexts, depth = 0) {
        this.layers = layers;
        this.contexts = contexts;
        this.depth = depth;
    }
    /** Value of an env variable; null when no layer defines it. */
    env(name) {
        if (this.depth > MAX_DEPTH)
            return expressions/* UNKNOWN */.HV;
        for (let i = 0; i < this.layers.length; i++) {
            const layer = this.layers[i];
            if (!layer)
                continue;
            if (layer.kind === 'resolved') {
                const found = layer.values.get(name);
                if (found)
                    return found;
                continue;
            }
            const entry = layer.values.find(kv => kv.key === name);
            if (entry) {
                // A value sees the layers outside its own (`env.X` in job env reads workflow env).
                const outer = new Scope(this.layers.slice(i + 1), this.contexts, this.depth + 1);
                return entry.isScalar && entry.value !== null ? outer.template(entry.value) : (0,expressions/* known */.eO)('');
            }
            if (layer.dynamic)
                return expressions/* UNKNOWN */.HV;
        }
        return null;
    }
    lookup = (path) => {
        const [head, ...rest] = path;
        switch (head) {
            case 'env':
                return rest.length === 1 ? (this.env(rest[0] ?? '') ?? expressions/* UNKNOWN */.HV) : expressions/* UNKNOWN */.HV;
            case 'matrix':
                return this.contexts.matrix(rest);
            case 'inputs':
                return rest.length === 1 ? this.contexts.inputs(rest[0] ?? '') : expressions/* UNKNOWN */.HV;
            case 'steps':
                return this.contexts.steps(rest);
            case 'github':
                if (rest[0] === 'event' && rest[1] === 'inputs' && rest.length === 3) {
                    return this.contexts.inputs(rest[2] ?? '');
                }
                return githubContext(rest);
            default:
                return expressions/* UNKNOWN */.HV;
        }
    };
    /** A string with `${{ }}` parts, as GitHub would substitute it. */
    template(text) {
        if (this.depth > MAX_DEPTH)
            return expressions/* UNKNOWN */.HV;
        const spans = (0,expressions/* findExpressions */.zV)(text);
        if (spans.length === 0)
            return (0,expressions/* known */.eO)(text);
        const parts = [];
        let last = 0;
        for (const span of spans) {
            parts.push((0,expressions/* known */.eO)(text.slice(last, span.start)));
            parts.push((0,expressions/* evaluateExpression */.O4)(span.inner, this.lookup));
            last = span.end;
        }
        parts.push((0,expressions/* known */.eO)(text.slice(last)));
        return concat(parts);
    }
    /**
     * `template('${{' + inner + '}}')`: the value of one expression body (a shell word's
     * `${{ }}` part). Without `}` or `'` in the body that text is one expression from end to end,
     * so it is evaluated without building and scanning the text again.
     */
    expression(inner) {
        if (inner.includes('}') || inner.includes("'"))
            return this.template('${{' + inner + '}}');
        if (this.depth > MAX_DEPTH)
            return expressions/* UNKNOWN */.HV;
        return concat([EMPTY, (0,expressions/* evaluateExpression */.O4)(inner, this.lookup), EMPTY]);
    }
    withLayers(layers) {
        return new Scope(layers, this.contexts, this.depth);
    }
}
const MAX_COMBINATIONS = 64;
/** The combinations GitHub would run (include/exclude applied); one empty one without matrix. */
function matrixCombinations(matrix) {
    const none = { values: {}, unknownKeys: new Set(), allUnknown: false };
    if (!matrix)
        return [none];
    if (matrix.dynamic || matrix.dynamicKeys.includes('include')) {
        return [{ values: {}, unknownKeys: new Set(), allUnknown: true }];
    }
    const unknownKeys = new Set(matrix.dynamicKeys.filter(k => k !== 'exclude'));
    const axes = Object.entries(matrix.axes);
    let combos = cartesian(axes);
    if (combos === null)
        return [{ values: {}, unknownKeys, allUnknown: true }];
    combos = combos.filter(combo => !matrix.exclude.some(rule => matches(combo, rule)));
    const original = new Set(axes.map(([k]) => k));
    for (const include of matrix.include) {
        let merged = false;
        for (const combo of combos) {
            const conflicts = Object.entries(include).some(([k, v]) => original.has(k) && k in combo && !sameValue(combo[k] ?? null, v));
            if (!conflicts && axes.length > 0) {
                Object.assign(combo, include);
                merged = true;
            }
        }
        if (!merged)
            combos.push({ ...include });
    }
    if (combos.length === 0)
        return [{ values: {}, unknownKeys, allUnknown: false }];
    if (combos.length > MAX_COMBINATIONS)
        return [{ values: {}, unknownKeys, allUnknown: true }];
    return combos.map(values => ({ values, unknownKeys, allUnknown: false }));
}
/**
 * Every combination of the axes' values, the first axis varying slowest; null when there would be
 * more than MAX_COMBINATIONS (counted axis by axis, as they are multiplied out).
 */
function cartesian(axes) {
    let count = axes.length > 0 ? 1 : 0;
    for (const [, values] of axes) {
        count *= values.length;
        if (count > MAX_COMBINATIONS)
            return null;
    }
    if (count === 0)
        return [];
    // Every combination has the same keys in the same order: copies of one object with its values
    // replaced, where adding the keys to each one made V8 take its slowest path for every key.
    // (A store to `__proto__` would set the prototype instead of making a key: spelled out then.)
    if (axes.some(([key]) => key === '__proto__'))
        return cartesianSpelledOut(axes);
    const shape = {};
    for (const [key, values] of axes)
        shape[key] = values[0] ?? null;
    const combos = [];
    const at = axes.map(() => 0);
    for (let n = 0; n < count; n++) {
        const combo = { ...shape };
        axes.forEach(([key, values], a) => {
            combo[key] = values[at[a] ?? 0] ?? null;
        });
        combos.push(combo);
        // The next index tuple, the last axis varying fastest.
        for (let a = axes.length - 1; a >= 0; a--) {
            const next = (at[a] ?? 0) + 1;
            if (next < (axes[a]?.[1].length ?? 0)) {
                at[a] = next;
                break;
            }
            at[a] = 0;
        }
    }
    return combos;
}
function cartesianSpelledOut(axes) {
    let combos = [{}];
    for (const [key, values] of axes) {
        const next = [];
        for (const combo of combos)
            for (const v of values)
                next.push({ ...combo, [key]: v });
        combos = next;
    }
    return combos;
}
function matches(combo, rule) {
    return Object.entries(rule).every(([k, v]) => k in combo && sameValue(combo[k] ?? null, v));
}
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** `matrix.<key>.<sub>` in one combination. */
function matrixLookup(combo, path) {
    if (combo.allUnknown)
        return expressions/* UNKNOWN */.HV;
    const [key, ...rest] = path;
    if (key === undefined)
        return expressions/* UNKNOWN */.HV;
    if (combo.unknownKeys.has(key))
        return expressions/* UNKNOWN */.HV;
    let value = combo.values[key];
    if (value === undefined)
        return (0,expressions/* known */.eO)(null);
    for (const segment of rest) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return (0,expressions/* known */.eO)(null);
        value = value[segment];
        if (value === undefined)
            return (0,expressions/* known */.eO)(null);
    }
    if (value !== null && typeof value === 'object')
        return expressions/* UNKNOWN */.HV;
    return (0,expressions/* known */.eO)(value);
}

;// CONCATENATED MODULE: ./lib/workflow/fly-apps.js
// Turning one flyctl invocation into needs evidence: its capabilities, and the apps it acts on
// (flags, FLY_APP, config files in the working directory), in flyctl's own order.




const VALID_APP = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function recordInvocation(ctx, inv, location, r) {
    // Flags matter to `launch` alone: no list of names for every other call.
    const meaning = (0,workflow_capabilities/* meaningOf */.Pr)(inv.path, inv.path[0] === 'launch' ? inv.flags.map(f => f.name) : []);
    if (!meaning)
        return;
    const apps = appsFor(ctx, inv, meaning.target, r);
    for (const capability of meaning.capabilities)
        addEvidence(ctx.collector, capability, apps, inv.text, location);
    if (meaning.remote === 'ssh') {
        const command = flagValue(inv, 'command');
        if (command)
            ctx.collector.addCommand(commandText(command));
    }
    else if (meaning.remote === 'exec') {
        const words = inv.args.length >= 2 ? inv.args.slice(1) : inv.args;
        const command = flagValue(inv, 'command');
        if (words.length > 0)
            ctx.collector.addCommand(words.map(w => commandText(w)).join(' '));
        else if (command)
            ctx.collector.addCommand(commandText(command));
    }
}
/** The remote command as written (outer quotes removed, expressions and variables kept). */
function commandText(word) {
    const raw = word.raw;
    const quote = raw.charAt(0);
    if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote))
        return raw.slice(1, -1);
    return raw;
}
function addEvidence(collector, capability, apps, command, location) {
    if (apps === 'none') {
        collector.add(capability, null, command, location);
        return;
    }
    // All or nothing: when some values cannot be told, the ones that can (a fallback literal, a
    // branch) are not reported as apps the job needs; `unknownApps` says the truth instead.
    const names = stringsOf(apps);
    if (apps.unknown || names.length === 0 || !names.every(app => VALID_APP.test(app))) {
        collector.unknownApps = true;
        collector.add(capability, null, command, location);
        return;
    }
    for (const app of names)
        collector.add(capability, app, command, location);
}
function appsFor(ctx, inv, target, r) {
    const nameFlag = flagValue(inv, 'name');
    switch (target) {
        case 'none':
            return 'none';
        case 'args-or-app':
            return inv.args.length > 0
                ? (0,expressions/* union */.KC)(...inv.args.map(a => r.word(a)))
                : appFromContext(ctx, inv, r);
        case 'create': {
            const first = inv.args[0];
            if (first)
                return r.word(first);
            return nameFlag ? r.word(nameFlag) : expressions/* UNKNOWN */.HV;
        }
        case 'launch':
            return nameFlag ? r.word(nameFlag) : configApp(ctx, inv, r);
        case 'pg-create':
            return nameFlag ? r.word(nameFlag) : expressions/* UNKNOWN */.HV;
        case 'attach': {
            const first = inv.args[0];
            return (0,expressions/* union */.KC)(first ? r.word(first) : expressions/* UNKNOWN */.HV, appFromContext(ctx, inv, r));
        }
        case 'app':
            return appFromContext(ctx, inv, r);
    }
}
/** flyctl's order: `-a/--app`, then `FLY_APP`, then the config file's `app`. */
function appFromContext(ctx, inv, r) {
    const flag = flagValue(inv, 'app');
    if (flag)
        return r.word(flag);
    const flyApp = r.variable('FLY_APP');
    if (flyApp)
        return flyApp;
    return configApp(ctx, inv, r);
}
function configApp(ctx, inv, r) {
    const configWord = flagValue(inv, 'config');
    const config = configWord ? r.word(configWord) : null;
    const configs = config ? stringsOf(config) : [null];
    let dirs = r.cwd;
    // `fly deploy [WORKING_DIRECTORY]` changes directory before reading the config.
    const workDir = inv.path[0] === 'deploy' ? inv.args[0] : undefined;
    if (workDir) {
        const target = r.word(workDir);
        const values = [];
        let unknown = target.unknown || dirs.unknown;
        for (const d of stringsOf(dirs)) {
            for (const t of stringsOf(target)) {
                const joined = joinPath(d, t);
                if (joined === null)
                    unknown = true;
                else
                    values.push(joined);
            }
        }
        dirs = { values, unknown };
    }
    // An absolute config path does not depend on the working directory.
    if (dirs.values.length === 0 && configs.every(c => c !== null && c.startsWith('/')))
        dirs = (0,expressions/* known */.eO)('');
    const results = [];
    if (dirs.unknown || (config?.unknown ?? false))
        results.push(expressions/* UNKNOWN */.HV);
    const hint = r.variable('FLY_APP_NAME');
    for (const dir of stringsOf(dirs)) {
        for (const cfg of configs) {
            const found = findAppConfig(ctx.repo, dir, cfg);
            if (found.status === 'found')
                results.push((0,expressions/* known */.eO)(found.app));
            else if (found.status === 'missing' && hint)
                results.push(hint);
            else
                results.push(expressions/* UNKNOWN */.HV);
        }
    }
    return results.length > 0 ? (0,expressions/* union */.KC)(...results) : expressions/* UNKNOWN */.HV;
}

// EXTERNAL MODULE: ./lib/workflow/redact.js
var redact = __webpack_require__(4536);
;// CONCATENATED MODULE: ./lib/workflow/needs-context.js
// Shared state of needs inference: what has been found so far, what a sequence of steps runs
// with, and how to tell that a step hands a Fly token on.




class Collector {
    evidence = [];
    /** Evidence seen, by file, line and column, then `capability|app` (no string per position). */
    keys = new Map();
    /** Redacted command texts (the same commands are recorded once per matrix combination). */
    redacted = new Map();
    unknownApps = false;
    commands = [];
    opaque = [];
    opaqueKeys = new Set();
    add(capability, app, command, location) {
        const seen = this.seenAt(location);
        const key = `${capability}|${app ?? ''}`;
        if (seen.has(key))
            return;
        seen.add(key);
        this.evidence.push({ capability, app, command: this.redact(command), location });
    }
    seenAt(location) {
        let lines = this.keys.get(location.file);
        if (!lines) {
            lines = new Map();
            this.keys.set(location.file, lines);
        }
        let columns = lines.get(location.line);
        if (!columns) {
            columns = new Map();
            lines.set(location.line, columns);
        }
        let seen = columns.get(location.column);
        if (!seen) {
            seen = new Set();
            columns.set(location.column, seen);
        }
        return seen;
    }
    redact(command) {
        let safe = this.redacted.get(command);
        if (safe === undefined) {
            safe = (0,redact/* redactTokenLiterals */.T)(command);
            this.redacted.set(command, safe);
        }
        return safe;
    }
    addCommand(command) {
        const safe = (0,redact/* redactTokenLiterals */.T)(command);
        if (safe !== '' && !this.commands.includes(safe))
            this.commands.push(safe);
    }
    addOpaque(use) {
        const key = `${use.location.file}:${use.location.line}:${use.location.column}`;
        if (this.opaqueKeys.has(key))
            return;
        this.opaqueKeys.add(key);
        this.opaque.push({ ...use, detail: (0,redact/* redactTokenLiterals */.T)(use.detail) });
    }
    toNeeds() {
        const apps = [
            ...new Set(this.evidence.map(e => e.app).filter((a) => a !== null))
        ].sort();
        const needs = {
            apps,
            capabilities: (0,workflow_capabilities/* sortCapabilities */.JP)(this.evidence.map(e => e.capability)),
            unknownApps: this.unknownApps,
            commands: [...this.commands],
            evidence: [...this.evidence].sort((a, b) => (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
                (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
                (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
                workflow_capabilities/* CAPABILITY_ORDER */.qW.indexOf(a.capability) - workflow_capabilities/* CAPABILITY_ORDER */.qW.indexOf(b.capability)),
            source: this.evidence.length > 0 ? 'inferred' : 'none'
        };
        if (this.opaque.length > 0)
            needs.opaque = [...this.opaque];
        return needs;
    }
}
const FLY_TOKEN_ENV = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN']);
function mentionsFlySecret(text) {
    if (text === null || !text.includes('${{'))
        return false;
    return (0,expressions/* findExpressions */.zV)(text).some(span => (0,expressions/* findSecretMentions */.pW)(span.inner).some(m => m.name !== null && /fly/i.test(m.name)));
}
/** The step itself hands a Fly token to what it runs (step env or `with`). */
function passesFlyToken(step) {
    return (step.env.some(kv => FLY_TOKEN_ENV.has(kv.key) || mentionsFlySecret(kv.value)) ||
        step.with.some(kv => mentionsFlySecret(kv.value)));
}
/** A caller's RepoFiles may throw (permissions, I/O); a file we cannot read is a missing file. */
function safeRead(repo, path) {
    try {
        return repo.read(path);
    }
    catch {
        return undefined;
    }
}
function withValue(step, key) {
    return step.with.find(kv => kv.key === key);
}
function template(scope, kv) {
    if (!kv)
        return null;
    if (!kv.isScalar || kv.value === null)
        return (0,expressions/* known */.eO)('');
    return scope.template(kv.value);
}

;// CONCATENATED MODULE: ./lib/workflow/script-run.js
// Interpreting a `run:` script just enough for needs inference: variables and `cd` in order,
// `if` tests with known operands, loops over literal lists, values written to $GITHUB_OUTPUT /
// $GITHUB_ENV, and every flyctl invocation with the state it runs in.







function runScript(ctx, step, scope, effects) {
    const run = step.run;
    if (!run)
        return;
    const workingDir = step.workingDirectory ?? ctx.defaultWorkingDir;
    let cwd = (0,expressions/* known */.eO)('');
    if (workingDir !== null)
        cwd = mapDirs(scope.template(workingDir), d => normalizePath(d));
    const state = { vars: new Map(), cwd };
    const locate = (start, end) => locateInValue(ctx.file, run.map, start, end);
    new ScriptRun(ctx, run.text, scope, state, effects, locate).exec(parsed(run), false);
}
// A script runs once per matrix combination (and per caller): parse it once.
const parsed = script_parse/* parsedScript */.NN;
function mapDirs(r, f) {
    const values = [];
    let unknown = r.unknown;
    for (const v of stringsOf(r)) {
        const mapped = f(v);
        if (mapped === null)
            unknown = true;
        else
            values.push(mapped);
    }
    return { values: [...new Set(values)], unknown };
}
const DECLARATION_COMMANDS = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);
/** Programs that may call Fly in ways a workflow file does not show. */
const HIDDEN_PROGRAM = /^(\.{0,2}\/.*|node|nodejs|deno|bun|python\d*(\.\d+)?|ruby|go|make|mix|elixir|dagger|bash|sh|zsh)$/;
class ScriptRun {
    ctx;
    script;
    scope;
    state;
    effects;
    locate;
    constructor(ctx, script, scope, state, effects, locate) {
        this.ctx = ctx;
        this.script = script;
        this.scope = scope;
        this.state = state;
        this.effects = effects;
        this.locate = locate;
    }
    exec(statements, conditional) {
        for (const s of statements) {
            switch (s.kind) {
                case 'command':
                    this.command(s, conditional);
                    break;
                case 'if': {
                    let decided = false;
                    let open = false;
                    for (const clause of s.clauses) {
                        this.exec(clause.condition, conditional || open);
                        const truth = this.staticTest(clause.condition);
                        if (truth === false)
                            continue;
                        if (truth === true) {
                            this.exec(clause.body, conditional || open);
                            decided = true;
                            break;
                        }
                        open = true;
                        this.exec(clause.body, true);
                    }
                    if (!decided && s.elseBody)
                        this.exec(s.elseBody, conditional || open);
                    break;
                }
                case 'loop': {
                    if (s.variable) {
                        const items = s.items.map(w => this.word(w));
                        this.setVar(s.variable, items.length > 0 ? (0,expressions/* union */.KC)(...items) : expressions/* UNKNOWN */.HV, false);
                    }
                    this.exec(s.condition, true);
                    this.exec(s.body, true);
                    break;
                }
                case 'case':
                    for (const arm of s.arms)
                        this.exec(arm.body, true);
                    break;
                case 'group':
                    this.exec(s.body, conditional);
                    break;
            }
        }
    }
    /** `$( )` in a command's assignments, words and redirect targets, in that order. */
    runSubstitutions(cmd, conditional) {
        for (const a of cmd.assignments)
            this.runSubstitutionsIn(a.value, conditional);
        for (const w of cmd.words)
            this.runSubstitutionsIn(w, conditional);
        for (const r of cmd.redirects)
            this.runSubstitutionsIn(r.target, conditional);
    }
    runSubstitutionsIn(w, conditional) {
        if (!w)
            return;
        for (const p of w.parts)
            if (p.kind === 'substitution')
                this.exec(p.body, conditional);
    }
    command(cmd, conditional) {
        this.runSubstitutions(cmd, conditional);
        if (cmd.words.length === 0) {
            for (const a of cmd.assignments)
                this.setVar(a.name, a.value ? this.word(a.value) : expressions/* UNKNOWN */.HV, conditional);
            return;
        }
        const fly = flyInvocationOf(cmd, this.script);
        if (fly) {
            this.effects.sawFly = true;
            const local = new Map();
            for (const a of fly.assignments)
                local.set(a.name, a.value ? this.word(a.value) : (0,expressions/* known */.eO)(''));
            recordInvocation(this.ctx, fly, this.locate(fly.start, fly.end), this.resolver(local));
            return;
        }
        const inner = shellDashC(cmd);
        if (inner) {
            const padded = ' '.repeat(inner.start) + this.script.slice(inner.start, inner.end);
            this.exec((0,shell/* parseShell */.aV)(padded), conditional);
            return;
        }
        const program = (0,shell/* wordLiteral */.aw)(cmd.words[0]);
        if (program === null)
            return;
        const args = cmd.words.slice(1);
        if (this.effects.hiddenProgram === null && HIDDEN_PROGRAM.test(program)) {
            this.effects.hiddenProgram =
                this.script.slice(cmd.start, cmd.end).split('\n')[0]?.trim() ?? program;
        }
        if (DECLARATION_COMMANDS.has(program)) {
            for (const w of args) {
                const head = w.parts[0]?.kind === 'literal' ? w.parts[0].text : '';
                const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head);
                if (m)
                    this.setVar(m[1] ?? '', this.word(dropPrefix(w, m[0].length)), conditional);
            }
            return;
        }
        switch (program) {
            case 'read':
            case 'readarray':
            case 'mapfile':
                for (const w of args) {
                    const name = (0,shell/* wordLiteral */.aw)(w);
                    if (name !== null && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                        this.setVar(name, expressions/* UNKNOWN */.HV, false);
                }
                return;
            case 'unset':
                for (const w of args) {
                    const name = (0,shell/* wordLiteral */.aw)(w);
                    if (name !== null)
                        this.state.vars.set(name, (0,expressions/* known */.eO)(''));
                }
                return;
            case 'cd':
            case 'pushd': {
                const target = args.find(w => !((0,shell/* wordLiteral */.aw)(w) ?? '').startsWith('-'));
                const next = target ? this.changeDir(this.word(target)) : expressions/* UNKNOWN */.HV;
                this.state.cwd = conditional ? (0,expressions/* union */.KC)(this.state.cwd, next) : next;
                return;
            }
            case 'popd':
                this.state.cwd = expressions/* UNKNOWN */.HV;
                return;
            case 'echo':
            case 'printf':
                this.echo(cmd, program, args, conditional);
                return;
            default:
                return;
        }
    }
    changeDir(target) {
        const values = [];
        let unknown = target.unknown || this.state.cwd.unknown;
        for (const dir of stringsOf(this.state.cwd)) {
            for (const t of stringsOf(target)) {
                const joined = joinPath(dir, t);
                if (joined === null)
                    unknown = true;
                else
                    values.push(joined);
            }
        }
        return { values: [...new Set(values)], unknown };
    }
    setVar(name, value, conditional) {
        if (!conditional) {
            this.state.vars.set(name, value);
            return;
        }
        const previous = this.state.vars.get(name) ?? this.scope.env(name) ?? (0,expressions/* known */.eO)('');
        this.state.vars.set(name, (0,expressions/* union */.KC)(previous, value));
    }
    /** Values a shell word can take. */
    word(word, local) {
        return concat(word.parts.map(p => this.part(p, local)));
    }
    part(part, local) {
        switch (part.kind) {
            case 'literal':
                return (0,expressions/* known */.eO)(part.text);
            case 'expression':
                return stringified(this.scope.expression(part.inner));
            case 'variable':
                return this.variable(part, local);
            default:
                return expressions/* UNKNOWN */.HV;
        }
    }
    /** A shell variable: script assignments, then the step's env chain. Null when undefined. */
    lookupVar(name, local) {
        const found = local?.get(name) ?? this.state.vars.get(name) ?? this.scope.env(name);
        if (found)
            return found;
        if (name === 'GITHUB_WORKSPACE')
            return (0,expressions/* known */.eO)(WORKSPACE);
        if (name === 'PWD')
            return mapDirs(this.state.cwd, d => (d === '' ? WORKSPACE : `${WORKSPACE}/${d}`));
        return null;
    }
    variable(part, local) {
        const value = this.lookupVar(part.name, local);
        if (part.op === undefined)
            return value ?? expressions/* UNKNOWN */.HV;
        if ([':-', '-', ':=', '='].includes(part.op)) {
            const operand = part.operand ?? '';
            const fallback = /[$`]/.test(operand)
                ? expressions/* UNKNOWN */.HV
                : (0,expressions/* known */.eO)(operand.replace(/^(['"])(.*)\1$/, '$2'));
            if (value === null)
                return fallback;
            const emptyCounts = part.op.startsWith(':');
            const kept = value.values.filter(v => !(emptyCounts && (v === '' || v === null)));
            const needsFallback = kept.length < value.values.length;
            return (0,expressions/* union */.KC)({ values: kept, unknown: value.unknown }, needsFallback ? fallback : (0,expressions/* known */.eO)());
        }
        return expressions/* UNKNOWN */.HV;
    }
    resolver(local) {
        return {
            word: w => this.word(w, local),
            variable: name => this.lookupVar(name, local),
            cwd: this.state.cwd
        };
    }
    /** `[ a = b ]`, `[[ a != b ]]`, `test -z a`... with fully known operands; null otherwise. */
    staticTest(condition) {
        if (condition.length !== 1)
            return null;
        const cmd = condition[0];
        if (cmd?.kind !== 'command' || cmd.words.length === 0)
            return null;
        const words = cmd.words;
        const program = (0,shell/* wordLiteral */.aw)(words[0]);
        if (program === 'true' || program === ':')
            return true;
        if (program === 'false')
            return false;
        let inner;
        if (program === '[' && (0,shell/* wordLiteral */.aw)(words[words.length - 1]) === ']')
            inner = words.slice(1, -1);
        else if (program === '[[' && (0,shell/* wordLiteral */.aw)(words[words.length - 1]) === ']]')
            inner = words.slice(1, -1);
        else if (program === 'test')
            inner = words.slice(1);
        else
            return null;
        let negate = false;
        if (inner.length > 0 && (0,shell/* wordLiteral */.aw)(inner[0]) === '!') {
            negate = true;
            inner = inner.slice(1);
        }
        const single = (w) => {
            if (!w)
                return null;
            const r = this.word(w);
            const values = stringsOf(r);
            return !r.unknown && values.length === 1 ? (values[0] ?? null) : null;
        };
        let result = null;
        if (inner.length === 3) {
            const op = (0,shell/* wordLiteral */.aw)(inner[1]);
            const left = single(inner[0]);
            const right = single(inner[2]);
            if (left === null || right === null || /[*?[]/.test(right))
                return null;
            if (op === '=' || op === '==')
                result = left === right;
            else if (op === '!=')
                result = left !== right;
        }
        else if (inner.length === 2) {
            const op = (0,shell/* wordLiteral */.aw)(inner[0]);
            const operand = single(inner[1]);
            if (operand === null)
                return null;
            if (op === '-z')
                result = operand === '';
            else if (op === '-n')
                result = operand !== '';
        }
        if (result === null)
            return null;
        return negate ? !result : result;
    }
    echo(cmd, program, args, conditional) {
        let words = args;
        if (program === 'echo') {
            while (words.length > 0 && /^-[neE]+$/.test((0,shell/* wordLiteral */.aw)(words[0]) ?? ''))
                words = words.slice(1);
        }
        else if (words.length !== 1) {
            return;
        }
        const target = cmd.redirects.find(r => (r.op === '>>' || r.op === '>') && r.target);
        const file = target?.target ? wordText(target.target) : null;
        const sink = file === '$GITHUB_OUTPUT'
            ? this.effects.outputs
            : file === '$GITHUB_ENV'
                ? this.effects.env
                : null;
        const parts = [];
        words.forEach((w, i) => {
            if (i > 0)
                parts.push((0,expressions/* known */.eO)(' '));
            parts.push(this.word(w));
        });
        const content = concat(parts);
        if (sink) {
            writeKeyValues(sink, content, words[0], conditional);
            return;
        }
        if (file === null) {
            // Legacy `echo "::set-output name=K::V"`.
            for (const v of stringsOf(content)) {
                const m = /^::set-output name=([A-Za-z0-9_-]+)::(.*)$/s.exec(v);
                if (m)
                    putValue(this.effects.outputs, m[1] ?? '', (0,expressions/* known */.eO)(m[2] ?? ''), conditional);
            }
            if (content.unknown && words[0]) {
                const head = words[0].parts[0]?.kind === 'literal' ? words[0].parts[0].text : '';
                const m = /^::set-output name=([A-Za-z0-9_-]+)::/.exec(head);
                if (m)
                    putValue(this.effects.outputs, m[1] ?? '', expressions/* UNKNOWN */.HV, conditional);
            }
        }
    }
}
function dropPrefix(word, length) {
    const [first, ...rest] = word.parts;
    if (first?.kind !== 'literal')
        return word;
    const parts = [];
    if (first.text.length > length)
        parts.push({ ...first, text: first.text.slice(length), start: first.start + length });
    parts.push(...rest);
    return { parts, raw: word.raw.slice(length), start: word.start + length, end: word.end };
}
function stringified(r) {
    return { values: stringsOf(r), unknown: r.unknown };
}
function putValue(sink, key, value, conditional) {
    const previous = sink.get(key);
    sink.set(key, conditional && previous ? (0,expressions/* union */.KC)(previous, value) : value);
}
/** `echo "key=value" >> $GITHUB_OUTPUT` (and `$GITHUB_ENV`): record what can be told. */
function writeKeyValues(sink, content, first, conditional) {
    const written = new Map();
    for (const v of stringsOf(content)) {
        for (const line of v.split('\n')) {
            const pair = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(line);
            if (pair) {
                const key = pair[1] ?? '';
                written.set(key, (0,expressions/* union */.KC)(written.get(key) ?? (0,expressions/* known */.eO)(), (0,expressions/* known */.eO)(pair[2] ?? '')));
                continue;
            }
            const heredoc = /^([A-Za-z_][A-Za-z0-9_-]*)<</.exec(line);
            if (heredoc)
                written.set(heredoc[1] ?? '', expressions/* UNKNOWN */.HV);
        }
    }
    if (content.unknown && first) {
        const head = first.parts[0]?.kind === 'literal' ? first.parts[0].text : '';
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)(=|<<)/.exec(head);
        if (m)
            written.set(m[1] ?? '', (0,expressions/* union */.KC)(written.get(m[1] ?? '') ?? (0,expressions/* known */.eO)(), expressions/* UNKNOWN */.HV));
    }
    for (const [key, value] of written) {
        const previous = sink.get(key);
        sink.set(key, conditional ? (0,expressions/* union */.KC)(previous ?? (0,expressions/* known */.eO)(), value) : value);
    }
}

;// CONCATENATED MODULE: ./lib/workflow/known-actions.js
// Actions whose Fly use we know: superfly/flyctl-actions (`args`), superfly/fly-pr-review-apps
// (review apps: create, deploy, destroy at org level), userbradley/actions-fly (deploy with a
// config file), and SebRollen/toml-action (reads fly.toml fields other steps use as app names).









/** The owners of the actions below (lower case). */
const KNOWN_OWNERS = new Set(['superfly', 'userbradley', 'sebrollen']);
function runKnownAction(ctx, step, scope, effects) {
    const uses = step.uses;
    if (!uses)
        return;
    if (uses.kind !== 'action') {
        if (passesFlyToken(step))
            ctx.collector.addOpaque({ reason: 'action', detail: uses.raw, location: uses.location });
        return;
    }
    // Most steps use an action of none of the owners below: they go straight to the last check.
    if (!KNOWN_OWNERS.has((uses.owner ?? '').toLowerCase())) {
        if (passesFlyToken(step))
            ctx.collector.addOpaque({ reason: 'action', detail: uses.raw, location: uses.location });
        return;
    }
    const name = `${uses.owner ?? ''}/${uses.repo ?? ''}`.toLowerCase();
    const sub = (uses.path ?? '').toLowerCase();
    if (name === 'superfly/flyctl-actions' && sub === '') {
        const resolver = {
            word: w => wordValue(scope, w),
            variable: v => scope.env(v),
            cwd: (0,expressions/* known */.eO)('')
        };
        const args = withValue(step, 'args');
        if (!args || !args.isScalar || args.value === null)
            return;
        const first = actionArgsWords(args.value);
        if (first.length === 0)
            return;
        const parsed = parseFlyArguments(first);
        const start = first[0]?.start ?? 0;
        const end = first[first.length - 1]?.end ?? start;
        const inv = {
            program: 'flyctl',
            ...parsed,
            assignments: [],
            start,
            end,
            text: `flyctl ${args.value.slice(start, end)}`.trim()
        };
        effects.sawFly = true;
        recordInvocation(ctx, inv, locateInValue(ctx.file, args.valueMap, start, end), resolver);
        return;
    }
    if (name === 'superfly/fly-pr-review-apps') {
        effects.sawFly = true;
        const appName = template(scope, withValue(step, 'name'));
        const apps = appName && stringsOf(appName).some(a => a !== '') ? appName : expressions/* UNKNOWN */.HV;
        const capabilities = ['create-app', 'deploy', 'destroy-app', 'org'];
        const secrets = withValue(step, 'secrets');
        if (secrets?.value)
            capabilities.push('secrets');
        const postgres = withValue(step, 'postgres');
        if (postgres?.value)
            capabilities.push('secrets', 'ssh');
        for (const capability of (0,workflow_capabilities/* sortCapabilities */.JP)(capabilities)) {
            addEvidence(ctx.collector, capability, apps, uses.raw, uses.location);
        }
        effects.outputs.set('name', apps);
        return;
    }
    if (name === 'userbradley/actions-fly') {
        // A composite action that runs `flyctl deploy --config <configFile>` from the workspace.
        effects.sawFly = true;
        const config = template(scope, withValue(step, 'configFile')) ?? (0,expressions/* known */.eO)('fly.toml');
        const results = config.unknown ? [expressions/* UNKNOWN */.HV] : [];
        for (const cfg of stringsOf(config)) {
            const found = findAppConfig(ctx.repo, '', cfg === '' ? 'fly.toml' : cfg);
            results.push(found.status === 'found' ? (0,expressions/* known */.eO)(found.app) : expressions/* UNKNOWN */.HV);
        }
        addEvidence(ctx.collector, 'deploy', (0,expressions/* union */.KC)(...results), uses.raw, uses.location);
        return;
    }
    if (name === 'sebrollen/toml-action') {
        effects.outputs.set('value', tomlField(ctx.repo, template(scope, withValue(step, 'file')), template(scope, withValue(step, 'field'))));
        return;
    }
    if (passesFlyToken(step))
        ctx.collector.addOpaque({ reason: 'action', detail: uses.raw, location: uses.location });
}
function wordValue(scope, word) {
    return concat(word.parts.map(p => {
        if (p.kind === 'literal')
            return (0,expressions/* known */.eO)(p.text);
        if (p.kind === 'expression')
            return stringified(scope.expression(p.inner));
        if (p.kind === 'variable' && p.op === undefined)
            return scope.env(p.name) ?? expressions/* UNKNOWN */.HV;
        return expressions/* UNKNOWN */.HV;
    }));
}
/** `SebRollen/toml-action`: the value of `field` in the TOML `file`. */
function tomlField(repo, file, field) {
    if (!file || !field || file.unknown || field.unknown)
        return expressions/* UNKNOWN */.HV;
    const [path] = stringsOf(file);
    const [key] = stringsOf(field);
    if (path === undefined ||
        key === undefined ||
        stringsOf(file).length !== 1 ||
        stringsOf(field).length !== 1) {
        return expressions/* UNKNOWN */.HV;
    }
    const normalized = normalizePath(path);
    const text = normalized === null ? undefined : safeRead(repo, normalized);
    if (text === undefined)
        return expressions/* UNKNOWN */.HV;
    try {
        let value = (0,smol_toml_dist/* parse */.qg)(text);
        for (const segment of key.split('.')) {
            if (typeof value !== 'object' || value === null)
                return expressions/* UNKNOWN */.HV;
            value = value[segment];
        }
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            return (0,expressions/* known */.eO)(String(value));
        return expressions/* UNKNOWN */.HV;
    }
    catch {
        return expressions/* UNKNOWN */.HV;
    }
}

;// CONCATENATED MODULE: ./lib/workflow/needs.js
// Needs inference: which apps a job touches and what its Fly token must be able to do, read from
// the job's steps (flyctl in `run:` scripts, known actions), the repository's fly.toml files,
// local composite actions and local reusable workflows. Static and conservative: when an app
// name cannot be told, `unknownApps` says so instead of guessing.






/** GitHub allows four levels of reusable workflows; composite actions are bounded the same way. */
const MAX_CALL_DEPTH = 4;
/** Whether `combo` gives the same answer as `run.combo` to every matrix path the run read. */
function answersAlike(run, combo) {
    for (const path of run.matrixReads.values()) {
        if (!sameResolved(matrixLookup(run.combo, path), matrixLookup(combo, path)))
            return false;
    }
    return true;
}
function sameResolved(a, b) {
    return (a.unknown === b.unknown &&
        a.values.length === b.values.length &&
        a.values.every((v, i) => Object.is(v, b.values[i])));
}
/** `matrix.*` in one combination, noted so later combinations can tell whether they differ. */
function readMatrix(combo, reads, path) {
    if (reads) {
        const key = JSON.stringify(path);
        if (!reads.has(key))
            reads.set(key, path);
    }
    return matrixLookup(combo, path);
}
function inferJobNeeds(workflow, jobId, repo) {
    const collector = new Collector();
    const job = workflow.jobs.find(j => j.id === jobId);
    if (!job)
        return collector.toNeeds();
    try {
        analyzeJob(workflow, job, repo, { inputs: null, depth: 0, stack: [workflow.path] }, collector);
    }
    catch {
        // Inference is best effort: keep what was found, and say the picture may be incomplete.
        collector.unknownApps = true;
    }
    return collector.toNeeds();
}
/** Needs of every job of a workflow, by job id (for the workflow scanner). */
function inferWorkflowNeeds(workflow, repo) {
    const out = new Map();
    for (const job of workflow.jobs)
        out.set(job.id, inferJobNeeds(workflow, job.id, repo));
    return out;
}
function analyzeJob(workflow, job, repo, call, collector) {
    const inputs = inputsOf(workflow, call);
    const outerLayers = [
        { kind: 'values', values: job.env, dynamic: job.envExpression !== null },
        { kind: 'values', values: workflow.env, dynamic: workflow.envExpression !== null }
    ];
    const before = collector.evidence.length;
    const hiddenPrograms = new Map();
    const runs = [];
    for (const combo of matrixCombinations(job.matrix)) {
        // A combination that answers every matrix question of an earlier run as that run's did would
        // run the same way: its evidence, commands and opaque uses are already collected (the
        // collector keeps each once), and only its hidden programs (last one wins) need setting again.
        const same = runs.find(run => answersAlike(run, combo));
        if (same) {
            for (const [step, program] of same.hiddenPrograms)
                hiddenPrograms.set(step, program);
            continue;
        }
        const run = { combo, matrixReads: new Map(), hiddenPrograms: new Map() };
        runs.push(run);
        if (job.uses) {
            analyzeCall(workflow, job, repo, call, collector, inputs, run, outerLayers);
            continue;
        }
        runSteps({
            file: workflow.path,
            repo,
            collector,
            call,
            inputs,
            combo,
            matrixReads: run.matrixReads,
            outerLayers,
            githubEnv: new Map(),
            defaultWorkingDir: job.defaults.workingDirectory ?? workflow.defaults.workingDirectory,
            hiddenPrograms: run.hiddenPrograms
        }, job.steps);
        for (const [step, program] of run.hiddenPrograms)
            hiddenPrograms.set(step, program);
    }
    // A job with no visible Fly use whose env (job or workflow level) holds the token, and which
    // runs scripts: the Fly use is in those scripts.
    const tokenInJob = [...job.env, ...workflow.env].some(kv => FLY_TOKEN_ENV.has(kv.key) || mentionsFlySecret(kv.value));
    if (collector.evidence.length === before && tokenInJob) {
        for (const [step, program] of hiddenPrograms) {
            if (step.run)
                collector.addOpaque({ reason: 'script', detail: program, location: step.run.location });
        }
    }
}
/**
 * `inputs.X`: given by the caller; else, for a workflow run on its own, the `choice` options or
 * booleans of `workflow_dispatch`, and unknown for anything a caller or a person types.
 */
function inputsOf(workflow, call) {
    return name => {
        if (call.inputs) {
            const given = call.inputs.get(name);
            if (given)
                return given;
            for (const trigger of workflow.triggers) {
                if (trigger.event !== 'workflow_call')
                    continue;
                const declared = trigger.inputs.find(i => i.name === name);
                if (declared)
                    return (0,expressions/* known */.eO)(declared.default ?? (declared.type === 'boolean' ? false : ''));
            }
            return expressions/* UNKNOWN */.HV;
        }
        const options = [];
        for (const trigger of workflow.triggers) {
            const declared = trigger.inputs.find(i => i.name === name);
            if (!declared)
                continue;
            if (trigger.event === 'workflow_dispatch' &&
                declared.type === 'choice' &&
                declared.options.length > 0) {
                options.push((0,expressions/* known */.eO)(...declared.options));
            }
            else if (declared.type === 'boolean') {
                options.push((0,expressions/* known */.eO)(true, false));
            }
            else {
                options.push(expressions/* UNKNOWN */.HV);
            }
        }
        return options.length > 0 ? (0,expressions/* union */.KC)(...options) : expressions/* UNKNOWN */.HV;
    };
}
function stepContexts(ctx, outputs) {
    return {
        matrix: path => readMatrix(ctx.combo, ctx.matrixReads, path),
        inputs: ctx.inputs,
        steps: path => {
            const [id, kind, key] = path;
            if (path.length === 3 && kind === 'outputs' && id !== undefined && key !== undefined) {
                return outputs.get(id)?.get(key) ?? expressions/* UNKNOWN */.HV;
            }
            return expressions/* UNKNOWN */.HV;
        }
    };
}
function runSteps(ctx, steps) {
    const outputs = new Map();
    const contexts = stepContexts(ctx, outputs);
    for (const step of steps) {
        const layers = [
            { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
            { kind: 'resolved', values: ctx.githubEnv },
            ...ctx.outerLayers
        ];
        const scope = new Scope(layers, contexts);
        const effects = {
            outputs: new Map(),
            env: new Map(),
            sawFly: false,
            hiddenProgram: null
        };
        if (step.run) {
            runScript(ctx, step, scope, effects);
            if ((!effects.sawFly || effects.hiddenProgram !== null) && passesFlyToken(step)) {
                ctx.collector.addOpaque({
                    reason: 'script',
                    detail: effects.hiddenProgram ??
                        (step.run.lines.find(l => l.text.trim() !== '')?.text ?? '').trim(),
                    location: step.run.location
                });
            }
        }
        else if (step.uses) {
            if (step.uses.kind === 'local')
                runComposite(ctx, step, scope);
            else
                runKnownAction(ctx, step, scope, effects);
        }
        if (step.run && effects.hiddenProgram !== null)
            ctx.hiddenPrograms?.set(step, effects.hiddenProgram);
        if (step.id)
            outputs.set(step.id, effects.outputs);
        if (effects.env.size === 0)
            continue;
        const outer = scope.withLayers(ctx.outerLayers);
        for (const [name, value] of effects.env) {
            const previous = ctx.githubEnv.get(name) ?? outer.env(name) ?? (0,expressions/* known */.eO)('');
            ctx.githubEnv.set(name, step.if !== null ? (0,expressions/* union */.KC)(previous, value) : value);
        }
    }
}
/** Local composite actions: their steps run as part of the job. */
function runComposite(ctx, step, scope) {
    const uses = step.uses;
    const dir = uses?.path;
    if (!uses || dir === null || dir === undefined)
        return;
    // A local action that cannot be read sees the job's Fly token if any env layer holds one.
    const tokenInScope = [...FLY_TOKEN_ENV].some(name => scope.env(name) !== null);
    const opaque = () => {
        if (passesFlyToken(step) || tokenInScope) {
            ctx.collector.addOpaque({ reason: 'action', detail: uses.raw, location: uses.location });
        }
    };
    if (ctx.call.depth >= MAX_CALL_DEPTH)
        return opaque();
    let path = `${dir}/action.yml`;
    let text = safeRead(ctx.repo, path);
    if (text === undefined) {
        path = `${dir}/action.yaml`;
        text = safeRead(ctx.repo, path);
    }
    if (text === undefined || ctx.call.stack.includes(path))
        return opaque();
    const action = parseActionFile(path, text);
    if (action.using !== 'composite')
        return opaque();
    const inputs = new Map();
    for (const input of action.inputs) {
        const given = template(scope, withValue(step, input.name));
        inputs.set(input.name, given ?? (0,expressions/* known */.eO)(input.default ?? ''));
    }
    runSteps({
        ...ctx,
        file: path,
        call: { inputs, depth: ctx.call.depth + 1, stack: [...ctx.call.stack, path] },
        inputs: name => inputs.get(name) ?? expressions/* UNKNOWN */.HV,
        outerLayers: [
            { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
            ...ctx.outerLayers
        ],
        defaultWorkingDir: null
    }, action.steps);
}
// ---------------------------------------------------------------------------------------------
// Reusable workflows
function analyzeCall(workflow, job, repo, call, collector, inputs, run, outerLayers) {
    const uses = job.uses;
    if (!uses)
        return;
    const passesSecrets = job.secrets?.inherit === true ||
        (job.secrets?.values.some(kv => mentionsFlySecret(kv.value)) ?? false);
    const opaque = () => {
        if (passesSecrets)
            collector.addOpaque({
                reason: 'reusable-workflow',
                detail: uses.raw,
                location: uses.location
            });
    };
    if (uses.owner !== null || uses.path === null)
        return opaque();
    const path = normalizePath(uses.path);
    if (path === null || call.depth >= MAX_CALL_DEPTH || call.stack.includes(path))
        return opaque();
    const text = safeRead(repo, path);
    if (text === undefined)
        return opaque();
    const callee = parseWorkflowFile(path, text);
    const scope = new Scope(outerLayers.slice(1), {
        matrix: p => readMatrix(run.combo, run.matrixReads, p),
        inputs,
        steps: () => expressions/* UNKNOWN */.HV
    });
    const given = new Map();
    for (const kv of job.with) {
        given.set(kv.key, kv.isScalar && kv.value !== null ? scope.template(kv.value) : expressions/* UNKNOWN */.HV);
    }
    const next = { inputs: given, depth: call.depth + 1, stack: [...call.stack, path] };
    for (const calleeJob of callee.jobs)
        analyzeJob(callee, calleeJob, repo, next, collector);
}

// EXTERNAL MODULE: ./lib/workflow/inputs.js
var inputs = __webpack_require__(544);
;// CONCATENATED MODULE: ./lib/workflow/index.js











/***/ }),

/***/ 7714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ lineIndexAt),
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
// Offsets to 1-based line/column positions: for the two YAML readers (yaml-tree.ts and
// yaml-fast-tree.ts), which must give every node the very same position, and for token literals
// found in any repository file (rules/scan/hardcoded-token.ts).
/** Offsets at which each line starts (line 1 at 0). */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
/** The 0-based index of the line holding `offset` (binary search over `starts`). */
function lineIndexAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** 1-based line and column of `offset`. */
function positionAt(starts, offset) {
    const line = lineIndexAt(starts, offset);
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}


/***/ }),

/***/ 7060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ parsedScript),
/* harmony export */   ZD: () => (/* binding */ forgetScriptParses),
/* harmony export */   q8: () => (/* binding */ scriptCommands)
/* harmony export */ });
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9679);

/**
 * The slot holding a script's parse: a non-enumerable symbol property, so it is no part of the
 * model's data (JSON, test equality). A slot costs nothing to find, where a WeakMap from scripts
 * cost a lookup, an insertion and a deletion per script and digest.
 */
const PARSE = Symbol('shell parse');
/** Scripts that cannot take the slot (a frozen object from a caller). */
const fallback = new WeakMap();
function scriptParse(run) {
    const holder = run;
    const kept = holder[PARSE] ?? fallback.get(run);
    if (kept)
        return kept;
    const parse = { statements: (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(run.text) };
    if (Object.hasOwn(holder, PARSE))
        holder[PARSE] = parse;
    else if (Object.isExtensible(holder)) {
        Object.defineProperty(holder, PARSE, {
            value: parse,
            writable: true,
            configurable: true,
            enumerable: false
        });
    }
    else
        fallback.set(run, parse);
    return parse;
}
/** The statements of a script, parsed once. Callers must not change them. */
function parsedScript(run) {
    return scriptParse(run).statements;
}
/** `allCommands(parsedScript(run))`, worked out once. Callers must not change it. */
function scriptCommands(run) {
    const parse = scriptParse(run);
    parse.commands ??= (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .allCommands */ .ib)(parse.statements);
    return parse.commands;
}
/** Releases the parses of these steps' scripts (they are parsed again if asked for). */
function forgetScriptParses(steps) {
    for (const step of steps) {
        const run = step.run;
        if (!run)
            continue;
        if (run[PARSE] !== undefined)
            run[PARSE] = undefined;
        else
            fallback.delete(run);
    }
}


/***/ }),

/***/ 9679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tb: () => (/* binding */ COMMAND_MEMO),
/* harmony export */   aV: () => (/* binding */ parseShell),
/* harmony export */   aw: () => (/* binding */ wordLiteral),
/* harmony export */   ib: () => (/* binding */ allCommands)
/* harmony export */ });
// A forgiving parser for the bash that lives in `run:` blocks. It is not a shell: it finds simple
// commands (words, prefix assignments, redirections) and the control structures around them
// (if/elif/else, loops, case, groups), with offsets into the script, so callers can find flyctl
// invocations, follow simple variable assignments and point at exact columns.
//
// GitHub substitutes `${{ }}` before the shell runs, so expressions are opaque word parts
// everywhere, even inside single quotes. Nothing here throws on odd input: unknown syntax becomes
// literal text.
/**
 * Where readers of a command keep what they work out from it (its flyctl invocation is asked for
 * once per matrix combination and again by the scan rules). A slot on the command costs nothing
 * to find; the WeakMap from commands it replaces (an insertion per command, a lookup per question,
 * and the garbage collector's work on its entries) cost several percent of a scan's CPU.
 * Symbol-keyed: it is no part of the command's data (JSON, test equality).
 */
const COMMAND_MEMO = Symbol('command memo');
/** Nested `$( )` deeper than this is kept as opaque text. */
const MAX_NESTING = 16;
function parseShell(script) {
    return parseAt(script, 0, script.length, 0);
}
function parseAt(text, from, to, depth) {
    if (depth > MAX_NESTING)
        return [];
    const tokens = new Lexer(text, from, to, depth).lex();
    return new Parser(tokens).parseProgram();
}
const OPERATORS = [
    ';;&',
    '&>>',
    '<<<',
    '<<-',
    '&&',
    '||',
    ';;',
    ';&',
    '|&',
    '<<',
    '>>',
    '<&',
    '>&',
    '<>',
    '>|',
    '&>',
    '&',
    '|',
    ';',
    '(',
    ')',
    '<',
    '>'
];
/** The first characters of OPERATORS. */
const OPERATOR_STARTS = ';&|()<>';
const REDIRECT_OPS = new Set([
    '<<<',
    '<<-',
    '<<',
    '>>',
    '<&',
    '>&',
    '<>',
    '>|',
    '&>',
    '&>>',
    '<',
    '>'
]);
/**
 * Characters `readWord` copies as they are: not a word end, quote, escape, `$`, backtick or
 * the `<`/`>` of a process substitution.
 */
function isPlainWordChar(code) {
    switch (code) {
        case 0x20: // space
        case 0x09: // \t
        case 0x0a: // \n
        case 0x0d: // \r
        case 0x3b: // ;
        case 0x26: // &
        case 0x7c: // |
        case 0x28: // (
        case 0x29: // )
        case 0x3c: // <
        case 0x3e: // >
        case 0x5c: // \
        case 0x27: // '
        case 0x22: // "
        case 0x24: // $
        case 0x60: // `
            return false;
        default:
            return true;
    }
}
/** The `$'...'` escapes the lexer decodes; any other escaped character stands for itself. */
const ANSI_ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    "'": "'",
    '\\': '\\'
};
class Lexer {
    text;
    to;
    depth;
    i;
    tokens = [];
    pendingHeredocs = [];
    expectDelimiter = null;
    constructor(text, from, to, depth) {
        this.text = text;
        this.to = to;
        this.depth = depth;
        this.i = from;
    }
    lex() {
        const { text } = this;
        while (this.i < this.to) {
            const c = text.charAt(this.i);
            if (c === ' ' || c === '\t' || c === '\r') {
                this.i++;
                continue;
            }
            if (c === '\\' && this.isLineContinuation(this.i)) {
                this.i += text.charAt(this.i + 1) === '\r' ? 3 : 2;
                continue;
            }
            if (c === '\n') {
                this.tokens.push({ kind: 'newline', start: this.i });
                this.i++;
                if (this.pendingHeredocs.length > 0)
                    this.readHeredocs();
                continue;
            }
            if (c === '#') {
                while (this.i < this.to && text.charAt(this.i) !== '\n')
                    this.i++;
                continue;
            }
            if ((c === '<' || c === '>') && text.charAt(this.i + 1) === '(') {
                this.tokens.push({ kind: 'word', word: this.readWord() });
                continue;
            }
            // Only a digit can start a file descriptor, and only these characters an operator: most
            // words skip the regex and the operator search.
            const fd = c >= '0' && c <= '9'
                ? /^\d+(?=>>|>&|>|<&|<)/.exec(text.slice(this.i, Math.min(this.to, this.i + 4)))
                : null;
            const opStart = fd ? this.i + fd[0].length : this.i;
            const op = OPERATOR_STARTS.includes(text.charAt(opStart))
                ? OPERATORS.find(o => text.startsWith(o, opStart) && opStart + o.length <= this.to)
                : undefined;
            if (op && (fd === null || REDIRECT_OPS.has(op))) {
                this.tokens.push({ kind: 'op', op, start: this.i, end: opStart + op.length });
                this.i = opStart + op.length;
                if (op === '<<' || op === '<<-')
                    this.expectDelimiter = { stripTabs: op === '<<-' };
                continue;
            }
            const word = this.readWord();
            if (this.expectDelimiter) {
                this.pendingHeredocs.push({
                    delimiter: word.parts.map(p => (p.kind === 'literal' ? p.text : '')).join(''),
                    stripTabs: this.expectDelimiter.stripTabs
                });
                this.expectDelimiter = null;
            }
            this.tokens.push({ kind: 'word', word });
        }
        return this.tokens;
    }
    isLineContinuation(at) {
        const next = this.text.charAt(at + 1);
        return next === '\n' || (next === '\r' && this.text.charAt(at + 2) === '\n');
    }
    /** Consumes here-document bodies after a newline; a delimiter line may be indented. */
    readHeredocs() {
        const { text } = this;
        for (const heredoc of this.pendingHeredocs) {
            const start = this.i;
            let bodyEnd = this.to;
            let next = this.to;
            while (this.i < this.to) {
                const lineEnd = text.indexOf('\n', this.i);
                const end = lineEnd < 0 || lineEnd > this.to ? this.to : lineEnd;
                const line = text.slice(this.i, end).replace(/\r$/, '');
                if (line.trim() === heredoc.delimiter) {
                    bodyEnd = this.i;
                    next = Math.min(end + 1, this.to);
                    break;
                }
                this.i = end + 1;
            }
            this.tokens.push({ kind: 'heredoc', body: text.slice(start, bodyEnd), start, end: bodyEnd });
            this.i = Math.min(next, this.to);
        }
        this.pendingHeredocs = [];
    }
    // The word being read (`readWord` and the quoted-string readers it calls): its parts so far
    // and the literal text not yet made a part. Fields, not closures: a script has many words.
    parts = [];
    literal = '';
    literalStart = 0;
    literalQuoted = false;
    flush() {
        if (this.literal !== '') {
            this.parts.push({
                kind: 'literal',
                text: this.literal,
                quoted: this.literalQuoted,
                start: this.literalStart,
                end: this.i
            });
        }
        this.literal = '';
        this.literalQuoted = false;
        this.literalStart = this.i;
    }
    // Quoted and unquoted runs stay separate parts: `FOO="bar"` is an assignment, `"FOO=bar"` not.
    addLiteral(s, quoted) {
        if (this.literal !== '' && this.literalQuoted !== quoted)
            this.flush();
        if (this.literal === '') {
            this.literalStart = this.i;
            this.literalQuoted = quoted;
        }
        this.literal += s;
    }
    /** `${{` at `at` (like `text.startsWith('${{', at)`, without the call). */
    expressionAt(at) {
        const { text } = this;
        return (text.charCodeAt(at) === 0x24 &&
            text.charCodeAt(at + 1) === 0x7b &&
            text.charCodeAt(at + 2) === 0x7b);
    }
    readWord() {
        const { text } = this;
        const start = this.i;
        this.parts = [];
        this.literal = '';
        this.literalStart = this.i;
        this.literalQuoted = false;
        while (this.i < this.to) {
            const c = text.charCodeAt(this.i);
            if (c === 0x24 && this.expressionAt(this.i)) {
                // The expression reader moves `i`: the part must be made before the literal restarts.
                this.flush();
                this.parts.push(this.readExpression());
                this.literalStart = this.i;
                continue;
            }
            if (c === 0x20 || // space
                c === 0x09 || // \t
                c === 0x0a || // \n
                c === 0x0d || // \r
                c === 0x3b || // ;
                c === 0x26 || // &
                c === 0x7c || // |
                c === 0x28 || // (
                c === 0x29 // )
            ) {
                break;
            }
            if (c === 0x3c || c === 0x3e) {
                // < >
                if (text.charCodeAt(this.i + 1) === 0x28) {
                    this.flush();
                    this.parts.push(this.readSubstitution(this.i, this.i + 2));
                    this.literalStart = this.i;
                    continue;
                }
                break;
            }
            if (c === 0x5c) {
                // \
                if (this.isLineContinuation(this.i)) {
                    this.i += text.charAt(this.i + 1) === '\r' ? 3 : 2;
                    continue;
                }
                const next = text.charAt(this.i + 1);
                this.addLiteral(next, true);
                this.i += next === '' ? 1 : 2;
                continue;
            }
            if (c === 0x27) {
                this.readSingleQuoted();
                continue;
            }
            if (c === 0x22) {
                this.readDoubleQuoted();
                continue;
            }
            if (c === 0x24) {
                if (text.charCodeAt(this.i + 1) === 0x27) {
                    this.readAnsiQuoted();
                    continue;
                }
                const part = this.readDollar();
                if (part) {
                    // (Flushed after the read, as it always was: the literal's end is the part's.)
                    this.flush();
                    this.parts.push(part);
                    this.literalStart = this.i;
                    continue;
                }
            }
            if (c === 0x60) {
                // `
                this.flush();
                this.parts.push(this.readBackticks());
                this.literalStart = this.i;
                continue;
            }
            // A run of characters none of the cases above looks at is one literal piece.
            let runEnd = this.i + 1;
            while (runEnd < this.to && isPlainWordChar(text.charCodeAt(runEnd)))
                runEnd++;
            this.addLiteral(text.slice(this.i, runEnd), false);
            this.i = runEnd;
        }
        this.flush();
        return { parts: this.parts, raw: text.slice(start, this.i), start, end: this.i };
    }
    readExpression() {
        const { text } = this;
        const start = this.i;
        const close = findExpressionClose(text, start + 3, this.to);
        const end = close < 0 ? this.to : close + 2;
        this.i = end;
        return {
            kind: 'expression',
            inner: text.slice(start + 3, close < 0 ? this.to : close),
            start,
            end
        };
    }
    readSingleQuoted() {
        const { text } = this;
        this.i++;
        // An empty '' still makes a (quoted, empty) word.
        this.addLiteral('', true);
        while (this.i < this.to) {
            const c = text.charCodeAt(this.i);
            if (c === 0x27)
                break;
            if (c === 0x24 && this.expressionAt(this.i)) {
                this.flush();
                this.parts.push(this.readExpression());
                continue;
            }
            // Everything up to the closing quote or a `$` is copied as it is, as one piece.
            let runEnd = this.i + 1;
            while (runEnd < this.to) {
                const d = text.charCodeAt(runEnd);
                if (d === 0x27 || d === 0x24)
                    break;
                runEnd++;
            }
            this.addLiteral(text.slice(this.i, runEnd), true);
            this.i = runEnd;
        }
        this.i = Math.min(this.i + 1, this.to);
    }
    readAnsiQuoted() {
        const { text } = this;
        this.i += 2;
        this.addLiteral('', true);
        while (this.i < this.to && text.charAt(this.i) !== "'") {
            if (text.charAt(this.i) === '\\' && this.i + 1 < this.to) {
                const next = text.charAt(this.i + 1);
                this.addLiteral(ANSI_ESCAPES[next] ?? next, true);
                this.i += 2;
                continue;
            }
            this.addLiteral(text.charAt(this.i), true);
            this.i++;
        }
        this.i = Math.min(this.i + 1, this.to);
    }
    readDoubleQuoted() {
        const { text } = this;
        this.i++;
        this.addLiteral('', true);
        while (this.i < this.to) {
            const c = text.charCodeAt(this.i);
            if (c === 0x22)
                break;
            if (c === 0x24 && this.expressionAt(this.i)) {
                this.flush();
                this.parts.push(this.readExpression());
                continue;
            }
            if (c === 0x5c) {
                // \
                const next = text.charAt(this.i + 1);
                if (this.isLineContinuation(this.i)) {
                    this.i += next === '\r' ? 3 : 2;
                    continue;
                }
                if ('$`"\\'.includes(next) && next !== '') {
                    this.addLiteral(next, true);
                    this.i += 2;
                    continue;
                }
                this.addLiteral('\\', true);
                this.i++;
                continue;
            }
            if (c === 0x24) {
                const part = this.readDollar();
                if (part) {
                    this.flush();
                    this.parts.push(part);
                    continue;
                }
            }
            if (c === 0x60) {
                this.flush();
                this.parts.push(this.readBackticks());
                continue;
            }
            // Up to the next character the cases above look at: copied as it is, as one piece.
            let runEnd = this.i + 1;
            while (runEnd < this.to) {
                const d = text.charCodeAt(runEnd);
                if (d === 0x22 || d === 0x24 || d === 0x5c || d === 0x60)
                    break;
                runEnd++;
            }
            this.addLiteral(text.slice(this.i, runEnd), true);
            this.i = runEnd;
        }
        this.i = Math.min(this.i + 1, this.to);
    }
    /** `$NAME`, `${...}`, `$(...)`, `$((...))`, `$1`, `$?`...; null for a lone `$`. */
    readDollar() {
        const { text } = this;
        const start = this.i;
        const next = text.charAt(this.i + 1);
        if (next === '(') {
            if (text.charAt(this.i + 2) === '(') {
                const close = findClose(text, this.i + 3, this.to, '(', ')');
                const end = close < 0 ? this.to : Math.min(close + 2, this.to);
                this.i = end;
                return { kind: 'arithmetic', start, end };
            }
            return this.readSubstitution(start, start + 2);
        }
        if (next === '{') {
            const close = findClose(text, this.i + 2, this.to, '{', '}');
            const end = close < 0 ? this.to : close + 1;
            const body = text.slice(this.i + 2, close < 0 ? this.to : close);
            this.i = end;
            const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|\d+|[@*#?$!-])(.*)$/s.exec(body);
            if (!m)
                return { kind: 'variable', name: '', op: '?', operand: body, start, end };
            const name = m[2] ?? '';
            const rest = m[3] ?? '';
            if (m[1] === '#')
                return { kind: 'variable', name, op: 'length', start, end };
            if (rest === '')
                return { kind: 'variable', name, start, end };
            const op = /^(:-|:=|:\?|:\+|-|=|\?|\+|##|#|%%|%|\/\/|\/#|\/%|\/|:|\^\^|\^|,,|,|\[)/.exec(rest);
            const opText = op?.[0] ?? '?';
            return { kind: 'variable', name, op: opText, operand: rest.slice(opText.length), start, end };
        }
        const name = /^([A-Za-z_][A-Za-z0-9_]*|\d|[@*#?$!-])/.exec(text.slice(this.i + 1, this.to));
        if (!name)
            return null;
        this.i += 1 + (name[0]?.length ?? 0);
        return { kind: 'variable', name: name[0] ?? '', start, end: this.i };
    }
    readSubstitution(start, bodyStart) {
        const close = findClose(this.text, bodyStart, this.to, '(', ')');
        const bodyEnd = close < 0 ? this.to : close;
        this.i = close < 0 ? this.to : close + 1;
        return {
            kind: 'substitution',
            body: parseAt(this.text, bodyStart, bodyEnd, this.depth + 1),
            start,
            end: this.i
        };
    }
    readBackticks() {
        const { text } = this;
        const start = this.i;
        let j = this.i + 1;
        while (j < this.to && text.charAt(j) !== '`')
            j += text.charAt(j) === '\\' ? 2 : 1;
        const bodyEnd = Math.min(j, this.to);
        this.i = Math.min(j + 1, this.to);
        return {
            kind: 'substitution',
            body: parseAt(text, start + 1, bodyEnd, this.depth + 1),
            start,
            end: this.i
        };
    }
}
function findExpressionClose(text, from, to) {
    let inString = false;
    for (let i = from; i < to; i++) {
        const ch = text.charAt(i);
        if (inString) {
            if (ch === "'")
                inString = false;
            continue;
        }
        if (ch === "'")
            inString = true;
        else if (ch === '}' && text.charAt(i + 1) === '}' && i + 1 < to)
            return i;
    }
    return -1;
}
/** Offset of the bracket closing one opened just before `from`, honouring quotes and nesting. */
function findClose(text, from, to, open, close) {
    let depth = 1;
    let i = from;
    while (i < to) {
        const c = text.charAt(i);
        if (text.startsWith('${{', i)) {
            const end = findExpressionClose(text, i + 3, to);
            i = end < 0 ? to : end + 2;
            continue;
        }
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === "'" && open === '(') {
            const end = text.indexOf("'", i + 1);
            i = end < 0 || end >= to ? to : end + 1;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            while (j < to && text.charAt(j) !== '"') {
                if (text.charAt(j) === '\\')
                    j += 2;
                else if (text.startsWith('$(', j)) {
                    const inner = findClose(text, j + 2, to, '(', ')');
                    j = inner < 0 ? to : inner + 1;
                }
                else
                    j += 1;
            }
            i = j + 1;
            continue;
        }
        if (c === open)
            depth++;
        else if (c === close) {
            depth--;
            if (depth === 0)
                return i;
        }
        i++;
    }
    return -1;
}
// ---------------------------------------------------------------------------------------------
// Parser
const SEPARATORS = new Set([';', '&', '&&', '||', '|', '|&']);
function literalOf(word) {
    let s = '';
    for (const p of word.parts) {
        if (p.kind !== 'literal')
            return null;
        s += p.text;
    }
    return s;
}
/** A word that is a reserved word: unquoted literal text. */
function keywordOf(token) {
    if (token?.kind !== 'word')
        return null;
    const w = token.word;
    if (w.parts.length !== 1)
        return null;
    const p = w.parts[0];
    return p?.kind === 'literal' && !p.quoted ? p.text : null;
}
class Parser {
    tokens;
    pos = 0;
    pendingHeredocs = [];
    constructor(tokens) {
        this.tokens = tokens;
    }
    parseProgram() {
        const statements = [];
        while (this.pos < this.tokens.length) {
            statements.push(...this.parseList(new Set(), new Set()));
            // Anything the list refused (a stray `fi`, `)`...) is skipped.
            if (this.pos < this.tokens.length)
                this.pos++;
        }
        return statements;
    }
    peek() {
        return this.tokens[this.pos];
    }
    isOp(token, ...ops) {
        return token?.kind === 'op' && ops.includes(token.op);
    }
    skipSeparators() {
        for (;;) {
            const t = this.peek();
            if (t?.kind === 'newline')
                this.pos++;
            else if (t?.kind === 'heredoc') {
                const target = this.pendingHeredocs.shift();
                if (target)
                    target.heredoc = { body: t.body, start: t.start, end: t.end };
                this.pos++;
            }
            else if (t?.kind === 'op' && SEPARATORS.has(t.op))
                this.pos++;
            else
                return;
        }
    }
    /** Statements until a stop keyword or stop operator (not consumed). */
    parseList(stopWords, stopOps) {
        const out = [];
        for (;;) {
            this.skipSeparators();
            const t = this.peek();
            if (!t)
                break;
            const kw = keywordOf(t);
            if (kw !== null && stopWords.has(kw))
                break;
            if (t.kind === 'op' && stopOps.has(t.op))
                break;
            const before = this.pos;
            const statement = this.parseCommand();
            if (statement)
                out.push(statement);
            if (this.pos === before) {
                // Unexpected token: leave it to an enclosing construct if it can stop there.
                if (t.kind === 'op' && (t.op === ')' || t.op.startsWith(';;')))
                    break;
                this.pos++;
            }
        }
        return out;
    }
    parseCommand() {
        const t = this.peek();
        if (!t)
            return null;
        const kw = keywordOf(t);
        switch (kw) {
            case 'if':
                return this.parseIf();
            case 'for':
            case 'select':
                return this.parseFor(kw);
            case 'while':
            case 'until':
                return this.parseWhile(kw);
            case 'case':
                return this.parseCase();
            case '{':
                return this.parseGroup();
            case '!':
            case 'time':
                this.pos++;
                return this.parseCommand();
            case 'function': {
                this.pos++;
                if (this.peek()?.kind === 'word')
                    this.pos++;
                if (this.isOp(this.peek(), '(') && this.isOp(this.tokens[this.pos + 1], ')'))
                    this.pos += 2;
                this.skipSeparators();
                return this.parseCommand();
            }
            default:
                break;
        }
        if (this.isOp(t, '(')) {
            if (this.isOp(this.tokens[this.pos + 1], '('))
                return this.skipArithmeticCommand();
            return this.parseSubshell();
        }
        // `name() { ... }` function definitions: the body is analysed as if it ran.
        if (t.kind === 'word' &&
            this.isOp(this.tokens[this.pos + 1], '(') &&
            this.isOp(this.tokens[this.pos + 2], ')')) {
            this.pos += 3;
            this.skipSeparators();
            return this.parseCommand();
        }
        return this.parseSimple();
    }
    expectKeyword(word) {
        if (keywordOf(this.peek()) === word)
            this.pos++;
    }
    parseIf() {
        const start = this.startOf(this.peek());
        this.pos++;
        const clauses = [];
        let elseBody = null;
        const bodyStops = new Set(['elif', 'else', 'fi']);
        const condition = this.parseList(new Set(['then']), new Set());
        this.expectKeyword('then');
        clauses.push({ condition, body: this.parseList(bodyStops, new Set()) });
        for (;;) {
            const kw = keywordOf(this.peek());
            if (kw === 'elif') {
                this.pos++;
                const cond = this.parseList(new Set(['then']), new Set());
                this.expectKeyword('then');
                clauses.push({ condition: cond, body: this.parseList(bodyStops, new Set()) });
                continue;
            }
            if (kw === 'else') {
                this.pos++;
                elseBody = this.parseList(new Set(['fi']), new Set());
            }
            break;
        }
        this.expectKeyword('fi');
        this.skipTrailingRedirects();
        return { kind: 'if', clauses, elseBody, start, end: this.endOfPrevious() };
    }
    parseFor(keyword) {
        const start = this.startOf(this.peek());
        this.pos++;
        let variable = null;
        const items = [];
        if (this.isOp(this.peek(), '(')) {
            // C-style `for ((...))`: skip the header.
            while (this.peek() && keywordOf(this.peek()) !== 'do')
                this.pos++;
        }
        else {
            const name = this.peek();
            if (name?.kind === 'word') {
                variable = literalOf(name.word);
                this.pos++;
            }
            while (this.peek()?.kind === 'newline')
                this.pos++;
            if (keywordOf(this.peek()) === 'in') {
                this.pos++;
                for (let t = this.peek(); t?.kind === 'word' && keywordOf(t) !== 'do'; t = this.peek()) {
                    items.push(t.word);
                    this.pos++;
                }
            }
        }
        this.skipSeparators();
        this.expectKeyword('do');
        const body = this.parseList(new Set(['done']), new Set());
        this.expectKeyword('done');
        this.skipTrailingRedirects();
        return {
            kind: 'loop',
            keyword,
            variable,
            items,
            condition: [],
            body,
            start,
            end: this.endOfPrevious()
        };
    }
    parseWhile(keyword) {
        const start = this.startOf(this.peek());
        this.pos++;
        const condition = this.parseList(new Set(['do']), new Set());
        this.expectKeyword('do');
        const body = this.parseList(new Set(['done']), new Set());
        this.expectKeyword('done');
        this.skipTrailingRedirects();
        return {
            kind: 'loop',
            keyword,
            variable: null,
            items: [],
            condition,
            body,
            start,
            end: this.endOfPrevious()
        };
    }
    parseCase() {
        const start = this.startOf(this.peek());
        this.pos++;
        let subject = null;
        const first = this.peek();
        if (first?.kind === 'word') {
            subject = first.word;
            this.pos++;
        }
        while (this.peek()?.kind === 'newline')
            this.pos++;
        this.expectKeyword('in');
        const arms = [];
        for (;;) {
            while (this.peek()?.kind === 'newline' || this.isOp(this.peek(), ';;', ';&', ';;&'))
                this.pos++;
            const t = this.peek();
            if (!t || keywordOf(t) === 'esac')
                break;
            if (this.isOp(t, '('))
                this.pos++;
            const patterns = [];
            for (let p = this.peek(); p && !this.isOp(p, ')'); p = this.peek()) {
                if (p.kind === 'word')
                    patterns.push(p.word);
                else if (!this.isOp(p, '|'))
                    break;
                this.pos++;
            }
            if (!this.isOp(this.peek(), ')'))
                break;
            this.pos++;
            const body = this.parseList(new Set(['esac']), new Set([';;', ';&', ';;&']));
            arms.push({ patterns, body });
        }
        this.expectKeyword('esac');
        this.skipTrailingRedirects();
        return { kind: 'case', subject, arms, start, end: this.endOfPrevious() };
    }
    parseGroup() {
        const start = this.startOf(this.peek());
        this.pos++;
        const body = this.parseList(new Set(['}']), new Set());
        this.expectKeyword('}');
        this.skipTrailingRedirects();
        return { kind: 'group', body, subshell: false, start, end: this.endOfPrevious() };
    }
    parseSubshell() {
        const start = this.startOf(this.peek());
        this.pos++;
        const body = this.parseList(new Set(), new Set([')']));
        if (this.isOp(this.peek(), ')'))
            this.pos++;
        this.skipTrailingRedirects();
        return { kind: 'group', body, subshell: true, start, end: this.endOfPrevious() };
    }
    /** `(( i++ ))` as a command: nothing to analyse. */
    skipArithmeticCommand() {
        let depth = 0;
        for (let t = this.peek(); t; t = this.peek()) {
            if (this.isOp(t, '('))
                depth++;
            else if (this.isOp(t, ')')) {
                depth--;
                if (depth <= 0) {
                    this.pos++;
                    break;
                }
            }
            else if (t.kind === 'newline' && depth <= 0)
                break;
            this.pos++;
        }
        return null;
    }
    skipTrailingRedirects() {
        for (let t = this.peek(); t?.kind === 'op' && REDIRECT_OPS.has(t.op); t = this.peek()) {
            this.pos++;
            if (this.peek()?.kind === 'word')
                this.pos++;
        }
    }
    parseSimple() {
        const assignments = [];
        const words = [];
        const redirects = [];
        const first = this.peek();
        const start = this.startOf(first);
        let isTest = false;
        for (let t = this.peek(); t; t = this.peek()) {
            if (t.kind === 'word') {
                if (words.length === 0 && !isTest) {
                    const assignment = this.asAssignment(t.word);
                    if (assignment) {
                        this.pos++;
                        if (assignment.value &&
                            assignment.value.parts.length === 0 &&
                            this.isOp(this.peek(), '(')) {
                            this.skipArray();
                            assignment.value = null;
                            assignment.end = this.endOfPrevious();
                        }
                        assignments.push(assignment);
                        continue;
                    }
                }
                if (words.length === 0 && literalOf(t.word) === '[[')
                    isTest = true;
                words.push(t.word);
                this.pos++;
                if (isTest && literalOf(t.word) === ']]')
                    isTest = false;
                continue;
            }
            if (t.kind === 'op' && REDIRECT_OPS.has(t.op)) {
                this.pos++;
                const target = this.peek();
                const redirect = { op: t.op, target: null, start: t.start, end: t.end };
                if (target?.kind === 'word') {
                    redirect.target = target.word;
                    redirect.end = target.word.end;
                    this.pos++;
                }
                if (t.op === '<<' || t.op === '<<-')
                    this.pendingHeredocs.push(redirect);
                redirects.push(redirect);
                continue;
            }
            if (isTest && t.kind === 'op') {
                // Inside `[[ ... ]]`, `&&`, `||`, `<`, `(`... are part of the test.
                words.push({
                    parts: [{ kind: 'literal', text: t.op, quoted: false, start: t.start, end: t.end }],
                    raw: t.op,
                    start: t.start,
                    end: t.end
                });
                this.pos++;
                continue;
            }
            break;
        }
        if (assignments.length === 0 && words.length === 0 && redirects.length === 0)
            return null;
        return {
            kind: 'command',
            assignments,
            words,
            redirects,
            start,
            end: this.endOfPrevious(),
            // Present from the start, so every command has the same shape.
            [COMMAND_MEMO]: undefined
        };
    }
    skipArray() {
        let depth = 0;
        for (let t = this.peek(); t; t = this.peek()) {
            this.pos++;
            if (this.isOp(t, '('))
                depth++;
            else if (this.isOp(t, ')')) {
                depth--;
                if (depth <= 0)
                    return;
            }
        }
    }
    asAssignment(word) {
        const first = word.parts[0];
        if (first?.kind !== 'literal' || first.quoted)
            return null;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\+?=/.exec(first.text);
        if (!m)
            return null;
        const consumed = m[0].length;
        const rest = [];
        if (first.text.length > consumed) {
            rest.push({ ...first, text: first.text.slice(consumed), start: first.start + consumed });
        }
        rest.push(...word.parts.slice(1));
        const valueStart = first.start + consumed;
        return {
            name: m[1] ?? '',
            value: {
                parts: rest,
                raw: word.raw.slice(valueStart - word.start),
                start: valueStart,
                end: word.end
            },
            start: word.start,
            end: word.end
        };
    }
    startOf(token) {
        if (!token)
            return 0;
        return token.kind === 'word' ? token.word.start : token.start;
    }
    endOfPrevious() {
        const t = this.tokens[this.pos - 1];
        if (!t)
            return 0;
        if (t.kind === 'word')
            return t.word.end;
        if (t.kind === 'newline')
            return t.start;
        return t.end;
    }
}
// ---------------------------------------------------------------------------------------------
// Helpers for callers
/** Text of a word whose parts are all literal (quotes removed); null otherwise. */
function wordLiteral(word) {
    return literalOf(word);
}
/** Every simple command, in source order, including those inside `$( )` and control bodies. */
function allCommands(statements) {
    const out = [];
    const visitWord = (w) => {
        if (!w)
            return;
        for (const p of w.parts)
            if (p.kind === 'substitution')
                walk(p.body);
    };
    const walk = (list) => {
        for (const s of list) {
            switch (s.kind) {
                case 'command':
                    out.push(s);
                    s.assignments.forEach(a => visitWord(a.value));
                    s.words.forEach(visitWord);
                    s.redirects.forEach(r => visitWord(r.target));
                    break;
                case 'if':
                    for (const c of s.clauses) {
                        walk(c.condition);
                        walk(c.body);
                    }
                    if (s.elseBody)
                        walk(s.elseBody);
                    break;
                case 'loop':
                    s.items.forEach(visitWord);
                    walk(s.condition);
                    walk(s.body);
                    break;
                case 'case':
                    visitWord(s.subject);
                    for (const arm of s.arms)
                        walk(arm.body);
                    break;
                case 'group':
                    walk(s.body);
                    break;
            }
        }
    };
    walk(statements);
    return out.sort((a, b) => a.start - b.start);
}


/***/ })

};
;