import { Alert } from '@mui/material';
import type { Notice } from '../hooks/useApiAction';

/** A panel's notice (useApiAction), closable when `onClose` is given. */
export function NoticeAlert({ notice, onClose }: { notice: Notice | null; onClose?: () => void }) {
  if (!notice) return null;
  return (
    <Alert severity={notice.severity} onClose={onClose}>
      {notice.text}
    </Alert>
  );
}
