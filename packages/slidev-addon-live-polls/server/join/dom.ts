/** The DOM helpers of the light pages (/join, /remote): no framework, text only via props. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

const SVG = 'http://www.w3.org/2000/svg'

/** A decorative icon from a path (lib/reactions/icons.ts): hidden from screen readers, sized by CSS. */
export function icon(d: string, viewBox: string, className = 'icon'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg')
  svg.setAttribute('viewBox', viewBox)
  svg.setAttribute('class', className)
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  const path = document.createElementNS(SVG, 'path')
  path.setAttribute('fill', 'currentColor')
  path.setAttribute('d', d)
  svg.append(path)
  return svg
}
