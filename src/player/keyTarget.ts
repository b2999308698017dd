/** The id of the element the Theatre studio draws its interface in (inside a shadow root). */
const STUDIO_ROOT_ID = 'theatrejs-studio-root'

/**
 * Whether a key press belongs to something other than the player: a text field, a select, an
 * editable element, or the Theatre studio. The studio lives in a shadow DOM, where the event's
 * target is retargeted to its host, so the whole composed path is looked at.
 */
export function keyIsForSomethingElse(event: KeyboardEvent): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof HTMLElement)) continue
    if (node.id === STUDIO_ROOT_ID) return true
    if (node.isContentEditable) return true
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) return true
    if (node instanceof HTMLInputElement && node.type !== 'range') return true
  }
  return false
}
