/**
 * Work a frame must wait for before it counts as drawn: text layout (troika lays out glyphs in
 * a worker), fonts, textures. A frame drawn while a hold is open may show stale content, so the
 * stage draws again once all holds are released. This keeps `seek(t)` exact.
 */
export class FrameHolds {
  private open = new Set<symbol>()
  private waiters: (() => void)[] = []

  /** Opens a hold; call the returned function once the work is done (extra calls are harmless). */
  hold(label = 'work'): () => void {
    const token = Symbol(label)
    this.open.add(token)
    return () => {
      if (!this.open.delete(token)) return
      if (this.open.size === 0) {
        const waiters = this.waiters
        this.waiters = []
        for (const w of waiters) w()
      }
    }
  }

  get pending(): number {
    return this.open.size
  }

  /** Resolves when no hold is open. */
  settled(): Promise<void> {
    if (this.open.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push(resolve))
  }
}
