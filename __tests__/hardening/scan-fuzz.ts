// Hostile-input properties of the scan, shared by the sample on every `npm test`
// (scan-fuzz.test.ts) and the long run (`npm run fuzz`):
// - the scrub: a vector token in any form it is written in, inside random text, leaves no
//   8-character part of itself (bodies, base64 and URL-encoded text alike), and is found;
// - the checkout: random trees of files, symlinks (inside, outside, to /proc, dangling, chains,
//   to directories) and FIFOs are scanned to the end without reading anything outside.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fsFileSource } from '../../src/engine/fs-source.js';
import { runScan } from '../../src/engine/scan.js';
import { findTokenLiterals } from '../../src/rules/scan/token-literals.js';
import { scrubTokenForms } from '../../src/token/scrub.js';
import {
  leakedWindow,
  LEGACY_FORMS,
  MACAROON_FORMS,
  piecesOf,
  secretTextsOf
} from '../scan/token-forms.js';
import { loadVectors, vector } from '../support/vectors.js';

/** Runs for a property whose cases cost `cost` times the cheapest. */
export type RunsFor = (cost: number) => number;

interface Written {
  text: string;
  secrets: string[];
  kind: string;
}

const macaroonVectors = loadVectors().filter(
  v => v.truth.kind !== 'malformed' && piecesOf(v.header_form).every(p => p.startsWith('fm'))
);

const written: fc.Arbitrary<Written> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...macaroonVectors), fc.constantFrom(...Object.values(MACAROON_FORMS)))
    .map(([v, form]) => ({
      text: form(v.header_form),
      secrets: secretTextsOf(v.header_form),
      kind: v.truth.kind
    })),
  fc.constantFrom(...Object.values(LEGACY_FORMS)).map(form => {
    const token = vector('legacy_personal_token').token;
    return { text: form(token), secrets: [token], kind: 'personal' };
  }),
  fc.constantFrom('', 'Bearer ', 'token: ').map(prefix => {
    const token = vector('oauth_fo1_token').token;
    return { text: `${prefix}${token}`, secrets: [token.slice(4)], kind: 'personal' };
  })
);

/** Random text around a token: words, punctuation, line breaks, indentation. */
const filler = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '\n', '  ', ':', '=', '"', ',', '#', '-', '\\', '%'),
      fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
      fc.constantFrom('run: echo', 'FLY_API_TOKEN', 'env:', 'https://x.io/?a=1&b=2')
    ),
    { maxLength: 12 }
  )
  .map(parts => parts.join(''));
/** What stands between the filler and the token (a token never glues onto a word). */
const separator = fc.constantFrom('\n', ' ', '\n  ', ': ', '= ', '"');

export function describeScanProperties(runsFor: RunsFor, timeout: number): void {
  describe('scan hostile-input properties', () => {
    test(
      `the scrub leaves no part of a token written in any form in random text (${runsFor(1)} runs)`,
      () => {
        fc.assert(
          fc.property(filler, separator, written, separator, filler, (a, s1, token, s2, b) => {
            const text = `${a}${s1}${token.text}${s2}${b}`;
            expect(leakedWindow(scrubTokenForms(text), token.secrets, 8)).toBeUndefined();
            const kinds = findTokenLiterals(text).map(l => l.inspection.kind);
            expect(kinds).toContain(token.kind);
          }),
          { numRuns: runsFor(1) }
        );
      },
      timeout
    );

    test(
      `random trees of links and FIFOs are never read outside the checkout (${runsFor(50)} runs)`,
      () => {
        fc.assert(
          fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), entries => {
            const base = mkdtempSync(path.join(tmpdir(), 'ftg-tree-'));
            try {
              const root = buildTree(base, entries);
              const realRoot = realpathSync(root);
              const source = fsFileSource(root);
              for (const file of source.list().paths) {
                const read = source.read(file);
                if (!('text' in read)) continue;
                expect(read.text).not.toContain(CANARY);
                const real = realpathSync(path.join(root, file));
                expect(real.startsWith(realRoot + path.sep)).toBe(true);
              }
              const report = runScan({ root, now: new Date('2026-01-01T00:00:00Z') });
              expect(JSON.stringify(report)).not.toContain(CANARY);
            } finally {
              rmSync(base, { recursive: true, force: true });
            }
          }),
          { numRuns: runsFor(50) }
        );
      },
      timeout
    );
  });
}

const CANARY = 'outside-canary-W7q2Zr9Lp4';

type EntryKind =
  | 'file'
  | 'inside-link'
  | 'outside-link'
  | 'outside-dir-link'
  | 'proc-link'
  | 'dangling-link'
  | 'link-chain'
  | 'parent-link'
  | 'fifo';

interface Entry {
  dir: string;
  name: string;
  kind: EntryKind;
}

const entry: fc.Arbitrary<Entry> = fc.record({
  dir: fc.constantFrom('', '.github/workflows', 'deep/er', 'app'),
  name: fc.constantFrom('a.yml', 'b.yaml', 'fly.toml', 'action.yml', 'notes.txt', 'x'),
  kind: fc.constantFrom<EntryKind>(
    'file',
    'inside-link',
    'outside-link',
    'outside-dir-link',
    'proc-link',
    'dangling-link',
    'link-chain',
    'parent-link',
    'fifo'
  )
});

/** Builds the entries under base/root (later duplicates skipped); base/outside holds the canary. */
function buildTree(base: string, entries: readonly Entry[]): string {
  const outside = path.join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.yml'), `${CANARY}\n`);
  const root = path.join(base, 'root');
  mkdirSync(root);
  writeFileSync(path.join(root, 'plain.yml'), 'on: push\njobs: {}\n');
  const made = new Set<string>();
  for (const { dir, name, kind } of entries) {
    const relative = dir === '' ? name : `${dir}/${name}`;
    if (made.has(relative)) continue;
    made.add(relative);
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    const up = path.relative(path.dirname(full), root) || '.';
    switch (kind) {
      case 'file':
        writeFileSync(full, `name: ${name}\n`);
        break;
      case 'inside-link':
        symlinkSync(path.join(up, 'plain.yml'), full);
        break;
      case 'outside-link':
        symlinkSync(path.join(outside, 'secret.yml'), full);
        break;
      case 'outside-dir-link':
        symlinkSync(outside, full);
        break;
      case 'proc-link':
        symlinkSync('/proc/self/environ', full);
        break;
      case 'dangling-link':
        symlinkSync(path.join(up, 'missing.yml'), full);
        break;
      case 'link-chain':
        // A relative link that climbs out of the checkout and back into its sibling.
        symlinkSync(path.join(up, '..', 'outside', 'secret.yml'), full);
        break;
      case 'parent-link':
        symlinkSync('..', full);
        break;
      case 'fifo':
        execFileSync('mkfifo', [full]);
        break;
    }
  }
  return root;
}
