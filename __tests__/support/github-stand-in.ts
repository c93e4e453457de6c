// A stand-in for the parts of GitHub's REST API that fly-token-guard calls: GET /user, issue
// comments, issues and labels. A real HTTP server on 127.0.0.1 with in-memory state; it records
// every request so tests can assert what was (and was not) written, and can be told to answer
// 403 the way GitHub does for a read-only token, or to misbehave: never answer, answer with a
// status (5xx, a secondary rate limit), or list pages without end.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface StandInUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export interface StandInTokenConfig {
  user: StandInUser;
  /** Installation tokens (the workflow's GITHUB_TOKEN) get 403 from GET /user on GitHub. */
  userEndpoint: 'allowed' | 'forbidden';
}

export const ACTIONS_BOT: StandInUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const MAINTAINER: StandInUser = { login: 'octo-maintainer', id: 1001, type: 'User' };
export const OUTSIDER: StandInUser = { login: 'someone-else', id: 1002, type: 'User' };

/** Tokens the stand-in knows by default. */
export const STAND_IN_TOKENS = {
  /** Like the workflow's GITHUB_TOKEN: writes as github-actions[bot], GET /user is forbidden. */
  actions: 'ghs_standin_actions_token',
  /** Like a personal access token: GET /user answers with the maintainer. */
  personal: 'ghp_standin_personal_token'
} as const;

export interface StandInOptions {
  tokens?: Record<string, StandInTokenConfig>;
  /** Largest page the server hands out, whatever per_page asks (GitHub: 100). */
  pageSizeCap?: number;
}

export interface StandInComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: StandInUser;
  createdAt: string;
  updatedAt: string;
}

export interface StandInIssue {
  id: number;
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  user: StandInUser;
  pullRequest: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StandInLabel {
  id: number;
  owner: string;
  repo: string;
  name: string;
  color: string;
  description: string | null;
}

export interface StandInState {
  comments: StandInComment[];
  issues: StandInIssue[];
  labels: StandInLabel[];
  addIssue(
    fields: Partial<Omit<StandInIssue, 'id' | 'number'>> & { owner: string; repo: string }
  ): StandInIssue;
  addComment(
    fields: Partial<Omit<StandInComment, 'id'>> & {
      owner: string;
      repo: string;
      issueNumber: number;
      body: string;
    }
  ): StandInComment;
}

export interface RecordedRequest {
  method: string;
  /** Path with query string, as sent. */
  path: string;
  pathname: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined when none was sent. */
  body: unknown;
  authenticated: boolean;
  status: number;
}

export type ForbidScope = 'writes' | 'all' | false;

export type GitHubMisbehaviour =
  /** Accept the request, read it, never answer. */
  (
    | { kind: 'hang' }
    /** Answer with this status, JSON body and headers instead of the real answer. */
    | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
    /** Every GET listing answers an empty page that links rel="next" to one more. */
    | { kind: 'endless-pages' }
    /** Answer 200 and stream JSON whitespace for as long as the client reads. */
    | { kind: 'endless-body' }
  ) & {
    /** Misbehave for this many matching requests, then answer normally (default: always). */
    times?: number;
    /** Only requests with this method (default: any). */
    method?: string;
    /** Only requests to this path, e.g. `/repos/acme/shop/issues` (default: any). */
    pathname?: string;
  };

export interface GitHubStandIn {
  url: string;
  close(): Promise<void>;
  state: StandInState;
  requests: RecordedRequest[];
  /** From now on answer 403 to writes (default) or to every request; `false` lifts it. */
  forbidWrites(scope?: ForbidScope): void;
  /** Recorded requests that would change state (POST/PATCH/PUT/DELETE). */
  writes(): RecordedRequest[];
  /** From now on misbehave as told (replacing any earlier misbehaviour); `null` lifts it. */
  misbehave(misbehaviour: GitHubMisbehaviour | null): void;
  /** Client connections open right now. */
  openConnections(): number;
  /** Resolves once `count` requests have arrived in all. */
  requestsArrived(count: number): Promise<void>;
  /** Resolves once no client connection is open (the client closed its sockets). */
  connectionsClosed(): Promise<void>;
}

const FORBIDDEN_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403'
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body['message']));
  }
}

function notFound(): HttpError {
  return new HttpError(404, {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404'
  });
}

function validationFailed(errors: Record<string, unknown>[]): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors,
    documentation_url: 'https://docs.github.com/rest',
    status: '422'
  });
}

