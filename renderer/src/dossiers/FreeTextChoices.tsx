import { Autocomplete, TextField } from '@mui/material';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';

/**
 * A text field that offers choices (PI's, 3RO organisations) but keeps whatever the coordinator types.
 * MUI 9: keep the Autocomplete's own slotProps when adding ours, or the input loses its combobox wiring.
 */
export function FreeTextChoices<T extends FieldValues>({
  form,
  name,
  label,
  options,
}: {
  form: UseFormReturn<T, unknown, FieldValues>;
  name: Path<T>;
  label: string;
  options: readonly string[];
}) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          freeSolo
          options={options as string[]}
          inputValue={(field.value as string | undefined) ?? ''}
          onInputChange={(_e, v) => field.onChange(v)}
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
              onBlur={field.onBlur}
              error={!!fieldState.error}
              helperText={fieldState.error?.message}
              slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
            />
          )}
        />
      )}
    />
  );
}
