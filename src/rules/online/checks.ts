// Shared reading of the online results for the online rules: which checks ended how, labelled
// for messages. Details come from src/fly already token-free; we scrub again as defence in depth.
import type { OnlineCheck, OnlineVerification } from '../../fly/types.js';
import { truncate } from '../../fly/sanitize.js';
import { redactTokenShapes, TOKEN_SHAPE } from '../../token/token-shape.js';

interface LabelledCheck {
  /** What was checked, for people: "acceptance", "identity", "app web", "organization 918273". */
  label: string;
  check: OnlineCheck;
}

export function labelledChecks(online: OnlineVerification): LabelledCheck[] {
  return [
    ...online.apps.map(app => ({ label: `app ${app.app}`, check: app })),
    { label: 'identity (GraphQL viewer)', check: online.viewer },
    ...online.orgs.map(org => ({ label: `organization ${org.orgId}`, check: org }))
  ];
}

/** Whether Fly said no to the token itself (the same value `valid` and the summary read). */
export function tokenRejected(online: OnlineVerification): boolean {
  return online.acceptance === 'rejected';
}

/** A check's detail, scrubbed and without a trailing full stop (for joining into sentences). */
export function detailOf(check: OnlineCheck, maxLength = 200): string {
  const text = redactTokenShapes(check.detail, TOKEN_SHAPE.fragment)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
  return truncate(text, maxLength);
}
