import { Button, type ButtonProps } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A button that opens the system's file chooser (the input inside carries the name tests and screen readers use).
 * The choice is emptied after each pick, so choosing the same file again after fixing it still counts.
 */
export function ChooseFileButton({
  children,
  inputLabel,
  accept,
  onFile,
  variant,
}: {
  children: ReactNode;
  inputLabel: string;
  accept: string;
  onFile: (file: File | undefined) => void;
  variant?: ButtonProps['variant'];
}) {
  return (
    <Button component="label" variant={variant}>
      {children}
      <input
        hidden
        type="file"
        accept={accept}
        aria-label={inputLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          onFile(file);
        }}
      />
    </Button>
  );
}
