// Property: for random valid requests over the vector tokens, an attenuated token never allows an
// access its input did not allow (asked of the access evaluator over a grid of org-level, app,
// feature, command and mutation accesses), expires no later than now + ttl, denies everything
// after that, verifies with the signing key, and still grants what was asked.
import fc from 'fast-check';
import { attenuate, type AttenuationRequest } from '../../src/token/attenuate/index.js';
import {
  checkAccess,
  decodeToken,
  type DecodedToken,
  type TokenAccess
} from '../../src/token/index.js';
import { vector } from '../support/vectors.js';
import {
  APP,
  CLOCK,
  ORG,
  OTHER_APP,
  PERMISSION_LOCATION,
  headerMacaroons,
  leaksSecret,
  signatureValid
} from './support.js';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

const INPUTS = [
  'org_full',
  'deploy_app',
  'deploy_dashboard_100y',
  'org_expired_discharge',
  'org_readonly',
  'org_readonly_from_existing_720h',
  'machine_exec_commands',
  'machine_exec_any_command',
  'ssh_app',
  'wireguard_org',
  'tp_auth_fly_io_bound_discharge',
  'org_bare_single',
  'org_expired',
  'org_long_expiry_20y',
  'header_whitespace_newline',
  'bearer_flyv1_nested_scheme',
  'legacy_prefixes_fm1r_fm1a'
];
const ORGS = [ORG, '53421'];
const KNOWN_APPS = [APP, OTHER_APP, '6060606'];
const COMMANDS = ['ls -la /data', 'cat /etc/hosts', 'sh', 'rm -rf /'];
const ACTIONS = ['r', 'w', 'c', 'd', 'C'];

const appId = fc.oneof(
  fc.constantFrom(...KNOWN_APPS),
  fc.bigInt({ min: 1n, max: (1n << 64n) - 1n }).map(String)
);

const request: fc.Arbitrary<AttenuationRequest> = fc
  .record({
    access: fc.constantFrom('deploy', 'readonly', 'ssh', 'machine-exec' as const),
    appIds: fc.array(appId, { minLength: 1, maxLength: 3 }),
    commands: fc.array(fc.constantFrom(...COMMANDS), { maxLength: 2 }),
    ttlSeconds: fc.integer({ min: 60, max: 86_400 })
  })
  .map(r => ({
    access: r.access,
    appIds: r.access === 'readonly' ? [] : r.appIds,
    ttlSeconds: r.ttlSeconds,
    ...(r.access === 'machine-exec' ? { commands: r.commands } : {})
  }));

/** Every access the grid asks about, without a clock. */
function grid(apps: readonly string[]): Omit<TokenAccess, 'now'>[] {
  const targets: Omit<TokenAccess, 'now' | 'action' | 'orgId'>[] = [{}];
  for (const app of apps) {
    targets.push({ appId: app });
    for (const command of [['ls', '-la', '/data'], ['cat', '/etc/hosts'], ['sh'], []]) {
      targets.push({ appId: app, machine: 'm1', command });
    }
    for (const mutation of ['issueCertificate', 'addWireGuardPeer', 'deleteApp'])
      targets.push({ appId: app, mutation });
  }
  for (const feature of ['builder', 'wg', 'domain', 'litefs-cloud']) targets.push({ feature });
  targets.push({ mutation: 'addWireGuardPeer' });
  return ORGS.flatMap(orgId =>
    targets.flatMap(t => ACTIONS.map(action => ({ ...t, orgId, action })))
  );
}

function allowed(token: DecodedToken, access: TokenAccess): boolean {
  return checkAccess(token, access).allowed;
}

describe('attenuation never widens', () => {
  it(
    'holds for random requests over the vector tokens',
    () => {
      const outcomes = new Map<string, number>();
      fc.assert(
        fc.property(
          fc.constantFrom(...INPUTS),
          request,
          fc.integer({ min: -3600, max: 40 * 86_400 }),
          (name, req, offset) => {
            const input = vector(name).header_form;
            const nowSeconds = CLOCK + offset;
            const now = new Date(nowSeconds * 1000);
            const result = attenuate(input, req, now);
            const outcome = result.ok ? 'ok' : result.code;
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            if (!result.ok) {
              expect(result.reason).not.toBe('');
              expect(leaksSecret(result.reason, input)).toBe(false);
              expect(result.code).not.toBe('internal-error');
              return;
            }
            const before = decodeToken(input);
            const after = decodeToken(result.header);
            expect(after.malformed).toBe(false);

            // Expires no later than now + ttl, and is dead right after.
            expect(Date.parse(result.expiresAt) / 1000).toBeLessThanOrEqual(
              nowSeconds + req.ttlSeconds
            );
            const accesses = grid([...new Set([...KNOWN_APPS, ...req.appIds])]);
            const late = new Date((nowSeconds + req.ttlSeconds + 1) * 1000);
            for (const access of accesses)
              expect(allowed(after, { ...access, now: late })).toBe(false);

            // Never allows what the input did not, with or without the clock.
            for (const access of accesses) {
              for (const at of [undefined, now]) {
                const probe = at ? { ...access, now: at } : access;
                if (allowed(after, probe)) expect(allowed(before, probe)).toBe(true);
              }
            }

            // Every permission token still verifies (the chain was extended, not broken).
            for (const m of headerMacaroons(result.header).filter(
              x => x.location === PERMISSION_LOCATION
            )) {
              expect(signatureValid(m)).toBe(true);
            }

            // And it grants what was asked, from now (or from when the input becomes valid).
            const from = new Date(
              Math.max(now.getTime(), Date.parse(result.inspection.notBefore ?? ''))
            );
            const inOrg = (a: Omit<TokenAccess, 'orgId'>) =>
              ORGS.some(orgId => allowed(after, { ...a, orgId, now: from }));
            for (const app of req.appIds) {
              if (req.access === 'deploy') expect(inOrg({ action: 'w', appId: app })).toBe(true);
              if (req.access === 'ssh')
                expect(inOrg({ action: 'w', appId: app, mutation: 'issueCertificate' })).toBe(true);
              if (req.access === 'machine-exec') {
                const commands = (req.commands ?? []).length ? req.commands! : ['sh'];
                for (const c of commands) {
                  expect(
                    inOrg({ action: 'w', appId: app, machine: 'm1', command: c.split(' ') })
                  ).toBe(true);
                }
              }
            }
            if (req.access === 'readonly') expect(inOrg({ action: 'r' })).toBe(true);
          }
        ),
        { numRuns: runs }
      );
      // Not vacuous: a good share of the runs produced a token (the rest are refusals of requests
      // the input cannot grant, or inputs that have expired by then).
      expect(outcomes.get('ok') ?? 0).toBeGreaterThan(runs / 5);
    },
    Math.max(30_000, runs * 150)
  );
});
