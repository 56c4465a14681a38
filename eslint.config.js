import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'artifacts/**',
      'node_modules/**',
      'scratch/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Response bodies are hostile: never render them as HTML.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The pure core must run in Node and the panel alike: no browser extension API in it.
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document'],
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', 'react', 'react-dom'] },
      ],
    },
  },
  {
    // The library runs wherever JavaScript does: neither a browser nor a Node API.
    files: ['src/lib/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser', 'window', 'document', 'process', 'Buffer', 'require'],
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'webextension-polyfill', 'react', 'react-dom', '*/platform/*'] },
      ],
    },
  },
);
