import { talkNames } from './talks'

export type TalkListProps = {
  /** The film on screen, which can be presented as it is. */
  film: string
}

/** Ways to present: this film stop by stop, or one of the talks in talks/. */
export function TalkList({ film }: TalkListProps) {
  return (
    <nav className="talk-list" data-testid="talk-list" aria-label="Present">
      <h3>Present</h3>
      <a href={`?film=${encodeURIComponent(film)}&present=1`}>This film, stop by stop (P)</a>
      {talkNames().map((name) => (
        <a key={name} href={`?talk=${encodeURIComponent(name)}`} data-talk={name}>
          Talk: {name}
        </a>
      ))}
    </nav>
  )
}
