// The action's `apps` / `needs` inputs and GITHUB_WORKFLOW_REF.
import {
  findWorkflowForRef,
  isAutoNeeds,
  needsFromInputs,
  NeedsInputError
} from '../../src/workflow/inputs.js';
import type { Needs } from '../../src/workflow/types.js';

const inferred: Needs = {
  apps: ['web'],
  capabilities: ['deploy'],
  unknownApps: false,
  commands: [],
  evidence: [{ capability: 'deploy', app: 'web', command: 'fly deploy' }],
  source: 'inferred'
};

describe('needsFromInputs', () => {
  it('parses capability lists in any separator and case, ordered narrowest first', () => {
    const needs = needsFromInputs(['api, web\nweb'], ['SSH, deploy', 'read']);
    expect(needs).toMatchObject({
      apps: ['api', 'web'],
      capabilities: ['read', 'deploy', 'ssh'],
      unknownApps: false,
      source: 'input'
    });
  });

  it('auto keeps the inferred needs, with apps replaced when given', () => {
    expect(needsFromInputs([], ['auto'], inferred)).toEqual(inferred);
    expect(needsFromInputs([''], [], inferred)).toEqual(inferred);
    expect(needsFromInputs(['other'], ['auto'], inferred)).toMatchObject({
      apps: ['other'],
      capabilities: ['deploy'],
      source: 'input'
    });
    expect(needsFromInputs([], ['auto'])).toMatchObject({
      source: 'none',
      capabilities: [],
      apps: []
    });
  });

  it('explicit needs keep inferred apps when no apps are given', () => {
    expect(needsFromInputs([], ['secrets'], inferred)).toMatchObject({
      apps: ['web'],
      capabilities: ['secrets'],
      source: 'input'
    });
  });

  it('rejects unknown names with a clear error listing the valid ones', () => {
    let caught: unknown;
    try {
      needsFromInputs([], ['deploy, deploi, admin']);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(NeedsInputError);
    const error = caught as NeedsInputError;
    expect(error.invalid).toEqual(['deploi', 'admin']);
    expect(error.message).toContain('"deploi"');
    expect(error.message).toContain('machine-exec');
    expect(() => needsFromInputs([], ['auto, deploy'])).toThrow(NeedsInputError);
  });

  it('knows what auto means', () => {
    expect(isAutoNeeds([])).toBe(true);
    expect(isAutoNeeds([' AUTO '])).toBe(true);
    expect(isAutoNeeds(['deploy'])).toBe(false);
  });
});

describe('findWorkflowForRef', () => {
  it.each([
    ['octo/app/.github/workflows/deploy.yml@refs/heads/main', '.github/workflows/deploy.yml'],
    ['octo/app/.github/workflows/ci.yaml@refs/pull/12/merge', '.github/workflows/ci.yaml'],
    ['octo/my.repo/.github/workflows/a-b.yml@v1', '.github/workflows/a-b.yml'],
    ['octo/app/.github/workflows/deploy.yml', '.github/workflows/deploy.yml']
  ])('%s', (ref, path) => {
    expect(findWorkflowForRef(ref)).toBe(path);
  });

  it.each([
    '',
    'deploy.yml',
    'octo/.github/workflows/x.yml@main',
    'octo/app/workflows/x.yml@main',
    'octo/app/.github/workflows/sub/x.yml@main'
  ])('%j is not a workflow ref', ref => {
    expect(findWorkflowForRef(ref)).toBeNull();
  });
});
