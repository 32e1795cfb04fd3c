// Lint, including the layer arrows of DESIGN.md: shared → nothing; backend → shared;
// main → shared + electron; preload → shared/contract; renderer → shared. A forbidden import is
// an error, and electron/lint.test.ts proves that it is.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import path from 'node:path';
import lexical from '@lexical/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** One no-restricted-imports rule per layer. */
function layer(files, { names = [], patterns = [], message }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: names.map((name) => ({ name, message })),
          patterns: patterns.map((group) => ({ group: [group], message })),
        },
      ],
    },
  };
}

const RENDERER_SRC = path.join(import.meta.dirname, 'renderer/src');

/**
 * The renderer's own arrows: a feature (renderer/src/features/<name>) imports app/, ui/, api/,
 * editor/ and shared/, never another feature; app/ composes the features; ui/, api/ and editor/
 * never import a feature. Checked on the resolved path, whatever the number of `../`.
 */
const rendererLayout = {
  rules: {
    'feature-boundaries': {
      meta: {
        type: 'problem',
        messages: {
          crossFeature:
            'features/{{from}} may not import features/{{to}}: move what both need to renderer/src/ui (or app/ for routes), or let app/ hand the view over (app/slots.tsx).',
          belowFeatures: 'renderer/src/{{from}} is below the features and may not import features/{{to}}.',
        },
      },
      create(context) {
        const own = path.relative(RENDERER_SRC, context.filename).split(path.sep);
        if (own[0] === '..') return {};
        function check(node, spec) {
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const target = path
            .relative(RENDERER_SRC, path.resolve(path.dirname(context.filename), spec))
            .split(path.sep);
          if (target[0] !== 'features') return;
          if (own[0] === 'features' && target[1] !== own[1])
            context.report({ node, messageId: 'crossFeature', data: { from: own[1], to: target[1] } });
          if (['ui', 'api', 'editor'].includes(own[0]))
            context.report({ node, messageId: 'belowFeatures', data: { from: own[0], to: target[1] } });
        }
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      '.tsbuild/',
      '.electron-native/',
      'test-results/',
      'playwright-report/',
      'e2e/artifacts/',
      // Vite bundles its config to a temporary file beside it while the build runs side by side with lint.
      '*.config.ts.*.mjs',
      '*.timestamp-*.mjs',
      // Local experiments, ignored by git as well.
      'scratch*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@lexical': lexical, 'renderer-layout': rendererLayout },
    rules: {
      'renderer-layout/feature-boundaries': 'error',
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // These three judge code by what the React Compiler can optimise, and the app is not compiled
      // with it: `refs` reads the excerpt workspace's ref-carrying object and queued submit handlers
      // as refs read in render; `set-state-in-effect` flags the forms that reset when their modal opens;
      // `incompatible-library` says TanStack Table/Virtual would be skipped by the compiler.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/incompatible-library': 'off',
      ...lexical.configs['flat/recommended'].rules,
    },
  },
  {
    // A promise nobody awaits in the backend is a write or a job whose failure nobody hears about.
    files: ['electron/backend/**/*.ts', 'electron/cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  layer(['shared/**'], {
    names: [...nodeBuiltins, 'electron', 'react', 'better-sqlite3'],
    patterns: ['**/electron/**', '**/renderer/**', 'node:*'],
    message: 'shared/ is isomorphic: it may not import Node, Electron, React or another layer.',
  }),
  layer(['shared/**/*.test.ts'], {
    names: ['electron', 'react', 'better-sqlite3'],
    patterns: ['**/electron/**', '**/renderer/**'],
    message: "shared/'s tests run in Node and may read fixtures, but test only shared/.",
  }),
  layer(['electron/backend/**', 'electron/cli/**'], {
    names: ['electron', 'react'],
    patterns: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '**/main/**', '**/preload/**'],
    message: 'The backend runs in plain Node: it may import shared/ and Node, never Electron or another layer.',
  }),
  layer(['electron/main/**'], {
    names: ['better-sqlite3', 'react'],
    patterns: ['**/renderer/**', '**/backend/**', '**/cli/**'],
    message:
      'electron/main may import shared/ and Electron; SQLite lives in the backend process, never on the main thread.',
  }),
  layer(['electron/preload/**'], {
    names: [...nodeBuiltins, 'better-sqlite3', 'react'],
    patterns: ['**/renderer/**', '**/backend/**', '**/main/**', '**/shared/domain/**', 'node:*'],
    message: 'The preload may import only shared/contract (and electron).',
  }),
  layer(['renderer/**'], {
    names: [...nodeBuiltins, 'electron', 'better-sqlite3'],
    patterns: ['**/electron/**', 'node:*'],
    message: 'The renderer is sandboxed: it may import only renderer/ and shared/, never Node or Electron.',
  }),
);
