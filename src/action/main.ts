import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.info('fly-token-guard: not yet implemented');
}
