import { Alert, Box, Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import type { SessionLoss } from '../api';
import { t } from '../texts';
import { sessionTexts } from './texts';

/**
 * The one screen for a web-mode page that can no longer reach the main side. It replaces every other screen, so no
 * list shows a stray "geen geldige sessie" and no button (such as "Vergrendel nu") seems to work while it cannot.
 */
export function SessionLostPage({ why }: { why: SessionLoss }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const st = sessionTexts;
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 640 }}>
        <CardContent sx={{ p: 3 }}>
          <Typography variant="h4" component="p" sx={{ fontWeight: 600, mb: 2 }}>
            {t.appName}
          </Typography>
          <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
            <Typography variant="h5" component="h1" ref={heading} tabIndex={-1} sx={{ mb: 1 }}>
              {st.title[why]}
            </Typography>
            {st.why[why]}
          </Alert>
          <Typography variant="h6" component="h2">
            {st.howBack}
          </Typography>
          <List component="ol" sx={{ listStyle: 'decimal', pl: 3 }}>
            {st.steps.map((s) => (
              <ListItem key={s} sx={{ display: 'list-item', py: 0.5 }}>
                <ListItemText primary={s} />
              </ListItem>
            ))}
          </List>
          <Typography color="text.secondary">{st.vault}</Typography>
        </CardContent>
      </Card>
    </Box>
  );
}
