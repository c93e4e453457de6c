// Reads and validates the action's inputs: the only place that calls core.getInput. A value that
// carries token material where none belongs is refused by name, never echoed, before any request.
import * as core from '@actions/core';
import { checkFlyUrl } from '../fly/url-policy.js';
import { failOnFrom, SEVERITIES, type Severity } from '../rules/types.js';
import { tokenFragments } from '../token/index.js';
import type { Deadline } from '../io/deadline.js';
import { hasTokenMarker, looksLikeToken, TOKEN_SHAPE } from '../token/token-shape.js';

export type Mode = 'check' | 'health' | 'scan' | 'attenuate' | 'audit';

export class InputError extends Error {}

export interface CommonInputs {
  failOn: Severity | 'never';
  online: boolean;
  expiryWarningDays: number;
  maxLifetimeDays: number;
  flyApiUrl: string;
  flyGraphqlUrl: string;
  githubToken: string;
}

const MODES: readonly Mode[] = ['check', 'health', 'scan', 'attenuate', 'audit'];

/**
 * The inputs that hold secrets or point at them: `token` (Fly), `github-token` (GitHub) and
 * `tokens` (variable names, checked by health mode). No token belongs in any other input, and
 * every other input is checked: the list is what the runner hands over (INPUT_*), not a list kept
 * by hand, so an input added later is covered without anyone remembering to add it.
 */
export const SECRET_INPUTS: readonly string[] = ['token', 'github-token', 'tokens'];

/** The names of the inputs set for this run (INPUT_* variables), secret ones excluded. */
function tokenFreeInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  const secret = new Set(SECRET_INPUTS.map(inputVariable));
  return Object.keys(env)
    .filter(key => key.startsWith('INPUT_') && !secret.has(key))
    .map(key => key.slice('INPUT_'.length).toLowerCase())
    .sort();
}

function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** An input's value, trimmed (core.getInput's default). */
export function readInput(name: string, options?: core.InputOptions): string {
  return core.getInput(name, options);
}

/**
 * Masks every input value (other than the Fly token, masked by main) that carries token material,
 * so no later log line can show it: the GitHub token always, any other input when it looks like
 * one. Returns the masked fragments for the redactor.
 */
export function maskTokenShapedInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  const fragments: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('INPUT_') || key === 'INPUT_TOKEN' || value === undefined) continue;
    if (key === inputVariable('github-token')) {
      if (value.trim() !== '') fragments.push(value.trim());
      continue;
    }
    for (const part of [value, ...value.split(/[\s,]+/)]) {
      const text = part.trim();
      if (text !== '' && looksLikeToken(text, TOKEN_SHAPE.value))
        fragments.push(text, ...tokenFragments(text));
    }
  }
  // Shorter values are no secret, and masking them would garble unrelated log text.
  const unique = [...new Set(fragments)].filter(fragment => fragment.length >= 8);
  for (const fragment of unique) core.setSecret(fragment);
  return unique;
}

/**
 * Refuses a token pasted where none belongs: names the input, never repeats its value. The
 * GitHub token is checked for a Fly token (it would be sent to GitHub); `tokens` holds variable
 * names, checked by health mode, which knows which variables are set.
 */
export function assertNoMisplacedTokens(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of tokenFreeInputs(env)) {
    if (looksLikeToken(env[inputVariable(name)] ?? '', TOKEN_SHAPE.value)) {
      throw new InputError(
        `Input '${name}' looks like it holds a Fly token, which does not belong there; nothing was sent. ` +
          'Pass the token only in `token` (or FLY_API_TOKEN), and remove it from this input.'
      );
    }
  }
  if (hasTokenMarker(readInput('github-token'))) {
    throw new InputError(
      "Input 'github-token' holds a Fly token; nothing was sent. Use `${{ github.token }}` (or a GitHub token) there."
    );
  }
}

