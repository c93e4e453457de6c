// The token vectors (real Fly macaroons minted with fake keys), copied into __tests__/fixtures/vectors.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface VectorEntry {
  name: string;
  token: string;
  header_form: string;
  truth: {
    kind: string;
    category: string;
    valid: boolean | null;
    classification: Record<string, unknown> & { kind: string; expires_at_iso?: string | null };
    [key: string]: unknown;
  };
}

export const FIXTURES_DIR = path.resolve(process.cwd(), '__tests__/fixtures');
export const VECTORS_PATH = path.join(FIXTURES_DIR, 'vectors/fly-tokens.json');

let cache: VectorEntry[] | undefined;

export function loadVectors(): VectorEntry[] {
  cache ??= JSON.parse(readFileSync(VECTORS_PATH, 'utf8')) as VectorEntry[];
  return cache;
}

export function vector(name: string): VectorEntry {
  const found = loadVectors().find(v => v.name === name);
  if (!found) throw new Error(`no vector named ${name}`);
  return found;
}
