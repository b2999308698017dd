/**
 * The simulation behind the films: parameters, validation and a lazily built registry of models.
 *
 * Every model is a pure function of (parameters, t): `stateAt(t)` may be asked for any t ≥ 0 in
 * any order and gives the same answer for the same seed. Times are film seconds from the model's
 * own 0 (a chapter usually passes its local time). See each model's file for its assumptions.
 *
 * Parameters a viewer can change from the URL (`?sim.seed=7&sim.cache=200&sim.eviction=lfu`):
 *   sim.seed      whole number 0–4294967295   (default 1)
 *   sim.load      number 0.1–5, multiplies every traffic stream, Kafka's likes included (default 1)
 *   sim.cache     whole number 1–1000, cache capacity in entries (default 100)
 *   sim.eviction  lru | lfu | fifo (default lru)
 *   sim.split     number 0–100, % of traffic GeoDNS sends to DC1 (default 60)
 *   sim.lb        round-robin | least-connections (default round-robin)
 */
import { z } from 'zod'
import { createArrivals, type Arrivals, type ArrivalsParams } from './arrivals'
import { createAutoscaler, defaultAutoscaleParams, type Autoscaler } from './autoscale'
import { createCache, type Cache } from './cache'
import { createCdn, defaultCdnParams, type Cdn } from './cdn'
import {
  createCircuitBreaker,
  defaultCircuitBreakerParams,
  type CircuitBreaker,
} from './circuitBreaker'
import { createDns, type Dns } from './dns'
import { createGeoDns, type GeoDns } from './geodns'
import { createKafka, defaultKafkaParams, type Kafka } from './kafka'
import { createLoadBalancer, type LoadBalancer } from './loadBalancer'
import { createMetrics, defaultMetricsParams, type Metrics } from './metrics'
import { createQueue, defaultQueueParams, type MessageQueue } from './queue'
import { createReplication, defaultReplicationParams, type Replication } from './replication'
import { createSessions, defaultSessionsParams, type SessionMode, type Sessions } from './sessions'
import { createSharding, defaultShardingParams, type Sharding } from './sharding'

export * from './arrivals'
export * from './autoscale'
export * from './cache'
export * from './cdn'
export * from './circuitBreaker'
export * from './dns'
export * from './geodns'
export * from './kafka'
export * from './loadBalancer'
export * from './metrics'
export * from './queue'
export * from './replication'
export * from './sessions'
export * from './sharding'
export { Checkpoints, ZipfSampler, deriveSeed, poisson, type StepModel } from './core'

export const simParamsSchema = z.object({
  seed: z.number().int().min(0).max(4294967295).default(1),
  load: z.number().min(0.1).max(5).default(1),
  cache: z.number().int().min(1).max(1000).default(100),
  eviction: z.enum(['lru', 'lfu', 'fifo']).default('lru'),
  split: z.number().min(0).max(100).default(60),
  lb: z.enum(['round-robin', 'least-connections']).default('round-robin'),
})

export type SimParams = z.infer<typeof simParamsSchema>
export type SimParamsInput = z.input<typeof simParamsSchema>

export const defaultSimParams: SimParams = simParamsSchema.parse({})

/** Each URL parameter, the kind of value it takes, and the allowed values in words. */
const URL_PARAMS: Record<keyof SimParams, { kind: 'number' | 'enum'; allowed: string }> = {
  seed: { kind: 'number', allowed: 'a whole number from 0 to 4294967295' },
  load: { kind: 'number', allowed: 'a number from 0.1 to 5' },
  cache: { kind: 'number', allowed: 'a whole number from 1 to 1000' },
  eviction: { kind: 'enum', allowed: 'one of lru, lfu, fifo' },
  split: { kind: 'number', allowed: 'a number from 0 to 100' },
  lb: { kind: 'enum', allowed: 'one of round-robin, least-connections' },
}

/** The URL parameter names, `sim.seed` etc. */
export const SIM_URL_PARAMS = Object.keys(URL_PARAMS).map((k) => `sim.${k}`)

