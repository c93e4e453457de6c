// One sentence per token kind: what a person should understand the token to be.
import type { TokenKind } from '../token/types.js';

const KIND_MEANINGS: Record<TokenKind, string> = {
  personal:
    'a personal (user) token: acts as you, with full access to every organization you belong to',
  org: 'an organization token: full control of every app and feature in the organization',
  deploy:
    'a deploy token: full control of the listed app(s) only, read access to the rest of the organization',
  readonly: 'a read-only token: can read the organization, cannot change anything',
  ssh: 'an SSH token: can issue SSH certificates for the app, otherwise read-only',
  'machine-exec':
    "a machine-exec token: can run the listed commands on the app's machines, otherwise read-only",
  wireguard: "a WireGuard token: can manage the organization's WireGuard peers, no app access",
  'litefs-cloud': 'a LiteFS Cloud token: access to LiteFS Cloud clusters',
  custom: 'a custom (attenuated) token: see what it allows below',
  malformed: 'not a usable token: see the problems below'
};

export function kindMeaning(kind: TokenKind): string {
  return KIND_MEANINGS[kind];
}
