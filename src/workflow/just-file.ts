// justfiles, as far as following `just RECIPE` needs: recipes (parameters, dependencies, body
// lines or a shebang body), `name := "value"` variables, aliases and `{{ }}` interpolation of
// names, string literals and `+`. Anything else interpolated is unknown text.
import { UNKNOWN_TEXT } from './make-file.js';
import { replaceTemplates } from './templates.js';

interface JustLine {
  text: string;
  line: number;
  column: number;
}

interface JustRecipe {
  name: string;
  parameters: Array<{ name: string; default: string | null; variadic: boolean }>;
  dependencies: string[];
  lines: JustLine[];
  /** The interpreter of a shebang recipe (`python3`, `bash`), null for line-by-line recipes. */
  shebang: string | null;
}

export interface Justfile {
  recipes: Map<string, JustRecipe>;
  /** `default`, else the first recipe. */
  defaultRecipe: string | null;
  variables: Map<string, string>;
}

const HEADER = /^@?([A-Za-z_][A-Za-z0-9_-]*)((?:\s+[^:]*)?)\s*:(?!=)\s*(.*)$/;
const VARIABLE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*:=\s*(.*)$/;
const ALIAS = /^alias\s+([A-Za-z_][A-Za-z0-9_-]*)\s*:=\s*([A-Za-z_][A-Za-z0-9_-]*)\s*$/;

/** Reads a justfile's recipes and variables. Never throws. */
export function parseJustfile(text: string): Justfile {
  const recipes = new Map<string, JustRecipe>();
  const variables = new Map<string, string>();
  const aliases = new Map<string, string>();
  let first: string | null = null;
  const lines = text.split('\n').map(l => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || /^\s/.test(line) || line.startsWith('#') || line.startsWith('['))
      continue;
    const alias = ALIAS.exec(line);
    if (alias) {
      aliases.set(alias[1] ?? '', alias[2] ?? '');
      continue;
    }
    const variable = VARIABLE.exec(line);
    if (variable) {
      variables.set(variable[1] ?? '', evaluate(variable[2] ?? '', variables, new Map()));
      continue;
    }
    if (/^(set|import|mod)\s/.test(line)) continue;
    const header = HEADER.exec(line);
    if (!header) continue;
    const recipe: JustRecipe = {
      name: header[1] ?? '',
      parameters: parameters(header[2] ?? ''),
      dependencies: [...(header[3] ?? '').replace(/#.*$/, '').matchAll(/[A-Za-z_][\w-]*/g)].map(
        m => m[0]
      ),
      lines: [],
      shebang: null
    };
    let indent: string | null = null;
    while (i + 1 < lines.length && (/^\s/.test(lines[i + 1] ?? '') || lines[i + 1] === '')) {
      i++;
      const body = lines[i] ?? '';
      if (body.trim() === '') continue;
      indent ??= /^\s*/.exec(body)?.[0] ?? '';
      const content = body.startsWith(indent) ? body.slice(indent.length) : body.trimStart();
      if (recipe.lines.length === 0 && recipe.shebang === null && content.startsWith('#!')) {
        recipe.shebang = interpreterOf(content);
        continue;
      }
      if (recipe.shebang === null && content.startsWith('#')) continue;
      const prefix = recipe.shebang === null ? (/^[@-]*/.exec(content)?.[0].length ?? 0) : 0;
      recipe.lines.push({
        text: content.slice(prefix),
        line: i + 1,
        column: body.length - content.length + prefix + 1
      });
    }
    recipes.set(recipe.name, recipe);
    first ??= recipe.name;
  }
  for (const [alias, target] of aliases) {
    const recipe = recipes.get(target);
    if (recipe && !recipes.has(alias)) recipes.set(alias, recipe);
  }
  return { recipes, defaultRecipe: recipes.has('default') ? 'default' : first, variables };
}

function parameters(text: string): JustRecipe['parameters'] {
  const out: JustRecipe['parameters'] = [];
  for (const m of text.matchAll(/([+*]?)\$?([A-Za-z_][\w-]*)(?:=("[^"]*"|'[^']*'|[^\s"']+))?/g)) {
    const raw = m[3];
    out.push({
      name: m[2] ?? '',
      default: raw === undefined ? null : raw.replace(/^(["'])(.*)\1$/, '$2'),
      variadic: m[1] !== ''
    });
  }
  return out;
}

/** `#!/usr/bin/env python3` -> `python3`; `#!/bin/bash -eu` -> `bash`. */
export function interpreterOf(shebang: string): string {
  const words = shebang.slice(2).trim().split(/\s+/);
  const program = words[0]?.endsWith('/env')
    ? words.find((w, i) => i > 0 && !w.startsWith('-'))
    : words[0];
  return (program ?? '').split('/').pop() ?? '';
}

/**
 * The value of a just expression of names, string literals and `+`; unknown text otherwise
 * (backticks, function calls, conditionals).
 */
export function evaluate(
  expression: string,
  variables: Map<string, string>,
  parameters: Map<string, string>
): string {
  const parts = expression.trim().split(/\s*\+\s*/);
  let out = '';
  for (const part of parts) {
    const literal = /^(["'])(.*)\1$/.exec(part);
    if (literal) out += literal[2] ?? '';
    else if (/^[A-Za-z_][\w-]*$/.test(part)) {
      const value = parameters.get(part) ?? variables.get(part);
      if (value === undefined) return UNKNOWN_TEXT;
      out += value;
    } else return UNKNOWN_TEXT;
  }
  return out;
}

/** A recipe line with `{{ expr }}` replaced (`{{{{` is a literal `{{`). */
export function interpolate(
  text: string,
  variables: Map<string, string>,
  parameters: Map<string, string>
): string {
  return text
    .split('{{{{')
    .map(piece => replaceTemplates(piece, inner => evaluate(inner, variables, parameters)))
    .join('{{');
}
