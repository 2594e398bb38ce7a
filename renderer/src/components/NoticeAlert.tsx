import { Alert, type AlertProps } from '@mui/material';
import type { Notice } from '../hooks/useApiAction';

/** A panel's notice (useApiAction), closable when `onClose` is given. */
export function NoticeAlert({ notice, onClose, ...rest }: { notice: Notice | null; onClose?: () => void } & Omit<AlertProps, 'severity' | 'onClose'>) {
  if (!notice) return null;
  return (
    <Alert severity={notice.severity} onClose={onClose} {...rest}>
      {notice.text}
    </Alert>
  );
}
