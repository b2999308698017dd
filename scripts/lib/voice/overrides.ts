/**
 * Recorded lines (`voice/<film>/<lineId>.wav`), checked before any line is made: a file that is
 * not a usable WAV is refused with what is wrong with it, and a file that replaces no line (a
 * misspelt id) is reported instead of being ignored without a word.
 */
import { readdir } from 'node:fs/promises'

/** Peaks below this (dBFS) count as silence: nothing a listener would hear as a line. */
export const SILENT_PEAK_DB = -50

/** What is wrong with a recording's bytes as a WAV file, or null if it can be used. */
export function wavProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty'
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ascii = (at: number): string =>
    at + 4 <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + 4)) : ''
  if (ascii(0) !== 'RIFF' || ascii(8) !== 'WAVE')
    return 'it is not a WAV file (it does not start with a RIFF/WAVE header)'
  let format: { tag: number; channels: number; bits: number } | null = null
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = ascii(at)
    const size = view.getUint32(at + 4, true)
    const body = at + 8
    if (id === 'fmt ' && body + 16 <= bytes.length) {
      let tag = view.getUint16(body, true)
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (tag === 0xfffe && size >= 40 && body + 26 <= bytes.length)
        tag = view.getUint16(body + 24, true)
      format = {
        tag,
        channels: view.getUint16(body + 2, true),
        bits: view.getUint16(body + 14, true),
      }
    }
    if (id === 'data') {
      if (!format) return 'its data comes before its format (no "fmt " chunk first)'
      if (size === 0) return 'it holds no audio (a header with an empty data chunk)'
      const present = bytes.length - body
      if (present < size)
        return `it is cut off: its data chunk declares ${size} bytes but only ${present} are there`
      const peak = peakOf(view, body, size, format)
      if (peak !== null && (peak === 0 || 20 * Math.log10(peak) < SILENT_PEAK_DB))
        return `it is silent (its loudest sample is ${peak === 0 ? '−∞' : (20 * Math.log10(peak)).toFixed(0)} dBFS)`
      return null
    }
    at = body + size + (size % 2)
  }
  return format
    ? 'it holds no audio (no data chunk)'
    : 'it is not a usable WAV file (no "fmt " chunk)'
}

/** The loudest sample (0..1) of PCM or float data, or null for a format not read here. */
function peakOf(
  view: DataView,
  at: number,
  size: number,
  { tag, bits }: { tag: number; bits: number },
): number | null {
  let peak = 0
  const end = at + size
  if (tag === 1 && bits === 16) {
    for (let i = at; i + 2 <= end; i += 2) peak = Math.max(peak, Math.abs(view.getInt16(i, true)))
    return peak / 32768
  }
  if (tag === 1 && bits === 8) {
    for (let i = at; i < end; i++) peak = Math.max(peak, Math.abs(view.getUint8(i) - 128))
    return peak / 128
  }
  if (tag === 1 && bits === 24) {
    for (let i = at; i + 3 <= end; i += 3) {
      const v = (view.getUint8(i) | (view.getUint8(i + 1) << 8) | (view.getInt8(i + 2) << 16)) >> 0
      peak = Math.max(peak, Math.abs(v))
    }
    return peak / 8388608
  }
  if (tag === 1 && bits === 32) {
    for (let i = at; i + 4 <= end; i += 4) peak = Math.max(peak, Math.abs(view.getInt32(i, true)))
    return peak / 2147483648
  }
  if (tag === 3 && bits === 32) {
    for (let i = at; i + 4 <= end; i += 4) peak = Math.max(peak, Math.abs(view.getFloat32(i, true)))
    return peak
  }
  return null
}

/** The .wav files in `dir` that name no line (case aside, a recording must be `<lineId>.wav`). */
export async function misnamedOverrides(
  dir: string,
  lineIds: ReadonlySet<string>,
): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  return names
    .filter((n) => /\.wav$/i.test(n))
    .filter((n) => !(n.endsWith('.wav') && lineIds.has(n.slice(0, -'.wav'.length))))
    .sort()
}
