// The action's `apps` / `needs` inputs, and finding the running workflow from GITHUB_WORKFLOW_REF.
import { CAPABILITY_ORDER, sortCapabilities } from './capabilities.js';
import { scrubTokenForms } from '../token/scrub.js';
import type { Capability, Needs } from './types.js';

/** A `needs` input names something that is not a capability. */
export class NeedsInputError extends Error {
  override readonly name = 'NeedsInputError';

  constructor(
    /** The offending values, as given (trimmed). */
    readonly invalid: string[],
    message: string
  ) {
    super(message);
  }
}

/** Echoes what the user gave, but never a pasted token and never a wall of text. */
function shown(value: string): string {
  const safe = scrubTokenForms(value);
  return safe.length > 40 ? `${safe.slice(0, 37)}...` : safe;
}

/** Splits `a, b` / multi-line input values into trimmed, non-empty items. */
function items(values: readonly string[]): string[] {
  return values
    .flatMap(v => v.split(/[\s,]+/))
    .map(v => v.trim())
    .filter(v => v !== '');
}

function isCapability(value: string): value is Capability {
  return (CAPABILITY_ORDER as readonly string[]).includes(value);
}

/** `auto` (or nothing) means "infer from the workflow". */
export function isAutoNeeds(needs: readonly string[]): boolean {
  const list = items(needs).map(v => v.toLowerCase());
  return list.length === 0 || (list.length === 1 && list[0] === 'auto');
}

/**
 * Needs from the action's inputs. `apps`: app names (comma/space/newline separated). `needs`:
 * `auto` or capability names. With `auto`, the capabilities come from `inferred` (when given)
 * and `apps`, if set, replace the inferred apps. Throws `NeedsInputError` for names that are
 * not capabilities (the message lists the valid ones).
 */
export function needsFromInputs(
  apps: readonly string[],
  needs: readonly string[],
  inferred?: Needs
): Needs {
  const appList = [...new Set(items(apps))].sort();
  const given = items(needs);
  const names = given.map(v => v.toLowerCase());
  const valid = CAPABILITY_ORDER.join(', ');
  if (names.includes('auto') && names.length > 1) {
    throw new NeedsInputError(
      given.filter(n => n.toLowerCase() !== 'auto').map(shown),
      `needs: "auto" cannot be combined with capability names; use "auto" alone or list capabilities (${valid})`
    );
  }
  const invalid = given
    .filter(n => n.toLowerCase() !== 'auto' && !isCapability(n.toLowerCase()))
    .map(shown);
  if (invalid.length > 0) {
    throw new NeedsInputError(
      invalid,
      `needs: unknown capability ${invalid.map(n => JSON.stringify(n)).join(', ')}; valid values are auto or ${valid}`
    );
  }
  if (isAutoNeeds(needs)) {
    const base: Needs = inferred ?? unknownNeeds();
    if (appList.length === 0) return base;
    return { ...base, apps: appList, unknownApps: false, source: 'input' };
  }
  return {
    apps: appList.length > 0 ? appList : (inferred?.apps ?? []),
    capabilities: sortCapabilities(names.filter(isCapability)),
    unknownApps: appList.length > 0 ? false : (inferred?.unknownApps ?? false),
    commands: inferred?.commands ?? [],
    evidence: [],
    source: 'input'
  };
}

/**
 * `owner/repo/.github/workflows/deploy.yml@refs/heads/main` -> `.github/workflows/deploy.yml`.
 * Null when the value does not look like a workflow ref.
 */
export function findWorkflowForRef(workflowRef: string): string | null {
  const ref = workflowRef.trim();
  const marker = ref.indexOf('/.github/workflows/');
  if (marker < 0) return null;
  const owner = ref.slice(0, marker);
  if (!/^[^/@\s]+\/[^/@\s]+$/.test(owner)) return null;
  const rest = ref.slice(marker + 1);
  const at = rest.indexOf('@');
  const path = at < 0 ? rest : rest.slice(0, at);
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return null;
  return path;
}

/** Needs when nothing says what the job does (no workflow, no inputs). */
export function unknownNeeds(): Needs {
  return {
    apps: [],
    capabilities: [],
    unknownApps: false,
    commands: [],
    evidence: [],
    source: 'none'
  };
}
