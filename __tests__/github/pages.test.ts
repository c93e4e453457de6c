import { NotAListing, readListing, type ListingPage } from '../../src/github/pages.js';

/** A listing of `count` pages of two numbers each, linking rel="next" until the last. */
function listing(count: number, read: number[] = []): AsyncIterable<ListingPage<number>> {
  return (async function* () {
    for (let page = 1; page <= count; page++) {
      read.push(page);
      const link = page < count ? `<https://api.github.test/x?page=${page + 1}>; rel="next"` : '';
      yield { data: [page * 10, page * 10 + 1], headers: { link } };
    }
  })();
}

describe('readListing', () => {
  it('reads a listing that ends exactly at the cap as complete', async () => {
    const result = await readListing(listing(3), 3);
    expect(result).toEqual({ items: [10, 11, 20, 21, 30, 31], capped: false });
  });

  it('stops at the cap and says so when GitHub has more', async () => {
    const read: number[] = [];
    const result = await readListing(listing(5, read), 3);
    expect(result).toEqual({ items: [10, 11, 20, 21, 30, 31], capped: true });
    expect(read).toEqual([1, 2, 3]);
  });

  it('stops after the first item `until` accepts, reading no further page', async () => {
    const read: number[] = [];
    const result = await readListing(listing(5, read), 3, item => item === 20);
    expect(result).toEqual({ items: [10, 11, 20], capped: false });
    expect(read).toEqual([1, 2]);
  });

  it('stops, as capped and looped, when a next link points to a page already asked for', async () => {
    let served = 0;
    const loop = (async function* () {
      for (;;) {
        served += 1;
        yield {
          data: [served],
          headers: { link: '<https://api.github.test/x?page=2>; rel="next"' }
        };
      }
    })();
    const result = await readListing(loop, 100);
    expect(result).toEqual({ items: [1, 2], capped: true, looped: true });
    expect(served).toBe(2);
  });

  it('stops at the item cap, however many items a page holds', async () => {
    const huge = (async function* () {
      yield { data: Array.from({ length: 500 }, (_, i) => i), headers: {} };
    })();
    const result = await readListing(huge, 100, undefined, 120);
    expect(result.items).toHaveLength(120);
    expect(result.capped).toBe(true);
  });

  it('throws NotAListing on a page that is not a list', async () => {
    const broken = (async function* () {
      yield { data: { items: [1] } as unknown as number[], headers: {} };
    })();
    await expect(readListing(broken, 10)).rejects.toBeInstanceOf(NotAListing);
  });
});
