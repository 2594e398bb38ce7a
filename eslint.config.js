// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Layer rules, as VS Code enforces its common/browser/node split:
 *   common/   pure rules and the API contract: no node, electron, react, db or UI imports
 *   db/       storage: may use common and node, never electron or the renderer
 *   electron/ main side: may use common and db (its repositories: never drizzle or the schema), never the renderer
 *   renderer/ UI: may use common only; it reaches the main side through the API contract
 * and the `electron` module itself only in the thin adapter (electron/main.ts, electron/preload.ts): everything else,
 * tests included, runs without Electron, so its rules are tested on any machine.
 */
const node = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http'], message: 'Deze laag mag geen Node-modules gebruiken.' };
const electron = { group: ['electron', '**/electron/**'], message: 'Deze laag mag niet van de Electron-hoofdkant afhangen.' };
const db = { group: ['**/db/**', '@libsql/*', 'drizzle-orm', 'drizzle-orm/*'], message: 'Deze laag mag de database niet rechtstreeks gebruiken.' };
const renderer = { group: ['**/renderer/**', 'react', 'react-dom', '@mui/*', 'react-hook-form'], message: 'Deze laag mag geen UI-code gebruiken.' };
// db/ is the only place that speaks SQL: the main side asks repositories (db/repositories/) for what it needs.
// Tests may use drizzle and the schema: they check what is really stored without going through the repository
// under test, and set up states no screen can reach (a failing trigger, an old row).
const sqlOutsideDb = {
  group: ['drizzle-orm', 'drizzle-orm/*', '**/db/schema', '**/db/schema.js'],
  message: 'Alleen db/ spreekt SQL: zet de query in een repository onder db/repositories/.',
};
// Shipped code never reaches into test/: whatever the app needs (the demo data generator too) is app code.
const tests = { group: ['**/test/**'], message: 'App-code mag geen testcode importeren.' };
const electronModule = {
  name: 'electron',
  message: 'Alleen electron/main.ts en electron/preload.ts gebruiken Electron; zet regels als pure functies in electron/main/.',
};
const ADAPTER = ['electron/main.ts', 'electron/preload.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'db/migrations/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.cjs', '*.js'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['**/*.{ts,tsx,js,mjs,cjs}'], ignores: ADAPTER, rules: { 'no-restricted-imports': ['error', { paths: [electronModule] }] } },
  { files: ['common/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: [node, electron, db, renderer, tests] }] } },
  { files: ['db/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: [electron, renderer, tests] }] } },
  {
    files: ['electron/**/*.ts'],
    ignores: ADAPTER,
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: [renderer, tests, sqlOutsideDb] }] },
  },
  { files: ADAPTER, rules: { 'no-restricted-imports': ['error', { patterns: [renderer, tests, sqlOutsideDb] }] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule], patterns: [node, electron, db, tests] }],
      // Schema messages are Dutch; localized() shows them in the UI's language.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='zodResolver']:not(CallExpression[callee.name='localized'] CallExpression)",
          message: 'Wrap zodResolver in localized() (renderer/src/forms.ts) so field messages follow the UI language.',
        },
      ],
    },
  },
);
