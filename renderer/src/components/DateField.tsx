import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { IconButton, InputAdornment, Popover, TextField, type SxProps, type Theme } from '@mui/material';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as pickersEn, nlNL as pickersNl } from '@mui/x-date-pickers/locales';
import { format, parseISO } from 'date-fns';
import { enUS, nl } from 'date-fns/locale';
import { useEffect, useId, useState, type ReactNode, type Ref } from 'react';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { dateText } from '../../../common/date-schema';
import { isRealIsoDate } from '../../../common/dates';
import { currentLanguage, defineTexts, type TextsShape } from '../i18n';

const texts = defineTexts('dateField', { open: 'Kalender openen', placeholder: 'dd-mm-jjjj', calendar: 'Kalender' }, {
  open: 'Open calendar',
  placeholder: 'dd-mm-yyyy',
  calendar: 'Calendar',
} satisfies TextsShape<{ open: string; placeholder: string; calendar: string }>);

/** The field's value for typed text: ISO for a real day, '' when empty, else the text itself (which every date schema refuses). */
function valueOf(text: string): string {
  const r = z.safeDecode(dateText, text);
  return r.success ? r.data : text;
}

function textOf(value: string): string {
  return isRealIsoDate(value) ? z.encode(dateText, value) : value;
}

export interface DateFieldProps {
  /** The visible label; a field without one (in a table cell) gives `ariaLabel`. */
  label?: string;
  ariaLabel?: string;
  /** ISO yyyy-mm-dd, '' when empty; text that names no real day stays as typed so validation can name it. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The field's message (marks the field), or just true. */
  error?: string | boolean;
  helperText?: ReactNode;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  required?: boolean;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  sx?: SxProps<Theme>;
  'data-testid'?: string;
}

/**
 * The one date field of the UI. Typing dd-mm-jjjj always works (also 1-2-1990 or 01/02/1990); a button with a
 * name opens a calendar (MUI X DateCalendar: arrow keys move, Enter picks, Escape closes) with month and day names
 * in the UI's language. Display text exists only here: the field's value is ISO (see common/date-schema.ts).
 */
export function DateField({
  label,
  ariaLabel,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  size,
  fullWidth,
  required,
  name,
  inputRef,
  sx,
  ...rest
}: DateFieldProps) {
  const [text, setText] = useState(() => textOf(value));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const calendarId = useId();
  // A value set from outside (a reset, a saved record) replaces the text, unless the text already means it.
  useEffect(() => {
    setText((t) => (valueOf(t) === value ? t : textOf(value)));
  }, [value]);
  const en = currentLanguage() === 'en';
  const picked = isRealIsoDate(valueOf(text)) ? parseISO(valueOf(text)) : null;
  const message = typeof error === 'string' ? error : undefined;
  return (
    <>
      <TextField
        label={label}
        name={name}
        size={size}
        fullWidth={fullWidth}
        required={required}
        sx={sx}
        value={text}
        placeholder={texts.placeholder}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          onChange(valueOf(e.target.value));
        }}
        onBlur={() => {
          // Shown the way it is read back: 1-2-1990 becomes 01-02-1990.
          const v = valueOf(text);
          if (isRealIsoDate(v)) setText(textOf(v));
          onBlur?.();
        }}
        error={!!error}
        helperText={message ?? helperText}
        inputRef={inputRef}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { 'aria-label': label ? undefined : ariaLabel, inputMode: 'numeric', 'data-testid': rest['data-testid'] },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  size="small"
                  aria-label={texts.open}
                  aria-haspopup="dialog"
                  aria-expanded={anchor ? true : undefined}
                  aria-controls={anchor ? calendarId : undefined}
                  onClick={(e) => setAnchor(e.currentTarget)}
                >
                  <CalendarMonthIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { id: calendarId, role: 'dialog', 'aria-label': `${texts.calendar}: ${label ?? ariaLabel ?? ''}` } }}
      >
        <LocalizationProvider
          dateAdapter={AdapterDateFns}
          adapterLocale={en ? enUS : nl}
          localeText={(en ? pickersEn : pickersNl).components.MuiLocalizationProvider.defaultProps.localeText}
        >
          <DateCalendar
            autoFocus
            value={picked}
            openTo="day"
            views={['year', 'month', 'day']}
            onChange={(d: Date | null, state?: string) => {
              if (!d || state !== 'finish') return;
              const iso = format(d, 'yyyy-MM-dd');
              setText(textOf(iso));
              onChange(iso);
              setAnchor(null);
            }}
          />
        </LocalizationProvider>
      </Popover>
    </>
  );
}

/** A DateField bound to a react-hook-form field (value ISO or ''), showing that field's message under it. */
export function FormDate<T extends FieldValues>({
  form,
  name,
  label,
  ...rest
}: { form: UseFormReturn<T, unknown, FieldValues>; name: Path<T>; label: string } & Omit<
  DateFieldProps,
  'value' | 'onChange' | 'onBlur' | 'label' | 'name' | 'inputRef'
>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          fullWidth
          {...rest}
          label={label}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error?.message ?? rest.error}
        />
      )}
    />
  );
}
