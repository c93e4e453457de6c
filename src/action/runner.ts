// The runner's command protocol: the part of @actions/core the action's start-up path uses, with the
// same bytes on the wire (a differential test holds it to @actions/core). Importing @actions/core
// costs more than the whole token check: it loads its OIDC HTTP client, and with it a second copy
// of undici, tunnel and @actions/exec, which a guard step never uses.
// Synchronous file calls throughout: node:fs/promises costs ~1 ms to load at start-up, and a
// summary append is one small write either way.
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { randomUuid } from './random-uuid.js';

/** Where an annotation points (the shape of @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface InputOptions {
  required?: boolean;
  trimWhitespace?: boolean;
}

type CommandProperties = Record<string, string | number | undefined>;

function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  let text = `::${command}`;
  const present = Object.entries(properties).filter(([, value]) => Boolean(value));
  if (Object.keys(properties).length > 0) {
    text += ` ${present.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
  }
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function annotationCommandProperties(properties: AnnotationProperties): CommandProperties {
  if (Object.keys(properties).length === 0) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  };
}

function issueFileCommand(command: 'OUTPUT' | 'ENV', message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUuid()}`;
  const converted = commandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (converted.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

/** Exports a variable to this process and to later steps of the job (GITHUB_ENV). */
export function exportVariable(name: string, value: unknown): void {
  const converted = commandValue(value);
  process.env[name] = converted;
  if (process.env.GITHUB_ENV) {
    issueFileCommand('ENV', keyValueMessage(name, value));
    return;
  }
  issueCommand('set-env', { name }, converted);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationCommandProperties(properties), String(message));
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationCommandProperties(properties), String(message));
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotationCommandProperties(properties), String(message));
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY), as `core.summary.addRaw(text).write()`. */
export async function appendSummary(text: string): Promise<void> {
  const filePath = process.env.GITHUB_STEP_SUMMARY;
  if (!filePath) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    );
  }
  try {
    accessSync(filePath, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`
    );
  }
  appendFileSync(filePath, text, { encoding: 'utf8' });
}
