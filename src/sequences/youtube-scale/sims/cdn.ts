import { createCdn, defaultCdnParams, type SimParams } from '../../../sim'

/**
 * The document's four regions as CDN edges, each with its viewers; the origin is the
 * simulation's default one (US-East), since the document does not place it.
 */
export const EDGES = [
  { id: 'edge-bom', name: 'Mumbai', lat: 19.08, lon: 72.88 },
  { id: 'edge-pdx', name: 'Oregon', lat: 45.52, lon: -122.68 },
  { id: 'edge-fra', name: 'Frankfurt', lat: 50.11, lon: 8.68 },
  { id: 'edge-sin', name: 'Singapore', lat: 1.35, lon: 103.82 },
] as const
/** Requests a second across the four regions: enough that first fetches soon vanish in the rate. */
const PEAK_RPS = 200
/** Long enough that no copy expires during the chapter: a video's chunks never change. */
const TTL = 3600

/** The simulated CDN with the document's four regions as its edges; its time 0 is the regions' beat. */
export const regionalCdn = (sim: SimParams) =>
  createCdn({
    seed: sim.seed,
    regions: EDGES.map((e) => ({
      id: e.id.replace('edge', 'users'),
      name: e.name,
      lat: e.lat,
      lon: e.lon,
      weight: 1,
    })),
    edges: EDGES.map((e) => ({ ...e })),
    origin: defaultCdnParams.origin,
    ttl: TTL,
    arrivals: { peakRps: PEAK_RPS * sim.load, trough: 1 },
  })
