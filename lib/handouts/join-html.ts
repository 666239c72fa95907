import { renderSVG } from 'uqr'
import { escapeHtml } from './markdown'

/** The polls' join address and its QR code, for the handout's cover (built with `--join-url`). */
export function renderJoin(joinUrl: string): string {
  return `<div class="cover-join" data-join-url="${escapeHtml(joinUrl)}">
<div class="cover-join-qr" role="img" aria-label="QR code for ${escapeHtml(joinUrl)}">${renderSVG(joinUrl)}</div>
<p><strong>Live polls:</strong> scan the code or open<br><span class="cover-join-url">${escapeHtml(joinUrl)}</span><br>on the workshop network. No account, no app.</p>
</div>`
}
