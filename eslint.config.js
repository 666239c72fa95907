import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // Slides and exercises are prose; Markdown linting would fight the Slidev syntax.
  markdown: false,
  ignores: ['dist/**', 'results/**', 'test-results/**', 'playwright-report/**', '.slidev/**', 'exports/**', 'components.d.ts'],
}, {
  rules: {
    'no-console': 'off',
  },
})
