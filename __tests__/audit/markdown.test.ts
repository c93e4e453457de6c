// The org audit's markdown: cut like every other body we post when it outgrows GitHub's limit.
import { renderAuditMarkdown } from '../../src/audit/markdown.js';
import { buildAuditReport } from '../../src/audit/report.js';
import { GITHUB_BODY_LIMIT } from '../../src/report/markdown.js';

describe('renderAuditMarkdown', () => {
  it('cuts an oversized report at a line break and says how much was left out', () => {
    const note = `A long note 😀 ${'x'.repeat(200)}`;
    const report = buildAuditReport({
      org: 'acme',
      generatedAt: '2026-01-01T00:00:00Z',
      shard: null,
      complete: true,
      repositories: [],
      notes: Array.from({ length: 400 }, () => note)
    });
    const body = renderAuditMarkdown(report);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    const [kept, cut] = body.split('\n\n_…truncated: ');
    expect(kept?.endsWith(note)).toBe(true);
    expect(cut).toMatch(/^\d+ characters not shown/);
  });
});
