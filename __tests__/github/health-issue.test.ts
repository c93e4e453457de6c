import { createGitHubClient } from '../../src/github/client.js';
import type { HealthIssueParams } from '../../src/github/health-issue.js';
import { syncHealthIssue } from '../../src/github/health-issue.js';
import { markerComment } from '../../src/github/marker.js';
import type { GitHubStandIn } from '../support/github-stand-in.js';
import {
  ACTIONS_BOT,
  OUTSIDER,
  STAND_IN_TOKENS,
  startGitHubStandIn
} from '../support/github-stand-in.js';

const owner = 'acme';
const repo = 'web';
const label = 'fly-token-health';
const CLOSE_COMMENT = '✅ every checked Fly token is healthy again.';
let standIn: GitHubStandIn;

beforeEach(async () => {
  standIn = await startGitHubStandIn({ pageSizeCap: 2 });
});

afterEach(async () => {
  await standIn.close();
});

const client = () => createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });

const unhealthy = (
  fingerprint: string,
  body = 'FLY_API_TOKEN expires in 5 days'
): HealthIssueParams => ({
  owner,
  repo,
  label,
  title: 'Fly token health: 1 problem',
  body,
  unhealthy: true,
  fingerprint,
  closeComment: CLOSE_COMMENT
});

const healthy: HealthIssueParams = { ...unhealthy('ok'), unhealthy: false, body: 'all good' };

const openOurs = () =>
  standIn.state.issues.filter(i => i.state === 'open' && i.user.login === ACTIONS_BOT.login);

describe('syncHealthIssue lifecycle', () => {
  it('creates, stays unchanged without writing, updates, closes, then does nothing', async () => {
    const created = await syncHealthIssue(client(), unhealthy('expiring:5'));
    expect(created).toMatchObject({ ok: true, action: 'created' });
    expect(standIn.state.labels.map(l => l.name)).toEqual([label]);
    const [issue] = openOurs();
    expect(issue?.labels).toEqual([label]);
    expect(issue?.body).toBe(
      `${markerComment('health', 'expiring:5')}\nFLY_API_TOKEN expires in 5 days`
    );
    expect(created.ok && created.issueNumber).toBe(issue?.number);

    // The daily run over the same state: reads only.
    const writes = standIn.writes().length;
    const same = await syncHealthIssue(client(), unhealthy('expiring:5', 'reworded body'));
    expect(same).toMatchObject({ ok: true, action: 'unchanged', issueNumber: issue?.number });
    expect(standIn.writes()).toHaveLength(writes);
    expect(issue?.body).toContain('expires in 5 days');

    const updated = await syncHealthIssue(client(), {
      ...unhealthy('expired', 'FLY_API_TOKEN expired'),
      title: 'Fly token health: token expired'
    });
    expect(updated).toMatchObject({ ok: true, action: 'updated', issueNumber: issue?.number });
    expect(issue?.title).toBe('Fly token health: token expired');
    expect(issue?.body).toBe(`${markerComment('health', 'expired')}\nFLY_API_TOKEN expired`);
    expect(openOurs()).toHaveLength(1);

    const closed = await syncHealthIssue(client(), healthy);
    expect(closed).toMatchObject({ ok: true, action: 'closed', issueNumber: issue?.number });
    expect(issue?.state).toBe('closed');
    expect(issue?.stateReason).toBe('completed');
    const closingComments = standIn.state.comments.filter(c => c.issueNumber === issue?.number);
    expect(closingComments.map(c => c.body)).toEqual([CLOSE_COMMENT]);

    const writesAfterClose = standIn.writes().length;
    expect(await syncHealthIssue(client(), healthy)).toEqual({ ok: true, action: 'none' });
    expect(standIn.writes()).toHaveLength(writesAfterClose);
  });

  it('opens a fresh issue after the previous one was closed', async () => {
    await syncHealthIssue(client(), unhealthy('a'));
    await syncHealthIssue(client(), healthy);
    const again = await syncHealthIssue(client(), unhealthy('a'));
    expect(again).toMatchObject({ action: 'created' });
    expect(openOurs()).toHaveLength(1);
    expect(standIn.state.issues).toHaveLength(2);
  });

  it('accepts a label that already exists (422 already_exists)', async () => {
    standIn.state.labels.push({
      id: 1,
      owner,
      repo,
      name: label,
      color: '000000',
      description: null
    });
    const result = await syncHealthIssue(client(), unhealthy('x'));
    expect(result).toMatchObject({ ok: true, action: 'created' });
    const labelCall = standIn.requests.find(r => r.pathname.endsWith('/labels'));
    expect(labelCall?.status).toBe(422);
  });

  it('stores an awkward fingerprint hashed, and still recognises it', async () => {
    const odd = 'FLY_API_TOKEN: expires 2025-01-01 --> <b>';
    await syncHealthIssue(client(), unhealthy(odd));
    const body = openOurs()[0]?.body ?? '';
    expect(body).not.toContain('-->\n<b>');
    expect(body.split('\n')[0]).toMatch(
      /^<!-- fly-token-guard:health fingerprint=sha256:[0-9a-f]{40} -->$/
    );
    const writes = standIn.writes().length;
    expect(await syncHealthIssue(client(), unhealthy(odd))).toMatchObject({ action: 'unchanged' });
    expect(standIn.writes()).toHaveLength(writes);
  });
});

