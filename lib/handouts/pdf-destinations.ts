/**
 * Reads, from a PDF Chromium printed, the page each named destination (each `id` an internal link
 * points to) lands on. Chromium writes the catalog's `/Dests` dictionary and the page tree as plain
 * objects, so a small reader is enough; the handout build uses it to put page numbers in the
 * contents, and the tests use it to measure pages.
 */
import { Buffer } from 'node:buffer'

export function pdfDestinationPages(pdf: Uint8Array | string): Record<string, number> {
  const text = typeof pdf === 'string' ? pdf : Buffer.from(pdf).toString('latin1')
  const objects = new Map<number, string>()
  for (const match of text.matchAll(/(?:^|\s)(\d+) 0 obj([\s\S]*?)endobj/g))
    objects.set(Number(match[1]), match[2])
  const catalog = [...objects.values()].find(body => /\/Type\s*\/Catalog/.test(body))
  const ref = (body: string | undefined, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body ?? '')?.[1])
  if (!catalog)
    return {}

  const pageOrder: number[] = []
  const walk = (id: number) => {
    const body = objects.get(id) ?? ''
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? ''
      for (const kid of kids.matchAll(/(\d+) 0 R/g))
        walk(Number(kid[1]))
    }
    else {
      pageOrder.push(id)
    }
  }
  walk(ref(catalog, 'Pages'))

  const dests = objects.get(ref(catalog, 'Dests')) ?? ''
  const pages: Record<string, number> = {}
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const index = pageOrder.indexOf(Number(match[2]))
    if (index >= 0)
      pages[decodeName(match[1])] = index + 1
  }
  return pages
}

/** PDF names escape bytes as `#xx`. */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}
