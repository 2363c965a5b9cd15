// ESLint flat config: typescript-eslint's type-checked presets, and the layer boundaries of
// STYLE.md enforced as import restrictions, so a layer reaching the wrong way fails the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Which layers each layer must not import (imports point down only). */
const LAYERS = {
  model: ['manifest', 'validate', 'lint', 'shell', 'emulator', 'steps', 'report', 'api', 'cli', 'action'],
  manifest: ['validate', 'lint', 'shell', 'emulator', 'steps', 'report', 'api', 'cli', 'action'],
  shell: ['manifest', 'validate', 'lint', 'emulator', 'steps', 'report', 'api', 'cli', 'action'],
  validate: ['lint', 'shell', 'emulator', 'steps', 'report', 'api', 'cli', 'action'],
  lint: ['shell', 'emulator', 'steps', 'report', 'api', 'cli', 'action'],
  emulator: ['lint', 'steps', 'report', 'api', 'cli', 'action'],
  report: ['steps', 'api', 'cli', 'action'],
  steps: ['cli', 'action'],
  api: ['cli', 'action'],
  cli: ['action'],
  action: ['cli'],
};

const PURE = ['model', 'manifest', 'validate', 'lint', 'shell', 'emulator'];

const boundaries = Object.entries(LAYERS).map(([layer, forbidden]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((f) => ({ group: [`**/${f}/*`, `../${f}/*`, `../../${f}/*`], message: `src/${layer} must not import src/${f} (STYLE.md: imports point down).` })),
          ...(PURE.includes(layer)
            ? [{ group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'child_process', 'fast-glob'], message: `src/${layer} is pure: no file system or processes (only src/api reads files).` }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: ['.tmp*/**', 'dist/**', 'node_modules/**', 'src/**/generated/**', 'coverage/**', '.tap/**', 'bin/**', 'bench/out/**', 'docs/**', 'examples/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Plain Node scripts: no type information, and Node's globals (TypeScript files get them from @types/node).
    ...tseslint.configs.disableTypeChecked,
    files: ['**/*.mjs', '**/*.js'],
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**', 'bench/**', '*.js', '*.mjs'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  ...boundaries,
);
