// missing-capability: the token cannot do what the job needs, so a step would fail. Offline we
// know app ids, not names: apps are compared by count, never by identity (`wrong-target` does
// that online).
import type { TokenRuleContext } from '../context.js';
import { fixFor, needsKnown } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { describeToken, missingCapabilities, PER_APP_CAPABILITIES, tooFewApps } from './access.js';
import { describeEvidence, evidenceFor, listApps, locationFor } from './shared.js';
import { plural } from '../words.js';

const ID = 'missing-capability';

export const missingCapability: Rule<TokenRuleContext> = {
  id: ID,
  defaultSeverity: 'high',
  title: 'Token cannot do what the job needs',
  help:
    'The job runs flyctl commands the token does not allow: a readonly token before `fly deploy`, ' +
    'a machine-exec token for `fly ssh console` (ssh needs the issueCertificate and ' +
    'addWireGuardPeer mutations), a deploy token for one app in a job that deploys two. The step ' +
    'would fail with an authorization error.',
  check(context): Finding[] {
    const { inspection, needs } = context;
    if (inspection.kind === 'malformed' || !needsKnown(needs)) return [];
    const fix = fixFor(context);
    const token = describeToken(inspection);
    const findings: Finding[] = [];

    for (const { capability, reason } of missingCapabilities(needs, inspection)) {
      const evidence = evidenceFor(needs, capability);
      const from = evidence ? ` (${describeEvidence(evidence)})` : '';
      const location = evidence?.location;
      findings.push({
        rule: ID,
        severity: 'high',
        message: `The job needs \`${capability}\`${from} but this ${token} ${reason}: that step would fail.`,
        ...(location ? { location } : {}),
        fix
      });
    }

    const granted = tooFewApps(needs, inspection);
    if (granted !== null && findings.length === 0) {
      const location = locationFor(needs, PER_APP_CAPABILITIES);
      findings.push({
        rule: ID,
        severity: 'high',
        message: `The job works on ${needs.apps.length} apps (${listApps(needs.apps)}) but this ${token} is confined to ${plural(granted, 'app')}: the steps for the others would fail.`,
        ...(location ? { location } : {}),
        fix
      });
    }
    return findings;
  }
};
