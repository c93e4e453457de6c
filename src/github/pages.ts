// A GitHub listing read page by page (Octokit's `paginate.iterator`) up to a cap on pages, since a
// listing can be far longer than any real one, or endless. The caller keeps its own cap and says
// what an incomplete listing means for it.

/** One page of a listing, as `paginate.iterator` yields it. */
export interface ListingPage<T> {
  data: T[];
  headers: { link?: string | undefined };
}

interface CappedListing<T> {
  /** The items read, in order; the last one is the match when `until` stopped the reading. */
  items: T[];
  /** GitHub had more pages past the cap: the listing is incomplete. */
  capped: boolean;
}

/** The items of at most `maxPages` pages, stopping early after the first item `until` accepts. */
export async function readListing<T>(
  pages: AsyncIterable<ListingPage<T>>,
  maxPages: number,
  until?: (item: T) => boolean
): Promise<CappedListing<T>> {
  const items: T[] = [];
  let read = 0;
  for await (const page of pages) {
    // A body that is not a list (a misbehaving proxy) lists nothing.
    for (const item of Array.isArray(page.data) ? page.data : []) {
      items.push(item);
      if (until?.(item) === true) return { items, capped: false };
    }
    if (++read >= maxPages) return { items, capped: /\brel="next"/.test(page.headers.link ?? '') };
  }
  return { items, capped: false };
}
