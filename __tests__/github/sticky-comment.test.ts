import { createGitHubClient } from '../../src/github/client.js';
import { markerComment } from '../../src/github/marker.js';
import {
  DEFAULT_RESOLVED_BODY,
  resolveStickyComment,
  upsertStickyComment
} from '../../src/github/sticky-comment.js';
import { GITHUB_BODY_LIMIT } from '../../src/report/markdown.js';
import type { GitHubStandIn } from '../support/github-stand-in.js';
import {
  ACTIONS_BOT,
  MAINTAINER,
  OUTSIDER,
  STAND_IN_TOKENS,
  startGitHubStandIn
} from '../support/github-stand-in.js';

const owner = 'acme';
const repo = 'web';
let standIn: GitHubStandIn;
let pr: number;

beforeEach(async () => {
  // Pages of 2 force the wrappers to follow Link headers.
  standIn = await startGitHubStandIn({ pageSizeCap: 2 });
  pr = standIn.state.addIssue({ owner, repo, title: 'Add deploy', pullRequest: true }).number;
});

afterEach(async () => {
  await standIn.close();
});

const actionsClient = () => createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
const ourComments = (login = ACTIONS_BOT.login) =>
  standIn.state.comments.filter(c => c.user.login === login);

function seedChatter(count: number): void {
  for (let i = 0; i < count; i++) {
    standIn.state.addComment({ owner, repo, issueNumber: pr, body: `LGTM ${i}`, user: OUTSIDER });
  }
}

describe('upsertStickyComment', () => {
  it('creates, updates, leaves an identical body alone, then resolves', async () => {
    const client = actionsClient();
    const target = { owner, repo, issueNumber: pr, marker: 'scan' };

    const created = await upsertStickyComment(client, { ...target, body: '2 findings' });
    expect(created).toMatchObject({ ok: true, action: 'created' });
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toBe(`${markerComment('scan')}\n2 findings`);

    // Other people keep talking: ours ends up on a later page.
    seedChatter(5);
    const updated = await upsertStickyComment(client, { ...target, body: '1 finding' });
    expect(updated).toMatchObject({ ok: true, action: 'updated' });
    expect(updated.ok && updated.commentId).toBe(ourComments()[0]?.id);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toContain('1 finding');

    const writesBefore = standIn.writes().length;
    const unchanged = await upsertStickyComment(client, { ...target, body: '1 finding' });
    expect(unchanged).toMatchObject({ ok: true, action: 'unchanged' });
    expect(standIn.writes()).toHaveLength(writesBefore);

    const resolved = await resolveStickyComment(client, target);
    expect(resolved).toMatchObject({ ok: true, action: 'resolved' });
    expect(ourComments()[0]?.body).toBe(`${markerComment('scan')}\n${DEFAULT_RESOLVED_BODY}`);

    const again = await resolveStickyComment(client, target);
    expect(again).toMatchObject({ ok: true, action: 'unchanged' });
    expect(standIn.writes()).toHaveLength(writesBefore + 1);
    // Chatter comments were never written to.
    expect(standIn.state.comments.filter(c => c.user.login === OUTSIDER.login)).toHaveLength(5);
  });

  it('follows pagination to find its comment', async () => {
    const client = actionsClient();
    seedChatter(6);
    await upsertStickyComment(client, { owner, repo, issueNumber: pr, marker: 'scan', body: 'a' });
    standIn.requests.length = 0;
    const result = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: pr,
      marker: 'scan',
      body: 'b'
    });
    expect(result).toMatchObject({ action: 'updated' });
    const listPages = standIn.requests.filter(
      r => r.method === 'GET' && r.pathname.endsWith('/comments')
    );
    expect(listPages.length).toBeGreaterThanOrEqual(4);
    expect(ourComments()).toHaveLength(1);
  });

  it('never touches comments of other authors, even with our marker', async () => {
    const impostor = standIn.state.addComment({
      owner,
      repo,
      issueNumber: pr,
      body: `${markerComment('scan')}\nquoted from the bot`,
      user: OUTSIDER
    });
    const client = actionsClient();
    const target = { owner, repo, issueNumber: pr, marker: 'scan' };

    expect(await upsertStickyComment(client, { ...target, body: 'findings' })).toMatchObject({
      action: 'created'
    });
    expect(await upsertStickyComment(client, { ...target, body: 'other findings' })).toMatchObject({
      action: 'updated'
    });
    expect(await resolveStickyComment(client, target)).toMatchObject({ action: 'resolved' });
    expect(ourComments().map(c => c.body)).toEqual([
      `${markerComment('scan')}\n${DEFAULT_RESOLVED_BODY}`
    ]);
    expect(standIn.state.comments).toContainEqual(impostor);
    expect(impostor.body).toBe(`${markerComment('scan')}\nquoted from the bot`);
    const touched = standIn.writes().filter(r => r.pathname.endsWith(`/comments/${impostor.id}`));
    expect(touched).toEqual([]);
  });

  it('keeps comments with different markers apart', async () => {
    const client = actionsClient();
    await upsertStickyComment(client, { owner, repo, issueNumber: pr, marker: 'scan', body: 's' });
    await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: pr,
      marker: 'scan-2',
      body: 't'
    });
    expect(ourComments().map(c => c.body)).toEqual([
      `${markerComment('scan')}\ns`,
      `${markerComment('scan-2')}\nt`
    ]);
  });

  it('resolving when it never commented does nothing', async () => {
    const result = await resolveStickyComment(actionsClient(), {
      owner,
      repo,
      issueNumber: pr,
      marker: 'scan'
    });
    expect(result).toEqual({ ok: true, action: 'none' });
    expect(standIn.writes()).toEqual([]);
  });

  it('truncates an oversized body and still finds the comment afterwards', async () => {
    const client = actionsClient();
    const target = { owner, repo, issueNumber: pr, marker: 'scan' };
    const huge = 'row\n'.repeat(30000);
    expect(await upsertStickyComment(client, { ...target, body: huge })).toMatchObject({
      action: 'created'
    });
    expect(ourComments()[0]?.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(await upsertStickyComment(client, { ...target, body: huge })).toMatchObject({
      action: 'unchanged'
    });
  });
});

