import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,bench,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Many files wait on child processes, sockets and the disk: one fork more than the cores keeps
    // them busy (Vitest's default, one fewer than the cores, leaves a two-core machine half idle).
    maxWorkers: os.availableParallelism() + 1,
  },
});
