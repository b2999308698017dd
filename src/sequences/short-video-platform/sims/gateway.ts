import type { SimParams } from '../../../sim'
import { createTokenBucket } from '../../../sim/tokenBucket'
import { gateway as script } from '../script/gateway'

const { beats } = script

/**
 * The lowest tier the document gives (100 requests a minute) and a bucket of ten: small enough
 * that a burst of a few seconds empties it on screen.
 */
export const TIER_PER_MINUTE = 100
export const BUCKET_SIZE = 10
/** The client sends a little under the refill rate, then four times faster for eight seconds. */
const CLIENT_RPS = 1.2
const BURST = { multiplier: 4, seconds: 8 } as const

/** The gateway's rate limiter; its time 0 is the bucket's beat. */
export const bucket = (sim: SimParams) =>
  createTokenBucket({
    seed: sim.seed,
    load: sim.load,
    requestsPerMinute: TIER_PER_MINUTE,
    capacity: BUCKET_SIZE,
    clientRps: CLIENT_RPS,
    bursts: [
      {
        start: beats.burst - beats.bucket,
        end: beats.burst - beats.bucket + BURST.seconds,
        multiplier: BURST.multiplier,
      },
    ],
  })
