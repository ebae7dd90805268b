import { writeFileSync } from 'node:fs';

// The learned lists ship as TypeScript modules holding one TSV string: a header of comments, then the lines.

/** Writes `export const <name> = \`…\`` with `header` as comment lines first; returns the file's size in bytes. */
export function writeGenerated(
  file: string,
  header: readonly string[],
  name: string,
  lines: readonly string[],
): number {
  const body = [...header.map((h) => `// ${h}`), '', `export const ${name} = \``, ...lines, '`;', ''].join('\n');
  if (body.split('`').length !== 3) throw new Error(`backtick in a feature of ${file}`);
  writeFileSync(file, body);
  return Buffer.byteLength(body);
}
