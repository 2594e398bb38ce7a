import type { Handlers } from '../../../common/api/contract.js';
import type { vaultMethods } from '../../../common/api/vault.js';
import type { HandlerContext } from './context.js';
import { createDemoVault, DEMO_PASSWORD } from '../../cli/demo-vault.js';

type VaultHandlers = Pick<Handlers, keyof typeof vaultMethods>;

export function vaultHandlers({ session }: HandlerContext): VaultHandlers {
  return {
    'vault.status': async () => session.status(),
    'vault.beginSetup': async ({ password }) => session.beginSetup(password),
    'vault.completeSetup': async ({ lastGroup }) => session.completeSetup(lastGroup),
    'vault.cancelSetup': async () => session.cancelSetup(),
    'vault.unlock': async ({ password }) => session.unlock(password),
    'vault.unlockWithRecovery': async ({ recoveryCode, newPassword }) => session.unlockWithRecovery(recoveryCode, newPassword),
    'vault.changePassword': async ({ currentPassword, newPassword }) => {
      await session.changePassword(currentPassword, newPassword);
      return { ok: true };
    },
    'vault.lock': async () => session.lock('manual'),
    'vault.openDemo': async () =>
      session.openDemo(async (dir) => {
        await createDemoVault(dir, DEMO_PASSWORD);
      }, DEMO_PASSWORD),
    'vault.closeDemo': async () => session.closeDemo(),
    'session.activity': async () => ({ ok: true }),
  };
}
