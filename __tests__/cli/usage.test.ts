// The bundled CLI's usage: --version, per-command --help that documents every flag the command
// accepts, and a one-line reason with exit 2 for every way of calling it wrong.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMAND_NAMES, commandOptions } from '../../src/cli/args.js';
import { runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const TOKEN = vector('deploy_app').header_form;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

let repo = '';
beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'ftg-cli-usage-'));
  mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
  writeFileSync(
    path.join(repo, '.github/workflows/deploy.yml'),
    [
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: flyctl deploy --app acme-web',
      '        env:',
      '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
      ''
    ].join('\n')
  );
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('--version', () => {
  test.each([['--version'], ['-V']])('%s prints the version and exits 0', async flag => {
    const run = await runCli([flag]);
    expect(run).toMatchObject({ exitCode: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('help', () => {
  test('--help lists every command and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.exitCode).toBe(0);
    for (const command of COMMAND_NAMES)
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  test.each(COMMAND_NAMES.map(c => [c]))(
    '%s --help prints its own usage, naming every flag it accepts',
    async command => {
      const run = await runCli([command, '--help'], { env: { FLY_API_TOKEN: TOKEN } });
      expect(run.exitCode).toBe(0);
      expect(run.stdout.startsWith(`Usage: fly-token-guard ${command}`)).toBe(true);
      for (const flag of commandOptions(command)) expect(run.stdout).toContain(`--${flag}`);
      // Its own usage, not the global one.
      expect(run.stdout).not.toContain('Commands:');
      // `help CMD` is the same text.
      expect((await runCli(['help', command])).stdout).toBe(run.stdout);
    }
  );

  test('a flag of another command is refused, naming it', async () => {
    const run = await runCli(['inspect', '--apps', 'web'], { env: { FLY_API_TOKEN: TOKEN } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "fly-token-guard inspect: unknown option '--apps' (see 'fly-token-guard inspect --help')\n"
    );
  });
});

describe('calling it wrong exits 2 with one line saying why', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no command', [], /no command given/],
    ['an unknown command', ['deploy'], /unknown command 'deploy'/],
    ['a flag for a command', ['--json'], /'--json' is not a command/],
    [
      'a missing --workflow file',
      ['check', '--offline', '--workflow', 'missing.yml', '--job', 'deploy'],
      /--workflow: no file missing\.yml/
    ],
    [
      'an unknown --job',
      ['check', '--offline', '--workflow', '.github/workflows/deploy.yml', '--job', 'nope'],
      /no job 'nope' in \.github\/workflows\/deploy\.yml/
    ],
    [
      '--workflow without --job',
      ['check', '--workflow', '.github/workflows/deploy.yml'],
      /go together/
    ],
    ['an extra argument', ['check', 'extra'], /unexpected argument 'extra'/]
  ];
  test.each(cases)('%s', async (_name, args, reason) => {
    const run = await runCli(args, { cwd: repo, env: { FLY_API_TOKEN: TOKEN } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });

  test('the job that exists is read (the control for the two cases above)', async () => {
    const run = await runCli(
      [
        'check',
        '--offline',
        '--json',
        '--workflow',
        '.github/workflows/deploy.yml',
        '--job',
        'deploy'
      ],
      { cwd: repo, env: { FLY_API_TOKEN: TOKEN } }
    );
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { needs: { apps: string[]; capabilities: string[] } };
    expect(out.needs.apps).toEqual(['acme-web']);
    expect(out.needs.capabilities).toContain('deploy');
  });
});
