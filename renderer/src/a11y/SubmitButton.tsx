import { Button, type ButtonProps } from '@mui/material';

/**
 * A form's submit button that stays focusable while the form is being sent. A disabled button drops keyboard
 * focus to the page body (the user pressed it, and is then nowhere); this one says it is busy (aria-disabled)
 * and ignores presses until the answer is in.
 */
export function SubmitButton({ busy, onClick, ...props }: ButtonProps & { busy: boolean }) {
  return (
    <Button
      type="submit"
      variant="contained"
      {...props}
      aria-disabled={busy || undefined}
      onClick={(e) => {
        if (busy) e.preventDefault();
        else onClick?.(e);
      }}
    />
  );
}