describe('which issue is ours', () => {
  it('ignores issues and pull requests that are not ours, and finds ours past the first page', async () => {
    const marker = markerComment('health', 'f1');
    const ours = standIn.state.addIssue({
      owner,
      repo,
      title: 'ours',
      body: `${marker}\nold`,
      labels: [label],
      user: ACTIONS_BOT
    });
    const impostor = standIn.state.addIssue({
      owner,
      repo,
      title: 'copied marker',
      body: `${marker}\ncopied`,
      labels: [label],
      user: OUTSIDER
    });
    standIn.state.addIssue({
      owner,
      repo,
      title: 'a PR',
      body: `${marker}\npr`,
      labels: [label],
      user: ACTIONS_BOT,
      pullRequest: true
    });
    for (let i = 0; i < 4; i++) {
      standIn.state.addIssue({
        owner,
        repo,
        title: `noise ${i}`,
        labels: [label],
        user: ACTIONS_BOT
      });
    }

    const result = await syncHealthIssue(client(), unhealthy('f2', 'new'));
    expect(result).toMatchObject({ action: 'updated', issueNumber: ours.number });
    expect(ours.body).toBe(`${markerComment('health', 'f2')}\nnew`);
    expect(impostor.body).toBe(`${marker}\ncopied`);
    const pages = standIn.requests.filter(
      r => r.method === 'GET' && r.pathname.endsWith('/issues')
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.query).toMatchObject({ labels: label, state: 'open' });

    const closed = await syncHealthIssue(client(), healthy);
    expect(closed).toMatchObject({ action: 'closed', issueNumber: ours.number });
    expect(impostor.state).toBe('open');
  });

  it('keeps separate issues for separate markers', async () => {
    await syncHealthIssue(client(), { ...unhealthy('a'), marker: 'health-prod' });
    await syncHealthIssue(client(), { ...unhealthy('a'), marker: 'health-staging' });
    expect(openOurs()).toHaveLength(2);
  });
});

describe('degrading instead of throwing', () => {
  it('reports degraded when writes get 403, and writes nothing', async () => {
    standIn.forbidWrites();
    const result = await syncHealthIssue(client(), unhealthy('x'));
    expect(result).toMatchObject({ ok: false, kind: 'forbidden', status: 403 });
    expect(!result.ok && result.reason).toContain('Resource not accessible by integration');
    expect(!result.ok && result.reason).not.toContain(STAND_IN_TOKENS.actions);
    expect(standIn.state.issues).toEqual([]);
  });

  it('an unchanged state needs no write, so read-only access is enough', async () => {
    await syncHealthIssue(client(), unhealthy('x'));
    standIn.forbidWrites();
    expect(await syncHealthIssue(client(), unhealthy('x'))).toMatchObject({
      ok: true,
      action: 'unchanged'
    });
    expect(await syncHealthIssue(client(), unhealthy('y'))).toMatchObject({
      ok: false,
      status: 403
    });
    expect(await syncHealthIssue(client(), healthy)).toMatchObject({
      ok: false,
      status: 403
    });
    expect(openOurs()).toHaveLength(1);
  });

  it('reports degraded when even listing issues is refused', async () => {
    standIn.forbidWrites('all');
    const result = await syncHealthIssue(client(), unhealthy('x'));
    expect(result).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(standIn.writes()).toEqual([]);
  });

  it('reports degraded for an invalid marker without any request', async () => {
    const result = await syncHealthIssue(client(), { ...unhealthy('x'), marker: 'bad marker' });
    expect(result).toMatchObject({ ok: false, kind: 'error' });
    expect(standIn.requests).toEqual([]);
  });
});
