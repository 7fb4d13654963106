// A list as a textarea, one item per line. Keeps the text as typed (blank lines, spaces, a half-typed
// "x:") and hands up the parsed items; a value changed from outside (discard, reload) replaces the text.
import { useState } from 'react';
import type { FieldControlProps } from '../fields/Field.tsx';

interface LinesInputProps<T> {
  control: FieldControlProps;
  value: readonly T[];
  parse: (line: string) => T;
  format: (item: T) => string;
  same: (a: T, b: T) => boolean;
  onChange: (next: T[]) => void;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function LinesInput<T>({ control, value, parse, format, same, onChange }: LinesInputProps<T>) {
  const [text, setText] = useState(() => value.map(format).join('\n'));
  const parsed = linesOf(text).map(parse);
  const inSync = parsed.length === value.length && parsed.every((p, i) => same(p, value[i] as T));
  const shown = inSync ? text : value.map(format).join('\n');
  return (
    <textarea
      {...control}
      className="input input--list"
      rows={Math.min(8, Math.max(3, value.length + 1))}
      value={shown}
      spellCheck={false}
      onChange={(e) => {
        setText(e.target.value);
        onChange(linesOf(e.target.value).map(parse));
      }}
    />
  );
}
