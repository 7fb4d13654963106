// A labelled whole-number setting (a target in minutes, days kept, seconds per panel): the input keeps
// what was typed when it is not a number, so that the server's message says why next to it.
import type { ReactNode } from 'react';
import { Field } from './Field.tsx';

interface NumberFieldProps {
  path: string;
  label: string;
  help?: ReactNode;
  error?: string | undefined;
  value: number;
  min?: number;
  max?: number;
  onChange: (value: number) => void;
}

/** A number input's value: a number, or the text itself when it is not one (NaN: the server refuses it). */
const numberOrText = (input: HTMLInputElement): number =>
  Number.isNaN(input.valueAsNumber) ? Number(input.value) : input.valueAsNumber;

export function NumberField({ path, label, help, error, value, min, max, onChange }: NumberFieldProps) {
  return (
    <Field path={path} label={label} help={help} error={error}>
      {(control) => (
        <input
          {...control}
          className="input input--number"
          type="number"
          min={min}
          max={max}
          value={value}
          onChange={(e) => onChange(numberOrText(e.target))}
        />
      )}
    </Field>
  );
}
