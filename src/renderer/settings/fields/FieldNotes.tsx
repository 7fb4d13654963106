// What is said under a setting: the server's message after a refused save, then the help text, each with the
// id its input's aria-describedby names (field-id.ts).
import type { ReactNode } from 'react';
import { errorId, helpId } from './field-id.ts';

export function FieldNotes({ path, error, help }: { path: string; error?: string | undefined; help?: ReactNode }) {
  return (
    <>
      {error ? (
        <p className="field__error" id={errorId(path)}>
          {error}
        </p>
      ) : null}
      {help ? (
        <p className="field__help" id={helpId(path)}>
          {help}
        </p>
      ) : null}
    </>
  );
}
