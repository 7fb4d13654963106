// One choice among a few, as radio buttons in a fieldset with its legend, the server's message under them
// after a refused save, and what the chosen option needs next (`children`, e.g. how many seconds).
import type { ReactNode } from 'react';
import { errorId } from './field-id.ts';
import './fields.css';

interface RadioChoicesProps<T extends string> {
  path: string;
  legend: string;
  /** The radios' group name (unique in the page). */
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  error?: string | undefined;
  className?: string;
  onChange: (value: T) => void;
  children?: ReactNode;
}

export function RadioChoices<T extends string>(props: RadioChoicesProps<T>) {
  const { path, legend, name, options, value, error, className, onChange, children } = props;
  return (
    <fieldset
      className={`choice-group${className ? ` ${className}` : ''}`}
      data-field={path}
      aria-describedby={error ? errorId(path) : undefined}
    >
      <legend>{legend}</legend>
      <div className="choice-group__items choice-group__items--column">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              aria-invalid={error !== undefined}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId(path)}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
