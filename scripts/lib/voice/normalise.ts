import path from 'node:path'
import { decodeAudio } from '../audio/pcm'
import { runTool } from '../audio/run'
import { VOICE_SETTINGS } from './settings'

/** Samples in an audio file sox can read; throws sox's own complaint when it cannot. */
export async function soxSampleCount(file: string): Promise<number> {
  const { stdout } = await runTool('sox', ['--i', '-s', file])
  const n = Number(stdout.toString('utf8').trim())
  if (!Number.isFinite(n)) throw new Error(`sox could not count the samples of ${file}`)
  return n
}

/** The RMS level (dBFS) sox measures for a file; -Infinity for silence. */
async function rmsDb(file: string): Promise<number> {
  const { stderr } = await runTool('sox', [file, '-n', 'stats'])
  const m = /RMS lev dB\s+(-?inf|-?[\d.]+)/.exec(stderr)
  if (!m) throw new Error(`sox stats printed no RMS level for ${file}`)
  return m[1]!.endsWith('inf') ? -Infinity : Number(m[1])
}

/** 32-bit float WAV: no dither, so the same input always gives the same output. */
const FLOAT_WAV = ['-e', 'floating-point', '-b', '32']

/**
 * Brings any speech recording to the one target: mono, 48 kHz, rumble removed, leading and
 * trailing silence trimmed (lightly: a short pad is put back), RMS at the target loudness with
 * peaks limited, and short fades at both ends. Throws 'silent' if nothing is left after trimming.
 */
export async function normaliseSpeech(src: string, dst: string, workDir: string): Promise<void> {
  const s = VOICE_SETTINGS
  const trimmed = path.join(workDir, `${path.basename(dst, '.wav')}.trimmed.wav`)
  const silence = ['silence', '1', String(s.trimMinSound), `${s.trimThresholdDb}d`]
  await runTool('sox', [
    '-V1',
    src,
    ...FLOAT_WAV,
    trimmed,
    'channels',
    '1',
    'highpass',
    String(s.highpassHz),
    ...silence,
    'reverse',
    ...silence,
    'reverse',
    'rate',
    '-v',
    String(s.sampleRate),
  ])
  const level = (await soxSampleCount(trimmed)) > 0 ? await rmsDb(trimmed) : -Infinity
  if (!Number.isFinite(level)) throw new SilentAudioError()
  const gain = s.targetRmsDb - level
  await runTool('sox', [
    '-V1',
    trimmed,
    ...FLOAT_WAV,
    dst,
    'gain',
    '-l',
    gain.toFixed(2),
    'fade',
    'q',
    String(s.fade),
    '-0',
    String(s.fade),
    'pad',
    String(s.padStart),
    String(s.padEnd),
  ])
}

/** The audio held nothing above the trim threshold. */
export class SilentAudioError extends Error {
  constructor() {
    super('the audio is silent')
    this.name = 'SilentAudioError'
  }
}

/** Encodes a WAV as Ogg Opus, byte for byte the same on every run (no random stream serial). */
export async function encodeOpus(wav: string, opus: string): Promise<void> {
  await runTool('ffmpeg', [
    '-nostdin',
    '-v',
    'error',
    '-y',
    '-i',
    wav,
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-ac',
    '1',
    '-ar',
    String(VOICE_SETTINGS.sampleRate),
    '-c:a',
    'libopus',
    '-b:a',
    VOICE_SETTINGS.opusBitrate,
    '-f',
    'opus',
    opus,
  ])
}

/** Samples of an encoded line as the player and the mix will decode it (48 kHz mono). */
export async function decodedSampleCount(file: string): Promise<number> {
  return (await decodeAudio(file, VOICE_SETTINGS.sampleRate, 1)).length
}
