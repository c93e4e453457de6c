// `docker run ... flyio/flyctl deploy -a web`: Fly's flyctl image runs flyctl with the words after
// the image, so the command is as visible as a flyctl call in the script. Only what `-e` passes
// reaches it, and it runs in the directory `-w` names (the checkout only through a `-v` mount).
import { wordAfter, wordLiteral, type Word } from './shell.js';
import { wordText } from './fly-commands.js';

/** Images whose entrypoint is flyctl (any tag or digest). */
const FLYCTL_IMAGE =
  /^(?:(?:docker\.io|registry-1\.docker\.io)\/)?flyio\/flyctl(?:[:@].*)?$|^ghcr\.io\/superfly\/flyctl(?:[:@].*)?$/;

/** `docker run` options that take a value (the next word unless written `--opt=value`). */
const VALUE_OPTIONS = new Set([
  '-e',
  '--env',
  '-v',
  '--volume',
  '-w',
  '--workdir',
  '--name',
  '--network',
  '--net',
  '-p',
  '--publish',
  '--entrypoint',
  '--env-file',
  '-u',
  '--user',
  '--platform',
  '--mount',
  '-l',
  '--label',
  '--add-host',
  '--cpus',
  '-m',
  '--memory',
  '--restart',
  '--pull',
  '-h',
  '--hostname',
  '--dns',
  '--cidfile',
  '--log-driver',
  '--log-opt',
  '--gpus',
  '--ulimit',
  '--tmpfs',
  '--device',
  '--cap-add',
  '--cap-drop',
  '--security-opt',
  '--stop-signal',
  '--shm-size',
  '--ipc',
  '--pid',
  '--runtime',
  '-a',
  '--attach',
  '--label-file',
  '--group-add'
]);

export interface FlyctlContainer {
  /** The flyctl arguments: the words after the image. */
  flyWords: Word[];
  /** `-e NAME=value` (value word) and `-e NAME` (null: the host's value). */
  env: Array<{ name: string; value: Word | null }>;
  workdir: Word | null;
  /** `-v HOST:CONTAINER[:opts]` as written. */
  volumes: Word[];
}

/** The flyctl call a `docker run` / `podman run` makes, or null (another image, `--entrypoint`). */
export function flyctlContainer(args: readonly Word[]): FlyctlContainer | null {
  const sub = args[0] ? wordLiteral(args[0]) : null;
  const containerRun = sub === 'container' && args[1] && wordLiteral(args[1]) === 'run';
  if (sub !== 'run' && !containerRun) return null;
  let i = containerRun ? 2 : 1;
  const found: FlyctlContainer = { flyWords: [], env: [], workdir: null, volumes: [] };
  for (; i < args.length; i++) {
    const word = args[i] as Word;
    const text = wordText(word);
    if (!text.startsWith('-')) break;
    const eq = text.indexOf('=');
    const option = text.startsWith('--') && eq > 0 ? text.slice(0, eq) : text;
    if (!VALUE_OPTIONS.has(option)) continue;
    if (option === '--entrypoint' || option === '--env-file') return null;
    const value = option !== text ? null : (args[++i] ?? null);
    if (option === '-e' || option === '--env') {
      const raw = value ? wordText(value) : text.slice(eq + 1);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(=?)/.exec(raw);
      // `-e NAME=value`, `--env=NAME=value`: the value; `-e NAME`: the host's value (null).
      const valueWord = value
        ? wordAfter(value, m?.[0].length ?? 0)
        : wordAfter(word, eq + 1 + (m?.[0].length ?? 0));
      if (m?.[1]) found.env.push({ name: m[1], value: m[2] ? valueWord : null });
    } else if (option === '-w' || option === '--workdir') found.workdir = value;
    else if ((option === '-v' || option === '--volume') && value) found.volumes.push(value);
  }
  const image = args[i];
  if (!image || !FLYCTL_IMAGE.test(wordLiteral(image) ?? '')) return null;
  found.flyWords = args.slice(i + 1);
  return found;
}
