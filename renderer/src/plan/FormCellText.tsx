import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FormText } from '../components/FormText';

/**
 * A text field in a table row, bound to a react-hook-form field inside a list (`rows.3.title`): named for screen
 * readers by `label`, no visible label, its message read by its path in the list.
 */
export function FormCellText<V extends FieldValues>({
  form,
  name,
  label,
  type,
  onBlur,
}: {
  form: UseFormReturn<V, unknown, FieldValues>;
  name: Path<V>;
  label: string;
  type?: 'number';
  /** In place of the form's own: for a field that saves when left. */
  onBlur?: () => void;
}) {
  return (
    <FormText
      form={form}
      name={name}
      label=""
      size="small"
      type={type}
      fullWidth={type !== 'number'}
      {...(onBlur ? { onBlur } : {})}
      slotProps={{ htmlInput: { 'aria-label': label } }}
    />
  );
}
