// A colour as IT types it (#1a2b3c), with the browser's picker beside it and a swatch of the result.
import type { FieldControlProps } from '../fields/Field.tsx';
import './branding.css';

const VALID = /^#[0-9a-fA-F]{6}$/;

export function ColorInput({
  control,
  value,
  pickerLabel,
  onChange,
}: {
  control: FieldControlProps;
  value: string;
  pickerLabel: string;
  onChange: (next: string) => void;
}) {
  return (
    <div className="color-input">
      <input
        {...control}
        className="input input--color-text"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value.trim())}
      />
      <input
        type="color"
        className="color-input__picker"
        aria-label={pickerLabel}
        value={VALID.test(value) ? value : '#000000'}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
