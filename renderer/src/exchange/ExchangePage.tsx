import { Box, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { tx } from './texts';

export function ExchangePage({ initialIds }: { initialIds?: number[] }) {
  const [tab, setTab] = useState<'export' | 'import'>('export');
  return (
    <Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {tx.exchange.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {tx.exchange.intro}
      </Typography>
      <Tabs value={tab} onChange={(_e, v: 'export' | 'import') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="export" label={tx.exchange.exportTab} id="tab-export" aria-controls="panel-export" />
        <Tab value="import" label={tx.exchange.importTab} id="tab-import" aria-controls="panel-import" />
      </Tabs>
      <Box role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'export' ? <ExportPanel initialIds={initialIds} /> : <ImportPanel />}
      </Box>
    </Box>
  );
}
