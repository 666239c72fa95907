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
  audience: 'participant' | 'facilitator' | 'cards' | 'report'
  title: string
  subtitle: string
  intro: string
  /** Extra HTML on the cover, e.g. the poll join address and its QR code. */
  cover?: string
  sections: HandoutSection[]
}

/** Page number of each section id, measured in a first rendering of the PDF. */
export type SectionPages = Readonly<Record<string, number>>

/**
 * A complete, self-contained HTML page: cover, table of contents, one <section> per entry.
 * Headings are real h1/h2/h3 so Chromium's tagged PDF gets an outline from them.
 */
export function renderHtmlDocument(doc: HandoutDocument, css: string, pages: SectionPages = {}): string {
  // The page column is always there (a placeholder on the first pass), so adding the numbers
  // cannot move anything to another page.
  const toc = doc.sections
    .map((section, index) => `<li><a href="#${section.id}"><span class="toc-no">${index + 1}</span><span class="toc-title">${escapeHtml(section.title)}</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" data-toc-page="${section.id}">${pages[section.id] ?? '00'}</span></a></li>`)
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
${doc.cover ?? ''}
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
