import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How web mode opens a browser itself, without leaving the session or personal data behind:
 * - the link never appears on a command line (other users of the computer can read those in the process list): the
 *   browser gets the path of a small page in the data folder, readable only by this user, that forwards to the link;
 * - a Chromium-family browser runs with a throw-away profile inside the data folder, in a private window, and the
 *   profile is wiped when the app stops, so form contents, session-restore state and cache do not outlive the run.
 * Without such a browser the system's default browser opens the same page; then that browser's own profile applies.
 */
export const BROWSER_PROFILE_DIR = 'browserprofiel';
export const LAUNCH_FILE = 'webmodus-openen.html';

/** Chromium-family browsers, most likely first; NAZORG_BROWSER (or CHROME_PATH) names another. */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const own = [env['NAZORG_BROWSER'], env['CHROME_PATH']].filter((p): p is string => !!p);
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env['PROGRAMFILES'], env['LOCALAPPDATA']].filter((p): p is string => !!p);
    return [
      ...own,
      ...roots.flatMap((r) => [join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')]),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...own,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [...own, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'];
}

export interface LaunchCommand {
  cmd: string;
  args: string[];
  /** True when the browser runs on the throw-away profile. */
  ownProfile: boolean;
}

/** The command that opens `launchFile`: pure, so a test can read every argument the browser would get. */
export function browserLaunchCommand(opts: { platform: NodeJS.Platform; browser: string | null; profileDir: string; launchFile: string }): LaunchCommand {
  const target = pathToFileURL(opts.launchFile).href;
  if (opts.browser) {
    return {
      cmd: opts.browser,
      args: [
        `--user-data-dir=${opts.profileDir}`,
        '--incognito',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-sync',
        '--disable-background-networking',
        '--new-window',
        target,
      ],
      ownProfile: true,
    };
  }
  if (opts.platform === 'win32') return { cmd: 'cmd', args: ['/c', 'start', '""', opts.launchFile], ownProfile: false };
  return { cmd: opts.platform === 'darwin' ? 'open' : 'xdg-open', args: [opts.launchFile], ownProfile: false };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Writes the forwarding page, readable and writable by this user only (recreated, so an older wider mode goes). */
export function writeLaunchFile(dataDir: string, link: string): string {
  const path = join(dataDir, LAUNCH_FILE);
  rmSync(path, { force: true });
  const fd = openSync(path, 'wx', 0o600);
  const href = escapeHtml(link);
  writeSync(
    fd,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${href}">` +
      `<title>Nazorgdossier</title><p>Nazorgdossier wordt geopend. Gebeurt er niets? <a href="${href}">Open Nazorgdossier</a>.</p>`,
  );
  closeSync(fd);
  return path;
}

export interface OpenedBrowser {
  /** Stops a browser we started on the throw-away profile, then wipes the profile and the forwarding page. */
  close(): Promise<void>;
}

/** Removes what an earlier run may have left behind (a crash skips the wipe at stop). */
export function wipeBrowserTraces(dataDir: string): void {
  rmSync(join(dataDir, BROWSER_PROFILE_DIR), { recursive: true, force: true });
  rmSync(join(dataDir, LAUNCH_FILE), { force: true });
}

function waitForExit(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function openBrowser(opts: { dataDir: string; link: string; linkTtlMs: number; onNoBrowser: () => void }): OpenedBrowser {
  const profileDir = join(opts.dataDir, BROWSER_PROFILE_DIR);
  const launchFile = writeLaunchFile(opts.dataDir, opts.link);
  // The page is worthless once its one-time link is used or expired; do not leave it lying around longer.
  const removeLaunchFile = setTimeout(() => rmSync(launchFile, { force: true }), opts.linkTtlMs);
  removeLaunchFile.unref();
  const browser = browserCandidates(process.platform, process.env).find((p) => existsSync(p)) ?? null;
  const command = browserLaunchCommand({ platform: process.platform, browser, profileDir, launchFile });
  if (command.ownProfile) mkdirSync(profileDir, { recursive: true, mode: 0o700 });
  let child: ChildProcess | null = null;
  try {
    child = spawn(command.cmd, command.args, { stdio: 'ignore', detached: !command.ownProfile });
    child.on('error', opts.onNoBrowser);
    if (!command.ownProfile) child.unref();
  } catch {
    opts.onNoBrowser();
  }
  return {
    async close() {
      clearTimeout(removeLaunchFile);
      if (child && command.ownProfile && child.exitCode === null) {
        child.kill('SIGTERM');
        await waitForExit(child, 5000);
      }
      wipeBrowserTraces(opts.dataDir);
    },
  };
}
