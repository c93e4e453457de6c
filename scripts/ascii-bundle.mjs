// Makes a bundle pure ASCII. Node reads an ASCII file into a one-byte string; a single other
// character anywhere (a ’ in a dependency's comment) makes the whole file a two-byte string,
// slower to decode and to compile on every start. Each such character becomes a \u escape where
// the escape means the same text: in comments, string literals and untagged template literals.
// Anywhere else (a regex, a name, a tagged template's raw text) the build stops and says where.
import { parse } from 'acorn';

const OTHER_THAN_ASCII = /[\u0080-\uffff]/g;
const PARSE_OPTIONS = {
  ecmaVersion: 'latest',
  sourceType: 'script',
  allowHashBang: true,
  allowReturnOutsideFunction: true
};

/** Calls `visit(node, parent)` for every node of an ESTree AST. */
function walk(node, parent, visit) {
  visit(node, parent);
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child.type === 'string') walk(child, node, visit);
    }
  }
}

/** The string values and cooked template texts of `ast`, in source order. */
function textValues(ast) {
  const values = [];
  walk(ast, null, node => {
    if (node.type === 'Literal' && typeof node.value === 'string') values.push(node.value);
    if (node.type === 'TemplateElement') values.push(node.value.cooked);
  });
  return values;
}

/** Where an escape keeps the meaning: comments, string literals, untagged template texts. */
function escapableRanges(code) {
  const ranges = [];
  const ast = parse(code, {
    ...PARSE_OPTIONS,
    onComment: (_block, _text, start, end) => ranges.push([start, end])
  });
  walk(ast, null, (node, parent) => {
    if (node.type === 'Literal' && typeof node.value === 'string') {
      ranges.push([node.start, node.end]);
    }
    if (node.type === 'TemplateLiteral' && parent?.type !== 'TaggedTemplateExpression') {
      for (const quasi of node.quasis) ranges.push([quasi.start, quasi.end]);
    }
  });
  return { ast, ranges: ranges.sort((a, b) => a[0] - b[0]) };
}

function lineAndColumn(code, index) {
  const before = code.slice(0, index).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** `code` with every character outside ASCII written as a \u escape of the same text. */
export function asciiOnly(code, name = 'bundle') {
  if (!/[\u0080-\uffff]/.test(code)) return code;
  const { ast, ranges } = escapableRanges(code);
  let out = '';
  let from = 0;
  let range = 0;
  for (const match of code.matchAll(OTHER_THAN_ASCII)) {
    const at = match.index;
    while (range < ranges.length && ranges[range][1] <= at) range++;
    const inside = range < ranges.length && ranges[range][0] <= at;
    let backslashes = 0;
    while (code[at - 1 - backslashes] === '\\') backslashes++;
    if (!inside || backslashes % 2 === 1) {
      const char = `U+${code.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
      throw new Error(
        `${name}:${lineAndColumn(code, at)}: ${char} where a \\u escape would change the code`
      );
    }
    out += `${code.slice(from, at)}\\u${code.charCodeAt(at).toString(16).padStart(4, '0')}`;
    from = at + 1;
  }
  out += code.slice(from);
  const before = textValues(ast);
  const after = textValues(parse(out, PARSE_OPTIONS));
  if (before.length !== after.length || before.some((value, i) => value !== after[i])) {
    throw new Error(`${name}: escaping changed a string of the bundle`);
  }
  return out;
}
