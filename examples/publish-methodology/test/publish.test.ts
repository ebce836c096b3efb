// The publishing example end to end: every step runs, and what it writes says what it should.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDocument } from '@chiso/cli'
import {
  applyDiff,
  diffMethodologies,
  fingerprint,
  type MethodologyDiff,
  parseMethodology,
} from '@chiso/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE_DIR, publish, type Release } from '../scripts/publish.js'

const read = (name: string) => readDocument(join(EXAMPLE_DIR, name), EXAMPLE_DIR).value
const older = read('cchc-2025.methodology.yaml')
const newer = read('cchc-2026.methodology.yaml')

describe('examples/publish-methodology', () => {
  const out = mkdtempSync(join(tmpdir(), 'chiso-release-'))
  let release: Release
  let log = ''
  beforeAll(async () => {
    release = await publish(out, { write: (text: string) => (log += text) })
  })

  it('is illustrative, and the new version supersedes the old one', () => {
    expect(parseMethodology(older).status).toBe('illustrative')
    expect(parseMethodology(newer).supersedes).toBe('cchc.commune.illustrative@2025.0.0')
  })

  it('writes every release file', () => {
    for (const file of release.files) expect(existsSync(join(out, file)), file).toBe(true)
    expect(readFileSync(join(out, 'phu-luc-2026.html'), 'utf8')).toContain(release.fingerprint)
    expect(readFileSync(join(out, 'phu-luc-2026.md'), 'utf8')).toContain('MINH HỌA')
  })

  it('fingerprints the new version as core does', () => {
    expect(release.fingerprint).toBe(fingerprint(newer))
    expect(readFileSync(join(out, 'fingerprint.txt'), 'utf8')).toBe(
      `${release.fingerprint}  cchc-2026.methodology.yaml\n`,
    )
  })

  it('publishes a diff that turns 2025 into 2026', () => {
    const diff = JSON.parse(readFileSync(join(out, 'diff-2025-2026.json'), 'utf8')) as MethodologyDiff
    expect(diff).toEqual(diffMethodologies(older, newer))
    expect(fingerprint(applyDiff(older, diff))).toBe(release.fingerprint)
    const summary = diff.changes
      .filter((c) => c.kind !== 'methodology-changed')
      .map((c) => `${c.kind} ${'code' in c ? c.code : ''}`)
    expect(summary).toEqual(
      expect.arrayContaining([
        'node-removed 1.3',
        'node-removed 3.2',
        'node-added 1.4',
        'node-added 2.4',
        'node-moved 2.3',
        'node-renamed 1.1',
      ]),
    )
  })

  it('carries 2025 data over, reporting what it cannot, and re-scores it under 2026', () => {
    expect(log).toContain('carried 58 of 66 observations over; 8 could not be:')
    const rebased = JSON.parse(readFileSync(join(out, 'data-2025-as-2026.json'), 'utf8'))
    const anBinh = rebased.observations.filter((o: { unit: string }) => o.unit === 'xa-an-binh')
    // 2.1 (410 of 420 on time) split in half; 3.1 + 3.2 merged
    expect(
      anBinh.filter((o: { node: string }) => o.node === '2.4').map((o: { value: string }) => o.value),
    ).toEqual(['205', '210'])
    expect(anBinh.find((o: { node: string }) => o.node === '3.1').value).toBe('5.5')
    const scores = JSON.parse(readFileSync(join(out, 'scores-2025-under-2026.json'), 'utf8'))
    expect(scores.methodology.fingerprint).toBe(release.fingerprint)
    expect(release.ranks.map((r) => r.rank2025).sort()).toEqual([1, 2, 3, 4, 5, 6])
    expect(release.ranks.every((r) => r.rankUnder2026 !== null)).toBe(true)
  })

  it('writes a changeset for the release', () => {
    expect(readFileSync(join(out, 'changeset.md'), 'utf8')).toMatch(
      /^---\n"@chiso-examples\/publish-methodology": minor\n---\n\ncchc\.commune\.illustrative@2026\.0\.0 \(ILLUSTRATIVE\): 2 criteria added, 2 removed, 1 moved, 3 renamed/,
    )
  })
})
