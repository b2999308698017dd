import { Euler, Group, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import {
  facingAt,
  facingEye,
  facingRotation,
  GreatCircleArc,
  latLonToVector3,
  type LatLon,
} from '../../src/world/geo'

const LONDON: LatLon = { lat: 51.5, lon: -0.13 }
const VIRGINIA: LatLon = { lat: 39.04, lon: -77.49 }

describe('latLonToVector3', () => {
  it("matches three's sphere mapping: lon 0 on +x, 90° W on +z, north pole on +y", () => {
    expect(latLonToVector3(0, 0, 2).toArray()).toEqual([2, 0, -0])
    const west = latLonToVector3(0, -90, 2)
    expect(west.x).toBeCloseTo(0)
    expect(west.z).toBeCloseTo(2)
    expect(latLonToVector3(90, 17, 2).y).toBeCloseTo(2)
  })

  it('puts every place on the sphere of the given radius', () => {
    for (const [lat, lon] of [
      [10, 20],
      [-33.9, 151.2],
      [64, -180],
    ] as const) {
      expect(latLonToVector3(lat, lon, 5).length()).toBeCloseTo(5)
    }
  })
})

describe('facingRotation', () => {
  it('turns the place to face +z with north up', () => {
    for (const place of [LONDON, VIRGINIA, { lat: -33.87, lon: 151.21 }]) {
      const r = facingRotation(place)
      // An outer group tilts (x) an inner group that spins (y).
      const p = latLonToVector3(place.lat, place.lon, 1)
        .applyEuler(new Euler(0, r.y, 0))
        .applyEuler(new Euler(r.x, 0, 0))
      expect(p.x).toBeCloseTo(0)
      expect(p.y).toBeCloseTo(0)
      expect(p.z).toBeCloseTo(1)
    }
  })
})

describe('facingAt', () => {
  const keys = [
    { at: 2, lat: 0, lon: 0 },
    { at: 4, lat: 20, lon: 100 },
  ]
  it('holds before the first key and after the last, and eases between', () => {
    expect(facingAt(keys, 0)).toEqual({ lat: 0, lon: 0 })
    expect(facingAt(keys, 9)).toEqual({ lat: 20, lon: 100 })
    const mid = facingAt(keys, 3)
    expect(mid.lat).toBeCloseTo(10)
    expect(mid.lon).toBeCloseTo(50)
    expect(facingAt(keys, 2.5).lon).toBeLessThan(25)
  })

  it('refuses an empty turn', () => {
    expect(() => facingAt([], 1)).toThrow(/at least one key/)
  })
})

describe('GreatCircleArc', () => {
  const R = 5
  it('starts and ends on the places at their heights', () => {
    const arc = new GreatCircleArc(LONDON, VIRGINIA, R, 1, 0.4, 0.2)
    const start = arc.getPoint(0)
    const end = arc.getPoint(1)
    expect(start.distanceTo(latLonToVector3(LONDON.lat, LONDON.lon, R + 0.4))).toBeLessThan(1e-9)
    expect(end.distanceTo(latLonToVector3(VIRGINIA.lat, VIRGINIA.lon, R + 0.2))).toBeLessThan(1e-9)
  })

  it('flies above the surface, highest in the middle', () => {
    const arc = new GreatCircleArc(LONDON, VIRGINIA, R, 1)
    expect(arc.getPoint(0.5).length()).toBeCloseTo(R + 1)
    for (let t = 0.05; t < 1; t += 0.05) expect(arc.getPoint(t).length()).toBeGreaterThan(R)
  })

  it('follows the great circle (its points lie in the plane of the two places)', () => {
    const arc = new GreatCircleArc(LONDON, VIRGINIA, R, 0.5)
    const normal = new Vector3().crossVectors(
      latLonToVector3(LONDON.lat, LONDON.lon, 1),
      latLonToVector3(VIRGINIA.lat, VIRGINIA.lon, 1),
    )
    for (const t of [0.2, 0.5, 0.8]) expect(arc.getPoint(t).dot(normal)).toBeCloseTo(0)
  })

  it('bows to opposite sides for opposite directions with the same side offset', () => {
    const there = new GreatCircleArc(LONDON, VIRGINIA, R, 0.5, 0, 0, 1).getPoint(0.5)
    const back = new GreatCircleArc(VIRGINIA, LONDON, R, 0.5, 0, 0, 1).getPoint(0.5)
    expect(there.distanceTo(back)).toBeGreaterThan(1.5)
  })
})

describe('facingEye', () => {
  /** A globe of radius 5 at (1, 2, 3), turned as the Globe model turns it to face `place`. */
  const globe = (place: LatLon) => {
    const tilt = new Group()
    const spin = new Group()
    tilt.position.set(1, 2, 3)
    const r = facingRotation(place)
    tilt.rotation.x = r.x
    spin.rotation.y = r.y
    tilt.add(spin)
    return spin
  }
  const at = (frame: Group, p: LatLon, eye: Vector3) => {
    const normal = latLonToVector3(p.lat, p.lon, 1)
    return facingEye(frame, normal.clone().multiplyScalar(5), normal, eye)
  }
  const farEye = new Vector3(1, 2, 1000)

  it('is 1 for the place the globe turns to the eye, about 0 at 90° and -1 opposite', () => {
    const frame = globe(LONDON)
    expect(at(frame, LONDON, farEye)).toBeCloseTo(1, 4)
    expect(at(frame, { lat: LONDON.lat - 90, lon: LONDON.lon }, farEye)).toBeCloseTo(0, 1)
    expect(at(frame, { lat: -LONDON.lat, lon: LONDON.lon + 180 }, farEye)).toBeCloseTo(-1, 4)
  })

  it('follows the turn: a place round the back faces away until the globe turns it round', () => {
    expect(at(globe(LONDON), { lat: 0, lon: 179 }, farEye)).toBeLessThan(0)
    expect(at(globe({ lat: 0, lon: 179 }), { lat: 0, lon: 179 }, farEye)).toBeCloseTo(1, 4)
  })

  it('sees less of the globe from close by: the horizon comes nearer the facing point', () => {
    const frame = globe(VIRGINIA)
    const side = { lat: VIRGINIA.lat - 80, lon: VIRGINIA.lon }
    expect(at(frame, side, farEye)).toBeGreaterThan(0)
    expect(at(frame, side, new Vector3(1, 2, 3 + 7))).toBeLessThan(0)
  })
})
