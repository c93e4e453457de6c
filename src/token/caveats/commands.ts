// Type 27, Commands: `[[args, exact], ...]`, the commands a machine-exec token may run.
// A rule matches when its args are a prefix of the command (exactly equal when `exact`);
// a rule with no args and exact=false matches any command.
import { ALLOW, deny, unspecified, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { asArray, asBool, asOptionalArray, asString, decodeValue } from '../msgpack-values.js';
import type { CommandRule } from '../types.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

interface DecodedCommand {
  /** null when Go would hold a nil slice (renders as JSON null). */
  args: readonly string[] | null;
  exact: boolean;
}

function ruleMatches(rule: DecodedCommand, command: readonly string[]): boolean {
  const args = rule.args ?? [];
  if (args.length > command.length) return false;
  if (rule.exact && args.length !== command.length) return false;
  return args.every((arg, i) => arg === command[i]);
}

export class CommandsCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly commands: readonly DecodedCommand[]
  ) {
    super(raw, kind);
  }

  /** The rules in the inspection's shape. */
  rules(): CommandRule[] {
    return this.commands.map(c => ({ args: [...(c.args ?? [])], exact: c.exact }));
  }

  describe(): JsonValue {
    // Go's `exact,omitempty`: false is left out.
    return this.commands.map(c => {
      const out: { [key: string]: JsonValue } = { args: c.args === null ? null : [...c.args] };
      if (c.exact) out.exact = true;
      return out;
    });
  }

  prohibits(a: NormalizedAccess): Verdict {
    if (a.command === undefined) return unspecified('a command');
    const command = a.command;
    if (!this.commands.some(rule => ruleMatches(rule, command))) {
      return deny(`unauthorized for commands [${command.join(' ')}]`);
    }
    return ALLOW;
  }
}

export const commandsDefinition = defineCaveat(27n, 'Commands', (raw, kind) => {
  const commands = asArray(decodeValue(raw), '[[args, exact], ...]').map(item => {
    const [args, exact] = asArray(item, '[args, exact]', 2);
    const list = asOptionalArray(args, 'a list of arguments');
    return {
      args: list === null ? null : list.map(arg => asString(arg, 'string arguments')),
      exact: asBool(exact, 'a boolean')
    };
  });
  return new CommandsCaveat(raw, kind, commands);
});
