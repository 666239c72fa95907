import { escapeHtml } from './markdown'

export interface HandoutSection {
  /** Anchor id, also the PDF outline entry's target. */
  id: string
  title: string
  /** Inner HTML, without the section heading. */
  html: string
}

export interface HandoutDocument {
  /** `participant` or `facilitator`: a data attribute the tests and styles key on. */
  audience: 'participant' | 'facilitator' | 'report'
  title: string
  subtitle: string
  intro: string
  sections: HandoutSection[]
}

/**
 * A complete, self-contained HTML page: cover, table of contents, one <section> per entry.
 * Headings are real h1/h2/h3 so Chromium's tagged PDF gets an outline from them.
 */
export function renderHtmlDocument(doc: HandoutDocument, css: string): string {
  const toc = doc.sections
    .map(section => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`)
    .join('\n')
  const sections = doc.sections
    .map(section => `<section id="${section.id}" class="handout-section" aria-labelledby="${section.id}-title">\n<h2 id="${section.id}-title">${escapeHtml(section.title)}</h2>\n${section.html}\n</section>`)
    .join('\n')
  return `<!doctype html>
<html lang="en" data-audience="${doc.audience}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${doc.subtitle}: ${doc.title}`)}</title>
<style>
${css}
</style>
</head>
<body>
<header class="cover">
<p class="cover-kind">${escapeHtml(doc.subtitle)}</p>
<h1>${escapeHtml(doc.title)}</h1>
<p class="cover-intro">${escapeHtml(doc.intro)}</p>
</header>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>
${toc}
</ol>
</nav>
<main>
${sections}
</main>
</body>
</html>
`
}
