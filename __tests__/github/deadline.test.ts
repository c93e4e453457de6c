// The GitHub client under the run's deadline, in process against the stand-in: aborting the
// deadline's signal cuts a request that hangs (its socket closes), nothing is sent once the
// deadline has passed, and a listing without end stops at the page cap.
import { getEventListeners, getMaxListeners, setMaxListeners } from 'node:events';
import {
  createGitHubClient,
  DeadlinePassed,
  failureFrom,
  ResponseTooLarge
} from '../../src/github/client.js';
import { findOurs, MAX_LISTING_PAGES } from '../../src/github/ours.js';
import {
  startGitHubStandIn,
  STAND_IN_TOKENS,
  type GitHubStandIn
} from '../support/github-stand-in.js';

const owner = 'acme';
const repo = 'web';
let standIn: GitHubStandIn;

beforeEach(async () => {
  standIn = await startGitHubStandIn();
});

afterEach(async () => {
  await standIn.close();
});

/** A deadline far away that the test ends by aborting its signal. */
function manualDeadline(): { controller: AbortController; at: number } {
  return { controller: new AbortController(), at: Date.now() + 600_000 };
}

describe('the GitHub client under the run deadline', () => {
  it('cuts a request GitHub never answers: the socket closes when the deadline aborts', async () => {
    const { controller, at } = manualDeadline();
    const client = createGitHubClient(STAND_IN_TOKENS.actions, {
      baseUrl: standIn.url,
      deadline: { signal: controller.signal, at }
    });
    standIn.misbehave({ kind: 'hang' });
    const pending = client.rest.issues.listForRepo({ owner, repo }).then(
      () => undefined,
      (error: unknown) => error
    );
    await standIn.requestsArrived(1);
    expect(standIn.openConnections()).toBe(1);

    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(Error);
    expect(failureFrom(error, 'list the issues')).toMatchObject({
      ok: false,
      kind: 'timeout',
      reason: expect.stringContaining("before the run's deadline") as unknown
    });
    // The client closed the connection itself: the server never answered.
    await standIn.connectionsClosed();
    expect(standIn.requests).toHaveLength(1);
  });

  it('sends nothing once the deadline has passed', async () => {
    const { controller, at } = manualDeadline();
    controller.abort();
    const client = createGitHubClient(STAND_IN_TOKENS.actions, {
      baseUrl: standIn.url,
      deadline: { signal: controller.signal, at }
    });
    await expect(client.rest.issues.listForRepo({ owner, repo })).rejects.toBeInstanceOf(
      DeadlinePassed
    );
    expect(standIn.requests).toEqual([]);
  });

  it('leaves no listener on the deadline once a request is answered (a long audit sends thousands)', async () => {
    const { controller, at } = manualDeadline();
    setMaxListeners(10_000, controller.signal);
    const client = createGitHubClient(STAND_IN_TOKENS.actions, {
      baseUrl: standIn.url,
      deadline: { signal: controller.signal, at }
    });
    for (let i = 0; i < 20; i++) await client.rest.issues.listForRepo({ owner, repo });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    // fetch lowers a busy signal's listener limit to 1,500; the deadline keeps its own.
    expect(getMaxListeners(controller.signal)).toBe(10_000);
  });

  it('stops a listing without end at the page cap and says so', async () => {
    standIn.misbehave({
      kind: 'endless-pages',
      method: 'GET',
      pathname: `/repos/${owner}/${repo}/issues`
    });
    const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
    const found = await findOurs(client, {
      marker: 'health',
      botLogin: 'github-actions[bot]',
      listing: 'list the open issues',
      pages: () => client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo })
    });
    expect(found).toMatchObject({ ok: false, kind: 'error' });
    expect(!found.ok && found.reason).toContain(`more than ${MAX_LISTING_PAGES} pages`);
    expect(standIn.requests).toHaveLength(MAX_LISTING_PAGES);
  });

  it('never follows a rel=next link to another host (it would carry the token there)', async () => {
    const elsewhere = await startGitHubStandIn();
    try {
      standIn.misbehave({
        kind: 'status',
        status: 200,
        body: [],
        headers: { link: `<${elsewhere.url}/repos/${owner}/${repo}/issues?page=2>; rel="next"` },
        times: 1
      });
      const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
      const found = await findOurs(client, {
        marker: 'health',
        botLogin: 'github-actions[bot]',
        listing: 'list the open issues',
        pages: () => client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo })
      });
      expect(!found.ok && found.reason).toContain('another host, which was not contacted');
      expect(standIn.requests).toHaveLength(1);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });
});

