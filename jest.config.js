// ESM + ts-jest: tests run with --experimental-vm-modules (see package.json).
import { availableParallelism } from 'node:os';

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
  // One and a half workers per core: the end-to-end files mostly wait (on the processes they
  // start, on deadlines and GitHub's write pacing), so they overlap well with the CPU-bound ones.
  // On 2 cores, 3 workers run the suite in 152 s where 2 took 180 s. A number, not '150%': jest
  // reads a percentage above 100 as that many workers.
  maxWorkers: Math.max(1, Math.floor(availableParallelism() * 1.5)),
  // The only clock in the tests, and only a guard against hangs: generous, so a loaded machine
  // (a shared CI box) slows the suite down without failing it.
  testTimeout: 120_000,
  verbose: false
};
