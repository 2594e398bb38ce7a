import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { tp } from './texts';

/** The choice of partner for an action (its value the partner's id as text), '' standing for "niet toegewezen". */
export function PartnerSelect({
  partners,
  value,
  onChange,
  ...rest
}: { partners: readonly { id: number; name: string }[]; value: string; onChange: (id: string) => void } & Omit<
  TextFieldProps,
  'select' | 'value' | 'onChange' | 'children'
>) {
  return (
    <TextField select value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      <MenuItem value="">{tp.action.unassigned}</MenuItem>
      {partners.map((p) => (
        <MenuItem key={p.id} value={String(p.id)}>
          {p.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
