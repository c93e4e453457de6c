// Header reading, scheme handling, base64 strictness and the specific problem messages.
import {
  authScheme,
  inspectToken,
  MAX_INPUT_BYTES,
  normalizeHeader,
  parseHeader
} from '../../src/token/index.js';
import type { TokenInspection, TokenProblemCode } from '../../src/token/index.js';
import { vector } from './support.js';

const org = vector('org_full');
const [orgPermission, orgDischarge] = org.token.split(',') as [string, string];
const fo1 = vector('oauth_fo1_token').token;
const legacy = vector('legacy_personal_token').token;

function fatalCodes(i: TokenInspection): TokenProblemCode[] {
  return i.problems.filter(p => p.fatal).map(p => p.code);
}

function formattingCodes(input: string): string[] {
  return inspectToken(input).formatting.map(f => f.code);
}

describe('parseHeader', () => {
  it('strips nested schemes case-insensitively, as Fly does', () => {
    const header = parseHeader(`  bearer   FLYV1 fLyV1 ${org.token}\n`);
    expect(header.schemes).toEqual(['Bearer', 'FlyV1', 'FlyV1']);
    expect(header.stripped).toBe(org.token);
    expect(header.pieces.map(p => p.kind)).toEqual(['macaroon', 'macaroon']);
  });

  it('does not treat a tab as the scheme separator (Go cuts at a space)', () => {
    const header = parseHeader(`FlyV1\t${orgPermission}`);
    expect(header.schemes).toEqual([]);
    expect(header.pieces[0]?.kind).toBe('unknown');
  });

  it('recognises user tokens, including a legacy token that contains an underscore', () => {
    const underscored = 'ab_' + 'c'.repeat(40);
    expect(parseHeader(underscored).pieces[0]?.kind).toBe('legacy-user-token');
    expect(parseHeader(fo1).pieces[0]?.kind).toBe('oauth-user-token');
    expect(parseHeader(`${fo1}x`).pieces[0]?.kind).toBe('unknown');
  });
});

describe('authScheme and normalizeHeader', () => {
  it('uses FlyV1 for macaroons and Bearer for user tokens', () => {
    expect(authScheme(`Bearer ${org.token}`)).toBe('FlyV1');
    expect(authScheme(`FlyV1 ${fo1}`)).toBe('Bearer');
    expect(authScheme(legacy)).toBe('Bearer');
  });

  it('cleans whitespace, doubled schemes and spaces after commas', () => {
    const messy = ` Bearer FlyV1 ${orgPermission}, ${orgDischarge} \n`;
    expect(normalizeHeader(messy)).toBe(`FlyV1 ${orgPermission},${orgDischarge}`);
    expect(normalizeHeader(`  ${fo1}\n`)).toBe(`Bearer ${fo1}`);
  });

  it('drops user tokens for the Machines API but keeps them for GraphQL', () => {
    const mixed = `${fo1},${org.token}`;
    expect(normalizeHeader(mixed)).toBe(`FlyV1 ${org.token}`);
    expect(normalizeHeader(mixed, 'graphql')).toBe(`FlyV1 ${org.token},${fo1}`);
    expect(normalizeHeader('   ')).toBe('');
  });
});

describe('formatting hints', () => {
  it('reports each sloppy-but-usable form once, and none for a clean header', () => {
    expect(formattingCodes(org.header_form)).toEqual([]);
    expect(formattingCodes(`${org.header_form}\n`)).toEqual(['surrounding-whitespace']);
    expect(formattingCodes(org.token)).toEqual(['scheme-missing']);
    expect(formattingCodes(`FlyV1 FlyV1 ${org.token}`)).toEqual(['scheme-doubled']);
    expect(formattingCodes(`Bearer ${org.token}`)).toEqual(['bearer-scheme']);
    expect(formattingCodes(`FlyV1 ${orgPermission}, ${orgDischarge}`)).toEqual([
      'space-after-comma'
    ]);
    const [label, body] = orgPermission.split('_') as [string, string];
    const wrapped = `FlyV1 ${label}_${body.slice(0, 40)}\n${body.slice(40)},${orgDischarge}`;
    expect(formattingCodes(wrapped)).toEqual(['line-break-inside']);
  });

  it('mentions the newline when there is one', () => {
    const [hint] = inspectToken(`${org.header_form}\r\n`).formatting;
    expect(hint?.message).toMatch(/newline/);
  });

  it('keeps the token usable: a hinted token still decodes', () => {
    expect(inspectToken(` Bearer ${orgPermission} , ${orgDischarge} \n`).kind).toBe('org');
  });
});

