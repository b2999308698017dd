import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The source documents the films are made from live in ../shared/seeds/, beside the project's
 * checkout, not in it: a user's clone has no ../shared. Tests that compare a film against its
 * source document read it through here, and are skipped (saying so once) when it is not there.
 */
const SEEDS = path.resolve(__dirname, '../../../shared/seeds')

/** The text of a source document, or null (with one line saying the tests skip) if absent. */
export function sourceDocument(name: string): string | null {
  const file = path.join(SEEDS, name)
  if (existsSync(file)) return readFileSync(file, 'utf8')
  console.warn(
    `Skipping the tests against ${path.relative(process.cwd(), file)}: the source documents (../shared/seeds/) are not beside this clone.`,
  )
  return null
}
