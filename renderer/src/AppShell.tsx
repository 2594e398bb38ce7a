import { Alert, AppBar, Box, Button, Drawer, List, ListItem, ListItemButton, ListItemText, Snackbar, Toolbar, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../common/api/vault';
import { SkipLink } from './a11y/SkipLink';
import { a11yTexts } from './a11y/texts';
import { useRouteFocus } from './a11y/useRouteFocus';
import { api, errorMessage } from './api';
import { BackupWarning } from './backups/BackupWarning';
import { HelpButton } from './help/HelpButton';
import { FIRST_RUN_SCREEN } from './help/screens';
import { shouldOfferFirstRunGuide } from '../../common/first-run';
import { FirstRunGuide, GUIDE_PATH } from './firstrun/FirstRunGuide';
import { ChangePasswordDialog } from './pages/ChangePasswordDialog';
import { NAV_GROUPS, routes } from './pages/routes';
import { navigate, useHashPath, type AppRoute } from './router';
import { t } from './texts';
import { sessionTexts } from './session/texts';

const DRAWER = 220;

/** The side bar's groups with their pages; a page left out of every group still shows, in the last group. */
function navGroups(): { id: string; label: string; routes: AppRoute[] }[] {
  const nav = routes.filter((r) => r.nav);
  const grouped = new Set(NAV_GROUPS.flatMap((g) => g.routeIds));
  return NAV_GROUPS.map((g, i) => ({
    id: g.id,
    label: g.label(),
    routes: nav.filter((r) => g.routeIds.includes(r.id) || (i === NAV_GROUPS.length - 1 && !grouped.has(r.id))),
  }));
}
const ACTIVITY_THROTTLE_MS = 30_000;

/** Reports keyboard and mouse activity to the main side, which owns the auto-lock clock. */
function useActivityReporter() {
  useEffect(() => {
    let last = 0;
    const on = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_THROTTLE_MS) return;
      last = now;
      api.session.activity({}).catch(() => undefined);
    };
    const events = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, on, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, on));
  }, []);
}

/**
 * Opens the first-run guide when this vault's guide is still pending. The page waits for the answer,
 * so the guide does not pull the coordinator away from a page they already started on.
 */
function useFirstRunGuideCheck(demo: boolean): boolean {
  const [checked, setChecked] = useState(demo);
  useEffect(() => {
    if (demo) return;
    let live = true;
    api.settings
      .get({})
      .then(
        (s) => {
          if (live && shouldOfferFirstRunGuide(s.firstRunGuide, demo)) navigate(GUIDE_PATH);
        },
        () => undefined,
      )
      .finally(() => live && setChecked(true));
    return () => {
      live = false;
    };
  }, [demo]);
  return checked;
}

export function AppShell({
  status,
  onLocked,
  recoveryCode = null,
  onForgetRecoveryCode = () => undefined,
}: {
  status: VaultStatus;
  onLocked: (s: VaultStatus) => void;
  /** Held by App only right after set-up, for the guide's print button. */
  recoveryCode?: string | null;
  onForgetRecoveryCode?: () => void;
}) {
  const path = useHashPath();
  const [pwOpen, setPwOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  useActivityReporter();
  useRouteFocus(path, mainRef);
  const guideChecked = useFirstRunGuideCheck(status.demo);
  const inGuide = path === GUIDE_PATH && !status.demo;
  let page: React.ReactNode = null;
  let screenId: string | null = null;
  if (inGuide) {
    page = <FirstRunGuide recoveryCode={recoveryCode} onForgetRecoveryCode={onForgetRecoveryCode} onStatus={onLocked} />;
    screenId = FIRST_RUN_SCREEN;
  } else {
    for (const r of routes) {
      page = r.match(path);
      if (page) {
        screenId = r.id;
        break;
      }
    }
  }

  return (
    <Box sx={{ display: 'flex' }}>
      <SkipLink targetId="inhoud" />
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar>
          <Typography variant="h6" component="p" sx={{ flexGrow: 1 }}>
            {t.appName}
          </Typography>
          {screenId && <HelpButton key={screenId} screen={screenId} inAppBar />}
          <Button color="inherit" onClick={() => setPwOpen(true)}>
            {t.shell.changePassword}
          </Button>
          <Button
            color="inherit"
            variant="outlined"
            sx={{ ml: 1 }}
            onClick={() => void api.vault.lock({}).then(onLocked, (err: unknown) => setNotice(sessionTexts.lockFailed(errorMessage(err))))}
          >
            {t.shell.lockNow}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER, boxSizing: 'border-box' } }}>
        <Toolbar />
        <Box component="nav" aria-label={t.shell.mainMenu}>
          {/* One list of groups, each a heading and the list of its pages: screen readers announce the group, Tab goes top to bottom. */}
          <List disablePadding>
            {navGroups().map((g) => (
              <li key={g.id}>
                <Typography component="h2" id={`menu-${g.id}`} variant="body2" color="text.secondary" sx={{ px: 2, pt: 1.5, pb: 0.5, fontWeight: 600 }}>
                  {g.label}
                </Typography>
                <List disablePadding aria-labelledby={`menu-${g.id}`}>
                  {g.routes.map((r) => (
                    <ListItem key={r.id} disablePadding>
                      <ListItemButton
                        dense
                        selected={path === r.nav!.path || (r.nav!.path !== '/' && path.startsWith(r.nav!.path))}
                        aria-current={path === r.nav!.path ? 'page' : undefined}
                        onClick={() => navigate(r.nav!.path)}
                      >
                        <ListItemText primary={r.nav!.label()} />
                      </ListItemButton>
                    </ListItem>
                  ))}
                </List>
              </li>
            ))}
          </List>
        </Box>
        <Box sx={{ mt: 'auto', p: 2 }}>
          <Typography variant="caption" color="text.secondary" component="p">
            {t.shell.autoLock(Math.round(status.autoLockSeconds / 60))}
          </Typography>
          {status.shell === 'web' && (
            <Typography variant="caption" color="text.secondary" component="p">
              {t.shell.webMode}
            </Typography>
          )}
        </Box>
      </Drawer>
      <Box component="main" id="inhoud" tabIndex={-1} ref={mainRef} sx={{ flexGrow: 1, p: 3 }}>
        <Toolbar />
        {/* The guide's own backup step covers what the warning would say. */}
        {!inGuide && <BackupWarning path={path} />}
        {status.demo && (
          <Alert
            severity="info"
            sx={{ mb: 2 }}
            action={
              <Button color="inherit" size="small" onClick={() => void api.vault.closeDemo({}).then(onLocked, (err: unknown) => setNotice(errorMessage(err)))}>
                {t.demo.close}
              </Button>
            }
          >
            {t.demo.banner}
          </Alert>
        )}
        {guideChecked && (page ?? <Alert severity="warning">{a11yTexts.notFound}</Alert>)}
      </Box>
      <ChangePasswordDialog
        open={pwOpen}
        onClose={() => setPwOpen(false)}
        onChanged={() => {
          setPwOpen(false);
          setNotice(t.changePassword.done);
        }}
      />
      <Snackbar open={!!notice} autoHideDuration={6000} onClose={() => setNotice(null)} message={notice} />
    </Box>
  );
}
