// Loads the shared Fly token vectors (real tokens minted with fake keys) for the fly tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface VectorAccess {
  action: string;
  orgid: number;
  appid?: number;
  feature?: string;
  machine?: string;
  command?: string[];
  mutation?: string;
}

export interface Vector {
  name: string;
  token: string;
  header_form: string;
  truth: {
    kind: string;
    category: string;
    valid: boolean | null;
    classification: { org_ids: number[]; app_ids: number[] };
    tokens?: { role: string; nonce: { kid_hex: string; nonce_email: string } }[];
    library_verify?: {
      ok: boolean;
      access_checks?: { access: VectorAccess; allowed: boolean }[];
    };
    access_checks_evaluated_at?: string;
    ids: {
      org_id: number;
      other_org_id: number;
      app_id: number;
      other_app_id: number;
      user_id: number;
    };
  };
}

const file = path.resolve(process.cwd(), '__tests__/fixtures/vectors/fly-tokens.json');

export const vectors: Vector[] = JSON.parse(readFileSync(file, 'utf8')) as Vector[];

export function vector(name: string): Vector {
  const found = vectors.find(v => v.name === name);
  if (!found) throw new Error(`no vector ${name}`);
  return found;
}

/** The vectors' access-check clock, t0 + 300 s. */
export const VECTOR_CLOCK = 1752057183 + 300;
