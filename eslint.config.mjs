// @ts-check
/**
 * Lint rules that keep the architecture honest (architecture.md §2.2, §2.8):
 *  - per-folder import bans enforce the layers (VS Code's code-layering idea);
 *  - `max-lines` keeps files small; JSX prose must come from i18n;
 *  - only src/main/window.ts builds windows; core never keeps image metadata (privacy),
 *    except the demo generator, which makes EXIF-rotated defect originals on purpose.
 * ESLint applies the LAST matching setting of a rule, so each folder's
 * `no-restricted-imports` / `no-restricted-syntax` lists are composed here in full.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- import bans ------------------------------------------------------------------

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));
const nodeBuiltinBans = {
  paths: NODE_BUILTINS.map((name) => ({ name, message: 'Node built-ins are not available here.' })),
  patterns: [{ regex: '^node:', message: 'Node built-ins are not available here.' }],
};
const uiBans = {
  paths: ['electron', 'react', 'react-dom'].map((name) => ({
    name,
    message: 'core/shared/host/cli are plain Node: no Electron, React or DOM (architecture.md §2.2).',
  })),
  patterns: [
    { regex: '^@mantine/', message: 'UI libraries belong to src/renderer.' },
    { regex: '^react-dom/', message: 'UI libraries belong to src/renderer.' },
    { regex: '^\\.{1,2}/(.*/)?(renderer|main|preload)(/|$)', message: 'Do not import the UI or the Electron shell.' },
  ],
};
const nativeBans = {
  paths: ['better-sqlite3', 'sharp'].map((name) => ({ name, message: 'Native modules live in src/core only.' })),
  patterns: [],
};
const mutationPrivateBans = {
  paths: [],
  patterns: [
    {
      regex: '(^|/)mutations/(outbox|rows|entities|constraint-errors|apply-edit)$',
      message: 'Merchant data changes only through applyEdit: import from core/mutations (its index).',
    },
  ],
};
const sharedOnlyBans = {
  paths: [],
  patterns: [
    { regex: '^\\.{1,2}/(.*/)?(core|host|cli|main|preload|renderer)(/|$)', message: 'src/shared depends on nothing else.' },
  ],
};
const rendererBans = {
  paths: [{ name: 'electron', message: 'The renderer reaches Electron only through window.api (preload).' }],
  patterns: [
    { regex: '^electron/', message: 'The renderer reaches Electron only through window.api (preload).' },
    {
      regex: '^\\.{1,2}/(.*/)?(core|main|host|cli|preload)(/|$)',
      message: 'The renderer imports only src/shared; the backend is reached through the contract.',
    },
  ],
};
const shellBans = {
  paths: ['react', 'react-dom'].map((name) => ({ name, message: 'React belongs to src/renderer.' })),
  patterns: [
    { regex: '^@mantine/', message: 'UI libraries belong to src/renderer.' },
    { regex: '^\\.{1,2}/(.*/)?renderer(/|$)', message: 'The shell loads the renderer by URL, never by import.' },
  ],
};
const preloadBans = {
  paths: [],
  patterns: [
    {
      // The sandboxed preload is one tiny CJS bundle: electron and the method list only.
      regex: '^(?!electron$|\\.\\./shared/api/methods$).*',
      allowTypeImports: true,
      message: 'src/preload may import only electron and ../shared/api/methods.',
    },
  ],
};

/** @param {...{paths: any[], patterns: any[]}} groups */
const restrictImports = (...groups) => [
  'error',
  { paths: groups.flatMap((g) => g.paths), patterns: groups.flatMap((g) => g.patterns) },
];

// ---- syntax bans ---------------------------------------------------------------------

const noNewBrowserWindow = {
  selector: "NewExpression[callee.name='BrowserWindow']",
  message: 'Windows are created only in src/main/window.ts (hardened webPreferences).',
};
const noImageMetadata = {
  selector: "CallExpression[callee.property.name=/^(keepMetadata|keepExif|withMetadata)$/]",
  message: 'Stored images drop EXIF/GPS metadata: do not keep it (only src/core/demo makes defect originals).',
};
const LETTERS = '[A-Za-z\\u0600-\\u06FF\\u0400-\\u04FF]';
const noJsxText = {
  selector: `JSXText[value=/${LETTERS}/]`,
  message: 'User-visible text comes from i18n: use t(...) instead of a JSX string literal.',
};
const noJsxLiteralExpression = {
  selector: `JSXExpressionContainer > Literal[value=/${LETTERS}/]`,
  message: 'User-visible text comes from i18n: use t(...) instead of a string literal.',
};
const noLiteralLabelAttributes = {
  selector: `JSXAttribute[name.name=/^(title|alt|placeholder|label|aria-label|aria-description|aria-placeholder)$/] > Literal[value=/${LETTERS}/]`,
  message: 'Labels, titles and alt text come from i18n: use t(...).',
};
/** @param {...{selector: string, message: string}} bans */
const restrictSyntax = (...bans) => ['error', ...bans];

// ---- config ------------------------------------------------------------------------------

export default defineConfig(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/**',
      'test/**/__fixtures__/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': restrictSyntax(noNewBrowserWindow),
    },
  },
  {
    files: ['src/core/**/*.{ts,tsx,mts}'],
    ignores: ['src/core/mutations/**'],
    rules: { 'no-restricted-imports': restrictImports(uiBans, mutationPrivateBans) },
  },
  {
    files: ['src/core/mutations/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(uiBans) },
  },
  {
    files: ['src/core/**/*.{ts,tsx,mts}'],
    ignores: ['src/core/demo/**'],
    rules: { 'no-restricted-syntax': restrictSyntax(noNewBrowserWindow, noImageMetadata) },
  },
  {
    files: ['src/shared/**/*.{ts,tsx,mts}'],
    rules: { 'no-restricted-imports': restrictImports(uiBans, nodeBuiltinBans, nativeBans, sharedOnlyBans) },
  },
  {
    files: ['src/host/**/*.{ts,mts}', 'src/cli/**/*.{ts,mts}'],
    rules: { 'no-restricted-imports': restrictImports(uiBans) },
  },
  {
    files: ['src/main/**/*.{ts,mts}'],
    rules: { 'no-restricted-imports': restrictImports(shellBans) },
  },
  {
    files: ['src/main/window.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(preloadBans) },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': restrictImports(nodeBuiltinBans, nativeBans, rendererBans),
      'no-restricted-syntax': restrictSyntax(noNewBrowserWindow, noJsxText, noJsxLiteralExpression, noLiteralLabelAttributes),
    },
  },
  {
    // Playwright fixtures declare their dependencies by destructuring: `async ({}, use) => …`.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['test/dom/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
