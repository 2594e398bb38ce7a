import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { ExportPanel } from './ExportPanel';
import { FilesPanel } from './FilesPanel';
import { ImportPanel } from './ImportPanel';
import { InzagePanel } from './InzagePanel';
import { tx } from './texts';
import { ScreenHeading } from '../components/ScreenHeading';

type TabId = 'export' | 'import' | 'files' | 'inzage';

/** Sharing with partners: exchange files out and in, spreadsheets and calendars, and the client's access request. */
export function ExchangePage({ initialIds, initialTab = 'export' }: { initialIds?: number[]; initialTab?: TabId }) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const labels: Record<TabId, string> = { export: tx.exchange.exportTab, import: tx.exchange.importTab, files: tx.files.tab, inzage: tx.inzage.tab };
  return (
    <Box>
      <ScreenHeading title={tx.exchange.title} intro={tx.exchange.intro} />
      <Tabs value={tab} onChange={(_e, v: TabId) => setTab(v)} sx={{ mb: 2 }} variant="scrollable">
        {(Object.keys(labels) as TabId[]).map((k) => (
          <Tab key={k} value={k} label={labels[k]} id={`tab-${k}`} aria-controls={`panel-${k}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'export' && <ExportPanel initialIds={initialIds} />}
        {tab === 'import' && <ImportPanel />}
        {tab === 'files' && <FilesPanel />}
        {tab === 'inzage' && <InzagePanel initialId={initialIds?.[0]} />}
      </Box>
    </Box>
  );
}
