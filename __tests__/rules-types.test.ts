import { failOnFrom, reachesFailOn, severityRank, verdictFor } from '../src/rules/types.js';

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

describe('failOnFrom / reachesFailOn (one reading for the action input and the CLI option)', () => {
  it('reads severities and never/none in any case, and nothing else', () => {
    expect(failOnFrom(' HIGH ')).toBe('high');
    expect(failOnFrom('None')).toBe('never');
    expect(failOnFrom('never')).toBe('never');
    expect(failOnFrom('severe')).toBeUndefined();
  });

  it('fails from the threshold up, never for never or no finding', () => {
    expect(reachesFailOn('high', 'high')).toBe(true);
    expect(reachesFailOn('critical', 'high')).toBe(true);
    expect(reachesFailOn('medium', 'high')).toBe(false);
    expect(reachesFailOn('critical', 'never')).toBe(false);
    expect(reachesFailOn(null, 'info')).toBe(false);
  });
});
