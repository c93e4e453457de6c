// The small parsers around attenuation: lifetimes, command lines, and the plain-words summary.
import {
  attenuate,
  describeActions,
  describeAttenuated,
  parseTtl,
  splitCommandLine
} from '../../src/token/attenuate/index.js';
import { vector } from '../support/vectors.js';
import { APP, CLOCK, ORG } from './support.js';

describe('parseTtl', () => {
  it.each([
    ['30m', 1800],
    ['2h', 7200],
    ['90s', 90],
    ['1h30m', 5400],
    ['1m30s', 90],
    ['24h', 86_400],
    [' 45m\n', 2700]
  ])('%j is %d seconds', (text, seconds) => {
    expect(parseTtl(text)).toEqual({ ok: true, seconds });
  });

  it.each([
    ['', /empty/],
    ['30', /needs a unit/],
    ['59s', /out of range/],
    ['24h1s', /out of range/],
    ['2d', /not a duration/],
    ['30 m', /not a duration/],
    ['-5m', /not a duration/]
  ])('%j is refused', (text, pattern) => {
    const result = parseTtl(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(pattern);
  });

  it('never echoes a value that is not made of duration characters', () => {
    const token = vector('org_full').token;
    const result = parseTtl(token);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('the lifetime given') });
    if (!result.ok) expect(result.message).not.toContain(token.slice(0, 12));
  });
});

describe('splitCommandLine', () => {
  it.each<[string, string[]]>([
    ['ls -la /data', ['ls', '-la', '/data']],
    ['  cat   /etc/hosts ', ['cat', '/etc/hosts']],
    [`cat '/data/my file'`, ['cat', '/data/my file']],
    [`echo "a \\"quoted\\" word"`, ['echo', 'a "quoted" word']],
    [`echo "keeps \\n as is"`, ['echo', 'keeps \\n as is']],
    ['a\\ b c', ['a b', 'c']],
    [`sh -c 'echo $HOME'`, ['sh', '-c', 'echo $HOME']],
    [`printf ''`, ['printf', '']]
  ])('%j', (line, args) => {
    expect(splitCommandLine(line)).toEqual({ ok: true, args });
  });

  it.each([
    [`echo 'open`, /unclosed single quote/],
    [`echo "open`, /unclosed double quote/],
    ['echo \\', /lone backslash/],
    ['   ', /is empty/]
  ])('%j is refused', (line, pattern) => {
    const result = splitCommandLine(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(pattern);
  });
});

describe('describeAttenuated', () => {
  it('says in plain words what a narrowed deploy token can do, with the app name', () => {
    const result = attenuate(
      vector('org_full').token,
      { appIds: [APP], access: 'deploy', ttlSeconds: 1800 },
      new Date(CLOCK * 1000)
    );
    if (!result.ok) throw new Error(result.reason);
    const summary = describeAttenuated(
      result.inspection,
      result.expiresAt,
      new Map([[APP, 'acme-web']])
    );
    expect(summary.headline).toBe(`A deploy token, valid until ${result.expiresAt}.`);
    expect(summary.details).toEqual([
      `app acme-web (id ${APP}): full control`,
      `organization ${ORG} (org-level): read only`,
      'organization features: builder full control; wg full control'
    ]);
  });

  it('lists machine-exec commands and ssh mutations', () => {
    const now = new Date(CLOCK * 1000);
    const exec = attenuate(
      vector('org_full').token,
      { appIds: [APP], access: 'machine-exec', commands: [`cat '/a b'`], ttlSeconds: 60 },
      now
    );
    if (!exec.ok) throw new Error(exec.reason);
    expect(describeAttenuated(exec.inspection, exec.expiresAt).details).toContain(
      `commands on machines: only \`cat '/a b'\``
    );
    const ssh = attenuate(
      vector('org_full').token,
      { appIds: [APP], access: 'ssh', ttlSeconds: 60 },
      now
    );
    if (!ssh.ok) throw new Error(ssh.reason);
    expect(describeAttenuated(ssh.inspection, ssh.expiresAt).details).toContain(
      'GraphQL mutations: only issueCertificate, addWireGuardPeer'
    );
  });

  it.each([
    ['rwcdC', 'full control'],
    ['r', 'read only'],
    ['', 'no access'],
    ['rw', 'read, write']
  ])('describeActions(%j) = %j', (letters, words) => {
    expect(describeActions(letters)).toBe(words);
  });
});
