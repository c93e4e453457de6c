import { verdictFor, severityRank } from '../src/rules/types.js';

describe('verdictFor', () => {
  it('fails at the threshold and warns below it', () => {
    const high = { rule: 'x', severity: 'high' as const, message: 'm' };
    const low = { rule: 'y', severity: 'low' as const, message: 'm' };
    expect(verdictFor([high], 'high')).toBe('fail');
    expect(verdictFor([low], 'high')).toBe('warn');
    expect(verdictFor([{ ...low, severity: 'info' }], 'high')).toBe('pass');
    expect(verdictFor([high], 'never')).toBe('warn');
    expect(severityRank('critical')).toBeGreaterThan(severityRank('info'));
  });
});
