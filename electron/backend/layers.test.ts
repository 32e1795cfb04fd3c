// The layer arrows are only real if lint rejects an import that crosses them.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['electron/backend/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/src/x.ts', "import fs from 'fs';\nexport const a = fs;\n"],
    ['renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['renderer/src/x.ts', "import { Backend } from '../../electron/backend/backend';\nexport const a = Backend;\n"],
    ['shared/domain/x.ts', "import path from 'node:path';\nexport const a = path;\n"],
    ['shared/domain/x.ts', "import { api } from '../../renderer/src/api/client';\nexport const a = api;\n"],
    ['electron/main/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    [
      'electron/preload/x.ts',
      "import { parsePartialDate } from '../../shared/domain/partialDate';\nexport const a = parsePartialDate;\n",
    ],
  ])('rejects a forbidden import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    [
      'electron/backend/services/x.ts',
      "import fs from 'node:fs';\nimport { ContractError } from '../../../shared/contract/errors';\nexport const a = [fs, ContractError];\n",
    ],
    [
      'renderer/src/x.ts',
      "import { formatGrade } from '../../shared/domain/admiralty';\nexport const a = formatGrade;\n",
    ],
    [
      'electron/preload/x.ts',
      "import { isMethodName } from '../../shared/contract/methods';\nexport const a = isMethodName;\n",
    ],
  ])('allows a permitted import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
