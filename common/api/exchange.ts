import { z } from 'zod';
import { method } from './define.js';

export const exchangeMethods = {
  /** Six random Dutch words, to be read out by phone. */
  'exchange.proposePassphrase': method<{ passphrase: string; entropyBits: number }>()(z.object({})),
} as const;
