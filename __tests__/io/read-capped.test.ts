import { Readable } from 'node:stream';
import { readCapped, TooLargeError } from '../../src/io/read-capped.js';

describe('readCapped', () => {
  it('reads exactly the limit, joining characters split across chunks', async () => {
    const euro = Buffer.from('€'); // 3 bytes
    const stream = Readable.from([euro.subarray(0, 1), euro.subarray(1), 'ab']);
    await expect(readCapped(stream, 5)).resolves.toBe('€ab');
  });

  it('refuses one byte more, stops reading and destroys the stream', async () => {
    let pulled = 0;
    const stream = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield 'xxxx';
        }
      })()
    );
    await expect(readCapped(stream, 10)).rejects.toEqual(new TooLargeError(10));
    expect(stream.destroyed).toBe(true);
    // Never read far past the limit (Readable may buffer a little ahead).
    expect(pulled).toBeLessThan(50);
  });

  it('passes the stream’s own errors through', async () => {
    const stream = new Readable({ read: () => undefined });
    stream.destroy(Object.assign(new Error('boom'), { code: 'EIO' }));
    await expect(readCapped(stream, 10)).rejects.toMatchObject({ code: 'EIO' });
  });
});
