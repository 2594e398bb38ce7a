import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { t } from '../texts';
import { DisplayControls } from './DisplayControls';

/** The frame of the vault screens (set-up, unlock, recovery): app name, tagline and one card. */
export function CenteredCard({ title, children }: { title: string; children: ReactNode }) {
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
            <Typography variant="h5" component="h1" gutterBottom>
              {title}
            </Typography>
            {children}
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
