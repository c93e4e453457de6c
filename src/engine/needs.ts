// What the running job needs (see resolve-needs.ts), with the workflow parser loaded up front:
// for callers that want a synchronous answer (the CLI). The action uses resolveNeedsLazily.
import {
  callerSecretNames,
  findCalledJobs,
  inferCalledJobNeeds,
  inferJobNeeds,
  parseWorkflowFile
} from '../workflow/index.js';
import {
  modelOnly,
  resolveNeedsWith,
  type NeedsRequest,
  type ResolvedNeeds
} from './resolve-needs.js';

export type { NeedsRequest } from './resolve-needs.js';

export function resolveNeeds(request: NeedsRequest): ResolvedNeeds {
  return resolveNeedsWith(request, {
    parseWorkflowFile: modelOnly(parseWorkflowFile),
    inferJobNeeds,
    findCalledJobs,
    inferCalledJobNeeds,
    callerSecretNames
  });
}
