import { describe, expect, test } from '@jest/globals';
import { gitHubMessage } from '../../src/github/client.js';

/** An error shaped like Octokit's RequestError, with `message` as GitHub's JSON body says it. */
function requestError(message: unknown): unknown {
  return Object.assign(new Error('request failed'), {
    status: 401,
    response: { data: { message } }
  });
}

// Made-up credentials of each shape (none is a real token).
const githubTokens = [
  `ghs_${'A1b2C3d4E5'.repeat(4)}`,
  `ghp_${'Zz09'.repeat(9)}`,
  `github_pat_11AAAAAAA0${'x_Y9'.repeat(12)}`
];
const flyToken = `fo1_${'q'.repeat(43)}`;

describe("GitHub's error message as it reaches logs and reports", () => {
  test.each(githubTokens)('a GitHub credential echoed by the server is removed: %#', token => {
    const said = gitHubMessage(requestError(`Bad credentials: ${token}`));
    expect(said).toBe('Bad credentials: [redacted]');
  });

  test('a Fly token echoed by the server is removed', () => {
    const said = gitHubMessage(requestError(`no such app ${flyToken}`)) ?? '';
    expect(said).not.toContain(flyToken);
    expect(said).not.toContain('q'.repeat(12));
    expect(said.startsWith('no such app')).toBe(true);
  });

  test('kept on one line and shortened', () => {
    const said = gitHubMessage(requestError(`line one\nline two\r\n${'x'.repeat(500)}`), 40);
    expect(said).toBe(`line one line two ${'x'.repeat(22)}`);
  });

  test('nothing when GitHub said nothing usable', () => {
    expect(gitHubMessage(requestError(42))).toBeUndefined();
    expect(gitHubMessage(requestError('   '))).toBeUndefined();
    expect(gitHubMessage(new Error('socket hang up'))).toBeUndefined();
  });
});
