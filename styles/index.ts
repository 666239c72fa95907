import { mergeTheme, themeCss } from 'slidev-addon-live-polls/theme'
import liveTheme from '../lib/design/live-polls-theme'
import { tokensCss } from '../lib/design/tokens'
// Fonts come from npm packages so the deck never asks a font CDN for anything.
import '@fontsource-variable/inter'
import '@fontsource-variable/jetbrains-mono'
import './theme.css'
import './print.css'

// The design tokens become CSS custom properties, declared first so theme.css and every
// component read the same values as Mermaid, /join and the handouts.
if (typeof document !== 'undefined' && !document.getElementById('design-tokens')) {
  const style = document.createElement('style')
  style.id = 'design-tokens'
  // The live-polls addon's properties in this deck's colours (over the addon's own defaults).
  style.textContent = `${tokensCss({ dark: 'class' })}\n${themeCss(mergeTheme(liveTheme), { dark: 'class' })}`
  document.head.prepend(style)
}
