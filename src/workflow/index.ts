// Public surface of the workflow room: workflow files -> model with positions -> flyctl
// commands -> what a job needs from its Fly token. Pure: no I/O, no @actions/* toolkit.
export type { Capability, NeedEvidence, Needs, OpaqueUse, SourceLocation } from './types.js';
export type {
  Job,
  KeyValue,
  RunDefaults,
  SecretReference,
  Step,
  Trigger,
  UsesRef,
  WorkflowFile,
  WorkflowProblem
} from './model.js';
export {
  MAX_LINE_CHARS,
  MAX_SECRET_REFERENCES,
  MAX_WORKFLOW_BYTES,
  locateInValue,
  parseActionFile,
  parseWorkflowFile,
  unreadableReason,
  type ParsedAction
} from './parse-workflow.js';
export { findFlyInvocations, wordText, type FlyInvocation } from './fly-commands.js';
export { locateFlyCommands } from './workflow-commands.js';
export {
  inferCalledJobNeeds,
  inferJobNeeds,
  inferWorkflowNeeds,
  workflowNeedsOnDemand,
  type JobNeedsLookup
} from './needs.js';
export {
  callerSecretNames,
  findCalledJobs,
  type CalledJob,
  type CalledJobs
} from './called-jobs.js';
export { NeedsInputError } from './inputs.js';
export { normalizePath, repoFilesFromRecord, type RepoFiles } from './repo-files.js';
export { forgetScriptParses, parsedScript } from './script-parse.js';
export { stepDialect, stepScript, stepShell, type DialectScript } from './step-script.js';
