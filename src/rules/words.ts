// How counts and lists are written in messages and summaries: one spelling for each.

/** "1 finding", "2 findings"; `many` for other plurals ("2 tokens need"). */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** "a", "a and b", "a, b and c"; `none` when there is nothing. */
export function andList(items: readonly string[], none = ''): string {
  if (items.length <= 1) return items[0] ?? none;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
