// Command-line parsing for the CLI: one place that knows the flags of every command.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage: fly-token-guard <command> [options]

Commands:
  inspect [--json]                 Decode the token offline and say what it is and can do.
  check [--json] [--offline] [--apps a,b] [--needs deploy,...] [--workflow FILE --job ID]
        [--fail-on SEVERITY] [--repo DIR]
                                   The action's check: is this token right for this job?
  scan [DIR] [--json|--sarif] [--fail-on SEVERITY]
                                   Find risky Fly token handling in workflows and files.
  attenuate (--apps a,b | --app-ids 1,2) [--ttl 30m] [--access deploy|readonly|ssh|machine-exec]
        [--command CMD ...]        Print a narrower, short-lived token made from this one.
  audit --org ORG [--repos a,b] [--include-archived] [--include-forks] [--shard I/N]
        [--json|--sarif|--markdown] [--github-api-url URL] [--timeout-seconds N] [--fail-on S]
                                   Every repository of a GitHub org through the REST API
                                   (token from GITHUB_TOKEN or GH_TOKEN). Exit 3: incomplete.
  audit merge FILE... [--json|--markdown]
                                   Combine shard reports into one org report.

The token comes from FLY_ACCESS_TOKEN, FLY_API_TOKEN or standard input.
Exit codes: 0 pass, 1 findings at or above --fail-on, 2 bad input or usage.`;

export interface CliArgs {
  command: string;
  positionals: string[];
  values: {
    json: boolean;
    sarif: boolean;
    offline: boolean;
    apps?: string;
    'app-ids'?: string;
    needs?: string;
    workflow?: string;
    job?: string;
    'fail-on'?: string;
    repo?: string;
    ttl?: string;
    access?: string;
    command: string[];
    examples?: string;
    'fly-api-url'?: string;
    'fly-graphql-url'?: string;
    'max-files'?: string;
    org?: string;
    repos?: string;
    'include-archived': boolean;
    'include-forks': boolean;
    shard?: string;
    markdown: boolean;
    'github-api-url'?: string;
    'timeout-seconds'?: string;
    help: boolean;
  };
}

export function parseCliArgs(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        sarif: { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
        apps: { type: 'string' },
        'app-ids': { type: 'string' },
        needs: { type: 'string' },
        workflow: { type: 'string' },
        job: { type: 'string' },
        'fail-on': { type: 'string' },
        repo: { type: 'string' },
        ttl: { type: 'string' },
        access: { type: 'string' },
        command: { type: 'string', multiple: true, default: [] },
        examples: { type: 'string' },
        'fly-api-url': { type: 'string' },
        'fly-graphql-url': { type: 'string' },
        'max-files': { type: 'string' },
        org: { type: 'string' },
        repos: { type: 'string' },
        'include-archived': { type: 'boolean', default: false },
        'include-forks': { type: 'boolean', default: false },
        shard: { type: 'string' },
        markdown: { type: 'boolean', default: false },
        'github-api-url': { type: 'string' },
        'timeout-seconds': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    });
    const [command = 'help', ...rest] = positionals;
    return { command, positionals: rest, values: values as CliArgs['values'] };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(s => s.length > 0);
}
