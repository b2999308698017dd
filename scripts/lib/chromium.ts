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
  // The export sends frames as Blobs, which Chromium keeps until their JS objects are collected;
  // nothing else pressures V8 to collect them, so the page asks for a collection itself once a
  // batch has arrived (see NodeFrameEncoder) before the blob store's quota runs out.
  '--js-flags=--expose-gc',
]

export interface GlBackend {
  name: string
  args: string[]
  /** True for a GPU backend: picked only when the renderer it reports is not software. */
  gpu: boolean
}

/** Tried in order by the preflight; SwiftShader (software) always works and comes last. */
export const GL_BACKENDS: GlBackend[] = [
  {
    name: 'ANGLE on Vulkan (GPU)',
    args: ['--use-angle=vulkan', '--enable-features=Vulkan'],
    gpu: true,
  },
  { name: 'ANGLE on EGL (GPU)', args: ['--use-angle=gl-egl', '--use-gl=angle'], gpu: true },
  {
    name: 'SwiftShader (software GL)',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    gpu: false,
  },
]

export const SOFTWARE_GL = GL_BACKENDS[GL_BACKENDS.length - 1]!

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
  return chromium.launch({ executablePath, headless: true, args: [...BASE_ARGS, ...backend.args] })
}

/** The WebGL renderer string a backend really gives, or null if it gives no WebGL. */
export async function probeBackend(
  executablePath: string,
  backend: GlBackend,
): Promise<string | null> {
  let browser: Browser | null = null
  try {
    browser = await launchChromium(executablePath, backend)
    const page = await browser.newPage()
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      if (!gl) return null
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      return String(
        info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      )
    })
  } catch {
    return null
  } finally {
    await browser?.close()
  }
}

/**
 * Picks the GL backend: the first GPU backend whose renderer is not software, else SwiftShader.
 * `CINEMATIC_GL=software` skips the GPU probes.
 */
export async function pickBackend(
  executablePath: string,
): Promise<{ backend: GlBackend; renderer: string }> {
  if (process.env.CINEMATIC_GL !== 'software') {
    for (const backend of GL_BACKENDS.filter((b) => b.gpu)) {
      const renderer = await probeBackend(executablePath, backend)
      if (renderer && !/swiftshader|llvmpipe|software/i.test(renderer)) return { backend, renderer }
    }
  }
  const renderer = (await probeBackend(executablePath, SOFTWARE_GL)) ?? 'unknown'
  return { backend: SOFTWARE_GL, renderer }
}
