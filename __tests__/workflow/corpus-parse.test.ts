// Every workflow of the fixture corpus parses without throwing, yields a model with its jobs and
// steps, and needs can be inferred for every job; the odd ones (broken YAML, a stray top-level
// key, four-space indentation, no final newline, a plain scalar splitting `${{ }}`) read right.
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { corpusFile, corpusWorkflows, repoFilesFor } from './corpus.js';

const BROKEN = 'odd-yaml__broken.yml';
const workflows = corpusWorkflows();
const readable = workflows.filter(w => w.file !== BROKEN);

describe('fixture corpus workflows', () => {
  it('has the workflow files of every fixture repository', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(25);
    expect(new Set(workflows.map(w => w.repo)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(readable.map(w => [w.file, w] as const))(
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

  it('reports the stray top-level key and the broken file, and nothing else', () => {
    const problems = workflows.flatMap(w =>
      parseWorkflowFile(w.path, w.text).errors.map(e => ({ file: w.file, kind: e.kind }))
    );
    expect(new Set(problems.map(p => p.file))).toEqual(
      new Set(['odd-yaml__stray-key.yml', BROKEN])
    );
  });

  it('reads the jobs of a file with a stray top-level key, naming the key', () => {
    const entry = corpusFile('odd-yaml__stray-key.yml');
    const workflow = parseWorkflowFile(entry.path, entry.text);
    expect(workflow.errors).toHaveLength(1);
    expect(workflow.errors[0]?.kind).toBe('schema');
    expect(workflow.errors[0]?.message).toContain("'branches'");
    expect(workflow.errors[0]?.location).toMatchObject({ line: 4, column: 1 });
    expect(workflow.triggers.map(t => t.event)).toEqual(['push']);
    expect(workflow.jobs.map(j => j.id)).toEqual(['deploy']);
    expect(workflow.jobs[0]?.steps[2]?.run?.text).toBe('flyctl deploy --remote-only');
  });

  it('reports broken YAML as a YAML problem at the place it breaks, without throwing', () => {
    const entry = corpusFile(BROKEN);
    const workflow = parseWorkflowFile(entry.path, entry.text);
    expect(workflow.errors.length).toBeGreaterThan(0);
    expect(workflow.errors.every(e => e.kind === 'yaml')).toBe(true);
    // The flow sequence opened on line 10 never closes: the problem is at or after it.
    expect(workflow.errors[0]?.location.line).toBeGreaterThanOrEqual(10);
  });

  it('reads a file without a final newline, indented with four spaces', () => {
    const entry = corpusFile('odd-yaml__four-spaces.yml');
    expect(entry.text.endsWith('\n')).toBe(false);
    const workflow = parseWorkflowFile(entry.path, entry.text);
    expect(workflow.errors).toEqual([]);
    expect(workflow.jobs.map(j => j.id)).toEqual(['deploy']);
    expect(workflow.jobs[0]?.environment?.name).toBe('production');
    const [ref] = workflow.secretRefs;
    expect(ref?.name).toBe('FLY_API_TOKEN');
    expect(ref?.location.line).toBe(17);
  });

  it('joins a multi-line plain scalar that splits `${{ }}` across lines', () => {
    const entry = corpusFile('odd-yaml__four-spaces.yml');
    const step = parseWorkflowFile(entry.path, entry.text).jobs[0]?.steps.find(
      s => s.name === 'Deploy'
    );
    expect(step?.run?.style).toBe('plain');
    expect(step?.run?.text).toBe(
      'flyctl deploy --remote-only --build-arg COMMIT_SHA=${{ github.sha }} --app lumen'
    );
  });

  it('reads environments given as a name, a mapping, an expression and an input', () => {
    const environmentOf = (file: string, job: string) =>
      parseWorkflowFile(corpusFile(file).path, corpusFile(file).text).jobs.find(j => j.id === job)
        ?.environment?.name;
    expect(environmentOf('ops__backup.yml', 'backup')).toBe('ops');
    expect(environmentOf('review-apps__review-app.yml', 'review')).toBe('review');
    expect(environmentOf('monorepo__deploy-web.yml', 'web')).toBe(
      "${{ github.ref_name == 'main' && 'production' || 'staging' }}"
    );
    expect(environmentOf('reusable__fly-deploy.yml', 'deploy')).toBe('${{ inputs.environment }}');
  });
});
