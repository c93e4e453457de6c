// ESM + ts-jest: tests run with --experimental-vm-modules (see package.json).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The heavy fuzz suite runs only under `npm run fuzz` (which sets FUZZ_RUNS).
  testPathIgnorePatterns: [
    '/node_modules/',
    '/dist/',
    ...(process.env.FUZZ_RUNS ? [] : ['<rootDir>/__tests__/fuzz/'])
  ],
  testTimeout: 30000,
  verbose: false
};
