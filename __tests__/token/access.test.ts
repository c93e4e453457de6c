// The access evaluator against Fly's Validate semantics: intersections, IfPresent, resource
// sets, discharges, clocks, and the property that attenuation only ever narrows.
import fc from 'fast-check';
import {
  allows,
  bundleAllows,
  checkAccess,
  decodeCaveatSet,
  decodeToken
} from '../../src/token/index.js';
import type { Caveat, TokenAccess } from '../../src/token/index.js';
import { appendCaveats, cav, fm2, mp, MpMap, vector, type Mp } from './support.js';

const ORG = 918273;
const APP = 4455667;
const OTHER_APP = 2020202;

function caveats(...list: Array<[number, Mp]>): Caveat[] {
  return decodeCaveatSet(mp(list.flatMap(([t, b]) => [t, b] as Mp[])), {
    onUnregistered: () => {}
  });
}

const deployIfPresent = cav.ifPresent(
  [
    cav.apps([[APP, 31]]),
    cav.features([
      ['builder', 31],
      ['wg', 31]
    ])
  ],
  1
);

describe('allows (one caveat list)', () => {
  it('intersects repeated caveats of one kind', () => {
    expect(allows(caveats(cav.org(ORG, 31), cav.org(ORG, 1)), { orgId: ORG })).toBe('r');
    const twoApps = caveats(cav.org(ORG, 31), cav.apps([[APP, 3]]), cav.apps([[APP, 5]]));
    expect(allows(twoApps, { orgId: ORG, appId: APP })).toBe('r');
  });

  it('applies IfPresent when the access names its resource, else the else-mask', () => {
    const list = caveats(cav.org(ORG, 31), deployIfPresent);
    expect(allows(list, { orgId: ORG })).toBe('r');
    expect(allows(list, { orgId: ORG, appId: APP })).toBe('rwcdC');
    expect(allows(list, { orgId: ORG, appId: OTHER_APP })).toBe('');
    expect(allows(list, { orgId: ORG, feature: 'builder' })).toBe('rwcdC');
    expect(allows(list, { orgId: ORG, feature: 'membership' })).toBe('');
    expect(allows(list, { orgId: ORG, appId: APP, machine: 'm1' })).toBe('rwcdC');
  });

  it('treats the zero id as "any", alone; an empty set allows nothing', () => {
    expect(allows(caveats(cav.org(0, 31), cav.apps([[0, 1]])), { orgId: 5, appId: 9 })).toBe('r');
    expect(
      allows(
        caveats(
          cav.org(ORG, 31),
          cav.apps([
            [0, 1],
            [APP, 31]
          ])
        ),
        { orgId: ORG, appId: APP }
      )
    ).toBe('');
    expect(allows(caveats(cav.org(ORG, 31), cav.apps([])), { orgId: ORG, appId: APP })).toBe('');
  });

  it('requires the org, and refuses accesses Fly would call invalid', () => {
    const list = caveats(cav.org(ORG, 31));
    expect(allows(list, {})).toBe('');
    expect(allows(list, { orgId: 53421 })).toBe('');
    expect(allows(list, { orgId: ORG, machine: 'm1' })).toBe(''); // a machine needs its app
    expect(allows(list, { orgId: ORG, appId: APP, feature: 'wg' })).toBe(''); // one org resource
    expect(allows(list, { orgId: 'not-a-number' })).toBe('');
  });

  it('makes a top-level Mutations or Commands caveat demand that resource', () => {
    const mutations = caveats(cav.org(ORG, 31), cav.mutations(['issueCertificate']));
    expect(allows(mutations, { orgId: ORG })).toBe('');
    expect(allows(mutations, { orgId: ORG, mutation: 'issueCertificate' })).toBe('rwcdC');
    expect(allows(mutations, { orgId: ORG, mutation: 'deleteApp' })).toBe('');

    const commands = caveats(
      cav.org(ORG, 31),
      cav.commands([
        [['ls', '-la'], true],
        [['cat'], false]
      ])
    );
    const exec = (command: string[]): string =>
      allows(commands, { orgId: ORG, appId: APP, machine: 'm', command });
    expect(exec(['ls', '-la'])).toBe('rwcdC');
    expect(exec(['ls', '-la', '/'])).toBe(''); // exact
    expect(exec(['cat', '/etc/hosts'])).toBe('rwcdC'); // prefix
    expect(exec(['rm'])).toBe('');
  });

  it('skips top-level attestations and verification caveats, refuses them nested', () => {
    const ticket = Uint8Array.of(1, 2, 3);
    const top = caveats(
      cav.org(ORG, 31),
      cav.flyioUser(1),
      cav.thirdParty('https://auth.fly.io', ticket)
    );
    expect(allows(top, { orgId: ORG })).toBe('rwcdC');
    const nested = caveats(cav.org(ORG, 31), cav.ifPresent([cav.flyioUser(1)], 31));
    expect(allows(nested, { orgId: ORG })).toBe('');
  });

  it('checks validity windows only when given a clock', () => {
    const list = caveats(cav.org(ORG, 31), cav.window(1000, 2000));
    expect(allows(list, { orgId: ORG })).toBe('rwcdC');
    expect(allows(list, { orgId: ORG, now: new Date(1500 * 1000) })).toBe('rwcdC');
    expect(allows(list, { orgId: ORG, now: new Date(2001 * 1000) })).toBe('');
    expect(allows(list, { orgId: ORG, now: new Date(999 * 1000) })).toBe('');
  });

  it('applies member-only roles to admin features', () => {
    const member = caveats(cav.org(ORG, 31), [22, []]);
    expect(allows(member, { orgId: ORG, feature: 'builder' })).toBe('rwcdC');
    expect(allows(member, { orgId: ORG, feature: 'membership' })).toBe('r');
    expect(allows(member, { orgId: ORG, feature: 'deletion' })).toBe('');
    expect(
      allows(caveats(cav.org(ORG, 31), [30, 0xffffffff]), { orgId: ORG, feature: 'deletion' })
    ).toBe('rwcdC');
  });

  it('matches storage objects by prefix', () => {
    const list = caveats(cav.org(ORG, 31), [29, [new MpMap([['https://storage.fly/b/', 1]])]]);
    expect(allows(list, { orgId: ORG, storageObject: 'https://storage.fly/b/file' })).toBe('r');
    expect(allows(list, { orgId: ORG, storageObject: 'https://storage.fly/c' })).toBe('');
  });

  it('checks machine sources', () => {
    const list = caveats(cav.org(ORG, 31), [15, ['m-src']], [31, ['', 'app-a', '']]);
    expect(allows(list, { orgId: ORG, sourceMachine: 'm-src', sourceApp: 'app-a' })).toBe('rwcdC');
    expect(allows(list, { orgId: ORG, sourceMachine: 'm-src', sourceApp: 'app-b' })).toBe('');
    expect(allows(list, { orgId: ORG })).toBe('');
  });
});

