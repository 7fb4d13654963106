// The figures block of docs/reliability.md (between <!-- FIGURES:START --> and <!-- FIGURES:END -->), a
// section per part of the suite: `**name**`, then its lines. A run replaces the sections of the parts it ran
// and keeps the others as they were, in the suite's order for new ones (appended at the end).

export interface Section {
  name: string;
  /** What follows the section's `**name**` line (without the blank line after it). */
  lines: string[];
}

const BLOCK = /<!-- FIGURES:START -->\n?([\s\S]*?)\n?<!-- FIGURES:END -->/;

/** The sections of a figures block, in order; text before the first section is dropped. */
export function parseSections(block: string): Section[] {
  const sections: Section[] = [];
  for (const line of block.split('\n')) {
    const heading = /^\*\*(.+)\*\*$/.exec(line);
    if (heading?.[1]) sections.push({ name: heading[1], lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections.map((s) => ({ name: s.name, lines: trimBlank(s.lines) }));
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  return lines.slice(start, end);
}

export function replaceSections(doc: string, fresh: readonly Section[]): string {
  const match = BLOCK.exec(doc);
  if (!match) throw new Error('docs/reliability.md has no <!-- FIGURES:START --> … <!-- FIGURES:END --> block');
  const kept = parseSections(match[1] ?? '');
  const merged = kept.map((old) => fresh.find((s) => s.name === old.name) ?? old);
  for (const s of fresh) if (!kept.some((old) => old.name === s.name)) merged.push(s);
  const body = merged.flatMap((s) => [`**${s.name}**`, '', ...s.lines, '']).join('\n');
  return doc.replace(BLOCK, () => `<!-- FIGURES:START -->\n${body}<!-- FIGURES:END -->`);
}
