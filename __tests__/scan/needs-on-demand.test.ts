// The scan infers what a job needs only for jobs that hold a Fly secret (the only ones a rule asks
// about): a job that runs `npm test` beside no Fly token reads no package.json, and the findings
// are those of inferring every job.
import { digestWorkflow } from '../../src/rules/scan/digest.js';
import { repoFilesFromRecord, type RepoFiles } from '../../src/workflow/index.js';
import { NOW, scanInPhases } from './support.js';

const PATH = '.github/workflows/deploy.yml';

const WORKFLOW = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
        working-directory: services/web
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy --config services/web/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

const FILES = {
  [PATH]: WORKFLOW,
  'services/web/fly.toml': 'app = "acme-web"\n',
  'services/web/package.json': '{"scripts":{"test":"flyctl deploy -a acme-test"}}\n',
  'services/api/fly.toml': 'app = "acme-api"\n',
  '.github/workflows/api.yml': WORKFLOW.replaceAll('services/web', 'services/api')
};

function recording(files: Record<string, string>): { repo: RepoFiles; reads: string[] } {
  const inner = repoFilesFromRecord(files);
  const reads: string[] = [];
  return {
    reads,
    repo: {
      ...inner,
      read: path => {
        reads.push(path);
        return inner.read(path);
      }
    }
  };
}

describe('needs inference on demand in the scan', () => {
  test('a job without a Fly secret has nothing read for it; the deploy job does', () => {
    const { repo, reads } = recording(FILES);
    digestWorkflow({ path: PATH, text: WORKFLOW, repo, now: NOW });
    expect(reads).toContain('services/web/fly.toml');
    expect(reads.filter(p => p.endsWith('package.json'))).toEqual([]);
  });

  test('one secret deploying two apps is still found, with the apps the deploy jobs name', () => {
    const { findings } = scanInPhases(FILES);
    const shared = findings.filter(f => f.rule === 'shared-token');
    expect(shared.map(f => f.location?.file).sort()).toEqual(['.github/workflows/api.yml', PATH]);
    for (const finding of shared) {
      expect(finding.message).toContain('acme-web');
      expect(finding.message).toContain('acme-api');
      expect(finding.message).not.toContain('acme-test');
    }
  });
});
