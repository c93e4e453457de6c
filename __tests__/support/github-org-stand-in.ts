// A stand-in for the part of GitHub's REST API the org audit reads: an organization's repository
// list (paginated with `Link`), recursive trees and blobs. Real HTTP on 127.0.0.1, with latency,
// rate-limit headers, and a secondary limit (403 + retry-after) on chosen requests. It records
// every request so tests can count them.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRepository {
  name: string;
  defaultBranch?: string | null;
  archived?: boolean;
  fork?: boolean;
  /** Regular files by path. */
  files?: Record<string, string>;
  /** Symbolic links by path (target text), as git stores them (mode 120000). */
  symlinks?: Record<string, string>;
  /** Answer the tree with this status instead (404, 403, 409 = empty, 500…). */
  treeStatus?: number;
  /** Mark the tree as truncated. */
  truncated?: boolean;
  /** Never answer the tree request (a hanging GitHub). */
  hangTree?: boolean;
}

/** A request as a hostile stand-in sees it, to choose its own answer. */
export interface StandInRequest {
  kind: 'list' | 'tree' | 'blob' | 'other';
  /** Path and query, as sent. */
  path: string;
  /** The listing's `page` (1 when absent). */
  page: number;
  /** `http://127.0.0.1:PORT`: where this stand-in answers. */
  origin: string;
  /** The Authorization header as sent. */
  authorization: string;
}

