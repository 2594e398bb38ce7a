// After `npm install`: try to fetch the Electron binary once (the electron package no longer does it
// itself). Where that is impossible (no access to its download server), say so and carry on:
// `npm start` then uses web mode. Never fails the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const installer = join(process.cwd(), 'node_modules', 'electron', 'install.js');
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || process.env.CI || !existsSync(installer)) process.exit(0);
const r = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
if (r.status === 0) console.log('Nazorgdossier: Electron is klaar; npm start opent het bureaubladprogramma.');
else console.log('Nazorgdossier: Electron kon niet worden gedownload; npm start gebruikt de webmodus in de browser.');
process.exit(0);
