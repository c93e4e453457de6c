// A legacy personal token committed in base64 where the text says token (a Kubernetes secret's
// `data:`, a JSON config) is a committed token: hardcoded-token reports it, and the base64 and
// the token are cut from every output. The scrub cut it before, but the scan gave no finding: a
// silent pass on an all-powerful token. Base64 of other 43-character text, or without a token
// context, is no finding.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { leakedWindow } from '../scan/token-forms.js';

const LEGACY = vector('legacy_personal_token').token;
const B64 = Buffer.from(LEGACY).toString('base64');
const B64URL = Buffer.from(LEGACY).toString('base64url');

interface ScanJson {
  findings: Array<{ rule: string; file?: string; line?: number; message: string }>;
}

describe('CLI scan: base64 of a legacy token', () => {
  let workspace = '';
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-legacy-b64-'));
    mkdirSync(path.join(workspace, 'deploy'), { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  const scan = async (file: string, text: string): Promise<{ json: ScanJson; output: string }> => {
    writeFileSync(path.join(workspace, file), text);
    const run = await runCli(['scan', workspace, '--json', '--fail-on', 'never']);
    expect(run.exitCode).toBe(0);
    return { json: JSON.parse(run.stdout) as ScanJson, output: run.stdout + run.stderr };
  };

  it.each([
    [
      'a Kubernetes secret',
      'deploy/secret.yaml',
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: fly\ndata:\n  FLY_API_TOKEN: ${B64}\n`,
      6
    ],
    ['a JSON config, URL-safe', 'deploy/config.json', `{\n  "access_token": "${B64URL}"\n}\n`, 2]
  ])('in %s: a hardcoded-token finding, cut from the output', async (_name, file, text, line) => {
    const { json, output } = await scan(file, text);
    const found = json.findings.filter(f => f.rule === 'hardcoded-token');
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(line);
    expect(found[0]?.message).toContain('base64-encoded');
    expect(leakedWindow(output, [LEGACY, B64.slice(0, 56), B64URL.slice(0, 56)])).toBeUndefined();
  });

  it.each([
    ['without a token context', `checksum: ${B64}\n`],
    [
      'of a 43-character placeholder',
      `FLY_API_TOKEN: ${Buffer.from('your-fly-token-goes-here-0123456789-abcdefg').toString('base64')}\n`
    ],
    ['of 44 characters', `FLY_API_TOKEN: ${Buffer.from(`${LEGACY}x`).toString('base64')}\n`]
  ])('%s: no finding', async (_name, text) => {
    const { json } = await scan('deploy/values.yaml', text);
    expect(json.findings.filter(f => f.rule === 'hardcoded-token')).toHaveLength(0);
  });
});
