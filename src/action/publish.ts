// Everything the action hands to the runner goes through here, redacted: outputs, annotations,
// the job summary. One door out makes the "token never appears" promise checkable.
import type { Finding } from '../rules/types.js';
import { planAnnotations, type AnnotationLevel } from '../report/annotations.js';
import { tokenFragments } from '../token/index.js';
import type { Scrub } from '../token/scrub.js';
import * as core from '@actions/core';

/** Masks every form of every token in `values` in the log; returns the fragments for the scrub. */
export function maskTokens(values: readonly string[]): string[] {
  const fragments = values.flatMap(value => (value.trim() === '' ? [] : tokenFragments(value)));
  for (const fragment of fragments) core.setSecret(fragment);
  return fragments;
}

const ANNOTATE: Record<
  AnnotationLevel,
  (message: string, properties: core.AnnotationProperties) => void
> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice
};

export class Publisher {
  constructor(private readonly redact: Scrub) {}

  outputs(values: Record<string, string>): void {
    for (const [name, value] of Object.entries(values)) core.setOutput(name, this.redact(value));
  }

  /** Annotates the worst findings (GitHub shows 10 per level); returns how many were left out. */
  annotate(findings: readonly Finding[]): number {
    const plan = planAnnotations(findings);
    for (const { level, message, properties } of plan.annotations) {
      const props: core.AnnotationProperties = {
        ...properties,
        ...(properties.file !== undefined ? { file: this.redact(properties.file) } : {}),
        title: this.redact(properties.title)
      };
      ANNOTATE[level](this.redact(message), props);
    }
    return plan.notAnnotated.error + plan.notAnnotated.warning + plan.notAnnotated.notice;
  }

  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(this.redact(markdown)).write();
  }

  info(message: string): void {
    core.info(this.redact(message));
  }

  warning(message: string): void {
    core.warning(this.redact(message));
  }

  fail(message: string): void {
    core.setFailed(this.redact(message));
  }

  /** The run's last line: the headline, as the failure (with where to look) when it failed. */
  conclude(headline: string, failed: boolean, seeAlso: string): void {
    if (failed) this.fail(`${headline} ${seeAlso}`);
    else this.info(headline);
  }
}
