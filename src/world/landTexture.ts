import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { CanvasTexture, SRGBColorSpace } from 'three'
import land from 'world-atlas/land-110m.json'
import { palette } from './palette'

/** Texture size: 2:1 for an equirectangular map; 2048 px keeps coasts crisp at the film's sizes. */
const WIDTH = 2048
const HEIGHT = 1024
/** Parallels and meridians every 30°: enough to read the sphere's turn, too few to be busy. */
const GRATICULE_STEP = 30

type Ring = readonly (readonly number[])[]

/**
 * A ring's longitudes made continuous (no jump of 360° where it crosses the antimeridian). A ring
 * that goes once round the globe (Antarctica) is closed along the pole it encircles.
 */
function unwrap(ring: Ring): [number, number][] {
  const out: [number, number][] = []
  let shift = 0
  let previous = ring[0]?.[0] ?? 0
  let latSum = 0
  for (const [lon = 0, lat = 0] of ring) {
    if (lon - previous > 180) shift -= 360
    else if (previous - lon > 180) shift += 360
    previous = lon
    latSum += lat
    out.push([lon + shift, lat])
  }
  if (shift !== 0 && out.length > 0) {
    const pole = latSum < 0 ? -90 : 90
    const last = out[out.length - 1]!
    out.push([last[0], pole], [out[0]![0], pole])
  }
  return out
}

let shared: CanvasTexture | null = null

/**
 * The Earth as an equirectangular texture: navy sea, slate land from Natural Earth's 1:110m
 * coastlines (world-atlas, bundled, never fetched), and a faint graticule. Drawn once and shared
 * by every globe of the film.
 */
export function landTexture(): CanvasTexture {
  if (shared) return shared
  const canvas = document.createElement('canvas')
  canvas.width = WIDTH
  canvas.height = HEIGHT
  const g = canvas.getContext('2d')
  if (!g) throw new Error('landTexture: no 2D canvas context to draw the globe with')
  const x = (lon: number) => ((lon + 180) / 360) * WIDTH
  const y = (lat: number) => ((90 - lat) / 180) * HEIGHT

  g.fillStyle = palette.ocean
  g.fillRect(0, 0, WIDTH, HEIGHT)

  g.strokeStyle = palette.atmosphere
  g.globalAlpha = 0.14
  g.lineWidth = 2
  g.beginPath()
  for (let lon = -180; lon <= 180; lon += GRATICULE_STEP) {
    g.moveTo(x(lon), 0)
    g.lineTo(x(lon), HEIGHT)
  }
  for (let lat = -90 + GRATICULE_STEP; lat < 90; lat += GRATICULE_STEP) {
    g.moveTo(0, y(lat))
    g.lineTo(WIDTH, y(lat))
  }
  g.stroke()
  g.globalAlpha = 1

  const topology = land as unknown as Topology
  const shapes = feature(topology, topology.objects.land!)
  const geometries =
    'features' in shapes ? shapes.features.map((f) => f.geometry) : [shapes.geometry]
  g.fillStyle = palette.land
  for (const geometry of geometries) {
    const polygons =
      geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : geometry.type === 'Polygon'
          ? [geometry.coordinates]
          : []
    for (const polygon of polygons) {
      const rings = polygon.map(unwrap)
      // A shape cut by the antimeridian is drawn again a turn to each side; the canvas clips.
      for (const offset of [-360, 0, 360]) {
        g.beginPath()
        for (const ring of rings) {
          ring.forEach(([lon, lat], i) => {
            if (i === 0) g.moveTo(x(lon + offset), y(lat))
            else g.lineTo(x(lon + offset), y(lat))
          })
          g.closePath()
        }
        g.fill('evenodd')
      }
    }
  }

  shared = new CanvasTexture(canvas)
  shared.colorSpace = SRGBColorSpace
  // Plain trilinear filtering, no anisotropy: Mesa's llvmpipe (the export's fastest GL without a
  // GPU) samples an anisotropic texture in a loop whose length comes from the UV derivatives, and
  // where a sliver at the globe's rim gives a non-finite derivative that loop ran for minutes on
  // one frame (zero-to-millions at 794.75 s: ten minutes; 0.1 s without anisotropy).
  shared.anisotropy = 1
  return shared
}