describe('whose comment is ours', () => {
  it('with GITHUB_TOKEN, GET /user is forbidden and github-actions[bot] is assumed', async () => {
    standIn.state.addComment({
      owner,
      repo,
      issueNumber: pr,
      body: `${markerComment('scan')}\nold`,
      user: ACTIONS_BOT
    });
    const result = await upsertStickyComment(actionsClient(), {
      owner,
      repo,
      issueNumber: pr,
      marker: 'scan',
      body: 'new'
    });
    expect(result).toMatchObject({ action: 'updated' });
    const userCall = standIn.requests.find(r => r.pathname === '/user');
    expect(userCall?.status).toBe(403);
  });

  it('with a personal token, the login from GET /user is ours and the bot comment is not', async () => {
    standIn.state.addComment({
      owner,
      repo,
      issueNumber: pr,
      body: `${markerComment('scan')}\nfrom the bot`,
      user: ACTIONS_BOT
    });
    const client = createGitHubClient(STAND_IN_TOKENS.personal, { baseUrl: standIn.url });
    const target = { owner, repo, issueNumber: pr, marker: 'scan' };
    expect(await upsertStickyComment(client, { ...target, body: 'mine' })).toMatchObject({
      action: 'created'
    });
    expect(await upsertStickyComment(client, { ...target, body: 'mine, v2' })).toMatchObject({
      action: 'updated'
    });
    expect(ourComments(MAINTAINER.login)).toHaveLength(1);
    expect(ourComments(ACTIONS_BOT.login)[0]?.body).toContain('from the bot');
  });

  it('an explicit botLogin skips GET /user', async () => {
    const result = await upsertStickyComment(actionsClient(), {
      owner,
      repo,
      issueNumber: pr,
      marker: 'scan',
      body: 'x',
      botLogin: ACTIONS_BOT.login
    });
    expect(result).toMatchObject({ action: 'created' });
    expect(standIn.requests.some(r => r.pathname === '/user')).toBe(false);
  });
});

describe('degrading instead of throwing', () => {
  const target = () => ({ owner, repo, issueNumber: pr, marker: 'scan', body: 'findings' });

  it('returns a forbidden result when writes get 403 (fork pull request)', async () => {
    standIn.forbidWrites();
    const result = await upsertStickyComment(actionsClient(), target());
    expect(result).toMatchObject({ ok: false, kind: 'forbidden', status: 403 });
    expect(!result.ok && result.reason).toContain('Resource not accessible by integration');
    expect(!result.ok && result.reason).toContain('read-only token');
    expect(!result.ok && result.reason).not.toContain(STAND_IN_TOKENS.actions);
    expect(standIn.state.comments).toEqual([]);
  });

  it('returns a forbidden result when even reading is refused', async () => {
    standIn.forbidWrites('all');
    const upsert = await upsertStickyComment(actionsClient(), target());
    expect(upsert).toMatchObject({ ok: false, kind: 'forbidden', status: 403 });
    const resolve = await resolveStickyComment(actionsClient(), target());
    expect(resolve).toMatchObject({ ok: false, kind: 'forbidden', status: 403 });
  });

  it('returns not-found for a pull request the token cannot see', async () => {
    const result = await upsertStickyComment(actionsClient(), { ...target(), issueNumber: 999 });
    expect(result).toMatchObject({ ok: false, kind: 'not-found', status: 404 });
  });

  it('returns unauthorized for a token GitHub does not know', async () => {
    const client = createGitHubClient('ghs_not_a_known_token', { baseUrl: standIn.url });
    const result = await upsertStickyComment(client, target());
    expect(result).toMatchObject({ ok: false, kind: 'unauthorized', status: 401 });
    expect(!result.ok && result.reason).not.toContain('ghs_not_a_known_token');
  });

  it('returns an error result when GitHub cannot be reached', async () => {
    const url = standIn.url;
    await standIn.close();
    const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: url });
    const result = await upsertStickyComment(client, target());
    expect(result).toMatchObject({ ok: false, kind: 'error' });
    expect(!result.ok && result.reason).toContain('unreachable');
    standIn = await startGitHubStandIn();
  });

  it('rejects a marker that could break out of the HTML comment, without any request', async () => {
    const result = await upsertStickyComment(actionsClient(), { ...target(), marker: 'x -->' });
    expect(result).toMatchObject({ ok: false, kind: 'error' });
    expect(standIn.requests).toEqual([]);
  });
});
