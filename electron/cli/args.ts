import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultDataDir } from '../main/paths.js';

/** Command-line options shared by `npm start`, the Electron entry and the demo/bench scripts. */
export function parseStartArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      web: { type: 'boolean', default: false },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
    },
    strict: false,
    allowPositionals: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Ongeldige poort: ${String(values.port)}`);
  return {
    web: values.web === true,
    port,
    dataDir: typeof values['data-dir'] === 'string' ? resolve(values['data-dir']) : defaultDataDir(),
    open: values['no-open'] !== true && !process.env['CI'],
    demo: values.demo === true,
  };
}
