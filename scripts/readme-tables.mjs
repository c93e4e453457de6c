// The pure half of the README generator: action.yml text -> markdown tables, and README text +
// tables -> new README text. No I/O here, so the test can check it against any input.
import { parse } from 'yaml';

/**
 * @typedef {{ name: string, description: string, required: boolean, default?: string, deprecationMessage?: string }} InputSpec
 * @typedef {{ name: string, description: string }} OutputSpec
 * @typedef {{ inputs: InputSpec[], outputs: OutputSpec[] }} ActionMetadata
 * @typedef {{ inputs: string, outputs: string }} ReadmeTables
 */

/** The README blocks we own, each between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export const BLOCK_NAMES = /** @type {const} */ (['inputs', 'outputs']);

export const GENERATED_NOTE =
  '<!-- Generated from action.yml by `node scripts/readme-inputs.mjs`: edit action.yml, not this table. -->';

/**
 * Parses action.yml into the inputs and outputs, in file order.
 * @param {string} text
 * @returns {ActionMetadata}
 */
export function parseActionMetadata(text) {
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    throw new Error(`action.yml is not valid YAML: ${errorMessage(error)}`, { cause: error });
  }
  if (!isRecord(doc)) throw new Error('action.yml must be a YAML mapping at the top level.');
  return {
    inputs: entries(doc, 'inputs').map(([name, spec]) => ({
      name,
      description: stringField(spec, 'description'),
      required: spec.required === true || String(spec.required).toLowerCase() === 'true',
      ...('default' in spec && spec.default !== null ? { default: String(spec.default) } : {}),
      ...(typeof spec.deprecationMessage === 'string'
        ? { deprecationMessage: spec.deprecationMessage }
        : {})
    })),
    outputs: entries(doc, 'outputs').map(([name, spec]) => ({
      name,
      description: stringField(spec, 'description')
    }))
  };
}

/**
 * @param {readonly InputSpec[]} inputs
 * @returns {string}
 */
export function renderInputsTable(inputs) {
  const rows = inputs.map(input => {
    const description = input.deprecationMessage
      ? `**Deprecated:** ${input.deprecationMessage} ${input.description}`
      : input.description;
    const fallback =
      input.default === undefined || input.default === '' ? '_empty_' : codeSpan(input.default);
    return [codeSpan(input.name), description, fallback, input.required ? 'yes' : 'no'];
  });
  return renderTable(['Input', 'Description', 'Default', 'Required'], rows);
}

/**
 * @param {readonly OutputSpec[]} outputs
 * @returns {string}
 */
export function renderOutputsTable(outputs) {
  return renderTable(
    ['Output', 'Description'],
    outputs.map(output => [codeSpan(output.name), output.description])
  );
}

/**
 * action.yml text -> the two tables.
 * @param {string} actionYmlText
 * @returns {ReadmeTables}
 */
export function renderTables(actionYmlText) {
  const metadata = parseActionMetadata(actionYmlText);
  return {
    inputs: renderInputsTable(metadata.inputs),
    outputs: renderOutputsTable(metadata.outputs)
  };
}

/**
 * Replaces what is between the block's markers (the markers stay); throws when they are missing,
 * repeated or out of order, so a broken README is reported instead of silently rewritten.
 * @param {string} readme
 * @param {string} name
 * @param {string} body
 * @returns {string}
 */
export function replaceBlock(readme, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const startAt = readme.indexOf(start);
  const endAt = readme.indexOf(end);
  if (startAt < 0 || endAt < 0) {
    throw new Error(`README.md has no '${start}' ... '${end}' block: add both markers.`);
  }
  if (readme.indexOf(start, startAt + 1) >= 0 || readme.indexOf(end, endAt + 1) >= 0) {
    throw new Error(`README.md has more than one '${start}' or '${end}' marker.`);
  }
  if (endAt < startAt) throw new Error(`README.md has '${end}' before '${start}'.`);
  return `${readme.slice(0, startAt + start.length)}\n${GENERATED_NOTE}\n\n${body.trimEnd()}\n\n${readme.slice(endAt)}`;
}

/**
 * README text + tables -> README text with both blocks filled in.
 * @param {string} readme
 * @param {ReadmeTables} tables
 * @returns {string}
 */
export function updateReadme(readme, tables) {
  return BLOCK_NAMES.reduce((text, name) => replaceBlock(text, name, tables[name]), readme);
}

/**
 * Makes text safe for one GFM table cell: `|` escaped (GFM applies this inside code spans too),
 * single line breaks folded into spaces, paragraph breaks kept as `<br>`.
 * @param {string} text
 * @returns {string}
 */
export function escapeCell(text) {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map(paragraph => paragraph.replace(/\s*\r?\n\s*/g, ' '))
    .join('<br><br>')
    .replace(/\|/g, '\\|');
}

/**
 * A code span that survives backticks in its content (a longer fence than any run inside).
 * @param {string} text
 * @returns {string}
 */
export function codeSpan(text) {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 || text.startsWith(' ') || text.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 */
function renderTable(header, rows) {
  const line = (/** @type {readonly string[]} */ cells) =>
    `| ${cells.map(cell => escapeCell(cell)).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * @param {Record<string, unknown>} doc
 * @param {string} key
 * @returns {[string, Record<string, unknown>][]}
 */
function entries(doc, key) {
  const section = doc[key];
  if (section === undefined || section === null) return [];
  if (!isRecord(section)) throw new Error(`action.yml: '${key}' must be a mapping of names.`);
  return Object.entries(section).map(([name, spec]) => {
    if (spec === null || spec === undefined) return [name, {}];
    if (!isRecord(spec)) throw new Error(`action.yml: ${key}.${name} must be a mapping.`);
    return [name, spec];
  });
}

/**
 * @param {Record<string, unknown>} spec
 * @param {string} key
 * @returns {string}
 */
function stringField(spec, key) {
  const value = spec[key];
  return value === undefined || value === null ? '' : String(value);
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} error */
function errorMessage(error) {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
