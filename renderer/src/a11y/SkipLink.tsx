import { Box } from '@mui/material';
import { a11yTexts } from './texts';

/**
 * "Naar de inhoud": the first Tab stop of the app, hidden until it has focus, so keyboard users skip the app bar
 * and the menu. The app routes on the hash, so the link moves focus itself instead of following its href.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <Box
      component="a"
      href={`#${targetId}`}
      onClick={(e: React.MouseEvent) => {
        e.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
      sx={{
        position: 'fixed',
        top: 8,
        left: 8,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        fontWeight: 600,
        borderRadius: 1,
        boxShadow: 3,
        transform: 'translateY(-200%)',
        '&:focus': { transform: 'none' },
      }}
    >
      {a11yTexts.skipToContent}
    </Box>
  );
}
