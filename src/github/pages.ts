// A GitHub listing read page by page (Octokit's `paginate.iterator`) up to a cap on pages and on
// items, since a listing can be far longer than any real one, endless, or loop back on itself. The
// caller keeps its own caps and says what an incomplete listing means for it.

/** One page of a listing, as `paginate.iterator` yields it. */
export interface ListingPage<T> {
  data: T[];
  headers: { link?: string | undefined };
}

interface CappedListing<T> {
  /** The items read, in order; the last one is the match when `until` stopped the reading. */
  items: T[];
  /** GitHub had more pages past the cap (or pointed back to a page already asked for). */
  capped: boolean;
  /** Set when the reading stopped because a `rel="next"` link pointed to a page asked for before. */
  looped?: true;
}

/** A page whose body is not a list (a misbehaving server or proxy): the listing is unknown. */
export class NotAListing extends Error {
  constructor() {
    super("GitHub's answer to a listing was not a list");
    this.name = 'NotAListing';
  }
}

function nextLink(link: string | undefined): string | undefined {
  return /<([^>]*)>\s*;\s*rel="next"/.exec(link ?? '')?.[1];
}

/**
 * The items of at most `maxPages` pages (and `maxItems` items), stopping early after the first
 * item `until` accepts. Throws NotAListing when a page is not a list.
 */
export async function readListing<T>(
  pages: AsyncIterable<ListingPage<T>>,
  maxPages: number,
  until?: (item: T) => boolean,
  maxItems: number = Number.POSITIVE_INFINITY
): Promise<CappedListing<T>> {
  const items: T[] = [];
  const asked = new Set<string>();
  let read = 0;
  for await (const page of pages) {
    if (!Array.isArray(page.data)) throw new NotAListing();
    for (const item of page.data) {
      if (items.length >= maxItems) return { items, capped: true };
      items.push(item);
      if (until?.(item) === true) return { items, capped: false };
    }
    const next = nextLink(page.headers.link);
    if (next === undefined) break;
    if (asked.has(next)) return { items, capped: true, looped: true };
    asked.add(next);
    if (++read >= maxPages) return { items, capped: true };
  }
  return { items, capped: false };
}
