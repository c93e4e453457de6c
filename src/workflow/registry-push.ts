// Pushing an image to Fly's registry is a deploy: `flyctl auth docker` (or `docker login
// registry.fly.io`) then `docker push registry.fly.io/<app>:tag`, or a build action whose tags
// name `registry.fly.io/<app>`. The app is the first path segment of the reference.
import { wordAfter, wordLiteral, type Word } from './shell.js';
import { known, stringsOf, union, UNKNOWN, type Resolved } from './resolve.js';

export const FLY_REGISTRY_HOST = 'registry.fly.io';

/** `registry.fly.io/web:v1` -> `web`; null for another registry or no app segment. */
function registryApp(reference: string): string | null {
  const ref = reference.trim().replace(/^docker:\/\//, '');
  if (!ref.startsWith(`${FLY_REGISTRY_HOST}/`)) return null;
  const app = /^[^/:@\s]+/.exec(ref.slice(FLY_REGISTRY_HOST.length + 1))?.[0];
  return app ?? null;
}

/**
 * The apps pushed to, from the values an image reference can take: known names, unknown when a
 * Fly-registry reference's app cannot be told. Null when nothing points at Fly's registry.
 */
export function pushedApps(references: Resolved, asWritten: string): Resolved | null {
  const apps: Resolved[] = [];
  for (const value of stringsOf(references)) {
    if (!value.includes(FLY_REGISTRY_HOST)) continue;
    const app = registryApp(value);
    apps.push(app === null || app.includes('\u0000') ? UNKNOWN : known(app));
  }
  if (apps.length > 0) return union(...apps, references.unknown ? UNKNOWN : known());
  if (!asWritten.includes(`${FLY_REGISTRY_HOST}/`)) return null;
  // `registry.fly.io/web:${{ github.sha }}`: the tag is unknown, the app is written out.
  const written = registryApp(asWritten.replace(/^["']/, ''));
  return written !== null && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(written)
    ? known(written)
    : UNKNOWN;
}

/** The image words a `docker` command pushes: `push`, `image push`, `build`/`buildx build --push -t`. */
export function pushedImageWords(args: Word[]): Word[] {
  const literal = (i: number): string | null => (args[i] ? wordLiteral(args[i]) : null);
  let i = 0;
  if (literal(0) === 'image' || literal(0) === 'buildx') i = 1;
  const sub = literal(i);
  if (sub === 'push') {
    const rest = args.slice(i + 1).filter(w => !(wordLiteral(w) ?? '').startsWith('-'));
    return rest.slice(0, 1);
  }
  if (sub !== 'build') return [];
  const words = args.slice(i + 1);
  const pushes = words.some(w => {
    const text = wordLiteral(w);
    return text === '--push' || text === '--output=type=registry' || text === '--push=true';
  });
  if (!pushes) return [];
  const tags: Word[] = [];
  words.forEach((w, k) => {
    const text = wordLiteral(w) ?? '';
    const next = words[k + 1];
    if ((text === '-t' || text === '--tag') && next) tags.push(next);
    else if (text.startsWith('--tag=') || text.startsWith('-t='))
      tags.push(wordAfter(w, text.indexOf('=') + 1));
  });
  return tags;
}

/** `docker login registry.fly.io ...`: the password word (or null: read from stdin). */
export function flyRegistryLogin(args: Word[]): { password: Word | null } | null {
  if (args[0] ? wordLiteral(args[0]) !== 'login' : true) return null;
  let password: Word | null = null;
  let host: string | null = null;
  for (let i = 1; i < args.length; i++) {
    const text = wordLiteral(args[i] as Word);
    if (text === '-p' || text === '--password') password = args[++i] ?? null;
    else if (text === '-u' || text === '--username') i++;
    else if (text !== null && !text.startsWith('-')) host = text;
  }
  return host === FLY_REGISTRY_HOST ? { password } : null;
}
