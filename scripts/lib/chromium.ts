/**
 * Debian's Chromium, headless, as the export and the browser tests start it: nothing that reaches
 * the network, and an explicit GL backend.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Flags that keep a headless Chromium off the network and quiet. */
export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--ignore-gpu-blocklist',
  '--disable-dev-shm-usage',
  // Chromium rates the machine for its on-device language model in a service of its own, about
  // three minutes after it starts (every start: each launch has a fresh profile). The rating
  // takes CPU from the frames and leaves a process of ~95 MB resident for the rest of a render.
  // A given rating skips it; "GPU blocked" (8) also says no model should run on this machine.
  '--optimization-guide-performance-class=8',
]

/**
 * Chromium reads only the last `--enable-features` on its command line, and playwright-core
 * passes one of its own first (its chromiumSwitches): ours repeats those, so that they stay on.
 */
const PLAYWRIGHT_FEATURES = ['CDPScreenshotNewSurface', 'SkipListAccountsWithoutGaiaCookies']

/**
 * Features every launch turns on. A software GL allocates and frees working memory draw by draw,
 * and Chromium's allocator keeps only 16 emptied spans for reuse. Profiled at 320x180 late in the
 * first film (about 180 draws a frame), llvmpipe's GPU process spent a third of its time in the
 * kernel, handing 80 KiB pieces back (madvise) and faulting pages in again. A ring of 1024 spans
 * cut that process's CPU per frame by 40 to 60 % there; at 1080p, frames of the first film's
 * late chapters draw 7 to 18 % faster, its first chapter's (a handful of draws) the same.
 */
const FEATURES = ['PartitionAllocLargeEmptySlotSpanRing']

/** The one `--enable-features` flag for a launch on `backend`. */
export function featuresFlag(backend: GlBackend): string {
  return `--enable-features=${[...PLAYWRIGHT_FEATURES, ...FEATURES, ...(backend.features ?? [])].join(',')}`
}

/** What `--gl` can ask for: a GPU, one of the two software renderers, or the fastest of them. */
export const GL_CHOICES = ['auto', 'gpu', 'llvmpipe', 'swiftshader'] as const
export type GlChoice = (typeof GL_CHOICES)[number]

/** A renderer string that names a CPU rasterizer, not a GPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|lavapipe|softpipe|software/i

export interface GlBackend {
  /** Stable name: part of a render's work-folder key and of each shard's tag. */
  id: 'gpu-vulkan' | 'gpu-egl' | 'llvmpipe' | 'swiftshader'
  /** The `--gl` value that selects it. */
  choice: Exclude<GlChoice, 'auto'>
  name: string
  args: string[]
  /** Chromium features it needs on (see featuresFlag). */
  features?: string[]
  /** Environment for the browser on top of ours. */
  env?: Record<string, string>
  /** Whether the WebGL renderer the browser reports really is this backend. */
  is(renderer: string): boolean
}

const isGpu = (renderer: string): boolean => !SOFTWARE_RENDERER.test(renderer)

/**
 * glvnd's file for Mesa's EGL: naming it keeps a machine whose GPU driver brings its own EGL
 * (NVIDIA's) on Mesa for `--gl llvmpipe`. Only where the file is, so elsewhere glvnd decides.
 */
const MESA_EGL_VENDOR = '/usr/share/glvnd/egl_vendor.d/50_mesa.json'

/**
 * Every backend the export knows, GPU first. Mesa's llvmpipe goes through the same ANGLE-on-EGL
 * path as a GPU would; LIBGL_ALWAYS_SOFTWARE keeps it on llvmpipe even on a machine that has a
 * GPU, so `--gl llvmpipe` means the same pixels everywhere. SwiftShader ships inside Chromium.
 */