const isWrite = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method);

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function userJson(user: StandInUser): Record<string, unknown> {
  return {
    login: user.login,
    id: user.id,
    type: user.type,
    html_url: `https://github.com/${user.login}`
  };
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const tokens: Record<string, StandInTokenConfig> = options.tokens ?? {
    [STAND_IN_TOKENS.actions]: { user: ACTIONS_BOT, userEndpoint: 'forbidden' },
    [STAND_IN_TOKENS.personal]: { user: MAINTAINER, userEndpoint: 'allowed' }
  };
  const pageSizeCap = options.pageSizeCap ?? 100;
  let forbidden: ForbidScope = false;
  let misbehaviour: GitHubMisbehaviour | null = null;
  const sockets = new Set<Socket>();
  const waiters: Array<() => void> = [];
  const notify = (): void => {
    for (const wake of waiters.splice(0)) wake();
  };
  const until = (done: () => boolean): Promise<void> =>
    new Promise(resolve => {
      const check = (): void => (done() ? resolve() : void waiters.push(check));
      check();
    });
  let nextId = 5000;
  const now = (): string => new Date().toISOString();
  const requests: RecordedRequest[] = [];

  const state: StandInState = {
    comments: [],
    issues: [],
    labels: [],
    addIssue(fields) {
      const sameRepo = state.issues.filter(i => i.owner === fields.owner && i.repo === fields.repo);
      const issue: StandInIssue = {
        id: nextId++,
        number: sameRepo.reduce((max, i) => Math.max(max, i.number), 0) + 1,
        title: 'Untitled',
        body: null,
        state: 'open',
        stateReason: null,
        labels: [],
        user: OUTSIDER,
        pullRequest: false,
        createdAt: now(),
        updatedAt: now(),
        ...fields
      };
      state.issues.push(issue);
      return issue;
    },
    addComment(fields) {
      const comment: StandInComment = {
        id: nextId++,
        user: OUTSIDER,
        createdAt: now(),
        updatedAt: now(),
        ...fields
      };
      state.comments.push(comment);
      return comment;
    }
  };

  let baseUrl = '';

  const issueJson = (issue: StandInIssue): Record<string, unknown> => {
    const api = `${baseUrl}/repos/${issue.owner}/${issue.repo}`;
    return {
      id: issue.id,
      number: issue.number,
      url: `${api}/issues/${issue.number}`,
      html_url: `https://github.com/${issue.owner}/${issue.repo}/issues/${issue.number}`,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      labels: issue.labels.map(name => {
        const label = state.labels.find(
          l => l.owner === issue.owner && l.repo === issue.repo && l.name === name
        );
        return { id: label?.id ?? 0, name, color: label?.color ?? 'ededed' };
      }),
      user: userJson(issue.user),
      comments: state.comments.filter(
        c => c.owner === issue.owner && c.repo === issue.repo && c.issueNumber === issue.number
      ).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.state === 'closed' ? issue.updatedAt : null,
      ...(issue.pullRequest ? { pull_request: { url: `${api}/pulls/${issue.number}` } } : {})
    };
  };

  const commentJson = (comment: StandInComment): Record<string, unknown> => ({
    id: comment.id,
    url: `${baseUrl}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.owner}/${comment.repo}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${baseUrl}/repos/${comment.owner}/${comment.repo}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER'
  });

  /** One page of `items` plus GitHub's Link header for the others. */
  const paginate = <T>(
    items: T[],
    query: Record<string, string>,
    host: string,
    pathname: string
  ): { page: T[]; link?: string } => {
    const perPage = Math.min(Math.max(Number(query['per_page'] ?? 30) || 30, 1), pageSizeCap);
    const page = Math.max(Number(query['page'] ?? 1) || 1, 1);
    const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
    const pageUrl = (n: number): string => {
      const params = new URLSearchParams({ ...query, per_page: String(perPage), page: String(n) });
      return `<http://${host}${pathname}?${params.toString()}>`;
    };
    const links: string[] = [];
    if (page < lastPage)
      links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    return links.length > 0 ? { page: slice, link: links.join(', ') } : { page: slice };
  };

  const findIssue = (owner: string, repo: string, number: number): StandInIssue => {
    const issue = state.issues.find(
      i => i.owner === owner && i.repo === repo && i.number === number
    );
    if (!issue) throw notFound();
    return issue;
  };

  const findComment = (owner: string, repo: string, id: number): StandInComment => {
    const comment = state.comments.find(c => c.owner === owner && c.repo === repo && c.id === id);
    if (!comment) throw notFound();
    return comment;
  };

  interface Reply {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
  }

  const route = (
    method: string,
    pathname: string,
    query: Record<string, string>,
    body: unknown,
    user: StandInTokenConfig,
    host: string
  ): Reply => {
    if (method === 'GET' && pathname === '/user') {
      if (user.userEndpoint === 'forbidden') throw new HttpError(403, FORBIDDEN_BODY);
      return { status: 200, body: userJson(user.user) };
    }

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(pathname);
    if (!repoMatch) throw notFound();
    const owner = decodeURIComponent(repoMatch[1] ?? '');
    const repo = decodeURIComponent(repoMatch[2] ?? '');
    const rest = repoMatch[3] ?? '';
    let m: RegExpExecArray | null;

    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = findComment(owner, repo, Number(m[1]));
      if (method === 'GET') return { status: 200, body: commentJson(comment) };
      if (method === 'PATCH') {
        const text = field(body, 'body');
        if (typeof text !== 'string') throw validationFailed([{ field: 'body', code: 'missing' }]);
        comment.body = text;
        comment.updatedAt = now();
        return { status: 200, body: commentJson(comment) };
      }
      if (method === 'DELETE') {
        state.comments.splice(state.comments.indexOf(comment), 1);
        return { status: 204 };
      }
    }

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = findIssue(owner, repo, Number(m[1]));
      if (method === 'GET') {
        const all = state.comments
          .filter(c => c.owner === owner && c.repo === repo && c.issueNumber === issue.number)
          .sort((a, b) => a.id - b.id);
        const { page, link } = paginate(all, query, host, pathname);
        return { status: 200, body: page.map(commentJson), ...(link ? { headers: { link } } : {}) };
      }
      if (method === 'POST') {
        const text = field(body, 'body');
        if (typeof text !== 'string') throw validationFailed([{ field: 'body', code: 'missing' }]);
        const comment = state.addComment({
          owner,
          repo,
          issueNumber: issue.number,
          body: text,
          user: user.user
        });
        return { status: 201, body: commentJson(comment) };
      }
    }

    if ((m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = findIssue(owner, repo, Number(m[1]));
      if (method === 'GET') return { status: 200, body: issueJson(issue) };
      if (method === 'PATCH') {
        const title = field(body, 'title');
        const text = field(body, 'body');
        const newState = field(body, 'state');
        const reason = field(body, 'state_reason');
        if (typeof title === 'string') issue.title = title;
        if (typeof text === 'string') issue.body = text;
        if (newState === 'open' || newState === 'closed') issue.state = newState;
        if (typeof reason === 'string') issue.stateReason = reason;
        issue.updatedAt = now();
        return { status: 200, body: issueJson(issue) };
      }
    }

    if (rest === '/issues') {
      if (method === 'GET') {
        const wanted = (query['labels'] ?? '').split(',').filter(l => l !== '');
        const stateFilter = query['state'] ?? 'open';
        const all = state.issues
          .filter(i => i.owner === owner && i.repo === repo)
          .filter(i => stateFilter === 'all' || i.state === stateFilter)
          .filter(i => wanted.every(label => i.labels.includes(label)))
          .filter(i => query['creator'] === undefined || i.user.login === query['creator'])
          .sort((a, b) => b.number - a.number);
        const { page, link } = paginate(all, query, host, pathname);
        return { status: 200, body: page.map(issueJson), ...(link ? { headers: { link } } : {}) };
      }
      if (method === 'POST') {
        const title = field(body, 'title');
        if (typeof title !== 'string' || title === '') {
          throw validationFailed([{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
        }
        const text = field(body, 'body');
        const labels = field(body, 'labels');
        const labelNames = Array.isArray(labels)
          ? labels.filter((l): l is string => typeof l === 'string')
          : [];
        for (const name of labelNames) {
          // GitHub creates unknown labels on the fly for writers.
          if (!state.labels.some(l => l.owner === owner && l.repo === repo && l.name === name)) {
            state.labels.push({
              id: nextId++,
              owner,
              repo,
              name,
              color: 'ededed',
              description: null
            });
          }
        }
        const issue = state.addIssue({
          owner,
          repo,
          title,
          body: typeof text === 'string' ? text : null,
          labels: labelNames,
          user: user.user
        });
        return { status: 201, body: issueJson(issue) };
      }
    }

    if (rest === '/labels' && method === 'POST') {
      const name = field(body, 'name');
      if (typeof name !== 'string' || name === '') {
        throw validationFailed([{ resource: 'Label', field: 'name', code: 'missing_field' }]);
      }
      if (state.labels.some(l => l.owner === owner && l.repo === repo && l.name === name)) {
        throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      }
      const color = field(body, 'color');
      const description = field(body, 'description');
      const label: StandInLabel = {
        id: nextId++,
        owner,
        repo,
        name,
        color: typeof color === 'string' ? color : 'ededed',
        description: typeof description === 'string' ? description : null
      };
      state.labels.push(label);
      return { status: 201, body: { id: label.id, name, color: label.color, description } };
    }

    if ((m = /^\/labels\/([^/]+)$/.exec(rest)) && method === 'GET') {
      const name = decodeURIComponent(m[1] ?? '');
      const label = state.labels.find(l => l.owner === owner && l.repo === repo && l.name === name);
      if (!label) throw notFound();
      return { status: 200, body: { id: label.id, name, color: label.color } };
    }

    throw notFound();
  };

  const send = (response: ServerResponse, reply: Reply): void => {
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined) {
      response.writeHead(reply.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    response.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
  };

  const server = createServer((request, response) => {
    void (async () => {
      const method = request.method ?? 'GET';
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const query = Object.fromEntries(url.searchParams.entries());
      const raw = await readBody(request);
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        body = raw;
      }
      const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const tokenConfig = auth?.[1] === undefined ? undefined : tokens[auth[1]];
      const record: RecordedRequest = {
        method,
        path: request.url ?? '/',
        pathname: url.pathname,
        query,
        body,
        authenticated: tokenConfig !== undefined,
        status: 0
      };
      requests.push(record);
      notify();

      const armed =
        misbehaviour !== null &&
        (misbehaviour.method ?? method) === method &&
        (misbehaviour.pathname ?? url.pathname) === url.pathname
          ? misbehaviour
          : null;
      if (armed) {
        if (armed.times !== undefined && --armed.times <= 0) misbehaviour = null;
        if (armed.kind === 'hang') return;
        if (armed.kind === 'endless-body') {
          record.status = 200;
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          const pour = (): void => {
            while (!response.destroyed && response.write(chunk));
            if (!response.destroyed) response.once('drain', pour);
          };
          response.on('close', () => response.removeAllListeners('drain'));
          pour();
          return;
        }
        if (armed.kind === 'status') {
          record.status = armed.status;
          send(response, {
            status: armed.status,
            ...(armed.body !== undefined ? { body: armed.body } : {}),
            ...(armed.headers ? { headers: armed.headers } : {})
          });
          return;
        }
        if (method === 'GET') {
          const page = Number(query['page'] ?? 1) || 1;
          const next = new URLSearchParams({ ...query, page: String(page + 1) });
          const link = `<http://${request.headers.host ?? ''}${url.pathname}?${next.toString()}>; rel="next"`;
          record.status = 200;
          send(response, { status: 200, body: [], headers: { link } });
          return;
        }
      }

      let reply: Reply;
      try {
        if (!tokenConfig) {
          throw new HttpError(401, {
            message: 'Bad credentials',
            documentation_url: 'https://docs.github.com/rest',
            status: '401'
          });
        }
        if (forbidden === 'all' || (forbidden === 'writes' && isWrite(method))) {
          throw new HttpError(403, FORBIDDEN_BODY);
        }
        reply = route(method, url.pathname, query, body, tokenConfig, request.headers.host ?? '');
      } catch (error) {
        reply =
          error instanceof HttpError
            ? { status: error.status, body: error.body }
            : { status: 500, body: { message: `stand-in error: ${String(error)}` } };
      }
      record.status = reply.status;
      send(response, reply);
    })();
  });

  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      notify();
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    state,
    requests,
    forbidWrites(scope: ForbidScope = 'writes') {
      forbidden = scope;
    },
    writes: () => requests.filter(r => isWrite(r.method)),
    misbehave(next) {
      misbehaviour = next === null ? null : { ...next };
    },
    openConnections: () => sockets.size,
    requestsArrived: count => until(() => requests.length >= count),
    connectionsClosed: () => until(() => sockets.size === 0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      })
  };
}
