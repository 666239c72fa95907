import { DEFAULT_THEME, themeCss } from '../core/theme'

// The addon's defaults, at zero specificity and first in <head>: a deck's own values for the same
// properties (its styles, or its theme module: headmatter `livePolls.theme`) always win.
if (typeof document !== 'undefined' && !document.getElementById('live-polls-defaults')) {
  const style = document.createElement('style')
  style.id = 'live-polls-defaults'
  style.textContent = themeCss(DEFAULT_THEME, { dark: 'class', selector: ':where(:root)' })
  document.head.prepend(style)
}
