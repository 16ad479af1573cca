import sanitizeHtml from 'sanitize-html';

/**
 * The strict allowlist for product descriptions (issue 3): basic structure and emphasis,
 * and links to https or mailto only. Everything else (scripts, styles, images, iframes,
 * event handlers, class/style attributes, javascript: URLs) is dropped, so stored copy is
 * safe to send to the store and to render.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'a'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside dropped containers such as <script> or <style> goes too.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template'],
};

export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
