import type { Finding, Severity } from '../../src/rules/types.js';
import { SEVERITIES, severityRank } from '../../src/rules/types.js';
import { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js';

const at = (severity: Severity, file: string, line: number, rule = 'token-leak'): Finding => ({
  rule,
  severity,
  message: `${severity} in ${file}:${line}`,
  location: { file, line, column: 3 }
});

describe('planAnnotations', () => {
  it('maps severities to annotation levels', () => {
    const plan = planAnnotations(SEVERITIES.map(s => at(s, 'a.yml', 1)));
    const levelOf = (severity: Severity): string | undefined =>
      plan.annotations.find(a => a.message.startsWith(severity))?.level;
    expect(levelOf('critical')).toBe('error');
    expect(levelOf('high')).toBe('error');
    expect(levelOf('medium')).toBe('warning');
    expect(levelOf('low')).toBe('warning');
    expect(levelOf('info')).toBe('notice');
  });

  it('ranks by severity, then file and line, whatever the input order', () => {
    const findings = [
      at('low', 'b.yml', 1),
      at('high', 'b.yml', 9),
      at('critical', 'z.yml', 50),
      at('high', 'a.yml', 30),
      at('high', 'b.yml', 2),
      { rule: 'expired', severity: 'high' as const, message: 'high without location' }
    ];
    const messages = planAnnotations(findings).annotations.map(a => a.message);
    expect(messages).toEqual([
      'critical in z.yml:50',
      'high in a.yml:30',
      'high in b.yml:2',
      'high in b.yml:9',
      'high without location',
      'low in b.yml:1'
    ]);
  });

  it('keeps at most 10 per level, the worst ones, and counts the rest per level', () => {
    // 7 critical + 8 high = 15 errors; 12 low = 12 warnings; 3 info = 3 notices.
    const findings = [
      ...Array.from({ length: 8 }, (_, i) => at('high', 'w.yml', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => at('low', 'w.yml', i + 1)),
      ...Array.from({ length: 7 }, (_, i) => at('critical', 'w.yml', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => at('info', 'w.yml', i + 1))
    ];
    const plan = planAnnotations(findings);
    const count = (level: string): number => plan.annotations.filter(a => a.level === level).length;
    expect(count('error')).toBe(MAX_ANNOTATIONS_PER_LEVEL);
    expect(count('warning')).toBe(MAX_ANNOTATIONS_PER_LEVEL);
    expect(count('notice')).toBe(3);
    expect(plan.notAnnotated).toEqual({ error: 5, warning: 2, notice: 0 });
    // Every critical made it; the dropped errors are all high.
    const errors = plan.annotations.filter(a => a.level === 'error').map(a => a.message);
    expect(errors.filter(m => m.startsWith('critical'))).toHaveLength(7);
    expect(errors.filter(m => m.startsWith('high'))).toEqual([
      'high in w.yml:1',
      'high in w.yml:2',
      'high in w.yml:3'
    ]);
  });

  it('never lets a less severe finding in while a worse one of the same level is dropped', () => {
    const findings = [
      ...Array.from({ length: 6 }, (_, i) => at('low', 'x.yml', i + 1)),
      ...Array.from({ length: 6 }, (_, i) => at('medium', 'x.yml', i + 1))
    ];
    const plan = planAnnotations(findings, 10);
    const kept = plan.annotations.map(a => a.message.split(' ')[0] as Severity);
    expect(kept.filter(s => s === 'medium')).toHaveLength(6);
    expect(kept.filter(s => s === 'low')).toHaveLength(4);
    expect(plan.notAnnotated.warning).toBe(2);
    const ranks = kept.map(severityRank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('fills properties from the location; columns only on single-line annotations', () => {
    const plan = planAnnotations([
      {
        rule: 'token-leak',
        severity: 'high',
        message: 'echoes the token',
        location: { file: 'w.yml', line: 4, column: 7, endColumn: 30 },
        fix: { summary: 'Remove the echo.', commands: ['fly tokens revoke ID'] }
      },
      {
        rule: 'unpinned-action',
        severity: 'high',
        message: 'unpinned',
        location: { file: 'w.yml', line: 8, column: 7, endLine: 10, endColumn: 4 }
      },
      { rule: 'expired', severity: 'critical', message: 'expired', subject: 'FLY_API_TOKEN' }
    ]);
    const [expired, leak, unpinned] = plan.annotations;
    expect(expired?.properties).toEqual({
      title: 'fly-token-guard: expired (FLY_API_TOKEN) [critical]'
    });
    expect(leak?.properties).toEqual({
      title: 'fly-token-guard: token-leak [high]',
      file: 'w.yml',
      startLine: 4,
      endLine: 4,
      startColumn: 7,
      endColumn: 30
    });
    // One line of fix; the commands stay in the job summary.
    expect(leak?.message).toBe(
      'echoes the token\nFix: Remove the echo. The commands are in the job summary.'
    );
    expect(unpinned?.properties).toEqual({
      title: 'fly-token-guard: unpinned-action [high]',
      file: 'w.yml',
      startLine: 8,
      endLine: 10
    });
  });

  it('plans nothing for no findings', () => {
    expect(planAnnotations([])).toEqual({
      annotations: [],
      notAnnotated: { error: 0, warning: 0, notice: 0 }
    });
  });
});
