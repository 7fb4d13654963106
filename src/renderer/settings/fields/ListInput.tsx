// A list of short texts as a textarea, one per line. Keeps the text as typed (blank lines while typing)
// and hands up the non-empty, trimmed lines.
import { useState } from 'react';
import type { FieldControlProps } from './Field.tsx';

interface ListInputProps {
  control: FieldControlProps;
  value: readonly string[];
  onChange: (next: string[]) => void;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function ListInput({ control, value, onChange }: ListInputProps) {
  const [text, setText] = useState(value.join('\n'));
  // A value changed from outside (discard, reload) replaces the text; our own edits do not.
  const shown = sameList(linesOf(text), value) ? text : value.join('\n');
  return (
    <textarea
      {...control}
      className="input input--list"
      rows={Math.min(6, Math.max(2, value.length + 1))}
      value={shown}
      spellCheck={false}
      onChange={(e) => {
        setText(e.target.value);
        onChange(linesOf(e.target.value));
      }}
    />
  );
}
