// Reads a stream from outside (standard input, Fly and GitHub bodies) to its end, refusing more
// than a byte limit: anything larger is a mistake or hostile, and is never held in memory.
// (`node:stream/consumers` reads to the end without a limit.)

/** The stream held more than `limit` bytes: reading stopped there. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

/** The stream's text; throws TooLargeError past `limit` bytes, and the stream's own errors. */
export async function readCapped(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number
): Promise<string> {
  return (await readCappedBytes(stream, limit)).toString('utf8');
}

/** The stream's bytes; throws TooLargeError past `limit` bytes, and the stream's own errors. */
export async function readCappedBytes(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop ends the iteration, which destroys a Node stream: nothing more is read.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > limit) throw new TooLargeError(limit);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