describe('problems', () => {
  const permissionBody = orgPermission.slice('fm2_'.length);

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['FlyV1 ', 'scheme-only'],
    ['Bearer FlyV1', 'scheme-only'],
    ['fm2_', 'empty-body'],
    ['fm3_AAAA', 'unknown-label'],
    ['nounderscorehere', 'no-underscore'],
    [`fo1_${'a'.repeat(10)}`, 'unrecognised-piece'],
    [`${org.token},`, 'empty-piece'],
    ['fm2_cGxhaW4gdGV4dCwgZGVmaW5pdGVseSBub3QgbXNncGFjaw==', 'not-msgpack'],
    ['fm2_kA==', 'bad-structure'], // an empty array, not a 4-part macaroon
    ['fm2_kw==', 'truncated'], // a 3-array whose items are missing
    ['fm2_AB=C', 'bad-base64'],
    ['fm2_AB!C', 'bad-base64']
  ])('%j -> %s', (input, code) => {
    const inspection = inspectToken(input);
    expect(inspection.kind).toBe('malformed');
    expect(fatalCodes(inspection)).toContain(code);
  });

  it('tells the URL-safe alphabet apart from other base64 damage', () => {
    const urlSafe = `fm2_${permissionBody.replace(/\+/g, '-').replace(/\//g, '_')}`;
    expect(urlSafe).not.toBe(orgPermission); // the vector body does contain + or /
    const inspection = inspectToken(urlSafe);
    expect(fatalCodes(inspection)).toEqual(['url-safe-base64']);
    expect(inspection.problems[0]?.message).toMatch(/URL-safe alphabet/);
  });

  it('tells missing padding apart from a token that was cut off', () => {
    const padded = orgPermission.endsWith('=') ? orgPermission : orgDischarge;
    expect(padded.endsWith('=')).toBe(true);
    expect(fatalCodes(inspectToken(padded.replace(/=+$/, '')))).toEqual(['unpadded-base64']);
    const cut = padded.slice(0, padded.length - 20);
    const inspection = inspectToken(cut.slice(0, cut.length - (cut.length % 4)));
    expect(fatalCodes(inspection)).toEqual(['truncated']);
    expect(inspection.problems[0]?.message).toMatch(/cut off/);
  });

  it('names the bad piece of a bundle and rejects the whole header', () => {
    const inspection = inspectToken(`FlyV1 ${orgPermission},fm3_${permissionBody}`);
    expect(inspection.kind).toBe('malformed');
    expect(inspection.problems[0]?.message).toBe('piece 2 of 2 is malformed: unknown label fm3');
    expect(inspection.problems[0]?.piece).toBe(1);
    expect(inspection.macaroonCount).toBe(0);
  });

  it('does not echo long labels', () => {
    const label = 'secretlabelvalue';
    const inspection = inspectToken(`${label}_${permissionBody}`);
    expect(inspection.problems[0]?.message).not.toContain(label);
    expect(inspection.problems[0]?.message).toMatch(/unknown label \(16 characters\)/);
  });

  it(`refuses inputs above ${MAX_INPUT_BYTES} bytes before decoding, counting UTF-8 bytes`, () => {
    const big = inspectToken('A'.repeat(MAX_INPUT_BYTES + 1));
    expect(fatalCodes(big)).toEqual(['too-large']);
    expect(fatalCodes(inspectToken('é'.repeat(MAX_INPUT_BYTES / 2 + 1)))).toEqual(['too-large']);
    expect(fatalCodes(inspectToken('A'.repeat(MAX_INPUT_BYTES)))).not.toContain('too-large');
  });

  it('flags a permission token whose discharge is missing, without failing it', () => {
    const inspection = inspectToken(`FlyV1 ${orgPermission}`);
    expect(inspection.kind).toBe('org');
    expect(inspection.dischargePaired).toBe(false);
    const missing = inspection.problems.find(p => p.code === 'missing-discharge');
    expect(missing?.fatal).toBe(false);
    expect(missing?.message).toContain('https://api.fly.io/aaa/v1');
  });

  it('counts a lone discharge as decodable but unusable', () => {
    const inspection = inspectToken(`FlyV1 ${orgDischarge}`);
    expect(inspection.kind).toBe('custom');
    expect(inspection.orgAccess).toBeNull();
    expect(inspection.problems.map(p => p.code)).toContain('no-permission-token');
  });
});
