// Generated organizations for the audit tests: repositories with the patterns the scan rules
// know (a deploy job, a review-app job sharing an org token, a committed token, a script that
// runs flyctl), plus the repositories GitHub cannot serve (empty, 404, 403, truncated, archived).
import type { StandInRepository } from '../support/github-org-stand-in.js';
import { loadVectors } from '../support/vectors.js';

export const DEPLOY_WORKFLOW = `name: Deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

export const PR_WORKFLOW = `name: Review app
on: pull_request_target
jobs:
  review:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
      - run: ./scripts/review.sh
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_ORG_TOKEN }}
`;

export const REVIEW_SCRIPT = `#!/bin/sh
set -e
flyctl apps create "pr-$PR" --org acme
flyctl deploy -a "pr-$PR"
`;

/** A real (fake-keyed) org token from the vectors, committed to a file. */
export function committedToken(): string {
  const org = loadVectors().find(v => v.truth.kind === 'org');
  if (!org) throw new Error('no org vector');
  return org.token;
}

export function generatedRepository(index: number): StandInRepository {
  const name = `service-${String(index).padStart(4, '0')}`;
  return {
    name,
    files: {
      '.github/workflows/deploy.yml': DEPLOY_WORKFLOW,
      'fly.toml': `app = "${name}"\nprimary_region = "ams"\n`,
      'README.md': `# ${name}\n`,
      'src/index.js': 'console.log("hello")\n'
    }
  };
}

export function mixedOrganization(): StandInRepository[] {
  return [
    generatedRepository(1),
    generatedRepository(2),
    {
      name: 'review-apps',
      files: {
        '.github/workflows/review.yml': PR_WORKFLOW,
        '.github/workflows/deploy.yml': DEPLOY_WORKFLOW.replace(
          'FLY_API_TOKEN }}',
          'FLY_ORG_TOKEN }}'
        ),
        'scripts/review.sh': REVIEW_SCRIPT,
        'fly.toml': 'app = "web"\n'
      }
    },
    {
      name: 'leaky',
      files: {
        '.github/workflows/deploy.yml': DEPLOY_WORKFLOW.replace(
          '${{ secrets.FLY_API_TOKEN }}',
          JSON.stringify(committedToken())
        ),
        'fly.toml': 'app = "leaky"\n'
      }
    },
    { name: 'no-fly', files: { 'README.md': 'nothing here\n' } },
    { name: 'empty', treeStatus: 409 },
    { name: 'gone', treeStatus: 404 },
    { name: 'secret-stuff', treeStatus: 403 },
    { name: 'huge-monorepo', truncated: true, files: { 'a.txt': 'a' } },
    { name: 'old', archived: true, files: { '.github/workflows/deploy.yml': DEPLOY_WORKFLOW } },
    { name: 'forked', fork: true, files: { '.github/workflows/deploy.yml': DEPLOY_WORKFLOW } },
    {
      name: 'linky',
      files: { '.github/workflows/deploy.yml': DEPLOY_WORKFLOW },
      symlinks: { '.github/workflows/environ.yml': '/proc/self/environ' }
    }
  ];
}
