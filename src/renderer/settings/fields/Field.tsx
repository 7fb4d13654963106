// One labelled field: its label, the input (drawn by `children` with the ids it needs), its help text and,
// after a refused save, the server's message — all tied to the input with aria-describedby.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { describedById, fieldId } from './field-id.ts';
import './fields.css';
import { FieldNotes } from './FieldNotes.tsx';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FieldProps {
  path: string;
  label: string;
  /** Text, or text with data in it (a default value: TextWithData). */
  help?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Checkboxes put their label after the box. */
  inline?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ path, label, help, error, required = false, inline = false, children }: FieldProps) {
  const { t } = useI18n();
  const describedBy = describedById(path, { error, help });
  const control = children({ id: fieldId(path), 'aria-describedby': describedBy, 'aria-invalid': error !== undefined });
  const labelNode = (
    <label htmlFor={fieldId(path)} className="field__label">
      {label}
      {required ? <span className="field__required"> ({t('settings.required')})</span> : null}
    </label>
  );
  return (
    <div className={`field${inline ? ' field--inline' : ''}${error ? ' field--error' : ''}`} data-field={path}>
      {inline ? (
        <div className="field__inline">
          {control}
          {labelNode}
        </div>
      ) : (
        <>
          {labelNode}
          {control}
        </>
      )}
      <FieldNotes path={path} error={error} help={help} />
    </div>
  );
}