/**
 * Reads `sim.*` parameters from a URL's search params (missing ones take their defaults).
 * Throws an Error naming the parameter and its allowed values when one is invalid or unknown.
 */
export function parseSimParams(searchParams: URLSearchParams): SimParams {
  const raw: Record<string, unknown> = {}
  for (const [name, value] of searchParams) {
    if (!name.startsWith('sim.')) continue
    const key = name.slice(4) as keyof SimParams
    const spec = URL_PARAMS[key]
    if (!Object.prototype.hasOwnProperty.call(URL_PARAMS, key) || !spec) {
      throw new Error(`Unknown URL parameter ${name}. Known: ${SIM_URL_PARAMS.join(', ')}.`)
    }
    const text = value.trim()
    if (spec.kind === 'number') {
      const n = text === '' ? NaN : Number(text)
      if (!Number.isFinite(n)) throw invalid(name, value, spec.allowed)
      raw[key] = n
    } else raw[key] = text.toLowerCase()
  }
  const parsed = simParamsSchema.safeParse(raw)
  if (!parsed.success) {
    const key = String(parsed.error.issues[0]?.path[0] ?? '') as keyof SimParams
    const spec = URL_PARAMS[key]
    throw invalid(
      `sim.${key}`,
      searchParams.get(`sim.${key}`) ?? '',
      spec?.allowed ?? 'a valid value',
    )
  }
  return parsed.data
}

/**
 * The same parameters given as values (from the studio's Simulation pane or
 * `window.cinematic.setSim`): `changes` over `base`. Throws an Error naming the first invalid
 * parameter and its allowed values.
 */
export function mergeSimParams(base: SimParams, changes: Partial<SimParamsInput>): SimParams {
  for (const key of Object.keys(changes)) {
    if (!Object.prototype.hasOwnProperty.call(URL_PARAMS, key)) {
      throw new Error(
        `Unknown simulation parameter '${key}'. Known: ${Object.keys(URL_PARAMS).join(', ')}.`,
      )
    }
  }
  const parsed = simParamsSchema.safeParse({ ...base, ...changes })
  if (parsed.success) return parsed.data
  const key = String(parsed.error.issues[0]?.path[0] ?? '') as keyof SimParams
  const value = (changes as Record<string, unknown>)[key] ?? base[key]
  throw invalid(`sim.${key}`, String(value), URL_PARAMS[key]?.allowed ?? 'a valid value')
}

/** The URL parameters (`sim.cache=10` …) that reproduce `params`: only those off their default. */
export function simSearchParams(params: SimParams): [string, string][] {
  return (Object.keys(URL_PARAMS) as (keyof SimParams)[])
    .filter((key) => params[key] !== defaultSimParams[key])
    .map((key) => [`sim.${key}`, String(params[key])])
}

function invalid(name: string, value: string, allowed: string): Error {
  return new Error(`Invalid URL parameter ${name}=${JSON.stringify(value)}: expected ${allowed}.`)
}

/** The models, by id. */
export interface SimModels {
  /** Site traffic: the daily load curve and its requests. */
  arrivals: Arrivals
  dns: Dns
  loadBalancer: LoadBalancer
  replication: Replication
  cache: Cache
  cdn: Cdn
  /** Sticky sessions (compare with `sessionsFor('shared')`). */
  sessions: Sessions
  autoscale: Autoscaler
  geodns: GeoDns
  queue: MessageQueue
  sharding: Sharding
  kafka: Kafka
  circuitBreaker: CircuitBreaker
  /** Host metrics, the database tier, error logs and business metrics. */
  metrics: Metrics
}

export type SimModelId = keyof SimModels

export const SIM_MODEL_IDS: readonly SimModelId[] = [
  'arrivals',
  'dns',
  'loadBalancer',
  'replication',
  'cache',
  'cdn',
  'sessions',
  'autoscale',
  'geodns',
  'queue',
  'sharding',
  'kafka',
  'circuitBreaker',
  'metrics',
]

