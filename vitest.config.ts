import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and must not be collected by Vitest.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