/** An answer in place of the organization's: a JSON body, or raw text. */
export interface StandInAnswer {
  status?: number;
  /** Sent as JSON (`null` included); ignored when `raw` is set. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export interface OrgStandInOptions {
  /**
   * A hostile or broken GitHub: answers a request (after the token check) in place of the
   * organization; undefined lets the stand-in answer as GitHub would.
   */
  answer?: (request: StandInRequest) => StandInAnswer | undefined;
  org: string;
  repositories: StandInRepository[];
  token: string;
  /** Milliseconds before each answer. */
  latencyMs?: number;
  pageSize?: number;
  /** Primary rate limit: requests allowed before 403 with remaining 0. */
  rateLimit?: number;
  /** Seconds from now the primary limit resets (x-ratelimit-reset). */
  rateResetSeconds?: number;
  /** Request numbers (1-based) answered once with a secondary-limit 403 + retry-after. */
  secondaryLimitOn?: number[];
  retryAfterSeconds?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export interface OrgStandIn {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export function blobSha(text: string): string {
  const body = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}

export async function startOrgStandIn(options: OrgStandInOptions): Promise<OrgStandIn> {
  const requests: RecordedRequest[] = [];
  const blobs = new Map<string, string>();
  const byName = new Map(options.repositories.map(r => [r.name.toLowerCase(), r]));
  for (const repo of options.repositories) {
    for (const text of [
      ...Object.values(repo.files ?? {}),
      ...Object.values(repo.symlinks ?? {})
    ]) {
      blobs.set(blobSha(text), text);
    }
  }
  const pageSize = options.pageSize ?? 100;
  const secondary = new Set(options.secondaryLimitOn ?? []);
  const resetAt = Math.floor(Date.now() / 1000) + (options.rateResetSeconds ?? 3600);
  const limit = options.rateLimit ?? 5000;
  let used = 0;
  const hanging = new Set<ServerResponse>();

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    used += 1;
    const rateHeaders = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(resetAt)
    };
    if (
      req.headers.authorization !== `token ${options.token}` &&
      req.headers.authorization !== `Bearer ${options.token}`
    ) {
      send(401, { message: 'Bad credentials' });
      return;
    }
    if (used > limit) {
      send(
        403,
        { message: 'API rate limit exceeded' },
        { ...rateHeaders, 'x-ratelimit-remaining': '0' }
      );
      return;
    }
    if (secondary.delete(used)) {
      send(
        403,
        { message: 'You have exceeded a secondary rate limit.' },
        { ...rateHeaders, 'retry-after': String(options.retryAfterSeconds ?? 1) }
      );
      return;
    }
    const kind: StandInRequest['kind'] = /^\/orgs\/[^/]+\/repos$/.test(url.pathname)
      ? 'list'
      : /\/git\/trees\//.test(url.pathname)
        ? 'tree'
        : /\/git\/blobs\//.test(url.pathname)
          ? 'blob'
          : 'other';
    const hostile = options.answer?.({
      kind,
      path: url.pathname + url.search,
      page: Number(url.searchParams.get('page') ?? '1'),
      origin: `http://${req.headers.host ?? ''}`,
      authorization: req.headers.authorization ?? ''
    });
    if (hostile) {
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        status: hostile.status ?? 200
      });
      res.writeHead(hostile.status ?? 200, {
        'content-type': hostile.raw === undefined ? 'application/json' : 'text/html',
        ...hostile.headers
      });
      res.end(hostile.raw ?? JSON.stringify(hostile.body ?? null));
      return;
    }
    const list = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (list) {
      if (decodeURIComponent(list[1] ?? '').toLowerCase() !== options.org.toLowerCase()) {
        send(404, { message: 'Not Found' }, rateHeaders);
        return;
      }
      const page = Number(url.searchParams.get('page') ?? '1');
      const per = Math.min(pageSize, Number(url.searchParams.get('per_page') ?? '30'));
      const items = options.repositories.slice((page - 1) * per, page * per).map(r => ({
        name: r.name,
        full_name: `${options.org}/${r.name}`,
        owner: { login: options.org },
        default_branch: r.defaultBranch === undefined ? 'main' : r.defaultBranch,
        archived: r.archived === true,
        fork: r.fork === true
      }));
      const last = Math.max(1, Math.ceil(options.repositories.length / per));
      const base = `http://${req.headers.host ?? ''}${url.pathname}?per_page=${per}`;
      const link =
        page < last
          ? `<${base}&page=${page + 1}>; rel="next", <${base}&page=${last}>; rel="last"`
          : '';
      send(200, items, { ...rateHeaders, ...(link ? { link } : {}) });
      return;
    }
    const tree = /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/(.+)$/.exec(url.pathname);
    if (tree) {
      const repo = byName.get(decodeURIComponent(tree[2] ?? '').toLowerCase());
      if (!repo) {
        send(404, { message: 'Not Found' }, rateHeaders);
        return;
      }
      if (repo.hangTree) {
        hanging.add(res);
        return;
      }
      if (repo.treeStatus) {
        send(
          repo.treeStatus,
          { message: repo.treeStatus === 409 ? 'Git Repository is empty.' : 'Nope' },
          rateHeaders
        );
        return;
      }
      const entries = [
        ...Object.entries(repo.files ?? {}).map(([path, text]) => ({
          path,
          mode: '100644',
          type: 'blob',
          sha: blobSha(text),
          size: Buffer.byteLength(text)
        })),
        ...Object.entries(repo.symlinks ?? {}).map(([path, target]) => ({
          path,
          mode: '120000',
          type: 'blob',
          sha: blobSha(target),
          size: Buffer.byteLength(target)
        }))
      ];
      send(
        200,
        { sha: 'f'.repeat(40), truncated: repo.truncated === true, tree: entries },
        rateHeaders
      );
      return;
    }
    const blob = /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([0-9a-f]{40})$/.exec(url.pathname);
    if (blob) {
      const text = blobs.get(blob[3] ?? '');
      if (text === undefined) send(404, { message: 'Not Found' }, rateHeaders);
      else {
        send(
          200,
          {
            sha: blob[3],
            size: Buffer.byteLength(text),
            encoding: 'base64',
            content: Buffer.from(text).toString('base64')
          },
          rateHeaders
        );
      }
      return;
    }
    send(404, { message: 'Not Found' }, rateHeaders);
  };

  const server = createServer((req, res) => {
    const delay = options.latencyMs ?? 0;
    if (delay > 0) setTimeout(() => handle(req, res), delay);
    else handle(req, res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
    }
  };
}
