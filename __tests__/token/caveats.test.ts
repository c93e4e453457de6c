// The caveat registry: every type in Fly's table decodes to its library JSON; unknown types
// survive as "unregistered"; IfPresent nests; bad bodies give a specific problem.
import { decodeCaveatSet, inspectToken, registeredCaveatTypes } from '../../src/token/index.js';
import type { Caveat } from '../../src/token/index.js';
import { cav, fm2, mp, MpMap, type Mp } from './support.js';

function decodeOne(type: number | bigint, body: Mp): Caveat {
  const unregistered: bigint[] = [];
  const [caveat] = decodeCaveatSet(mp([type, body]), { onUnregistered: t => unregistered.push(t) });
  if (!caveat) throw new Error('nothing decoded');
  return caveat;
}

const bin = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);

// [type, name, msgpack body, library JSON body]
const TABLE: Array<[number, string, Mp, unknown]> = [
  [0, 'Organization', [918273, 31], { id: 918273, mask: 'rwcdC' }],
  [2, 'Volumes', [new MpMap([['vol_1', 3]])], { volumes: { vol_1: 'rw' } }],
  [3, 'Apps', [new MpMap([[4455667, 31]])], { apps: { '4455667': 'rwcdC' } }],
  [4, 'ValidityWindow', [1, 2 ** 33], { not_before: 1, not_after: 2 ** 33 }],
  [5, 'FeatureSet', [new MpMap([['builder', 31]])], { features: { builder: 'rwcdC' } }],
  [6, 'Mutations', [['issueCertificate']], { mutations: ['issueCertificate'] }],
  [7, 'Machines', [new MpMap([['3d8d9e11b4e708', 16]])], { machines: { '3d8d9e11b4e708': 'C' } }],
  [8, 'ConfineUser', [812734], { id: 812734 }],
  [9, 'ConfineOrganization', [918273], { id: 918273 }],
  [10, 'IsUser', [812734], { uint64: 812734 }],
  [
    11,
    '3P',
    ['https://auth.fly.io', bin(1, 2, 3), bin(4, 5)],
    { Location: 'https://auth.fly.io', VerifierKey: 'AQID', Ticket: 'BAU=' }
  ],
  [12, 'BindToParentToken', bin(255, 0), '/wA='],
  [
    13,
    'IfPresent',
    [[3, [new MpMap([[1, 31]])]], 1],
    { ifs: [{ type: 'Apps', body: { apps: { '1': 'rwcdC' } } }], else: 'r' }
  ],
  [14, 'MachineFeatureSet', [new MpMap([['exec', 1]])], { features: { exec: 'r' } }],
  [15, 'FromMachineSource', ['3d8d9e11b4e708'], { id: '3d8d9e11b4e708' }],
  [16, 'Clusters', [new MpMap([['db-1', 31]])], { clusters: { 'db-1': 'rwcdC' } }],
  [19, 'ConfineGoogleHD', 'example.com', 'example.com'],
  [20, 'ConfineGitHubOrg', 42, 42],
  [21, 'MaxValidity', 3600, 3600],
  [22, 'IsMember', [], {}],
  [23, 'FlyioUserID', 812734, 812734],
  [24, 'GitHubUserID', 99, 99],
  [25, 'GoogleUserID', bin(1, 0), 256],
  [26, 'Action', 1, 'r'],
  [
    27,
    'Commands',
    [
      [['ls', '-la'], true],
      [[], false]
    ],
    [{ args: ['ls', '-la'], exact: true }, { args: [] }]
  ],
  [28, 'AppFeatureSet', [new MpMap([['secrets', 3]])], { features: { secrets: 'rw' } }],
  [
    29,
    'StorageObjects',
    [new MpMap([['https://storage.fly/b', 1]])],
    { storage_objects: { 'https://storage.fly/b': 'r' } }
  ],
  [30, 'AllowedRoles', 0xffffffff, 4294967295],
  [31, 'FlySrc', ['o', 'a', 'i'], { organization: 'o', app: 'a', instance: 'i' }]
];

