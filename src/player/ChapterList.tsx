import type { ChapterSpan } from '../timeline/filmTime'
import { formatTimestamp } from '../timeline/frames'

export type ChapterListProps = {
  spans: readonly ChapterSpan[]
  current: number
  onPick(span: ChapterSpan): void
}

/** The film's chapters, with their start times; picking one jumps there. */
export function ChapterList({ spans, current, onPick }: ChapterListProps) {
  return (
    <ol className="chapter-list" data-testid="chapter-list">
      {spans.map((span, i) => (
        <li key={span.id}>
          <button
            type="button"
            className={i === current ? 'current' : undefined}
            aria-current={i === current ? 'true' : undefined}
            data-chapter={span.id}
            onClick={() => onPick(span)}
          >
            <span className="chapter-time">{formatTimestamp(span.start)}</span>
            <span className="chapter-title">{i === 0 ? span.title : `${i}. ${span.title}`}</span>
          </button>
        </li>
      ))}
    </ol>
  )
}
