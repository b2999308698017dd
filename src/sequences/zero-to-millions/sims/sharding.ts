import { createSharding, defaultShardingParams, type SimParams } from '../../../sim'
import { sharding as script } from '../script/sharding'

const { beats } = script

/** The storyboard's hash function: user_id % 4, resharded to one more shard. */
export const SHARDS = 4
export const RESHARDED = 5
/** Requests a film second: few enough that each packet can be followed. */
const PEAK_RPS = 6
/** The celebrity's share of all requests once everyone follows them: enough to overheat a shard. */
const CELEBRITY_SHARE = 0.4
/** Load is measured over this many seconds: steady enough to read, quick to show the hotspot. */
const LOAD_WINDOW = 6
/**
 * The switch to five shards, 4 s after the resharding beat: after the scene's row has made room
 * (1.5 s) and the new shard has risen (2.5 s).
 */
export const SWITCH_AT = beats.reshard + 4
/** The celebrity's requests start a second after the beat, when the figure is in place. */
export const CELEBRITY_FROM = beats.celebrity + 1

/** Chapter 12's shards: resharded at the switch, then a celebrity overheats one. */
export const sharding = (sim: SimParams) =>
  createSharding({
    seed: sim.seed,
    shards: SHARDS,
    reshard: { to: RESHARDED, at: SWITCH_AT },
    celebrity: {
      userId: defaultShardingParams.celebrity!.userId,
      share: CELEBRITY_SHARE,
      from: CELEBRITY_FROM,
    },
    window: LOAD_WINDOW,
    arrivals: { stream: 'ch12-requests', peakRps: PEAK_RPS * sim.load, trough: 1 },
  })
