// Which findings become workflow annotations. GitHub displays at most 10 annotations of each
// level per step, so the worst are chosen first and the rest are counted for the summary.
// Pure data: the action hands the plan to @actions/core.
import type { AnnotationProperties } from '@actions/core';
import type { Finding, Severity } from '../rules/types.js';
import { sortFindings } from './order.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** GitHub's per-step, per-level display limit. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

type PlannedAnnotationProperties = AnnotationProperties & { title: string };

interface PlannedAnnotation {
  level: AnnotationLevel;
  message: string;
  properties: PlannedAnnotationProperties;
}

interface AnnotationPlan {
  annotations: PlannedAnnotation[];
  /** Findings left out because their level already had its quota. */
  notAnnotated: Record<AnnotationLevel, number>;
}

const LEVEL: Record<Severity, AnnotationLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'warning',
  info: 'notice'
};

export function planAnnotations(
  findings: readonly Finding[],
  maxPerLevel: number = MAX_ANNOTATIONS_PER_LEVEL
): AnnotationPlan {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const notAnnotated: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: PlannedAnnotation[] = [];
  for (const finding of sortFindings(findings)) {
    const level = LEVEL[finding.severity];
    if (used[level] >= maxPerLevel) {
      notAnnotated[level] += 1;
      continue;
    }
    used[level] += 1;
    annotations.push({
      level,
      message: annotationMessage(finding),
      properties: properties(finding)
    });
  }
  return { annotations, notAnnotated };
}

/** The first sentence of a fix: an annotation is read inline, the commands are in the summary. */
function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text.trim()).replace(/\s*\n\s*/g, ' ');
}

/** The finding, then one line of fix; the commands live in the job summary. */
function annotationMessage(finding: Finding): string {
  if (finding.fix === undefined) return finding.message;
  const more = finding.fix.commands.length > 0 ? ' The commands are in the job summary.' : '';
  return `${finding.message}\nFix: ${firstSentence(finding.fix.summary)}${more}`;
}

function properties(finding: Finding): PlannedAnnotationProperties {
  const subject = finding.subject === undefined ? '' : ` (${finding.subject})`;
  const props: PlannedAnnotationProperties = {
    title: `fly-token-guard: ${finding.rule}${subject} [${finding.severity}]`
  };
  const location = finding.location;
  if (location === undefined) return props;
  props.file = location.file;
  props.startLine = location.line;
  const endLine = location.endLine ?? location.line;
  props.endLine = endLine;
  // GitHub ignores columns on multi-line annotations; only send them when they mean something.
  if (endLine === location.line) {
    props.startColumn = location.column;
    if (location.endColumn !== undefined && location.endColumn >= location.column) {
      props.endColumn = location.endColumn;
    }
  }
  return props;
}
