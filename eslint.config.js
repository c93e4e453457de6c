import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'lib/**',
      '.bench/**',
      '.proflib*/**',
      'node_modules/**',
      'coverage/**',
      '__tests__/fixtures/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    // The pure rooms stay free of the Actions toolkit and of I/O.
    files: ['src/token/**', 'src/workflow/**', 'src/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/core', '@actions/github', '@actions/exec', '@actions/io'],
              message: 'Pure module: no @actions/* here.'
            },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'fs',
                'fs/*',
                'node:net',
                'node:http',
                'node:https',
                'undici',
                'node:child_process'
              ],
              message: 'Pure module: no I/O here.'
            }
          ]
        }
      ]
    }
  }
);
