import type { IProject } from '@theatre/core'
import { scripts } from '../sequences'
import { audioDirOf } from './manifest'
import { manifestOf } from './manifests'

/**
 * For the studio (dev server): attaches each chapter's narration, mixed into one buffer of the
 * chapter's length, to the chapter's sheet sequence, so an animator playing a sequence in the
 * studio hears what its keyframes must match. Lines sit at their chapter-local `at` times.
 * The audio context is made on the first click or key press, as browsers allow.
 */
export async function attachChapterNarration(project: IProject): Promise<void> {
  const filmId = project.address.projectId
  const script = scripts.get(filmId)
  const manifest = manifestOf(filmId)
  if (!script || !manifest || manifest.lines.length === 0) return
  await firstGesture()
  const audioContext = new AudioContext()
  const sampleRate = audioContext.sampleRate
  const base = `${import.meta.env.BASE_URL}${audioDirOf(filmId)}/`
  const decoded = new Map<string, AudioBuffer>()
  await Promise.all(
    manifest.lines.map(async (line) => {
      try {
        const res = await fetch(`${base}${line.file}`)
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        decoded.set(line.id, await audioContext.decodeAudioData(await res.arrayBuffer()))
      } catch (e) {
        console.warn(`Studio narration: ${line.file} could not be loaded: ${(e as Error).message}`)
      }
    }),
  )
  await Promise.all(
    script.chapters.map(async (chapter) => {
      const length = Math.max(1, Math.round(chapter.duration * sampleRate))
      const mix = audioContext.createBuffer(1, length, sampleRate)
      const out = mix.getChannelData(0)
      for (const line of chapter.narration) {
        const buffer = decoded.get(line.id)
        if (!buffer) continue
        const data = buffer.getChannelData(0)
        const at = Math.round(line.at * sampleRate)
        const end = Math.min(length, at + data.length)
        for (let n = Math.max(0, at); n < end; n++) out[n]! += data[n - at]!
      }
      await project.sheet(chapter.id).sequence.attachAudio({ source: mix, audioContext })
    }),
  )
}

/** Resolves on the page's first pointer or key press. */
function firstGesture(): Promise<void> {
  return new Promise((resolve) => {
    const events = ['pointerdown', 'keydown'] as const
    const done = (): void => {
      for (const e of events) window.removeEventListener(e, done, { capture: true })
      resolve()
    }
    for (const e of events) window.addEventListener(e, done, { capture: true })
  })
}
