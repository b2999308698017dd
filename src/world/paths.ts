import { Curve, QuadraticBezierCurve3, Vector3 } from 'three'

export type Vec3 = readonly [number, number, number]

/** A layout position as the mutable tuple that r3f's `position` and `scale` props take. */
export const tuple = (v: Vec3): [number, number, number] => [v[0], v[1], v[2]]

/** How high an arc rises per unit of distance: enough to separate crossing paths. */
const ARC_LIFT_PER_UNIT = 0.12

/**
 * The arc packets fly along from `from` to `to`, bowed upward (and sideways by `side`, so a
 * request and its response between the same two places travel on parallel, separate paths).
 */
export function arcCurve(from: Vec3, to: Vec3, side = 0, lift?: number): QuadraticBezierCurve3 {
  const a = new Vector3(...from)
  const b = new Vector3(...to)
  const mid = a.clone().add(b).multiplyScalar(0.5)
  const dist = a.distanceTo(b)
  mid.y += lift ?? dist * ARC_LIFT_PER_UNIT
  if (side !== 0) {
    // Perpendicular in the ground plane.
    const dir = b.clone().sub(a).normalize()
    mid.add(new Vector3(-dir.z, 0, dir.x).multiplyScalar(side))
  }
  return new QuadraticBezierCurve3(a, mid, b)
}

/** The part of `curve` between parameters t0 and t1, as a curve of its own (for tubes). */
export class SubCurve extends Curve<Vector3> {
  constructor(
    private readonly curve: Curve<Vector3>,
    private readonly t0: number,
    private readonly t1: number,
  ) {
    super()
  }
  override getPoint(u: number, target = new Vector3()): Vector3 {
    return this.curve.getPoint(this.t0 + (this.t1 - this.t0) * u, target)
  }
}
