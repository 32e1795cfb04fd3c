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
    // Each file in a fresh module graph cost more than the tests themselves (127 s against 72 s for
    // the whole run): no test file relies on another's module state (the only module mock is of
    // 'electron', which nothing else imports under Node; fake timers are undone after each test).
    isolate: false,
  },
});
