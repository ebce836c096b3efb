import { formatSurveyChecks, type SurveyChecks } from '@chiso/adapters/survey'
import { describe, expect, it } from 'vitest'
import { surveyChecksLines } from './survey-summary.js'

const CLEAN: SurveyChecks = {
  tooFewRespondents: [],
  unitsMissingMany: [],
  noSpread: [],
  maxMissingShare: '0.2',
}
const FINDINGS: SurveyChecks = {
  tooFewRespondents: [
    { indicator: '3.2', units: ['muong-lat'] },
    { indicator: '3.3', units: ['muong-lat', 'quan-son'] },
  ],
  unitsMissingMany: [{ unit: 'muong-lat', missing: 5, of: 20 }],
  noSpread: [
    { indicator: '9.1', values: 27, value: '100' },
    { indicator: '9.2', values: 1 },
  ],
  maxMissingShare: '0.25',
}

describe('surveyChecksLines', () => {
  it.each([
    ['clean', CLEAN],
    ['with findings', FINDINGS],
  ] as const)('%s: English is the adapters’ lines, word for word', (_name, checks) => {
    expect(surveyChecksLines(checks, 'en')).toEqual(formatSurveyChecks(checks))
  })

  it('says the same findings in Vietnamese, with their values and no English word', () => {
    const vi = surveyChecksLines(FINDINGS, 'vi')
    expect(vi).toHaveLength(formatSurveyChecks(FINDINGS).length)
    expect(vi.join('\n')).toContain('muong-lat, quan-son')
    expect(vi.join('\n')).toContain('25 %')
    expect(vi[0]).toBe('kiểm tra khảo sát (trước khi chấm điểm):')
    expect(vi.join(' ')).not.toMatch(/\b(?:survey|respondents?|units?|spread|missing|indicators?|misses)\b/)
    expect(surveyChecksLines(CLEAN, 'vi')[0]).toMatch(/^kiểm tra khảo sát: .* 20 % số chỉ tiêu$/)
  })
})