describe('bundles: permission tokens with their discharges', () => {
  const ticket = Uint8Array.from(Buffer.from('ticket-for-discharge'));
  const permission = fm2({
    caveats: [cav.org(ORG, 31), cav.thirdParty('https://api.fly.io/aaa/v1', ticket)]
  });
  const discharge = (extra: Array<[number, Mp]>, kid = ticket): string =>
    fm2({
      kid,
      proof: true,
      location: 'https://api.fly.io/aaa/v1',
      caveats: [cav.flyioUser(7), ...extra]
    });

  it('applies a paired discharge’s caveats to its permission token', () => {
    const token = decodeToken(`FlyV1 ${permission},${discharge([cav.apps([[APP, 1]])])}`);
    expect(token.grants[0]?.discharges).toHaveLength(1);
    expect(bundleAllows(token, { orgId: ORG, appId: APP })).toBe('r');
    expect(bundleAllows(token, { orgId: ORG })).toBe('');
  });

  it('ignores a discharge that belongs to another token', () => {
    const stranger = discharge([cav.apps([[APP, 1]])], Uint8Array.of(9, 9));
    const token = decodeToken(`FlyV1 ${permission},${stranger}`);
    expect(token.grants[0]?.discharges).toHaveLength(0);
    expect(bundleAllows(token, { orgId: ORG })).toBe('rwcdC');
  });

  it('allows when any permission token does, and says which', () => {
    const readOnly = fm2({ caveats: [cav.org(ORG, 1)] });
    const appOnly = fm2({ caveats: [cav.org(ORG, 31), cav.apps([[APP, 31]])] });
    const token = decodeToken(`FlyV1 ${readOnly},${appOnly}`);
    expect(checkAccess(token, { action: 'w', orgId: ORG, appId: APP })).toEqual({
      allowed: true,
      allowedBy: [1],
      reasons: []
    });
    const refused = checkAccess(token, { action: 'w', orgId: ORG });
    expect(refused.allowed).toBe(false);
    expect(refused.reasons).toHaveLength(2);
    expect(refused.reasons[0]).toMatch(/token 1: .*w not allowed/);
  });

  it('answers every access with nothing for a token without permission tokens', () => {
    const token = decodeToken(`FlyV1 ${discharge([])}`);
    expect(token.grants).toHaveLength(0);
    expect(checkAccess(token, { action: 'r', orgId: ORG }).allowed).toBe(false);
  });
});