export type Simulation = Readonly<SimModels> & {
  readonly params: SimParams
  /** A model by id (built on first use). */
  model<K extends SimModelId>(id: K): SimModels[K]
  /** Sessions with a given mode ('sticky' is `sessions`). */
  sessionsFor(mode: SessionMode): Sessions
  /**
   * Computes the checkpoints of the given models (default: all) up to `until`, so that later
   * seeks before `until` cost a fraction of a millisecond. Call it in small steps from idle time
   * (prepare(60), prepare(120), …): each step pays only for the new stretch.
   */
  prepare(until: number, ids?: readonly SimModelId[]): void
}

/** A model's default traffic parameters with the user's load multiplier applied. */
function traffic(
  a: Arrivals | Partial<ArrivalsParams> | undefined,
  load: number,
): Partial<ArrivalsParams> {
  return { ...(a && !('requestsIn' in a) ? a : {}), load }
}

/**
 * Builds the simulation for a set of parameters. Models are created lazily on first access and
 * then memoised (with their checkpoints), so a chapter pays only for what it shows.
 */
export function createSimulation(input: SimParamsInput = {}): Simulation {
  const params = simParamsSchema.parse(input)
  const { seed, load } = params
  const build: { [K in SimModelId]: () => SimModels[K] } = {
    arrivals: () => createArrivals({ seed, stream: 'site', load }),
    dns: () => createDns({ seed }),
    loadBalancer: () =>
      createLoadBalancer({ seed, policy: params.lb, arrivals: traffic({}, load) }),
    replication: () =>
      createReplication({
        seed,
        arrivals: traffic(defaultReplicationParams.arrivals, load),
      }),
    cache: () => createCache({ seed, load, capacity: params.cache, policy: params.eviction }),
    cdn: () => createCdn({ seed, arrivals: traffic(defaultCdnParams.arrivals, load) }),
    sessions: () => sessionsFor('sticky'),
    autoscale: () =>
      createAutoscaler({ seed, arrivals: traffic(defaultAutoscaleParams.arrivals, load) }),
    geodns: () => createGeoDns({ seed, split: params.split, arrivals: traffic({}, load) }),
    queue: () =>
      createQueue({
        seed,
        arrivals: traffic(defaultQueueParams.arrivals, load),
      }),
    sharding: () =>
      createSharding({
        seed,
        arrivals: traffic(defaultShardingParams.arrivals, load),
      }),
    // More likes, same writes: the aggregation's point, and what the load slider shows.
    kafka: () => createKafka({ seed, eventsPerSecond: defaultKafkaParams.eventsPerSecond * load }),
    circuitBreaker: () =>
      createCircuitBreaker({
        seed,
        arrivals: traffic(defaultCircuitBreakerParams.arrivals, load),
      }),
    metrics: () => createMetrics({ seed, arrivals: traffic(defaultMetricsParams.arrivals, load) }),
  }
  const built: Partial<SimModels> = {}
  const sessionModes: Partial<Record<SessionMode, Sessions>> = {}
  function sessionsFor(mode: SessionMode): Sessions {
    return (sessionModes[mode] ??= createSessions({
      seed,
      mode,
      arrivals: traffic(defaultSessionsParams.arrivals, load),
    }))
  }
  function model<K extends SimModelId>(id: K): SimModels[K] {
    if (!(id in build))
      throw new Error(`Unknown simulation model '${id}'. Models: ${SIM_MODEL_IDS.join(', ')}`)
    return (built[id] ??= build[id]()) as SimModels[K]
  }
  function prepare(until: number, ids: readonly SimModelId[] = SIM_MODEL_IDS) {
    for (const id of ids) (model(id) as { stateAt(t: number): unknown }).stateAt(until)
  }
  const sim = { params, model, sessionsFor, prepare } as Simulation
  for (const id of SIM_MODEL_IDS) {
    Object.defineProperty(sim, id, { get: () => model(id), enumerable: true })
  }
  return sim
}
