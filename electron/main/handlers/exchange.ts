import { randomInt } from 'node:crypto';
import type { Handlers } from '../../../common/api/contract.js';
import type { exchangeMethods } from '../../../common/api/exchange.js';
import type { provisionMethods } from '../../../common/api/provisions.js';
import { passphraseEntropyBits, proposePassphrase } from '../../../common/exchange/passphrase.js';
import { MEDIA_TYPES, exportFileName, type FileDownload } from '../../../common/exchange/files.js';
import { queryProvisions, recordProvision } from '../../../db/repositories/provisions.js';
import { recordAudit } from '../../../db/repositories/audit.js';
import { registerCsv } from '../exchange/register-csv.js';
import type { HandlerContext } from './context.js';

type ExchangeHandlers = Pick<Handlers, keyof typeof exchangeMethods | keyof typeof provisionMethods>;

export const download = (fileName: string, mediaType: string, bytes: Buffer): FileDownload => ({ fileName, mediaType, base64: bytes.toString('base64') });

/** The register can hold many thousands of rows over the years; the export is bounded to stay one reasonable file. */
const REGISTER_EXPORT_MAX = 100_000;

export function exchangeHandlers({ session }: HandlerContext): ExchangeHandlers {
  return {
    'exchange.proposePassphrase': async () => ({ passphrase: proposePassphrase(randomInt), entropyBits: Math.floor(passphraseEntropyBits()) }),
    'provisions.list': async ({ limit, offset, ...filter }) => queryProvisions(session.requireVault().db, filter, limit, offset),
    'provisions.exportCsv': async (filter) => {
      const { db } = session.requireVault();
      const { entries } = await queryProvisions(db, filter, REGISTER_EXPORT_MAX, 0);
      const dossierIds = [...new Set(entries.flatMap((e) => e.dossierIds))];
      // Exporting the register is itself an account of provisions; it is kept in the register too.
      await recordProvision(db, {
        kind: 'csv.verstrekkingenregister',
        what: `Verstrekkingenregister (${entries.length} regels)`,
        purpose: 'Verantwoording',
        dossierIds,
      });
      await recordAudit(db, 'provisions.export', { rows: entries.length });
      return download(exportFileName('verstrekkingenregister', 'csv'), MEDIA_TYPES.csv, registerCsv(entries));
    },
  };
}