describe('retries, one request at a time', () => {
  it('an answer too large is not fetched again, and the next request keeps its own retries', async () => {
    const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
    standIn.misbehave({ kind: 'endless-body', times: 1 });
    const tooLarge = await client.rest.issues.listForRepo({ owner, repo }).then(
      () => undefined,
      (error: unknown) => error
    );
    expect((tooLarge as { cause?: unknown }).cause).toBeInstanceOf(ResponseTooLarge);
    expect(standIn.requests).toHaveLength(1);

    // The first request ended with no retries left; the second still gets plugin-retry's.
    standIn.misbehave({ kind: 'status', status: 502, body: { message: 'Bad Gateway' }, times: 1 });
    const { status } = await client.rest.issues.listForRepo({ owner, repo });
    expect(status).toBe(200);
    expect(standIn.requests.map(r => r.status)).toEqual([200, 502, 200]);
  });
});

describe('answers a retry cannot change', () => {
  it.each([409, 405, 413])('a %i is asked once, never again', async status => {
    const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
    standIn.misbehave({ kind: 'status', status, body: { message: 'no' }, times: 1 });
    const error = await client.rest.issues.listForRepo({ owner, repo }).then(
      () => undefined,
      (failure: unknown) => failure
    );
    expect(failureFrom(error, 'list the issues')).toMatchObject({ ok: false, status });
    expect(standIn.requests.map(r => r.status)).toEqual([status]);
  });
});

describe('redirects', () => {
  it('a redirect to another host is not followed: the comment body never leaves the API', async () => {
    const elsewhere = await startGitHubStandIn();
    try {
      standIn.misbehave({
        kind: 'status',
        status: 307,
        headers: { location: `${elsewhere.url}/repos/${owner}/${repo}/issues/1/comments` },
        times: 1
      });
      const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
      const error = await client.rest.issues
        .createComment({ owner, repo, issue_number: 1, body: 'findings' })
        .then(
          () => undefined,
          (failure: unknown) => failure
        );
      expect(failureFrom(error, 'post the comment')).toEqual({
        ok: false,
        kind: 'error',
        reason:
          'Could not post the comment: GitHub pointed to another host, which was not contacted.'
      });
      expect(standIn.requests).toHaveLength(1);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  // Red team: a redirect loop was reported as "the GitHub API is unreachable" and its whole
  // chain asked again; a redirect without a Location passed for success (a 301 "created" the
  // comment, with no comment id).
  it.each([
    ['a redirect loop', 307, { location: `/repos/${owner}/${repo}/issues/1/comments` }],
    ['a redirect without Location', 301, {}],
    ['a redirect to an unparseable Location', 308, { location: 'http://[' }]
  ])('%s fails as a redirect that was not followed, asked once', async (_name, status, headers) => {
    standIn.misbehave({ kind: 'status', status, headers, body: { id: 1, html_url: 'x' } });
    const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
    const error = await client.rest.issues
      .createComment({ owner, repo, issue_number: 1, body: 'findings' })
      .then(
        () => undefined,
        (failure: unknown) => failure
      );
    expect(failureFrom(error, 'post the comment')).toEqual({
      ok: false,
      kind: 'error',
      reason: 'Could not post the comment: GitHub answered with a redirect that was not followed.'
    });
    // One request, plus at most MAX_REDIRECTS hops of the loop: no second try of the chain.
    expect(standIn.requests.length).toBeLessThanOrEqual(6);
  });

  it('a redirect within the API (a renamed repository) is followed', async () => {
    standIn.misbehave({
      kind: 'status',
      status: 301,
      headers: { location: `/repos/${owner}/${repo}/issues` },
      pathname: `/repos/${owner}/old-name/issues`,
      times: 1
    });
    const client = createGitHubClient(STAND_IN_TOKENS.actions, { baseUrl: standIn.url });
    const { status } = await client.rest.issues.listForRepo({ owner, repo: 'old-name' });
    expect(status).toBe(200);
    expect(standIn.requests.map(r => r.status)).toEqual([301, 200]);
  });
});
