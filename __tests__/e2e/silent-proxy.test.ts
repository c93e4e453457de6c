// A proxy that accepts the connection and never answers CONNECT: undici leaves a request waiting
// there unaborted by its signal, so the check ran without end (past `timeout-seconds`, with no
// output at all). The run's deadline now ends it: the online checks are reported as timed out,
// never as a verdict on the token, and the step finishes. End to end through `node dist/index.js`
// and `node dist/cli/index.js`; the proxy is a loopback server that reads and never writes.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { runAction, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const TOKEN = vector('deploy_app').header_form;

describe('a proxy that never answers', () => {
  let proxy: Server;
  let url = '';
  const sockets = new Set<Socket>();
  let connections = 0;

  beforeAll(async () => {
    proxy = createServer(socket => {
      connections += 1;
      sockets.add(socket);
      socket.on('data', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise(resolve => proxy.close(resolve));
  });

  it('action, check mode: ends at timeout-seconds with the checks unverified', async () => {
    const before = connections;
    const run = await runAction({
      inputs: { token: TOKEN, apps: 'web', 'timeout-seconds': '3' },
      env: { HTTPS_PROXY: url }
    });
    expect(connections).toBeGreaterThan(before);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/timed out after 3 s/);
    expect(run.outputs['valid']).toBe('unknown');
    expect(run.summary).not.toContain(TOKEN.slice(10, 40));
  });

  it('CLI check: ends at its deadline, not a verdict on the token', async () => {
    const run = await runCli(['check', '--apps', 'web', '--needs', 'deploy'], {
      env: { FLY_API_TOKEN: TOKEN, HTTPS_PROXY: url }
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Could not complete .* timed out after 30 s/);
    expect(run.stdout).toMatch(/This is not a verdict on the token/);
  });
});
