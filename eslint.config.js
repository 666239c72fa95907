import antfu from '@antfu/eslint-config'

// The lint toolchain calls Object.groupBy (Node 21+); this project runs on Node 20.
// The composed config is only resolved when ESLint awaits it, after this line has run.
if (!Object.groupBy) {
  Object.groupBy = (items, keyOf) => {
    const groups = Object.create(null)
    let index = 0
    for (const item of items)
      (groups[keyOf(item, index++)] ??= []).push(item)
    return groups
  }
}

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
