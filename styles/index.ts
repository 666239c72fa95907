// Fonts come from npm packages so the deck never asks a font CDN for anything.
import '@fontsource-variable/inter'
import '@fontsource-variable/jetbrains-mono'
import './theme.css'
