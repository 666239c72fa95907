import { describe, expect, it } from 'vitest'
import { MEANINGS, palette, tokensCss, type } from './tokens'

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('design tokens', () => {
  for (const mode of ['light', 'dark'] as const) {
    const p = palette[mode]
    it(`every text colour passes WCAG AA on the ${mode} surface and soft fills`, () => {
      for (const colour of [p.ink, p.muted, ...MEANINGS.map(m => p[m])])
        expect(contrast(colour, p.surface), `${colour} on ${p.surface}`).toBeGreaterThanOrEqual(4.5)
      for (const m of MEANINGS) {
        expect(contrast(p.ink, p[`${m}Soft`]), `ink on ${m} soft`).toBeGreaterThanOrEqual(4.5)
        expect(contrast(p.onStrong, p[m]), `text on ${m}`).toBeGreaterThanOrEqual(4.5)
      }
    })
  }

  it('emits each colour and size as a custom property, dark mode by class or by media query', () => {
    const byClass = tokensCss({ dark: 'class' })
    expect(byClass).toContain(`--c-open: ${palette.light.open};`)
    expect(byClass).toContain(`html.dark { --c-open: ${palette.dark.open};`)
    expect(byClass).toContain(`--fs-body: ${type.body}px;`)
    expect(byClass).toContain('--poll-bar-thickness: 44px;')
    expect(tokensCss({ dark: 'media' })).toContain('@media (prefers-color-scheme: dark)')
    expect(tokensCss({ dark: 'none' })).not.toContain(palette.dark.open)
  })

  it('keeps the projector minimums: body 28 px, tables and diagram labels 24 px', () => {
    expect(type.body).toBeGreaterThanOrEqual(28)
    expect(type.table).toBeGreaterThanOrEqual(24)
    expect(type.small).toBeGreaterThanOrEqual(24)
    expect(type.diagram).toBeGreaterThanOrEqual(24)
  })
})
