export type FilmMenuProps = {
  films: readonly { id: string; title: string }[]
  current: string
}

/** The URL of the player showing film `id` from its start, keeping the viewer's other settings. */
export function filmUrl(id: string, search: string): string {
  const q = new URLSearchParams(search)
  q.set('film', id)
  // A chapter or a time belongs to the film being left.
  q.delete('chapter')
  q.delete('t')
  return `?${q.toString()}`
}

/**
 * The film menu: every film in the registry, by title. Picking one opens it (a page load, so the
 * player fetches only that film's chunk and its Theatre project starts clean).
 */
export function FilmMenu({ films, current }: FilmMenuProps) {
  if (films.length < 2) return null
  return (
    <select
      aria-label="Film"
      data-testid="film-menu"
      className="film-menu"
      value={current}
      onChange={(e) =>
        window.location.assign(filmUrl(e.currentTarget.value, window.location.search))
      }
    >
      {films.map((f) => (
        <option key={f.id} value={f.id}>
          {f.title}
        </option>
      ))}
    </select>
  )
}