export const GL_BACKENDS: readonly GlBackend[] = [
  {
    id: 'gpu-vulkan',
    choice: 'gpu',
    name: 'ANGLE on Vulkan (GPU)',
    args: ['--use-angle=vulkan'],
    features: ['Vulkan'],
    is: isGpu,
  },
  {
    id: 'gpu-egl',
    choice: 'gpu',
    name: 'ANGLE on EGL (GPU)',
    args: ['--use-gl=angle', '--use-angle=gl-egl'],
    is: isGpu,
  },
  {
    id: 'llvmpipe',
    choice: 'llvmpipe',
    name: 'Mesa llvmpipe (ANGLE on EGL, software)',
    args: ['--use-gl=angle', '--use-angle=gl-egl'],
    env: {
      LIBGL_ALWAYS_SOFTWARE: 'true',
      GALLIUM_DRIVER: 'llvmpipe',
      ...(existsSync(MESA_EGL_VENDOR) ? { __EGL_VENDOR_LIBRARY_FILENAMES: MESA_EGL_VENDOR } : {}),
    },
    is: (renderer) => /llvmpipe/i.test(renderer),
  },
  {
    id: 'swiftshader',
    choice: 'swiftshader',
    name: 'SwiftShader (software)',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    is: (renderer) => /swiftshader/i.test(renderer),
  },
]

function backend(id: GlBackend['id']): GlBackend {
  return GL_BACKENDS.find((b) => b.id === id)!
}

/** SwiftShader: inside every Chromium, the same pixels on every machine (the browser tests' GL). */
export const SOFTWARE_GL = backend('swiftshader')
/** Mesa's llvmpipe: about twice SwiftShader's speed, where Mesa's EGL is installed. */
export const LLVMPIPE_GL = backend('llvmpipe')

/** The Debian packages llvmpipe needs beside Chromium (libEGL, Mesa's EGL, the Gallium driver). */
export const LLVMPIPE_PACKAGES = ['libegl1', 'libegl-mesa0', 'libgl1-mesa-dri']

/** `CHROMIUM_PATH`, else `chromium` on the PATH, else Debian's location; null if none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim()
    if (found) return found
  } catch {
    // not on the PATH
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null
}

export async function launchChromium(
  executablePath: string,
  backend: GlBackend = SOFTWARE_GL,
): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...BASE_ARGS, featuresFlag(backend), ...backend.args],
    env: { ...process.env, ...backend.env },
  })
}

/** What a backend really gives: its WebGL renderer (null if no WebGL) and the browser version. */
export interface Probe {
  backend: GlBackend
  renderer: string | null
  browserVersion: string
}

/** Starts a backend on a blank page and asks WebGL 2 which renderer it got. */
export async function probeBackend(executablePath: string, backend: GlBackend): Promise<Probe> {
  let browser: Browser | null = null
  try {
    browser = await launchChromium(executablePath, backend)
    const page = await browser.newPage()
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      if (!gl) return null
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      return String(
        info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      )
    })
    return { backend, renderer, browserVersion: browser.version() }
  } catch {
    return { backend, renderer: null, browserVersion: '' }
  } finally {
    await browser?.close()
  }
}

/** True when the probe found the backend it asked for (a GPU backend may fall back to software). */
export function works(probe: Probe): probe is Probe & { renderer: string } {
  return probe.renderer !== null && probe.backend.is(probe.renderer)
}

/**
 * Probes the backends `choice` allows, GPU first; for `gpu` it stops at the first that works.
 * Each probe starts a browser on a blank page (about a second).
 */
export async function probeBackends(executablePath: string, choice: GlChoice): Promise<Probe[]> {
  const probes: Probe[] = []
  let gpuFound = false
  for (const b of GL_BACKENDS) {
    if (choice !== 'auto' && b.choice !== choice) continue
    if (b.choice === 'gpu' && gpuFound) continue
    const probe = await probeBackend(executablePath, b)
    gpuFound ||= b.choice === 'gpu' && works(probe)
    probes.push(probe)
  }
  return probes
}

/** Why a probe did not give its backend, in words. */
export function probeFailure(probe: Probe): string {
  if (probe.renderer === null) return `${probe.backend.name}: no WebGL 2`
  return `${probe.backend.name}: the renderer is ${probe.renderer}`
}
