export type ErrorScreenProps = { title: string; message: string }

/** Shown instead of the film when it cannot start: what is wrong and how to mend it, never a blank page. */
export function ErrorScreen({ title, message }: ErrorScreenProps) {
  return (
    <div className="error-screen" role="alert" data-testid="error">
      <h1>{title}</h1>
      <pre>{message}</pre>
    </div>
  )
}
