import { Checkbox, TextField } from '@mui/material';

/** A text field inside a table row: named by `label` for screen readers and tests, no visible label. */
export function CellText({ label, value, onChange, type }: { label: string; value: string; onChange: (v: string) => void; type?: 'number' }) {
  return (
    <TextField
      size="small"
      fullWidth={type !== 'number'}
      type={type}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ htmlInput: { 'aria-label': label } }}
    />
  );
}

/** A checkbox inside a table row, named by `label`. */
export function CellCheck({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)} slotProps={{ input: { 'aria-label': label } }} />;
}
