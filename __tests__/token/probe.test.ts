import { makeProbe, ProbeBudget, type Probe } from '../../src/token/summary.js';
import { decodeToken, type PermissionGrant } from '../../src/token/index.js';
import { cav, fm2, loadVectors } from './support.js';

// A grant asked twice over shares its macaroons between the two grants: each macaroon must be
// paid for once per probe, so the masks and the probe where the budget runs out are those of
// the grant asked once.
const handMade = fm2({
  caveats: [
    cav.org(1, 31),
    cav.ifPresent([cav.apps([[7, 31]]), cav.features([['wg', 3]])], 1),
    cav.window(1_000, 2_000)
  ]
});
const grants: PermissionGrant[] = [...loadVectors().map(v => v.header_form), handMade].flatMap(
  header => decodeToken(header).grants
);

const targets: Array<Parameters<Probe>[0]> = [
  {},
  { appId: 7n },
  { appId: 4455667n },
  { feature: 'wg' },
  { feature: 'builder' },
  { appId: 7n, machine: 'm', command: ['sh'] },
  { appId: 7n, mutation: 'issueCertificate' },
  { feature: 'litefs-cloud', cluster: 'c' },
  { appId: 7n, feature: 'wg' },
  { now: 1_500 }
];

describe('probes of grants sharing macaroons', () => {
  it('has grants with discharges and several caveats to compare', () => {
    expect(grants.length).toBeGreaterThan(15);
    expect(grants.some(g => g.discharges.length > 0)).toBe(true);
  });

  it.each([0, 1, 5, 10, 25, 50, 100, 200, 10_000])(
    'give the masks and budget of the grant asked once (budget %i)',
    limit => {
      for (const grant of grants) {
        const once = new ProbeBudget(limit);
        const twice = new ProbeBudget(limit);
        const probeOnce = makeProbe([grant], once);
        const probeTwice = makeProbe([grant, grant], twice);
        for (const target of targets) {
          expect(probeOnce(target)).toBe(probeTwice(target));
          expect(once.exhausted).toBe(twice.exhausted);
        }
      }
    }
  );

  it('finds something allowed on these grants (the comparison is not all zeros)', () => {
    const masks = grants.flatMap(g => targets.map(t => makeProbe([g])(t)));
    expect(masks.filter(m => m !== 0).length).toBeGreaterThan(20);
    expect(new Set(masks).size).toBeGreaterThan(2);
  });
});
