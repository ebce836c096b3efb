import { describe, expect, it } from 'vitest'
import { languageOfLocale, resolveLanguage } from './language.js'

describe('languageOfLocale', () => {
  it.each([
    ['vi', 'vi'],
    ['vi_VN.UTF-8', 'vi'],
    ['vi-VN', 'vi'],
    ['VI_vn', 'vi'],
    ['en_US.UTF-8', 'en'],
    ['C', 'en'],
    ['C.UTF-8', 'en'],
    ['POSIX', 'en'],
    ['fr_FR', 'en'],
    // Not Vietnamese: a language code that merely starts with "vi".
    ['vix', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language)
  })
})

describe('resolveLanguage', () => {
  it.each<[string | undefined, Record<string, string>, string, string]>([
    ['en', { CHISO_LANG: 'vi', LANG: 'vi_VN' }, 'vi-VN', 'en'],
    [undefined, { CHISO_LANG: 'vi', LC_ALL: 'en_US' }, 'en-US', 'vi'],
    [undefined, { CHISO_LANG: ' EN ' }, 'vi-VN', 'en'],
    [undefined, { LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US' }, 'en-US', 'vi'],
    [undefined, { LC_ALL: '', LC_MESSAGES: 'vi_VN', LANG: 'C' }, 'en-US', 'vi'],
    [undefined, { LANG: 'C.UTF-8' }, 'vi-VN', 'en'],
    [undefined, { LANG: 'vi_VN.UTF-8' }, 'en-US', 'vi'],
    // Nothing set (Windows): the system's locale.
    [undefined, {}, 'vi-VN', 'vi'],
    [undefined, { CHISO_LANG: '' }, 'en-US', 'en'],
  ])('--lang %s with %j and system %s → %s', (option, env, system, language) => {
    expect(resolveLanguage(option, env, system)).toEqual({ language })
  })

  it('refuses a language it does not speak, naming where it came from', () => {
    expect(resolveLanguage('fr', {})).toEqual({ problem: '--lang must be vi or en, not "fr"' })
    expect(resolveLanguage(undefined, { CHISO_LANG: 'vi_VN' })).toEqual({
      problem: 'CHISO_LANG must be vi or en, not "vi_VN"',
    })
  })
})
