// Every workflow of the shared corpus parses without throwing, yields a model with its jobs and
// steps, and needs can be inferred for every job.
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { corpusFile, corpusWorkflows, repoFilesFor } from './corpus.js';

const workflows = corpusWorkflows();

describe('corpus workflows', () => {
  it('has the workflow files the manifest lists', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(50);
  });

  it.each(workflows.map(w => [w.file, w] as const))(
    '%s parses into a model with needs per job',
    (_name, entry) => {
      const workflow = parseWorkflowFile(entry.path, entry.text);
      expect(workflow.path).toBe(entry.path);
      // Jobs in the model are the `jobs:` keys of the file, in order.
      const jobKeys = [
        ...entry.text.matchAll(/^( {2}| {4})([A-Za-z_][A-Za-z0-9_-]*):\s*(#.*)?$/gm)
      ];
      expect(workflow.jobs.length).toBeGreaterThan(0);
      for (const job of workflow.jobs) {
        expect(jobKeys.some(m => m[2] === job.id)).toBe(true);
        expect(
          entry.text.split('\n')[job.idLocation.line - 1]?.slice(job.idLocation.column - 1)
        ).toMatch(new RegExp(`^${job.id}:`));
        const needs = inferJobNeeds(workflow, job.id, repoFilesFor(entry.repo));
        expect(['inferred', 'none']).toContain(needs.source);
        expect(needs.apps).toEqual([...needs.apps].sort());
        for (const evidence of needs.evidence)
          expect(needs.capabilities).toContain(evidence.capability);
      }
      // Each step's `run:` text appears in the file line by line (plain scalars fold, so only
      // check scripts written as literal blocks).
      for (const step of workflow.jobs.flatMap(j => j.steps)) {
        if (step.run?.style !== 'literal') continue;
        for (const line of step.run.lines) {
          if (line.text === '') continue;
          const fileLine = entry.text.split('\n')[line.line - 1] ?? '';
          expect(fileLine.slice(line.column - 1)).toBe(line.text);
        }
      }
    }
  );

  it('reports only the stray top-level key of the BeaconCMS workflow as a problem', () => {
    const problems = workflows.flatMap(w =>
      parseWorkflowFile(w.path, w.text).errors.map(e => ({ file: w.file, e }))
    );
    expect(problems).toHaveLength(1);
    const [only] = problems;
    expect(only?.file).toBe('BeaconCMS__beacon_demo__fly.yml');
    expect(only?.e.kind).toBe('schema');
    expect(only?.e.message).toContain("'branches'");
    expect(only?.e.location).toMatchObject({ line: 7, column: 1 });
  });

  it('still reads the jobs of a file with a stray top-level key', () => {
    const entry = corpusFile('BeaconCMS__beacon_demo__fly.yml');
    const workflow = parseWorkflowFile(entry.path, entry.text);
    expect(workflow.triggers.map(t => t.event)).toEqual(['push']);
    expect(workflow.triggers[0]?.branches).toEqual(['main', 'lp-deployment']);
    expect(workflow.jobs.map(j => j.id)).toEqual(['deploy']);
    expect(workflow.jobs[0]?.steps[2]?.run?.text).toBe('flyctl deploy --remote-only');
  });

  it('reads a file without a final newline and one indented with four spaces', () => {
    const noNewline = corpusFile('earthstar-project__website__fly-preview.yml');
    expect(noNewline.text.endsWith('\n')).toBe(false);
    const a = parseWorkflowFile(noNewline.path, noNewline.text);
    expect(a.jobs[0]?.steps[1]?.with.find(w => w.key === 'args')?.value).toBe('deploy');

    const fourSpaces = corpusFile('districtr__districtr-v2__fly-deploy-pr.yml');
    const b = parseWorkflowFile(fourSpaces.path, fourSpaces.text);
    expect(b.jobs.map(j => j.id)).toEqual(['pr_review_app']);
    expect(b.jobs[0]?.environment?.name).toBe('pr-${{ github.event.number }}');
    expect(b.jobs[0]?.steps.map(s => s.name ?? s.uses?.raw)).toContain('Deploy frontend');
  });

  it('joins multi-line plain scalars that split ${{ }} across lines', () => {
    const entry = corpusFile('kentcdodds__kentcdodds.com__deployment.yml');
    const workflow = parseWorkflowFile(entry.path, entry.text);
    const step = workflow.jobs
      .find(j => j.id === 'deploy-site')
      ?.steps.find(s => s.name === '🚀 Deploy Production');
    expect(step?.run?.style).toBe('plain');
    expect(step?.run?.text).toBe(
      'flyctl deploy --depot --remote-only --build-arg COMMIT_SHA=${{ github.sha }} --build-secret SENTRY_AUTH_TOKEN=${{ secrets.SENTRY_AUTH_TOKEN }}'
    );
  });
});
