/** A fact's row in a FACTS.md table: name, meaning, example value. */
const FACT_ROW = /^\| `([^`]+)` \| ([^|]*) \| (.*) \|$/;

/** The fact names FACTS.md describes, in the order of its tables. */
export function catalogueFactNames(markdown: string): string[] {
  return markdown.split('\n').flatMap((line) => {
    const row = FACT_ROW.exec(line);
    return row ? [row[1]] : [];
  });
}

/**
 * FACTS.md with the example column of every fact row replaced by `values[name]`, everything else
 * kept. The examples are rendered, never typed, so they cannot drift from what customers are told.
 * Throws when a row names a fact without a value: the catalogue and the facts must list the same names.
 */
export function withExampleValues(markdown: string, values: Readonly<Record<string, string>>): string {
  return markdown
    .split('\n')
    .map((line) => {
      const row = FACT_ROW.exec(line);
      if (!row) return line;
      const value = values[row[1]];
      if (value === undefined) throw new Error(`FACTS.md describes "${row[1]}", which has no value`);
      return `| \`${row[1]}\` | ${row[2]} | ${value.replace(/\|/g, '\\|')} |`;
    })
    .join('\n');
}
