import CloseIcon from '@mui/icons-material/Close';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import LightbulbOutlinedIcon from '@mui/icons-material/LightbulbOutlined';
import { Alert, AlertTitle, Box, Button, Drawer, IconButton, Stack, Typography } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { helpFor, ht } from './texts';

/**
 * The "Uitleg" button of a screen and the side panel it opens. One per screen (the app bar, or the card
 * of a vault screen), so F1 opens it too. Renders nothing for a screen without help text; the
 * completeness test keeps that from happening for any route.
 */
export function HelpButton({ screen, inAppBar = false }: { screen: string; inAppBar?: boolean }) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const help = helpFor(screen);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!help) return null;
  return (
    <>
      <Button
        color={inAppBar ? 'inherit' : 'primary'}
        size={inAppBar ? 'medium' : 'small'}
        startIcon={<HelpOutlineIcon />}
        aria-label={ht.buttonLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        sx={inAppBar ? { mr: 1 } : { flexShrink: 0 }}
      >
        {ht.button}
      </Button>
      <Drawer
        anchor="right"
        open={open}
        onClose={() => setOpen(false)}
        // Above the app bar (which sits above the side menu), so the panel's heading and close button are never covered.
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
        slotProps={{ paper: { role: 'dialog', 'aria-modal': true, 'aria-labelledby': headingId, sx: { width: { xs: '100%', sm: 420 } } } }}
      >
        <Box sx={{ p: 3 }} data-testid="help-panel">
          <Stack direction="row" sx={{ alignItems: 'flex-start', mb: 2 }}>
            <Typography variant="h6" component="h2" id={headingId} sx={{ flexGrow: 1 }}>
              {ht.heading(help.title)}
            </Typography>
            <IconButton aria-label={ht.close} onClick={() => setOpen(false)} edge="end">
              <CloseIcon />
            </IconButton>
          </Stack>
          <Typography variant="subtitle2" component="h3" color="primary">
            {ht.whatHeading}
          </Typography>
          <Typography sx={{ mb: 2 }}>{help.what}</Typography>
          <Typography variant="subtitle2" component="h3" color="primary">
            {ht.howHeading}
          </Typography>
          <Typography sx={{ mb: 2 }}>{help.how}</Typography>
          <Alert severity="info" icon={<LightbulbOutlinedIcon />} sx={{ mb: 2 }}>
            <AlertTitle>{ht.tip}</AlertTitle>
            {help.tip}
          </Alert>
          <Typography variant="body2" color="text.secondary">
            {ht.shortcut}
          </Typography>
        </Box>
      </Drawer>
    </>
  );
}
