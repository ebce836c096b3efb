// The ILLUSTRATIVE DDCI methodologies and their SYNTHETIC survey: shape, labels, the survey → indicators →
// ranking pipeline, and the 1–10 rescaling of every indicator.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { checkSurveyIndicators, parseSurveySpec, readSurveyCsv } from '@chiso/adapters/survey'
import { readDocument } from '@chiso/cli'
import { createEngine, dec, type MethodologyNode, parseMethodology } from '@chiso/core'
import { describe, expect, it } from 'vitest'

const folder = fileURLToPath(new URL('..', import.meta.url))

const levels = [
  {
    level: 'district',
    components: 10,
    perComponent: 3,
    units: 27,
    survey: 'survey-districts-2024.synthetic.csv',
    spec: 'survey-districts.spec.yaml',
  },
  {
    level: 'department',
    components: 5,
    perComponent: 4,
    units: 20,
    survey: 'survey-departments-2024.synthetic.csv',
    spec: 'survey-departments.spec.yaml',
  },
] as const

const leavesOf = (nodes: ReadonlyArray<MethodologyNode>): MethodologyNode[] =>
  nodes.flatMap((node) => (node.children ? leavesOf(node.children) : [node]))

describe.each(levels)('DDCI $level (illustrative)', (setup) => {
  const file = `ddci.${setup.level}.methodology.yaml`
  const methodology = parseMethodology(readDocument(file, folder).value)
  const spec = parseSurveySpec(readDocument(setup.spec, folder).value)
  const surveyFile = `${folder}${setup.survey}`
  const survey = readSurveyCsv(readFileSync(surveyFile), { file: setup.survey, spec })
  const scorecard = createEngine().compile(methodology).evaluate(survey.dataset)

  it('says it is illustrative in its metadata and on its first line', () => {
    expect(methodology.id).toBe(`ddci.${setup.level}.illustrative`)
    expect(methodology.status).toBe('illustrative')
    expect(JSON.stringify(methodology.description)).toMatch(/ILLUSTRATIVE/)
    expect(JSON.stringify(methodology.description)).toMatch(/MINH HỌA/)
    expect(readFileSync(`${folder}${file}`, 'utf8').split('\n')[0]).toMatch(
      /^# ILLUSTRATIVE methodology, not an official one/,
    )
    expect(readFileSync(surveyFile, 'utf8').split('\n')[0]).toMatch(
      /^# SYNTHETIC survey microdata — NOT real answers/,
    )
  })

  it(`has ${setup.components} components of ${setup.perComponent} indicators, each titled in Vietnamese and English with its question`, () => {
    expect(methodology.tree).toHaveLength(setup.components)
    for (const component of methodology.tree) expect(component.children).toHaveLength(setup.perComponent)
    for (const leaf of leavesOf(methodology.tree)) {
      expect(leaf.title).toEqual({ vi: expect.any(String), en: expect.any(String) })
      expect(leaf.description).toEqual({
        vi: expect.stringMatching(/^Câu hỏi/),
        en: expect.stringMatching(/^Question/),
      })
      expect(leaf.normalise).toEqual({ use: 'chiso/min-max', with: { l: '1', u: '10' } })
      expect(leaf.source).toBe('survey')
    }
  })

  it('has a survey spec whose indicators are the methodology’s leaves, with the same directions', () => {
    const leaves = new Map(leavesOf(methodology.tree).map((leaf) => [leaf.code, leaf.direction ?? 1]))
    expect(spec.indicators.map((indicator) => indicator.code)).toEqual([...leaves.keys()])
    for (const indicator of spec.indicators)
      expect(indicator.direction, indicator.code).toBe(leaves.get(indicator.code))
  })

  it('aggregates every respondent of the synthetic survey to indicators for every unit', () => {
    const { respondents } = survey.report
    expect(respondents.total).toBeGreaterThan(1000)
    expect(respondents).toEqual({
      total: respondents.total,
      used: respondents.total,
      ignored: 0,
      rejected: 0,
    })
    expect(survey.dataset.units).toHaveLength(setup.units)
    expect(survey.report.columns.ignored).toEqual([
      { column: 4, header: 'nganh_nghe', reason: 'not a column of the spec' },
    ])
  })

  it('ranks every unit, and gives each indicator’s best unit 10 and its worst 1', () => {
    expect(scorecard.units.map((unit) => unit.rank).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: setup.units }, (_, i) => i + 1),
    )
    for (const leaf of leavesOf(methodology.tree)) {
      const values = scorecard.units.flatMap((unit) => {
        const result = unit.nodes[leaf.code]!
        return result.status === 'ok' ? [dec(result.score!)] : []
      })
      expect(
        values.some((v) => v.eq(10)),
        leaf.code,
      ).toBe(true)
      expect(
        values.some((v) => v.eq(1)),
        leaf.code,
      ).toBe(true)
    }
  })
})

describe('DDCI district survey checks', () => {
  it('report the land indicator as missing where too few firms answered it', () => {
    const spec = parseSurveySpec(readDocument('survey-districts.spec.yaml', folder).value)
    const survey = readSurveyCsv(readFileSync(`${folder}survey-districts-2024.synthetic.csv`), {
      file: 's.csv',
      spec,
    })
    const checks = checkSurveyIndicators(survey.indicators)
    expect(checks.tooFewRespondents).toEqual([
      { indicator: '8.2', units: ['lang-chanh', 'muong-lat', 'quan-son'] },
    ])
    expect(checks.unitsMissingMany).toEqual([])
    expect(checks.noSpread).toEqual([])
  })
})
