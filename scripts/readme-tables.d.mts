// Types for readme-tables.mjs, so the TypeScript tests can import it.
export interface InputSpec {
  name: string;
  description: string;
  required: boolean;
  default?: string;
  deprecationMessage?: string;
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface ActionMetadata {
  inputs: InputSpec[];
  outputs: OutputSpec[];
}

export interface ReadmeTables {
  inputs: string;
  outputs: string;
}

export declare const BLOCK_NAMES: readonly ['inputs', 'outputs'];
export declare const GENERATED_NOTE: string;
export declare function parseActionMetadata(text: string): ActionMetadata;
export declare function renderInputsTable(inputs: readonly InputSpec[]): string;
export declare function renderOutputsTable(outputs: readonly OutputSpec[]): string;
export declare function renderTables(actionYmlText: string): ReadmeTables;
export declare function replaceBlock(readme: string, name: string, body: string): string;
export declare function updateReadme(readme: string, tables: ReadmeTables): string;
export declare function escapeCell(text: string): string;
export declare function codeSpan(text: string): string;
