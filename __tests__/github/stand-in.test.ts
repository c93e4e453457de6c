// The stand-in must answer the way GitHub does, or the wrapper tests prove nothing.
import type { GitHubStandIn } from '../support/github-stand-in.js';
import { OUTSIDER, STAND_IN_TOKENS, startGitHubStandIn } from '../support/github-stand-in.js';

let standIn: GitHubStandIn;

beforeEach(async () => {
  standIn = await startGitHubStandIn({ pageSizeCap: 2 });
});

afterEach(async () => {
  await standIn.close();
});

const call = (
  method: string,
  path: string,
  body?: unknown,
  token: string | null = STAND_IN_TOKENS.actions
) =>
  fetch(`${standIn.url}${path}`, {
    method,
    headers: {
      ...(token === null ? {} : { authorization: `token ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  });

describe('GitHub stand-in', () => {
  it('listens on 127.0.0.1', () => {
    expect(new URL(standIn.url).hostname).toBe('127.0.0.1');
  });

  it('rejects missing or unknown credentials with 401 Bad credentials', async () => {
    const anonymous = await call('GET', '/repos/a/b/issues', undefined, null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Bad credentials' });
    expect((await call('GET', '/user', undefined, 'nope')).status).toBe(401);
    expect(standIn.requests.map(r => r.authenticated)).toEqual([false, false]);
  });

  it('answers GET /user per token kind', async () => {
    expect((await call('GET', '/user')).status).toBe(403);
    const personal = await call('GET', '/user', undefined, STAND_IN_TOKENS.personal);
    expect(await personal.json()).toMatchObject({ login: 'octo-maintainer', type: 'User' });
  });

  it('paginates with Link headers that lead through every item', async () => {
    const issue = standIn.state.addIssue({ owner: 'a', repo: 'b' });
    for (let i = 0; i < 5; i++) {
      standIn.state.addComment({
        owner: 'a',
        repo: 'b',
        issueNumber: issue.number,
        body: `c${i}`,
        user: OUTSIDER
      });
    }
    const seen: string[] = [];
    let next: string | undefined =
      `${standIn.url}/repos/a/b/issues/${issue.number}/comments?per_page=100`;
    while (next) {
      const response: Response = await fetch(next, {
        headers: { authorization: `token ${STAND_IN_TOKENS.actions}` }
      });
      const page = (await response.json()) as { body: string }[];
      expect(page.length).toBeLessThanOrEqual(2);
      seen.push(...page.map(c => c.body));
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    }
    expect(seen).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('answers 422 already_exists for a duplicate label', async () => {
    expect((await call('POST', '/repos/a/b/labels', { name: 'x', color: 'ffffff' })).status).toBe(
      201
    );
    const duplicate = await call('POST', '/repos/a/b/labels', { name: 'x' });
    expect(duplicate.status).toBe(422);
    expect(await duplicate.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
    });
  });

  it('answers 403 with GitHub’s error body to writes, or to everything, when told to', async () => {
    const issue = standIn.state.addIssue({ owner: 'a', repo: 'b' });
    standIn.forbidWrites();
    const write = await call('POST', `/repos/a/b/issues/${issue.number}/comments`, { body: 'hi' });
    expect(write.status).toBe(403);
    expect(await write.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    expect((await call('GET', `/repos/a/b/issues/${issue.number}/comments`)).status).toBe(200);
    standIn.forbidWrites('all');
    expect((await call('GET', `/repos/a/b/issues/${issue.number}/comments`)).status).toBe(403);
    standIn.forbidWrites(false);
    expect(
      (await call('POST', `/repos/a/b/issues/${issue.number}/comments`, { body: 'hi' })).status
    ).toBe(201);
    expect(standIn.state.comments.map(c => c.body)).toEqual(['hi']);
    expect(standIn.writes().map(r => [r.method, r.status, r.body])).toEqual([
      ['POST', 403, { body: 'hi' }],
      ['POST', 201, { body: 'hi' }]
    ]);
  });

  it('answers 404 for unknown issues and routes', async () => {
    expect((await call('GET', '/repos/a/b/issues/42/comments')).status).toBe(404);
    expect((await call('GET', '/nowhere')).status).toBe(404);
  });
});