describe('caveat registry', () => {
  it('registers exactly the types of Fly’s table', () => {
    const types = registeredCaveatTypes().map(d => Number(d.type));
    expect(types).toEqual(TABLE.map(([type]) => type));
  });

  it.each(TABLE)('type %i decodes as %s with the library JSON body', (type, name, body, json) => {
    const caveat = decodeOne(type, body);
    expect(caveat.name).toBe(name);
    expect(caveat.type).toBe(BigInt(type));
    expect(caveat.describe()).toEqual(json);
    expect(Buffer.from(caveat.raw)).toEqual(Buffer.from(mp(body)));
  });

  it('keeps ids and times beyond 2^53 exact, as decimal strings', () => {
    const max = 2n ** 64n - 1n;
    expect(decodeOne(0, [max, 1]).describe()).toEqual({ id: max.toString(), mask: 'r' });
    const big = bin(...new Array<number>(9).fill(0xff));
    expect(decodeOne(25, big).describe()).toBe((2n ** 72n - 1n).toString());
    const inspection = inspectToken(
      fm2({ caveats: [cav.org(1, 31), [3, [new MpMap([[max, 31]])]]] })
    );
    expect(inspection.appIds).toEqual([max.toString()]);
  });

  it.each([1n, 17n, 65536n, 2n ** 48n, 2n ** 64n - 1n])(
    'type %s is unregistered, kept raw',
    type => {
      const caveat = decodeOne(type, ['anything', 1]);
      expect(caveat.name).toBe('Unregistered');
      expect(caveat.type).toBe(type);
      expect(caveat.describe()).toEqual({
        msgpack_hex: Buffer.from(mp(['anything', 1])).toString('hex'),
        value: ['anything', 1]
      });

      const inspection = inspectToken(fm2({ caveats: [cav.org(918273, 31), [type, [1]]] }));
      expect(inspection.kind).not.toBe('malformed');
      expect(inspection.tokens[0]?.caveats[1]).toMatchObject({
        type: type.toString(),
        name: 'Unregistered'
      });
      const note = inspection.problems.find(p => p.code === 'unregistered-caveat');
      expect(note?.fatal).toBe(false);
      expect(note?.message).toContain(type.toString());
      // Fly refuses any access through a caveat it does not know.
      expect(inspection.orgAccess).toBeNull();
    }
  );

  it('notes unregistered types nested in IfPresent too', () => {
    const inspection = inspectToken(
      fm2({ caveats: [cav.org(1, 31), cav.ifPresent([[65536, 'x']], 1)] })
    );
    expect(inspection.problems.map(p => p.code)).toContain('unregistered-caveat');
    // An unknown caveat is never "unspecified", so even inside IfPresent it refuses (as in Fly).
    expect(inspection.orgAccess).toBeNull();
  });

  it('nests IfPresent in IfPresent, and refuses absurd nesting', () => {
    let body: [number, Mp] = cav.apps([[7, 31]]);
    for (let i = 0; i < 3; i++) body = cav.ifPresent([body], 1);
    const nested = decodeOne(body[0], body[1]);
    expect(nested.nested()[0]?.nested()[0]?.nested()[0]?.name).toBe('Apps');

    for (let i = 0; i < 20; i++) body = cav.ifPresent([body], 1);
    const inspection = inspectToken(fm2({ caveats: [cav.org(1, 31), body] }));
    expect(inspection.kind).toBe('malformed');
    expect(inspection.problems[0]?.code).toBe('bad-structure');
    expect(inspection.problems[0]?.message).toMatch(/IfPresent.*nested at most/);
  });

  it.each([
    [
      'an Organization body that is not an array',
      [0, 'x'],
      /caveat 1 \(Organization\).*\[orgId, mask\]/
    ],
    ['Apps keyed by strings', [3, [new MpMap([['4455667', 31]])]], /Apps.*integer ids/],
    ['FeatureSet keyed by numbers', [5, [new MpMap([[1, 31]])]], /FeatureSet.*string keys/],
    ['a negative window', [4, ['soon', 1]], /ValidityWindow/],
    ['a caveat type that is not a number', ['Organization', [1, 31]], /caveat type number/]
  ] as Array<[string, [Mp, Mp], RegExp]>)(
    'rejects %s with a specific message',
    (_what, [type, body], message) => {
      const inspection = inspectToken(fm2({ caveats: [[type as number, body]] }));
      expect(inspection.kind).toBe('malformed');
      expect(inspection.problems[0]?.code).toBe('bad-structure');
      expect(inspection.problems[0]?.message).toMatch(message);
    }
  );

  it('rejects an odd caveat array', () => {
    const token = `fm2_${Buffer.from(mp([[bin(1), bin(2), false], 'https://api.fly.io/v1', [0], bin(3)])).toString('base64')}`;
    expect(inspectToken(token).problems[0]?.message).toMatch(/even caveat array/);
  });

  it('reads legacy two-field nonces', () => {
    const inspection = inspectToken(fm2({ legacyNonce: true, caveats: [cav.org(5, 1)] }));
    expect(inspection.kind).toBe('readonly');
    expect(inspection.tokens[0]?.role).toBe('permission');
    expect(inspection.tokens[0]?.identity).toMatch(/^[0-9a-f-]{36}@tokens\.fly\.io$/);
  });
});
