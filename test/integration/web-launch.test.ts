import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINK_USED_MESSAGE, START_PATH } from '../../common/api/web-session.js';
import { BROWSER_PROFILE_DIR, LAUNCH_FILE, browserLaunchCommand } from '../../electron/main/web-browser.js';
import { tempDir } from '../helpers/tmp.js';
import { messageText } from '../../common/messages/index.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * A stand-in browser: it writes down its command line (what `ps` would show every user of the computer), leaves
 * session state in the profile it was given, as Chromium does, and stays open until it is stopped.
 */
const FAKE_BROWSER = `#!/bin/sh
log="$FAKE_BROWSER_LOG"
{ echo "pid $$"; for a in "$@"; do echo "arg $a"; done; echo "end"; } >> "$log"
for a in "$@"; do
  case "$a" in --user-data-dir=*) d="\${a#--user-data-dir=}"; mkdir -p "$d/Default/Sessions"; echo "formulier met BSN" > "$d/Default/Sessions/Session_1";; esac
done
exec sleep 600
`;

interface Launch {
  pid: number;
  args: string[];
}

function launches(log: string): Launch[] {
  if (!existsSync(log)) return [];
  const out: Launch[] = [];
  let cur: Launch | null = null;
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    if (line.startsWith('pid ')) cur = { pid: Number(line.slice(4)), args: [] };
    else if (line.startsWith('arg ') && cur) cur.args.push(line.slice(4));
    else if (line === 'end' && cur) out.push(cur);
  }
  return out;
}

async function until<T>(what: () => T | null | undefined | false, label: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = what();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Wachten op ${label} duurde te lang`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('web mode opens the browser itself without a secret on its command line (npm start -- --web)', () => {
  const tmp = tempDir('nazorg-launch-');
  const dataDir = join(tmp.dir, 'data');
  const fake = join(tmp.dir, 'fake-browser.sh');
  const log = join(tmp.dir, 'browser.log');
  let app: ChildProcess | null = null;
  let output = '';
  afterAll(() => {
    if (app && app.exitCode === null) app.kill('SIGKILL');
    for (const l of launches(log)) if (alive(l.pid)) process.kill(l.pid, 'SIGKILL');
    tmp.cleanup();
  });

  it('passes only a private forwarding page, uses a throw-away profile, lets its link work once and wipes the profile at stop', async () => {
    writeFileSync(fake, FAKE_BROWSER);
    chmodSync(fake, 0o700);
    const env: NodeJS.ProcessEnv = { ...process.env, NAZORG_BROWSER: fake, FAKE_BROWSER_LOG: log, NAZORG_QUIET: '1' };
    delete env['CI'];
    app = spawn(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'cli', 'start.ts'), '--web', '--data-dir', dataDir],
      {
        cwd: root,
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    app.stdout!.on('data', (c) => (output += c));
    app.stderr!.on('data', (c) => (output += c));

    const [first] = await until(() => launches(log).length === 1 && launches(log), 'de browser');
    const launchFile = join(dataDir, LAUNCH_FILE);
    const link = /url=([^"]+)"/.exec(readFileSync(launchFile, 'utf8'))![1]!.replaceAll('&#38;', '&');
    const url = new URL(link);
    const code = url.searchParams.get('code')!;
    expect(code.length).toBeGreaterThan(30);

    // The command line holds no code and no link: only the profile, switches and the forwarding page's path.
    expect(first!.args.filter((a) => a.includes(code) || a.includes('code=') || a.includes('127.0.0.1'))).toEqual([]);
    expect(first!.args).toContain(`--user-data-dir=${join(dataDir, BROWSER_PROFILE_DIR)}`);
    expect(first!.args).toContain('--incognito');
    expect(fileURLToPath(first!.args.at(-1)!)).toBe(launchFile);
    // Only this user can read the forwarding page, and the program's output does not carry the code either.
    expect(statSync(launchFile).mode & 0o777).toBe(0o600);
    expect(output).not.toContain(code);

    const start = (c: string) =>
      fetch(`${url.origin}${START_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: url.origin },
        body: JSON.stringify({ code: c }),
      });
    expect((await start(code)).status).toBe(200);
    const again = await start(code);
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { message: string } }).error.message).toBe(messageText(LINK_USED_MESSAGE));

    // Enter in the program's window opens a new window with a new one-time link.
    app.stdin!.write('\n');
    const [, second] = await until(() => launches(log).length === 2 && launches(log), 'een tweede browservenster');
    const code2 = new URL(/url=([^"]+)"/.exec(readFileSync(launchFile, 'utf8'))![1]!.replaceAll('&#38;', '&')).searchParams.get('code')!;
    expect(code2).not.toBe(code);
    expect(second!.args.filter((a) => a.includes(code2))).toEqual([]);

    const profile = join(dataDir, BROWSER_PROFILE_DIR);
    expect(existsSync(join(profile, 'Default', 'Sessions', 'Session_1'))).toBe(true);
    app.kill('SIGTERM');
    const exitCode = await new Promise<number | null>((r) => app!.once('exit', (c) => r(c)));
    expect(exitCode).toBe(0);
    expect(existsSync(profile)).toBe(false);
    expect(existsSync(launchFile)).toBe(false);
    await until(() => launches(log).every((l) => !alive(l.pid)), 'het sluiten van de browser');
  }, 60_000);

  it('builds the same command line on Windows and macOS, and falls back to the system opener without a Chromium browser', () => {
    const profileDir = 'C:\\Users\\coord\\AppData\\Roaming\\Nazorgdossier\\browserprofiel';
    const launchFile = 'C:\\Users\\coord\\AppData\\Roaming\\Nazorgdossier\\webmodus-openen.html';
    const edge = browserLaunchCommand({ platform: 'win32', browser: 'msedge.exe', profileDir, launchFile });
    expect(edge.ownProfile).toBe(true);
    expect(edge.args[0]).toBe(`--user-data-dir=${profileDir}`);
    const none = browserLaunchCommand({ platform: 'linux', browser: null, profileDir: '/p', launchFile: '/d/webmodus-openen.html' });
    expect(none).toEqual({ cmd: 'xdg-open', args: ['/d/webmodus-openen.html'], ownProfile: false });
  });
});
