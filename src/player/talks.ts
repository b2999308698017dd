import { parseTalk, talkName, type ScriptSource, type Talk } from './talk'

// Every talk file, as text, so that a malformed one gets our own message (naming the file and
// the mend) rather than a bundler error.
const talkFiles = import.meta.glob<string>('/talks/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
})

/** The names of the talks in talks/, for `?talk=<name>` and the player's list. */
export function talkNames(): string[] {
  return Object.keys(talkFiles).map(talkName).sort()
}

/** Reads and checks `talks/<name>.json`; throws a message naming the file and the mend. */
export function loadTalk(name: string, films: ScriptSource): Talk {
  const path = `/talks/${name}.json`
  const text = talkFiles[path]
  if (text === undefined) {
    const names = talkNames()
    throw new Error(
      `No talk 'talks/${name}.json'. ${names.length > 0 ? `Talks: ${names.join(', ')}.` : 'talks/ has none.'} Add the file or fix ?talk=.`,
    )
  }
  return parseTalk(path.slice(1), text, films)
}
