// The layer arrows are only real if lint rejects an import that crosses them.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Type-aware rules need a file the TypeScript project knows; these snippets are not files.
const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

const LAYER_RULES = ['no-restricted-imports', 'renderer-layout/feature-boundaries'];

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result!.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(fatal.map((m) => m.message).join('; '));
  return result!.messages.filter((m) => LAYER_RULES.includes(m.ruleId ?? '')).map((m) => m.message);
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
    ['renderer/src/features/cases/x.ts', "import { SourcesPage } from '../sources';\nexport const a = SourcesPage;\n"],
    [
      'renderer/src/features/cases/deep/x.ts',
      "import { ChartList } from '../../chart/ChartList';\nexport const a = ChartList;\n",
    ],
    ['renderer/src/features/cases/x.ts', "export { SourcesPage } from '../sources';\n"],
    ['renderer/src/features/cases/x.ts', "export const a = () => import('../chart/LinkChart');\n"],
    ['renderer/src/ui/x.ts', "import { CasesPage } from '../features/cases';\nexport const a = CasesPage;\n"],
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
    [
      'renderer/src/features/cases/deep/x.ts',
      "import { CaseDetail } from '../CaseDetail';\nimport { GradeBadge } from '../../../ui/grades/GradeBadge';\nimport { navigate } from '../../../app/route';\nexport const a = [CaseDetail, GradeBadge, navigate];\n",
    ],
    ['renderer/src/app/x.ts', "import { CasesPage } from '../features/cases';\nexport const a = CasesPage;\n"],
  ])('allows a permitted import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
