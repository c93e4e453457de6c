// The helpers under the fixes and rules: shell quoting, token-material guard, reach of a token.
import fc from 'fast-check';
import { shellWord } from '../../src/rules/shell.js';
import { looksLikeToken, redactTokenShapes, TOKEN_SHAPE } from '../../src/token/token-shape.js';
import { splitCommandLine } from '../../src/token/attenuate/command-line.js';
import {
  Breadth,
  commandAllowed,
  needBreadth,
  tokenBreadth
} from '../../src/rules/token/access.js';
import { loadVectors } from '../support/vectors.js';
import {
  custom,
  deploy,
  machineExec,
  malformed,
  org,
  personal,
  readonly,
  ssh,
  wireguard
} from './token-fixtures.js';

describe('shellWord / splitCommandLine', () => {
  it('quotes any string so that a shell-style split gives it back', () => {
    fc.assert(
      fc.property(fc.string(), s => {
        expect(splitCommandLine(shellWord(s))).toEqual({ ok: true, args: [s] });
      })
    );
  });

  it('leaves plain words and placeholders bare', () => {
    expect(shellWord('web-staging')).toBe('web-staging');
    expect(shellWord('<APP>')).toBe('<APP>');
    expect(shellWord('FLY_API_TOKEN_<APP>')).toBe('FLY_API_TOKEN_<APP>');
    expect(shellWord("it's here")).toBe(`'it'\\''s here'`);
  });
});

describe('looksLikeTokenMaterial / redactTokenLike', () => {
  it('recognises every vector token and header', () => {
    for (const v of loadVectors()) {
      if (v.token.trim().length < 16) continue; // empty, scheme-only, bare label
      expect(looksLikeToken(v.token, TOKEN_SHAPE.fragment)).toBe(true);
    }
  });

  it('does not take app names, commands or prose for tokens', () => {
    for (const word of [
      'github-actions-my-very-long-production-app-name-eu-west',
      'bin/rails db:migrate',
      'addWireGuardPeer',
      'https://api.fly.io/aaa/v1',
      'FLY_API_TOKEN_WEB_STAGING'
    ]) {
      expect(looksLikeToken(word, TOKEN_SHAPE.fragment)).toBe(false);
    }
  });

  it('redacts token-like runs in text it did not write, keeps words', () => {
    expect(
      redactTokenShapes('piece 1: fm2_lJPECAAAAAAAC4yL is cut short', TOKEN_SHAPE.fragment)
    ).toBe('piece 1: [redacted] is cut short');
    expect(redactTokenShapes('near lJPECAAAAAAAC4yLxBDn3WbS2ZQ6 here', TOKEN_SHAPE.fragment)).toBe(
      'near [redacted] here'
    );
    expect(redactTokenShapes('the label fm3 is unknown; expected fm2_', TOKEN_SHAPE.fragment)).toBe(
      'the label fm3 is unknown; expected fm2_'
    );
    expect(redactTokenShapes('standard-base64-with-padding', TOKEN_SHAPE.fragment)).toBe(
      'standard-base64-with-padding'
    );
  });
});

describe('token breadth', () => {
  it('orders the kinds from readonly to personal', () => {
    expect(tokenBreadth(readonly())).toBe(Breadth.orgRead);
    expect(tokenBreadth(ssh())).toBe(Breadth.appLimited);
    expect(tokenBreadth(machineExec())).toBe(Breadth.appLimited);
    expect(tokenBreadth(wireguard())).toBe(Breadth.appLimited);
    expect(tokenBreadth(deploy())).toBe(Breadth.appFull);
    expect(tokenBreadth(custom())).toBe(Breadth.appFull);
    expect(tokenBreadth(org())).toBe(Breadth.orgWrite);
    expect(tokenBreadth(personal())).toBe(Breadth.user);
    expect(tokenBreadth(malformed())).toBe(Breadth.none);
  });

  it('maps needs to the narrowest reach that covers them', () => {
    expect(needBreadth(['read'])).toBe(Breadth.orgRead);
    expect(needBreadth(['read', 'ssh'])).toBe(Breadth.appLimited);
    expect(needBreadth(['ssh', 'machine-exec'])).toBe(Breadth.appFull);
    expect(needBreadth(['deploy', 'secrets', 'scale', 'read'])).toBe(Breadth.appFull);
    expect(needBreadth(['deploy', 'create-app'])).toBe(Breadth.orgWrite);
    expect(needBreadth([])).toBe(Breadth.none);
  });

  it('matches machine-exec commands exactly or by prefix, any when args are empty', () => {
    const rules = [
      { args: ['ls', '-la', '/data'], exact: true },
      { args: ['cat'], exact: false }
    ];
    expect(commandAllowed('ls -la /data', rules)).toBe(true);
    expect(commandAllowed('ls -la', rules)).toBe(false);
    expect(commandAllowed('cat "/data/my file"', rules)).toBe(true);
    expect(commandAllowed('catalog', rules)).toBe(false);
    expect(commandAllowed('rm -rf /', [{ args: [], exact: false }])).toBe(true);
  });

  it('splits commands as flyctl does, and allows none flyctl would refuse to split', () => {
    // Inside double quotes only \" \\ \$ \` and a newline are escapes (google/shlex).
    expect(commandAllowed('cat "a\\nb"', [{ args: ['cat', 'a\\nb'], exact: true }])).toBe(true);
    expect(commandAllowed(`sh -c 'echo`, [{ args: [], exact: false }])).toBe(false);
    expect(commandAllowed('ls \\', [{ args: ['ls'], exact: false }])).toBe(false);
  });
});
