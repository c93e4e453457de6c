// The kind comes from what a token can do, not from how its caveats are spelled.
import { inspectToken } from '../../src/token/index.js';
import { appendCaveats, cav, fm2, MpMap, vector } from './support.js';

const ORG = 918273;
const APP = 4455667;
const org = vector('org_full');
const [orgPermission, orgDischarge] = org.token.split(',') as [string, string];
const deployIfs = cav.ifPresent(
  [
    cav.apps([[APP, 31]]),
    cav.features([
      ['builder', 31],
      ['wg', 31]
    ])
  ],
  1
);

describe('classification by capability', () => {
  it('calls an org token narrowed client-side to one app a deploy token, with its short expiry', () => {
    const notBefore = 1752057183;
    const attenuated = appendCaveats(orgPermission, [
      deployIfs,
      cav.window(notBefore, notBefore + 3600)
    ]);
    const inspection = inspectToken(`FlyV1 ${attenuated},${orgDischarge}`);
    expect(inspection.kind).toBe('deploy');
    expect(inspection.appAccess).toEqual({ [APP]: 'rwcdC' });
    expect(inspection.orgAccess).toBe('r');
    expect(inspection.lifetimeSeconds).toBe(3600);
    expect(inspection.expiresAt).toBe(
      new Date((notBefore + 3600) * 1000).toISOString().replace('.000', '')
    );
    expect(inspection.dischargePaired).toBe(true);
  });

  it('recognises the same powers however they are spelled', () => {
    // Apps at the top level (no org-wide read) is still "full control of one app only".
    const topLevel = fm2({ caveats: [cav.org(ORG, 31), cav.apps([[APP, 31]])] });
    expect(inspectToken(topLevel).kind).toBe('deploy');
    // Read-only through an Action caveat instead of Organization{r}.
    const viaAction = fm2({ caveats: [cav.org(ORG, 31), cav.action(1)] });
    expect(inspectToken(viaAction).kind).toBe('readonly');
    // A lone Organization{org, r}.
    expect(inspectToken(fm2({ caveats: [cav.org(ORG, 1)] })).kind).toBe('readonly');
  });

  it('keeps org tokens with member-only roles as org tokens', () => {
    expect(inspectToken(appendCaveats(orgPermission, [[22, []]])).kind).toBe('org');
  });

  it('recognises wireguard, machine-exec and litefs-cloud layouts built by hand', () => {
    const wg = appendCaveats(orgPermission, [
      cav.ifPresent([cav.apps([]), cav.features([['wg', 31]])], 1)
    ]);
    expect(inspectToken(wg).kind).toBe('wireguard');

    const exec = appendCaveats(orgPermission, [
      deployIfs,
      cav.ifPresent([cav.commands([[['uptime'], true]])], 1)
    ]);
    const execInspection = inspectToken(exec);
    expect(execInspection.kind).toBe('machine-exec');
    expect(execInspection.commands).toEqual([{ args: ['uptime'], exact: true }]);

    const lfsc = appendCaveats(orgPermission, [cav.ifPresent([cav.clusters([['db-1', 31]])], 1)]);
    const lfscInspection = inspectToken(lfsc);
    expect(lfscInspection.kind).toBe('litefs-cloud');
    expect(lfscInspection.clusterAccess).toEqual({ 'db-1': 'rwcdC' });
  });

  it('calls a lone mutations token ssh, but not a read-only token that names mutations', () => {
    const ssh = appendCaveats(orgPermission, [deployIfs, cav.mutations(['issueCertificate'])]);
    expect(inspectToken(ssh).kind).toBe('ssh');
    const readOnly = appendCaveats(orgPermission, [
      cav.org(ORG, 1),
      cav.mutations(['issueCertificate'])
    ]);
    expect(inspectToken(readOnly).kind).toBe('custom');
  });

  it('falls back to custom for partial powers and for mixed bundles', () => {
    const partial = appendCaveats(orgPermission, [cav.apps([[APP, 3]])]);
    expect(inspectToken(partial).kind).toBe('custom');
    const deploy = vector('deploy_missing_discharge').token;
    expect(inspectToken(`FlyV1 ${orgPermission},${deploy}`).kind).toBe('custom');
    const twoOrgs = `FlyV1 ${fm2({ caveats: [cav.org(1, 31)] })},${fm2({ caveats: [cav.org(2, 31)] })}`;
    expect(inspectToken(twoOrgs).kind).toBe('org');
  });

  it('calls any bundle with a user token personal', () => {
    const fo1 = vector('oauth_fo1_token').token;
    const inspection = inspectToken(`${fo1},${fm2({ caveats: [cav.org(ORG, 1)] })}`);
    expect(inspection.kind).toBe('personal');
    expect(inspection.userTokenCount).toBe(1);
    expect(inspection.orgAccess).toBe('r');
  });

  it('reports feature access for every named feature', () => {
    const inspection = inspectToken(
      fm2({
        caveats: [
          cav.org(ORG, 31),
          [
            5,
            [
              new MpMap([
                ['domain', 3],
                ['membership', 1]
              ])
            ]
          ]
        ]
      })
    );
    expect(inspection.featureAccess).toEqual({ domain: 'rw', membership: 'r' });
  });
});
