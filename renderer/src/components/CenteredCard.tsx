import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../texts';
import { DisplayControls } from './DisplayControls';
import { HelpButton } from '../help/HelpButton';
import type { VaultScreen } from '../help/screens';

/** The frame of the vault screens (set-up, unlock, recovery): app name, tagline and one card with its help. */
export function CenteredCard({ title, help, children }: { title: string; help: VaultScreen; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new step (recovery code after the password) replaces the focused form: start the user at its heading.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, [title]);
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Box sx={{ width: '100%', maxWidth: 560 }}>
        <DisplayControls compact />
        <Typography variant="h4" component="p" sx={{ fontWeight: 600, mb: 0.5 }}>
          {t.appName}
        </Typography>
        <Typography variant="subtitle1" component="p" color="text.secondary" sx={{ mb: 2 }}>
          {t.tagline}
        </Typography>
        <Card>
          <CardContent sx={{ p: 3 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1 }}>
              <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }} ref={heading} tabIndex={-1}>
                {title}
              </Typography>
              <HelpButton key={help} screen={help} />
            </Stack>
            {children}
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
