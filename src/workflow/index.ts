// Public surface of the workflow room: workflow files -> model with positions -> flyctl
// commands -> what a job needs from its Fly token. Pure: no I/O, no @actions/* toolkit.
export type { Capability, NeedEvidence, Needs, OpaqueUse, SourceLocation } from './types.js';
export type {
  Environment,
  Job,
  KeyValue,
  Matrix,
  MatrixValue,
  Permissions,
  RunDefaults,
  RunScript,
  ScalarSourceMap,
  ScriptLine,
  SecretFlow,
  SecretReference,
  SourceSegment,
  Step,
  Trigger,
  UsesRef,
  WorkflowFile,
  WorkflowInput,
  WorkflowProblem
} from './model.js';
export {
  MAX_LINE_CHARS,
  MAX_SECRET_REFERENCES,
  MAX_WORKFLOW_BYTES,
  TOO_LARGE_MESSAGE,
  locateInValue,
  parseActionFile,
  parseUses,
  parseWorkflowFile,
  type ParsedAction,
  type ParseWorkflowOptions
} from './parse-workflow.js';
export {
  extractFlyCommands,
  findFlyInvocations,
  flagValue,
  hasFlag,
  isFlyProgramName,
  parseFlyArguments,
  wordText,
  type FlyFlag,
  type FlyInvocation
} from './fly-commands.js';
export { locateFlyCommands, type LocatedFlyCommand } from './workflow-commands.js';
export {
  CAPABILITY_ORDER,
  meaningOf,
  sortCapabilities,
  type AppTarget,
  type CommandMeaning
} from './capabilities.js';
export { inferJobNeeds, inferWorkflowNeeds } from './needs.js';
export {
  findWorkflowForRef,
  isAutoNeeds,
  isCapability,
  needsFromInputs,
  NeedsInputError
} from './inputs.js';
export {
  appNameOf,
  findAppConfig,
  normalizePath,
  readAppConfig,
  repoFilesFromRecord,
  type AppConfigLookup,
  type RepoFiles
} from './repo-files.js';
export { forgetScriptParses, parsedScript } from './script-parse.js';
export {
  parseShell,
  type Statement,
  type SimpleCommand,
  type Word,
  type WordPart
} from './shell.js';
