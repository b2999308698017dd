import { createQueue, type SimParams } from '../../../sim'
import { messageQueueLayout as place } from '../layout'
import { messageQueue as script } from '../script/message-queue'

const { beats } = script

/** Photo uploads a second outside the rush: a steady trickle two workers keep up with. */
const UPLOAD_RPS = 1.1
/** The rush: uploads multiply by this from a little before the narration mentions it. */
const SURGE = { start: 24, end: 34, multiplier: 4.5 }
/** The simulated traffic takes over once the scripted first message has been consumed. */
const LIVE_AFTER_CONSUMERS = 1.5
/** When the simulated uploads begin (chapter seconds). */
export const liveFrom = beats.consumers + LIVE_AFTER_CONSUMERS
/**
 * Worker scaling: a worker is added when more than five jobs wait (at most one every 2.5 s),
 * serving 2 s later; the slow scale-in keeps the added workers for the rest of the chapter.
 */
const WORKERS = {
  minWorkers: 2,
  maxWorkers: place.workers.length,
  evalInterval: 1,
  scaleOutBacklog: 5,
  scaleOutCooldown: 2.5,
  scaleInCooldown: 15,
  startDelay: 2,
}

/** Chapter 10's queue and its workers. */
export const queue = (sim: SimParams) =>
  createQueue({
    seed: sim.seed,
    ...WORKERS,
    arrivals: {
      stream: 'ch10-uploads',
      peakRps: UPLOAD_RPS * sim.load,
      trough: 1,
      // No uploads until the live part begins; then the steady trickle and the rush.
      bursts: [{ start: 0, end: liveFrom, multiplier: 0 }, SURGE],
    },
  })
