import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, CSP_PLACEHOLDER } from '../../common/security-policy.js';

const root = join(import.meta.dirname, '..', '..');
const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d] as const));

/** One source for the UI's Content-Security-Policy: the web-mode header, the Electron header and index.html's meta tag. */
describe('content security policy', () => {
  it('index.html carries no policy of its own, only the placeholder the build fills', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    expect(html).toContain(`content="${CSP_PLACEHOLDER}"`);
    expect(html).not.toMatch(/default-src/);
  });

  it('the meta policy is the header policy without the directives a meta tag cannot carry', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    const meta = directives(CONTENT_SECURITY_POLICY_META);
    expect([...header.keys()].filter((k) => !meta.has(k))).toEqual(['frame-ancestors']);
    for (const [k, v] of meta) expect(header.get(k)).toBe(v);
  });

  it('both allow the print frame (a blob of our own) and nothing from elsewhere', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(directives(policy).get('frame-src')).toBe("frame-src 'self' blob:");
      expect(directives(policy).get('script-src')).toBe("script-src 'self'");
      expect(policy).not.toMatch(/https?:|\*/);
    }
  });

  it('the web server and the Electron window take the header from the shared module', () => {
    // The Electron window's rule lives in shell-policy.ts; test/electron/main-bundle.test.ts sees the built app apply it.
    for (const file of ['electron/main/web-server.ts', 'electron/main/shell-policy.ts']) {
      expect(readFileSync(join(root, file), 'utf8')).toMatch(/import \{ CONTENT_SECURITY_POLICY \} from '[./]+\/common\/security-policy\.js'/);
    }
  });
});
