// Every form a Fly token is written in: the one scrub removes it whole, hardcoded-token finds it
// once and says what it grants, and ordinary text (SHAs, other base64, random ids) is left alone.
import { findTokenLiterals } from '../../src/rules/scan/token-literals.js';
import { normalizeHeader, tokenFragments } from '../../src/token/index.js';
import { escapeMarkdown, escapeTableCell } from '../../src/report/markdown.js';
import { createScrub, SCRUBBED, scrubTokenForms } from '../../src/token/scrub.js';
import { loadVectors, vector } from '../support/vectors.js';
import {
  bodiesOf,
  leakedWindow,
  LEGACY_FORMS,
  MACAROON_FORMS,
  piecesOf,
  secretTextsOf
} from './token-forms.js';

/** Vectors a committed token can be: every usable macaroon bundle. */
const MACAROONS = loadVectors().filter(
  v => v.truth.kind !== 'malformed' && piecesOf(v.header_form).every(p => p.startsWith('fm'))
);
const LEGACY = vector('legacy_personal_token').token;
const OAUTH = vector('oauth_fo1_token').token;

describe('the one scrub', () => {
  test.each(Object.entries(MACAROON_FORMS))('removes a macaroon written %s', (_, form) => {
    for (const v of MACAROONS) {
      const text = form(v.header_form);
      const scrubbed = scrubTokenForms(text);
      expect({
        name: v.name,
        leak: leakedWindow(scrubbed, secretTextsOf(v.header_form), 8)
      }).toEqual({ name: v.name, leak: undefined });
      expect(scrubbed).toContain(SCRUBBED);
    }
  });

  test.each(Object.entries(LEGACY_FORMS))('removes a legacy token written %s', (_, form) => {
    const scrubbed = scrubTokenForms(form(LEGACY));
    expect(leakedWindow(scrubbed, [LEGACY], 8)).toBeUndefined();
  });

  test('removes fo1_ tokens and labelled text that does not decode', () => {
    expect(scrubTokenForms(`token: ${OAUTH}\n`)).toBe(`token: ${SCRUBBED}\n`);
    const cut = vector('malformed_truncated_base64').header_form;
    expect(leakedWindow(scrubTokenForms(`x ${cut} y`), bodiesOf(cut), 8)).toBeUndefined();
  });

  test('with known secrets, removes any 8-character run of them, keeping labels readable', () => {
    const token = vector('deploy_app').header_form;
    const scrub = createScrub(tokenFragments(token));
    const body = bodiesOf(token)[1] ?? '';
    const quoted = `Unexpected value '${body.slice(20, 60)}' at line 3`;
    expect(scrub(quoted)).toBe(`Unexpected value '${SCRUBBED}' at line 3`);
    expect(scrub('flyctl deploy --app web')).toBe('flyctl deploy --app web');
  });

  test('sees through markdown escapes and table line breaks (a summary, a PR comment)', () => {
    const escaped = escapeTableCell(`scripts/${OAUTH}.sh and ${LEGACY}`);
    expect(escaped).toContain('fo1\\_');
    const scrubbed = scrubTokenForms(escaped);
    expect(leakedWindow(scrubbed, [OAUTH.slice(4), LEGACY], 8)).toBeUndefined();
    expect(scrubbed).toContain(`scripts/${SCRUBBED}.sh`);
    for (const v of MACAROONS.slice(0, 3)) {
      // Wrapped at 76 columns in a cell: the lines are joined by <br>.
      const wrapped = escapeTableCell(v.header_form.replace(/(.{76})/g, '$1\n'));
      const leak = leakedWindow(scrubTokenForms(wrapped), secretTextsOf(v.header_form), 8);
      expect({ name: v.name, leak }).toEqual({ name: v.name, leak: undefined });
    }
    const token = vector('deploy_app').header_form;
    const body = bodiesOf(token)[1] ?? '';
    const piece = `${body.slice(20, 40)}_`;
    expect(createScrub(tokenFragments(token))(escapeMarkdown(piece))).toBe(`${SCRUBBED}\\_`);
    expect(scrubTokenForms('a\\_b <br> c\\*d')).toBe('a\\_b <br> c\\*d');
  });

  test('leaves ordinary text alone', () => {
    const ordinary = [
      'uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11',
      `image: registry.fly.io/web@sha256:${'9f'.repeat(32)}`,
      `data: ${Buffer.from('hello, this is not a token at all, just some bytes').toString('base64')}`,
      'run-id: 3fa85f64-5717-4562-b3fc-2c963f66afa6',
      'Use `FlyV1 ` as the scheme, e.g. `FlyV1 fm2_…`.',
      'lJPE is not a token on its own'
    ].join('\n');
    expect(scrubTokenForms(ordinary)).toBe(ordinary);
  });
});

