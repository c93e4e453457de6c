// Reads and validates the action's inputs: the only place that calls getInput (runner.ts).
import { SEVERITIES, type Severity } from '../rules/types.js';
import * as core from './runner.js';

export type Mode = 'check' | 'health' | 'scan' | 'attenuate' | 'audit';

export class InputError extends Error {}

export interface CommonInputs {
  mode: Mode;
  failOn: Severity | 'never';
  online: boolean;
  expiryWarningDays: number;
  maxLifetimeDays: number;
  flyApiUrl: string;
  flyGraphqlUrl: string;
  timeoutMs: number;
  githubToken: string;
}

const MODES: readonly Mode[] = ['check', 'health', 'scan', 'attenuate', 'audit'];

export function readMode(): Mode {
  const mode = (core.getInput('mode') || 'check').trim().toLowerCase();
  if (!MODES.includes(mode as Mode)) {
    throw new InputError(`Input 'mode' must be one of ${MODES.join(', ')}; got '${mode}'.`);
  }
  return mode as Mode;
}

export function readFailOn(): Severity | 'never' {
  const value = (core.getInput('fail-on') || 'high').trim().toLowerCase();
  if (value === 'never' || value === 'none') return 'never';
  if (!SEVERITIES.includes(value as Severity)) {
    throw new InputError(
      `Input 'fail-on' must be one of ${SEVERITIES.join(', ')} or never; got '${value}'.`
    );
  }
  return value as Severity;
}

export function readBoolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false; got '${value}'.`);
}

export function readNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InputError(`Input '${name}' must be a number from ${min} to ${max}; got '${raw}'.`);
  }
  return value;
}

/** Comma- or newline-separated list, trimmed, without empties. */
export function readList(name: string): string[] {
  return core
    .getInput(name)
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(s => s.length > 0);
}

export function readUrl(name: string, fallback: string): string {
  const raw = core.getInput(name).trim() || fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
  } catch {
    throw new InputError(`Input '${name}' must be an http(s) URL; got '${raw}'.`);
  }
  return raw.replace(/\/+$/, '');
}

export function readCommonInputs(): CommonInputs {
  return {
    mode: readMode(),
    failOn: readFailOn(),
    online: readBoolean('online', true),
    expiryWarningDays: readNumber('expiry-warning-days', 14, 0, 3650),
    maxLifetimeDays: readNumber('max-lifetime-days', 365, 1, 100000),
    flyApiUrl: readUrl('fly-api-url', 'https://api.machines.dev'),
    flyGraphqlUrl: readUrl('fly-graphql-url', 'https://api.fly.io/graphql'),
    timeoutMs: readNumber('timeout-seconds', 30, 1, 600) * 1000,
    githubToken: core.getInput('github-token')
  };
}

/** The token: the `token` input, else FLY_ACCESS_TOKEN, else FLY_API_TOKEN (flyctl's order). */
export function readTokenInput(): { value: string; source: string } {
  const input = core.getInput('token', { trimWhitespace: false });
  if (input.trim() !== '') return { value: input, source: 'token input' };
  for (const name of ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN']) {
    const value = process.env[name];
    if (value !== undefined && value.trim() !== '') return { value, source: name };
  }
  return { value: '', source: 'none' };
}

/** The Fly client options for the online checks, or nothing when `online: false`. */
export function onlineOptions(inputs: CommonInputs): {
  online?: { flyApiUrl: string; flyGraphqlUrl: string; timeoutMs: number };
} {
  if (!inputs.online) return {};
  const { flyApiUrl, flyGraphqlUrl, timeoutMs } = inputs;
  return { online: { flyApiUrl, flyGraphqlUrl, timeoutMs } };
}
