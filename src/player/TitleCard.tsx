export type TitleCardProps = {
  title: string
  subtitle: string | null
}

/** A talk's opening card: its title (and subtitle) on the film's background, until the first step. */
export function TitleCard({ title, subtitle }: TitleCardProps) {
  return (
    <div className="title-card" data-testid="title-card">
      <h1>{title}</h1>
      {subtitle && <p>{subtitle}</p>}
    </div>
  )
}
