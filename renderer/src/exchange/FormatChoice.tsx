import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';
import { SPREADSHEET_FORMATS, type SpreadsheetFormat } from '../../../common/exchange/table';
import { tx } from './texts';

/**
 * The format next to a spreadsheet export button: an Excel workbook (the default: identifiers stay text, dates
 * stay dates) or a CSV file for other programs.
 */
export function FormatChoice({ value, onChange }: { value: SpreadsheetFormat; onChange: (f: SpreadsheetFormat) => void }) {
  const id = useId();
  return (
    <FormControl component="fieldset" size="small">
      <FormLabel component="legend" id={id} sx={{ fontSize: '0.85rem' }}>
        {tx.format.label}
      </FormLabel>
      <RadioGroup row aria-labelledby={id} value={value} onChange={(e) => onChange(e.target.value as SpreadsheetFormat)}>
        {SPREADSHEET_FORMATS.map((f) => (
          <FormControlLabel key={f} value={f} control={<Radio size="small" />} label={tx.format[f]} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
