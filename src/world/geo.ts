import { Curve, Vector3, type Object3D } from 'three'
import { easeInOut } from '../timeline/easing'

/** A place on Earth, in degrees (north and east positive). */
export interface LatLon {
  lat: number
  lon: number
}

const DEG = Math.PI / 180

/**
 * Where a place lies on a globe of `radius` centred on the origin, in the same frame as three's
 * SphereGeometry wearing an equirectangular map (longitude 0 on +x, 90° W facing +z, north +y),
 * so markers placed with it sit on the land drawn by the Globe's texture.
 */
export function latLonToVector3(
  lat: number,
  lon: number,
  radius: number,
  target = new Vector3(),
): Vector3 {
  const c = Math.cos(lat * DEG)
  return target.set(
    radius * c * Math.cos(lon * DEG),
    radius * Math.sin(lat * DEG),
    -radius * c * Math.sin(lon * DEG),
  )
}

const seen = { point: new Vector3(), normal: new Vector3() }

/**
 * How squarely a point on a turning globe faces an eye (a camera's world position): the cosine
 * between its outward `normal` and its direction to the eye, 1 straight on, 0 on the horizon,
 * negative round the back. `point` and `normal` are in `frame`'s own space (a marker, or the
 * globe's turned frame); call after the globe has turned for the frame, so the answer is this
 * frame's.
 */
export function facingEye(frame: Object3D, point: Vector3, normal: Vector3, eye: Vector3): number {
  frame.updateWorldMatrix(true, false)
  const p = frame.localToWorld(seen.point.copy(point))
  const n = seen.normal.copy(normal).transformDirection(frame.matrixWorld)
  return n.dot(p.sub(eye).negate().normalize())
}

/**
 * The turn of a globe (radians: x applied after y, as in an outer group tilting an inner one)
 * that brings `place` to the front, facing +z, with north kept up.
 */
export function facingRotation(place: LatLon): { x: number; y: number } {
  return { x: place.lat * DEG, y: -(place.lon + 90) * DEG }
}

/** One key of a globe's turn: from chapter second `at`, `place` faces the viewer. */
export interface GlobeKey extends LatLon {
  at: number
}

/**
 * The place facing the viewer at a chapter time, easing from key to key (holding before the
 * first and after the last). Longitudes are interpolated as given, so keys may run past ±180 to
 * say which way round the globe turns.
 */
export function facingAt(keys: readonly GlobeKey[], local: number): LatLon {
  if (keys.length === 0) throw new Error('facingAt: needs at least one key')
  const first = keys[0]!
  if (local <= first.at) return { lat: first.lat, lon: first.lon }
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1]!
    const b = keys[i]!
    if (local < b.at) {
      const p = easeInOut((local - a.at) / (b.at - a.at))
      return { lat: a.lat + (b.lat - a.lat) * p, lon: a.lon + (b.lon - a.lon) * p }
    }
  }
  const last = keys[keys.length - 1]!
  return { lat: last.lat, lon: last.lon }
}

/**
 * A path between two places along the great circle, lifted off the surface so that it reads as
 * a flight rather than a line painted on the map. It starts and ends `fromHeight` and `toHeight`
 * above the surface (a marker's top), and bows `lift` higher still in the middle, and `side`
 * units to its left (negative: right), so two routes between the same places stay apart when
 * seen from straight above.
 */
export class GreatCircleArc extends Curve<Vector3> {
  private readonly a: Vector3
  private readonly b: Vector3
  private readonly angle: number
  /** Unit normal of the great circle's plane: "left" of the route, seen from outside. */
  private readonly left: Vector3

  constructor(
    from: LatLon,
    to: LatLon,
    private readonly radius: number,
    private readonly lift: number,
    private readonly fromHeight = 0,
    private readonly toHeight = 0,
    private readonly side = 0,
  ) {
    super()
    this.a = latLonToVector3(from.lat, from.lon, 1)
    this.b = latLonToVector3(to.lat, to.lon, 1)
    this.angle = this.a.angleTo(this.b)
    this.left = new Vector3().crossVectors(this.a, this.b).normalize()
  }

  override getPoint(t: number, target = new Vector3()): Vector3 {
    const { a, b, angle } = this
    if (angle < 1e-6) target.copy(a)
    else {
      // Spherical interpolation between the two unit directions.
      const s = Math.sin(angle)
      const wa = Math.sin((1 - t) * angle) / s
      const wb = Math.sin(t * angle) / s
      target.set(a.x * wa + b.x * wb, a.y * wa + b.y * wb, a.z * wa + b.z * wb)
    }
    if (this.side !== 0) {
      const bow = (this.side / this.radius) * Math.sin(Math.PI * t)
      target.addScaledVector(this.left, bow).normalize()
    }
    const height =
      this.fromHeight + (this.toHeight - this.fromHeight) * t + this.lift * Math.sin(Math.PI * t)
    return target.multiplyScalar(this.radius + height)
  }
}
