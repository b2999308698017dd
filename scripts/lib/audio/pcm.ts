import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { runTool } from './run'

/**
 * Decodes any audio file ffmpeg reads into 32-bit float samples at `sampleRate`, with
 * `channels` channels interleaved.
 */
export async function decodeAudio(
  file: string,
  sampleRate: number,
  channels: 1 | 2 = 1,
): Promise<Float32Array> {
  const { stdout } = await runTool('ffmpeg', [
    '-nostdin',
    '-v',
    'error',
    '-i',
    file,
    '-map',
    '0:a:0',
    '-ac',
    String(channels),
    '-ar',
    String(sampleRate),
    '-f',
    'f32le',
    '-c:a',
    'pcm_f32le',
    'pipe:1',
  ])
  // Copy into an aligned buffer: a Buffer from the pool may start at an odd byte offset.
  const samples = new Float32Array(Math.floor(stdout.length / 4))
  new Uint8Array(samples.buffer).set(stdout.subarray(0, samples.length * 4))
  return samples
}

/** Float samples in [-1, 1] to 16-bit integers: clamped and rounded, no dither (repeatable). */
export function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length)
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!
    const c = s > 1 ? 1 : s < -1 ? -1 : s
    out[i] = Math.round(c < 0 ? c * 32768 : c * 32767)
  }
  return out
}

/** The 44-byte header of a PCM WAV file. */
export function wavHeader(dataBytes: number, sampleRate: number, channels: number, bits = 16) {
  const header = Buffer.alloc(44)
  const blockAlign = (channels * bits) / 8
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + dataBytes, 4)
  header.write('WAVE', 8, 'ascii')
  header.write('fmt ', 12, 'ascii')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(channels, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * blockAlign, 28)
  header.writeUInt16LE(blockAlign, 32)
  header.writeUInt16LE(bits, 34)
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(dataBytes, 40)
  return header
}

/** Writes a file through a temporary name and a rename, so no reader ever sees half of it. */
export async function writeFileAtomic(file: string, chunks: readonly Uint8Array[]): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  const handle = await open(tmp, 'w')
  try {
    for (const c of chunks) await handle.write(c)
    await handle.close()
    await rename(tmp, file)
  } catch (e) {
    await handle.close().catch(() => {})
    await rm(tmp, { force: true })
    throw e
  }
}

/** Writes interleaved 16-bit samples as a PCM WAV file (atomically). */
export async function writeWav16(
  file: string,
  interleaved: Int16Array,
  sampleRate: number,
  channels: number,
): Promise<void> {
  const data = new Uint8Array(interleaved.buffer, interleaved.byteOffset, interleaved.byteLength)
  // WAV is little-endian, as is every machine Node runs on here.
  await writeFileAtomic(file, [wavHeader(data.byteLength, sampleRate, channels), data])
}
