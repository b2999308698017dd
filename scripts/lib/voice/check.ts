import { checkTiming, type TimingReport } from '../../../src/audio/manifest'
import type { FilmScript } from '../../../src/script/types'
import { chapterSpans } from '../../../src/timeline/filmTime'
import { readManifest, REPO_ROOT } from '../audio/manifestFile'

export interface FilmCheck extends TimingReport {
  film: string
  /** Why there is nothing to check (no manifest yet), if so. */
  missing?: string
}

/** `npm run voice -- --check`: the timing report of one film from its shipped manifest. */
export async function checkFilm(script: FilmScript, root = REPO_ROOT): Promise<FilmCheck> {
  const manifest = await readManifest(root, script.id)
  if (!manifest) {
    return {
      film: script.id,
      overruns: [],
      stale: [],
      missing: `no voice yet: run \`npm run voice -- --film ${script.id}\``,
    }
  }
  return { film: script.id, ...checkTiming(script, chapterSpans(script.chapters), manifest) }
}

/** True when the film's voice fits its script. */
export function passes(check: FilmCheck): boolean {
  return !check.missing && check.overruns.length === 0 && check.stale.length === 0
}

/** The report as the CLI prints it. */
export function formatCheck(check: FilmCheck): string {
  const out: string[] = []
  if (check.missing) return `${check.film}: ${check.missing}`
  for (const o of check.overruns) {
    out.push(
      `  ${o.lineId} (chapter ${o.chapter}) runs ${o.overrun.toFixed(2)} s past ${
        o.into === 'end of chapter' ? 'the end of its chapter' : `the start of ${o.into}`
      }`,
    )
  }
  for (const s of check.stale) out.push(`  ${s.lineId}: ${s.problem}`)
  if (check.stale.length) {
    out.push(`  (the voice is out of date: run \`npm run voice -- --film ${check.film}\`)`)
  }
  if (out.length === 0)
    return `${check.film}: every line fits before the next one and its chapter's end`
  const n = check.overruns.length
  return [
    `${check.film}: ${n} line${n === 1 ? '' : 's'} overrun${check.stale.length ? ', and the manifest is stale' : ''}:`,
    ...out,
  ].join('\n')
}
