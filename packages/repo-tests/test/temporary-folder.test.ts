import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { basename } from 'node:path'
import { expect, test } from 'vitest'

// The suite's scratch files go to one folder of the run, removed when it ends (.config/temporary-folder.ts):
// tests and the processes they start must see it as their temporary folder, or their files outlive the run.
test('the test run has a temporary folder of its own, inherited by the processes it starts', () => {
  const folder = process.env.CHISO_TEST_TEMPORARY_FOLDER
  expect(folder).toBeDefined()
  expect(basename(folder ?? '')).toMatch(/^chiso-tests-/)
  expect(tmpdir()).toBe(folder)
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'])
  expect(child.stdout.toString()).toBe(folder)
})