describe('attenuation only narrows (property)', () => {
  const runs = Math.max(20, Math.floor(Number(process.env.FUZZ_RUNS ?? 300) / 3));
  const action = fc.constantFrom(1, 3, 31);
  const app = fc.constantFrom(APP, OTHER_APP, 0);
  const feature = fc.constantFrom('builder', 'wg', 'membership', '');
  const caveat: fc.Arbitrary<[number, Mp]> = fc.oneof(
    fc.tuple(fc.constantFrom(ORG, 0, 53421), action).map(([o, a]) => cav.org(o, a)),
    fc.array(fc.tuple(app, action), { maxLength: 2 }).map(e => cav.apps(e)),
    fc.array(fc.tuple(feature, action), { maxLength: 2 }).map(e => cav.features(e)),
    action.map(a => cav.action(a)),
    fc.constantFrom(
      cav.mutations(['issueCertificate']),
      cav.commands([[[], false]]),
      cav.window(0, 1)
    ),
    fc
      .tuple(fc.array(fc.tuple(app, action), { maxLength: 2 }), action)
      .map(([e, a]) => cav.ifPresent([cav.apps(e)], a))
  );
  const access: fc.Arbitrary<TokenAccess> = fc.record(
    {
      orgId: fc.constantFrom(ORG, 53421),
      appId: app,
      feature,
      mutation: fc.constant('issueCertificate')
    },
    { requiredKeys: ['orgId'] }
  );

  it('never lets an appended caveat allow more', () => {
    fc.assert(
      fc.property(fc.array(caveat, { maxLength: 4 }), caveat, access, (base, extra, a) => {
        const before = allows(caveats(...base), a);
        const after = allows(caveats(...base, extra), a);
        expect([...after].every(letter => before.includes(letter))).toBe(true);
      }),
      { numRuns: runs }
    );
  });

  it('holds for a real org token attenuated client-side', () => {
    const org = vector('org_full');
    const [permission, discharge] = org.token.split(',') as [string, string];
    const original = decodeToken(org.token);
    fc.assert(
      fc.property(fc.array(caveat, { minLength: 1, maxLength: 3 }), access, (extra, a) => {
        const narrowed = decodeToken(`${appendCaveats(permission, extra)},${discharge}`);
        const after = bundleAllows(narrowed, a);
        expect([...after].every(l => bundleAllows(original, a).includes(l))).toBe(true);
      }),
      { numRuns: runs }
    );
  });

  it('keeps a location check: only https://api.fly.io/v1 grants', () => {
    const elsewhere = fm2({
      location: 'https://api.fly.io/secrets/v1',
      caveats: [cav.org(ORG, 31)]
    });
    const token = decodeToken(elsewhere);
    expect(token.macaroons[0]?.role).toBe('unknown');
    expect(bundleAllows(token, { orgId: ORG })).toBe('');
  });
});
