// "Find ours, then update or create": the one way we keep a single comment or issue up to date
// (the sticky PR comment, the health issue, later the org audit's tracking issue). Ours is the
// item carrying our marker AND written by our login, so a marker copied into someone else's text
// never makes us edit it. Listings are read page by page, up to a page cap.
import type { GitHubClient, GitHubFailure } from './client.js';
import { failureFrom, resolveBotLogin } from './client.js';
import { hasMarker } from './marker.js';
import { readListing, type ListingPage } from './pages.js';

/** Pages read while looking for ours (100 items each): far more than a real listing needs. */
export const MAX_LISTING_PAGES = 10;

/** What a listed comment or issue must carry for us to recognise it. */
interface MarkedItem {
  body?: string | null;
  user?: { login: string } | null;
}

interface FindOursParams<T extends MarkedItem> {
  marker: string;
  /** Our author login; found through GET /user, else `github-actions[bot]`. */
  botLogin?: string;
  /** The listing, page by page (`client.paginate.iterator(...)`). */
  pages: () => AsyncIterable<ListingPage<T>>;
  /** What reading the listing is, for a failure: "list the comments of #12". */
  listing: string;
  /** An extra condition (the issues listing also holds pull requests). */
  accept?: (item: T) => boolean;
}

export type Found<T> = { ok: true; ours: T | undefined } | GitHubFailure;

/** Finds our item; a failure (refused, unreachable, past the deadline or the page cap) says why. */
export async function findOurs<T extends MarkedItem>(
  client: GitHubClient,
  params: FindOursParams<T>
): Promise<Found<T>> {
  const login = await resolveBotLogin(client, params.botLogin);
  // A listing entry that is not an object (a misbehaving server) is nobody's.
  const isOurs = (item: T): boolean =>
    typeof item === 'object' &&
    item !== null &&
    item.user?.login === login &&
    hasMarker(item.body, params.marker) &&
    (params.accept?.(item) ?? true);
  try {
    const listing = await readListing(params.pages(), MAX_LISTING_PAGES, isOurs);
    if (listing.capped) {
      const why = listing.looped
        ? 'GitHub pointed back to a page already read (a loop)'
        : `GitHub listed more than ${MAX_LISTING_PAGES} pages`;
      return {
        ok: false,
        kind: 'error',
        reason: `Could not ${params.listing}: ${why}; stopped there without finding ours, and wrote nothing.`
      };
    }
    return { ok: true, ours: listing.items.find(isOurs) };
  } catch (error) {
    return failureFrom(error, params.listing);
  }
}

interface UpsertOursParams<T extends MarkedItem, R> extends FindOursParams<T> {
  /** The result when ours already says what we would write (no write), else undefined. */
  unchanged: (ours: T) => R | undefined;
  update: (ours: T) => Promise<R>;
  create: () => Promise<R>;
}

/** Finds ours, then leaves it, updates it or creates it. */
export async function upsertOurs<T extends MarkedItem, R>(
  client: GitHubClient,
  params: UpsertOursParams<T, R>
): Promise<R | GitHubFailure> {
  const found = await findOurs(client, params);
  if (!found.ok) return found;
  if (found.ours === undefined) return params.create();
  return params.unchanged(found.ours) ?? params.update(found.ours);
}
