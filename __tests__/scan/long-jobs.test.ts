// A job of thousands of steps: shared-token finds each evidence's step and secret, and token-leak
// knows whether a later step uploads artifacts, without walking the job's steps again for every
// step (which grew with the square of the job's length). A workflow of thousands of jobs: needs
// inference and fly-auth-token find each job by id once, not by a search of the jobs per job.
import { describe, expect, test } from '@jest/globals';
import {
  inferWorkflowNeeds,
  parseWorkflowFile,
  repoFilesFromRecord
} from '../../src/workflow/index.js';
import { lineOf, scanInPhases } from './support.js';

const STEPS = 2000;

function longJob(step: (i: number) => string, tail = ''): string {
  let text = `on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:
`;
  for (let i = 0; i < STEPS; i++) text += step(i);
  return text + tail;
}

const findingsOf = (workflow: string) => {
  const { findings, errors } = scanInPhases({ '.github/workflows/deploy.yml': workflow });
  expect(errors).toEqual([]);
  return findings;
};

describe('a job of thousands of steps', () => {
  test('shared-token: every step’s app counted for the job’s secret, at the job’s env', () => {
    const workflow = longJob(i => `      - run: flyctl deploy --remote-only -a app-${i}\n`);
    const shared = findingsOf(workflow).filter(f => f.rule === 'shared-token');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.message).toContain(`acts on ${STEPS} apps`);
    expect(shared[0]?.message).toContain(`and ${STEPS - 10} more`);
    expect(shared[0]?.location?.line).toBe(lineOf(workflow, 'secrets.FLY_API_TOKEN'));
  });

  test('token-leak: the uploads mention holds for the steps before the upload only', () => {
    const leak = (i: number): string => `      - run: echo "$FLY_API_TOKEN" > token-${i}.txt\n`;
    const workflow = longJob(
      leak,
      `      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n${leak(STEPS)}`
    );
    const leaks = findingsOf(workflow).filter(f => f.rule === 'token-leak');
    expect(leaks).toHaveLength(STEPS + 1);
    const mentions = leaks.map(f => f.message.includes('a later step of this job uploads'));
    expect(mentions.slice(0, STEPS).every(Boolean)).toBe(true);
    expect(mentions[STEPS]).toBe(false);
    expect(leaks[STEPS]?.location?.line).toBe(lineOf(workflow, `token-${STEPS}.txt`));
  });
});

const JOBS = 3000;

/** Jobs `j0`… each in environment `env-N`, running `run(N)`; a repeated id at the end. */
function manyJobs(run: (i: number) => string): string {
  let text = 'on: push\njobs:\n';
  for (let i = 0; i < JOBS; i++) {
    text += `  j${i}:\n    runs-on: ubuntu-latest\n    environment: env-${i}\n    steps:\n      - run: ${run(i)}\n`;
  }
  return text;
}

describe('a workflow of thousands of jobs', () => {
  test('needs inference: each job gets its own app', () => {
    const path = '.github/workflows/deploy.yml';
    const workflow = parseWorkflowFile(
      path,
      manyJobs(i => `flyctl deploy -a app-${i}`)
    );
    const needs = inferWorkflowNeeds(workflow, repoFilesFromRecord({}));
    expect(needs.size).toBe(JOBS);
    const apps = [...needs].map(([id, n]) => `${id}:${n.apps.join(',')}`);
    expect(apps).toEqual(Array.from({ length: JOBS }, (_, i) => `j${i}:app-${i}`));
  });

  test('fly-auth-token: each finding’s fix stores the token in its own job’s environment', () => {
    const findings = findingsOf(manyJobs(() => 'fly auth token')).filter(
      f => f.rule === 'fly-auth-token'
    );
    expect(findings).toHaveLength(JOBS);
    findings.forEach((f, i) => expect(f.fix?.commands[0]).toContain(`--env env-${i}`));
  });
});