describe('hardcoded-token literals', () => {
  test.each(Object.entries(MACAROON_FORMS))('finds a macaroon written %s, once', (_, form) => {
    for (const v of MACAROONS) {
      const literals = findTokenLiterals(form(v.header_form));
      expect({ name: v.name, count: literals.length, kind: literals[0]?.inspection.kind }).toEqual({
        name: v.name,
        count: 1,
        kind: v.truth.kind
      });
    }
  });

  test('a wrapped bundle is one literal spanning its lines, with the token as Fly reads it', () => {
    const token = vector('ssh_app').header_form;
    const text = MACAROON_FORMS['yaml-literal-wrapped'](token);
    const [literal] = findTokenLiterals(text);
    expect(literal?.wrapped).toBe(true);
    expect(literal?.token).toBe(normalizeHeader(token));
    expect(text.slice(literal?.start, literal?.end).split('\n').length).toBeGreaterThan(5);
  });

  test.each(Object.entries(LEGACY_FORMS))('finds a legacy token written %s', (_, form) => {
    const literals = findTokenLiterals(form(LEGACY));
    expect(literals.map(l => [l.shape, l.inspection.kind])).toEqual([['legacy', 'personal']]);
  });

  test('a 43-character value without a token context is not a finding', () => {
    expect(findTokenLiterals(`cache-key: ${LEGACY}\n`)).toEqual([]);
  });

  test('no finding on ordinary workflows: SHAs, other base64, random ids', () => {
    const random = (seed: number, n: number): string => {
      let x = seed;
      const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      let out = '';
      for (let i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        out += chars[x % 64];
      }
      return out;
    };
    for (let i = 0; i < 200; i++) {
      const workflow = [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: actions/cache@${random(i, 40).replace(/[^a-f0-9]/g, 'a')}`,
        `      - run: echo ${random(i + 1, 43)} ${random(i + 2, 64)}`,
        `        env:`,
        `          BLOB: ${Buffer.from(random(i + 3, 300)).toString('base64')}`,
        `          ID: ${random(i + 4, 43)}`
      ].join('\n');
      expect(findTokenLiterals(workflow)).toEqual([]);
    }
  });
});

describe('mask fragments stay bounded', () => {
  test('10,800 schemes before a token: a few dozen fragments under 1 MB, every real form kept', () => {
    const token = vector('deploy_app').header_form;
    const value = 'FlyV1 '.repeat(10_800) + token;
    const fragments = tokenFragments(value);
    expect(fragments.length).toBeLessThan(64);
    expect(fragments.reduce((sum, f) => sum + f.length + 13, 0)).toBeLessThan(1024 * 1024);
    const expected = [normalizeHeader(token), ...piecesOf(token), ...bodiesOf(token)];
    expect(fragments).toEqual(expect.arrayContaining(expected));
  });

  test('thousands of pieces or lines give a bounded number of fragments', () => {
    const piece = piecesOf(vector('org_full').header_form)[0] ?? '';
    expect(tokenFragments(Array(5000).fill(piece).join(',')).length).toBeLessThan(64);
    expect(tokenFragments(Array(5000).fill('line-of-text').join('\n')).length).toBeLessThan(160);
  });
});