export function readMode(): Mode {
  const mode = (readInput('mode') || 'check').trim().toLowerCase();
  if (!MODES.includes(mode as Mode)) {
    throw new InputError(`Input 'mode' must be one of ${MODES.join(', ')}; got '${mode}'.`);
  }
  return mode as Mode;
}

export function readFailOn(): Severity | 'never' {
  const value = (readInput('fail-on') || 'high').trim().toLowerCase();
  const failOn = failOnFrom(value);
  if (failOn === undefined) {
    throw new InputError(
      `Input 'fail-on' must be one of ${SEVERITIES.join(', ')} or never; got '${value}'.`
    );
  }
  return failOn;
}

export function readBoolean(name: string, fallback: boolean): boolean {
  const value = readInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false; got '${value}'.`);
}

export function readNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = readInput(name).trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InputError(`Input '${name}' must be a number from ${min} to ${max}; got '${raw}'.`);
  }
  return value;
}

/** Comma- or newline-separated list, trimmed, without empties. */
export function readList(name: string): string[] {
  return readInput(name)
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(s => s.length > 0);
}

/** A Fly API URL; the value is never echoed (it could carry credentials). */
function readFlyUrl(name: string, fallback: string): string {
  const raw = readInput(name).trim() || fallback;
  const checked = checkFlyUrl(raw);
  if (!checked.ok) throw new InputError(`Input '${name}' ${checked.problem}; nothing was sent.`);
  return raw.replace(/\/+$/, '');
}

/**
 * `timeout-seconds`: the one deadline of the whole run, every network call included. An org
 * audit reads thousands of files, so its default and its ceiling are higher.
 */
export function readTimeoutMs(mode: Mode): number {
  return mode === 'audit'
    ? readNumber('timeout-seconds', 3000, 1, 6 * 3600) * 1000
    : readNumber('timeout-seconds', 30, 1, 600) * 1000;
}

export function readCommonInputs(): CommonInputs {
  return {
    failOn: readFailOn(),
    online: readBoolean('online', true),
    expiryWarningDays: readNumber('expiry-warning-days', 14, 0, 3650),
    maxLifetimeDays: readNumber('max-lifetime-days', 365, 1, 100000),
    flyApiUrl: readFlyUrl('fly-api-url', 'https://api.machines.dev'),
    flyGraphqlUrl: readFlyUrl('fly-graphql-url', 'https://api.fly.io/graphql'),
    githubToken: readInput('github-token')
  };
}

/** The token: the `token` input, else FLY_ACCESS_TOKEN, else FLY_API_TOKEN (flyctl's order). */
export function readTokenInput(): { value: string; source: string } {
  const input = readInput('token', { trimWhitespace: false });
  if (input.trim() !== '') return { value: input, source: 'token input' };
  for (const name of ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN']) {
    const value = process.env[name];
    if (value !== undefined && value.trim() !== '') return { value, source: name };
  }
  return { value: '', source: 'none' };
}

/** The Fly token a mode cannot work without; on pull requests from forks it is empty. */
export function requireFlyToken(token: { value: string }, verb: string, secret: string): void {
  if (token.value.trim() !== '') return;
  throw new InputError(
    `No Fly token to ${verb}: set \`token: \${{ secrets.${secret} }}\` (or FLY_API_TOKEN in the step's env). ` +
      'On pull requests from forks GitHub passes no secrets, so the token is empty there.'
  );
}

/**
 * The Fly client options for the online checks, or nothing when `online: false`. The Fly client
 * gets what is left of the run's deadline, so its requests end when the run's time is up.
 */
export function onlineOptions(
  inputs: CommonInputs,
  deadline: Deadline
): {
  online?: { flyApiUrl: string; flyGraphqlUrl: string; deadline: Deadline };
} {
  if (!inputs.online) return {};
  const { flyApiUrl, flyGraphqlUrl } = inputs;
  return { online: { flyApiUrl, flyGraphqlUrl, deadline } };
}
