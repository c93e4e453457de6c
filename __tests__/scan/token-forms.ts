// The ways a Fly token ends up written in a repository, for the scrub and hardcoded-token tests:
// each form embeds one token in a realistic snippet of text (YAML, TOML, shell, a URL).

/** `FlyV1 a,b` -> ['a', 'b'] (labels kept). */
export function piecesOf(token: string): string[] {
  return token
    .trim()
    .replace(/^(?:(?:FlyV1|Bearer)\s+)+/i, '')
    .split(',')
    .map(p => p.trim());
}

/** The secret characters of a token: piece bodies without labels. */
export function bodiesOf(token: string): string[] {
  return piecesOf(token).map(p =>
    /^(?:fm2|fm1r|fm1a|fo1)_/.test(p) ? p.slice(p.indexOf('_') + 1) : p
  );
}

const wrap = (text: string, width: number, indent: string): string =>
  (text.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(`\n${indent}`);

export type MacaroonForm =
  | 'labelled'
  | 'yaml-literal-wrapped'
  | 'yaml-folded-wrapped'
  | 'toml-multiline'
  | 'toml-line-continuation'
  | 'shell-continuation'
  | 'split-two-lines'
  | 'body-without-label'
  | 'url-encoded'
  | 'base64'
  | 'base64-wrapped';

/** A macaroon header (`FlyV1 fm2_…,fm2_…`) written in one form, inside a snippet. */
export const MACAROON_FORMS: Record<MacaroonForm, (token: string) => string> = {
  labelled: t => `env:\n  FLY_API_TOKEN: ${t}\n  REGION: ams\n`,
  'yaml-literal-wrapped': t =>
    `env:\n  FLY_API_TOKEN: |-\n    ${wrap(t, 76, '    ')}\n  REGION: ams\n`,
  'yaml-folded-wrapped': t => `token: >\n  ${wrap(t, 64, '  ')}\nregion: ams\n`,
  'toml-multiline': t => `app = "web"\n\n[env]\nFLY_TOKEN = """\n${wrap(t, 76, '')}\n"""\n`,
  'toml-line-continuation': t =>
    `[env]\nFLY_TOKEN = """\\\n    ${wrap(t, 60, '    ').split('\n').join('\\\n')}\\\n    """\n`,
  'shell-continuation': t => {
    const at = Math.floor(t.length / 2);
    return `flyctl deploy --remote-only \\\n  --access-token "${t.slice(0, at)}\\\n${t.slice(at)}" \\\n  --app web\n`;
  },
  'split-two-lines': t => {
    const at = Math.floor(t.length / 3);
    return `FLY_API_TOKEN: ${t.slice(0, at)}\n  ${t.slice(at)}\nregion: ams\n`;
  },
  'body-without-label': t =>
    `token: ${piecesOf(t)
      .map(p => p.replace(/^fm2_/, ''))
      .join(',')}\nregion: ams\n`,
  'url-encoded': t => `curl "https://example.com/hook?token=${encodeURIComponent(t)}&app=web"\n`,
  base64: t => `FLY_TOKEN_B64=${Buffer.from(t).toString('base64')}\n`,
  'base64-wrapped': t =>
    `data: |\n  ${wrap(Buffer.from(t).toString('base64'), 76, '  ')}\nnext: 1\n`
};

/** A legacy 43-character personal token where the text says it is one. */
export const LEGACY_FORMS: Record<string, (token: string) => string> = {
  'after --access-token': t => `flyctl deploy --access-token ${t} --remote-only\n`,
  'after -t': t => `flyctl deploy -t "${t}"\n`,
  'as Bearer': t => `curl -H "Authorization: Bearer ${t}" https://api.machines.dev/v1/apps\n`,
  'in FLY_API_TOKEN=': t => `FLY_API_TOKEN=${t}\n`,
  'in a config access_token': t => `access_token: ${t}\nlast_login: 2025-07-01\n`
};

/** The texts a leak would show: bodies, and the encoded forms of the whole token. */
export function secretTextsOf(token: string): string[] {
  return [...bodiesOf(token), Buffer.from(token).toString('base64'), encodeURIComponent(token)];
}

/** The first `size`-character window of any secret text found in `text`, else undefined. */
export function leakedWindow(
  text: string,
  secrets: readonly string[],
  size = 12
): string | undefined {
  for (const secret of secrets) {
    for (let i = 0; i + size <= secret.length; i++) {
      const window = secret.slice(i, i + size);
      if (text.includes(window)) return window;
    }
  }
  return undefined;
}
