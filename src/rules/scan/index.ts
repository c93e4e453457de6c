// The scan rules, in the order their findings are reported, and what the scan engine and the
// reports need from them. The scan itself runs in two phases: `digestWorkflow` (digest.ts) per
// workflow, then `checkRepositoryDigests` (repository.ts).
export { ruleFailure, scanRules } from './rule-list.js';
export { type ScanTextFile } from './context.js';
export { isFlyTokenName } from './fly-secrets.js';
export {
  applyIgnores,
  globToRegExp,
  IGNORE_FILE,
  inlineDirectiveLines,
  isIgnoredInline,
  parseIgnoreFile
} from './ignore.js';
export { findTokenLiterals, looksLikePlaceholder } from './token-literals.js';
export { type Outcome } from './digest.js';
