/**
 * Master–replica database replication.
 *
 * Model:
 * - Node 0 starts as master, nodes 1..R as replicas. Operations arrive on the load curve; each is
 *   a write with probability `writeFraction`, otherwise a read.
 * - Writes go to the master and get sequence numbers. Each replica applies write w after a lag
 *   of `lag × (0.5 … 1.5)` film seconds (seeded per write and replica), in order (a write is never
 *   applied before an earlier one), so a replica's lag is the age of its oldest unapplied write.
 * - Reads are spread round-robin over the replicas. Failures are noticed `detectionDelay` after
 *   they happen: until then, operations sent to a dead node fail. A replica known to be down
 *   has its reads sent to the master (`readFailover: 'master'`, the storyboard's "reads
 *   redirect to master temporarily") or to the other live replicas (`'replicas'`); with no live
 *   replica at all, reads go to the master.
 * - When the master fails, writes fail until the failure is detected; then the live replica that
 *   has applied the most writes is promoted. Writes the old master had accepted but the new one
 *   never received are lost (counted). The other replicas follow the new master. A down replica
 *   stops applying and catches up when it comes back; a recovered old master rejoins as a
 *   replica.
 */
import { createArrivals, type Arrivals, type ArrivalsParams, type Request } from './arrivals'
import { copyCheckpoints, deriveSeed, isUp, uniformAt, type Outage } from './core'

export interface ReplicationParams {
  seed: number
  /** Number of replicas (slaves) besides the master. */
  replicas: number
  writeFraction: number
  /** Mean replication lag, film seconds. */
  lag: number
  /** Film seconds from a failure to its detection. */
  detectionDelay: number
  /** Outages by node index (0 = the initial master). */
  outages: { node: number; at: number; until?: number }[]
  readFailover: 'master' | 'replicas'
  arrivals?: Arrivals | Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultReplicationParams: ReplicationParams = {
  seed: 1,
  replicas: 3,
  writeFraction: 0.2,
  lag: 0.4,
  detectionDelay: 3,
  outages: [
    { node: 2, at: 30, until: 60 },
    { node: 0, at: 80 },
  ],
  readFailover: 'master',
  arrivals: { peakRps: 12 },
  checkpointEvery: 5,
}

export type NodeRole = 'master' | 'replica'
export type NodeStatus = 'up' | 'down' | 'down-detected'

export interface DbNodeState {
  id: string
  name: string
  role: NodeRole
  status: NodeStatus
  /** Reads served by this node. */
  reads: number
  /** Writes applied (the sequence number it has reached). */
  applied: number
  /** Film seconds behind the master (0 when caught up). */
  lagSeconds: number
  writesBehind: number
}

export interface Promotion {
  time: number
  from: string
  to: string
  lostWrites: number
}

export interface ReplicationState {
  t: number
  master: string
  nodes: DbNodeState[]
  reads: number
  writes: number
  failedReads: number
  failedWrites: number
  lostWrites: number
  promotions: Promotion[]
}

export interface DbOperation {
  id: number
  time: number
  kind: 'read' | 'write'
  /** Node id it went to, null when no node could take it. */
  node: string | null
  ok: boolean
}

export interface Replication {
  readonly params: Readonly<ReplicationParams>
  readonly arrivals: Arrivals
  stateAt(t: number): ReplicationState
  operationsIn(t0: number, t1: number): DbOperation[]
}

interface Pending {
  seq: number
  commit: number
  apply: number
}

interface Work {
  t: number
  master: number
  /** Highest sequence accepted by the current master's lineage. */
  seq: number
  /** Per node: highest applied write. The master's equals its accepted count. */
  applied: number[]
  /** Per replica: queued writes with their apply times (non-decreasing). */
  pending: Pending[][]
  reads: number[]
  rr: number
  writes: number
  failedReads: number
  failedWrites: number
  lostWrites: number
  promotions: Promotion[]
}

export function createReplication(overrides: Partial<ReplicationParams> = {}): Replication {
  const p: ReplicationParams = { ...defaultReplicationParams, ...overrides }
  const N = p.replicas + 1
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'db', ...(p.arrivals ?? {}) })
  const lagSeed = deriveSeed(p.seed, 'db-lag')
  const outages: Outage[][] = Array.from({ length: N }, (_, i) =>
    p.outages.filter((o) => o.node === i).map((o) => ({ at: o.at, until: o.until })),
  )
  const names = Array.from({ length: N }, (_, i) => (i === 0 ? 'DB 1' : `DB ${i + 1}`))
  const ids = Array.from({ length: N }, (_, i) => `db-${i + 1}`)
  const up = (i: number, t: number) => isUp(t, outages[i])
  /** Whether the system knows node i is down at t (detection after the delay). */
  const knownDown = (i: number, t: number) =>
    outages[i]!.some((o) => t >= o.at + p.detectionDelay && t < (o.until ?? Infinity))
  // Moments the system learns of a failure (promotions happen then).
  const detections = p.outages
    .map((o) => ({ node: o.node, time: o.at + p.detectionDelay, until: o.until ?? Infinity }))
    .filter((d) => d.time < d.until)
    .sort((a, b) => a.time - b.time)

  /** Apply replication up to (not including) `to` on every replica. */
  function replicate(w: Work, to: number) {
    for (let i = 0; i < N; i++) {
      if (i === w.master) continue
      const q = w.pending[i]!
      let k = 0
      while (k < q.length && q[k]!.apply < to) {
        const e = q[k]!
        if (!up(i, e.apply)) {
          // Down: the rest waits until it is back (or forever).
          const back = outages[i]!.find((o) => e.apply >= o.at && e.apply < (o.until ?? Infinity))
          const resume = back?.until ?? Infinity
          let prev = resume
          for (let j = k; j < q.length; j++) {
            prev = Math.max(prev, q[j]!.apply)
            q[j] = { ...q[j]!, apply: prev }
          }
          continue
        }
        w.applied[i] = e.seq
        k++
      }
      if (k) q.splice(0, k)
    }
  }

  function promote(w: Work, time: number) {
    let best = -1
    for (let i = 0; i < N; i++) {
      if (i === w.master || !up(i, time)) continue
      if (best < 0 || w.applied[i]! > w.applied[best]!) best = i
    }
    if (best < 0) return
    const old = w.master
    const lost = w.seq - w.applied[best]!
    w.lostWrites += lost
    w.promotions = [...w.promotions, { time, from: ids[old]!, to: ids[best]!, lostWrites: lost }]
    w.master = best
    w.seq = w.applied[best]!
    w.pending[best] = []
    for (let i = 0; i < N; i++) {
      if (i === best) continue
      // Followers drop what the new master never had; the old master will resync from it.
      if (i === old) {
        w.applied[i] = Math.min(w.applied[i]!, w.seq)
        w.pending[i] = []
      } else w.pending[i] = w.pending[i]!.filter((e) => e.seq <= w.seq)
    }
  }

  /** The k-th node (0-based) that is not the master and passes `keep`. */
  function nthReplica(master: number, k: number, keep: (i: number) => boolean): number {
    for (let i = 0; i < N; i++) {
      if (i === master || !keep(i)) continue
      if (k-- === 0) return i
    }
    return master
  }

  function operate(w: Work, r: Request, emit?: (o: DbOperation) => void) {
    const { id, time } = r
    const write = r.u < p.writeFraction
    if (write) {
      const m = w.master
      const ok = up(m, time)
      if (ok) {
        w.writes++
        w.seq++
        w.applied[m] = w.seq
        let k = 0
        for (let i = 0; i < N; i++) {
          if (i === m) continue
          const q = w.pending[i]!
          const prev = q.length ? q[q.length - 1]!.apply : -Infinity
          const lag = p.lag * (0.5 + uniformAt(lagSeed, w.seq * 8 + k++))
          q.push({ seq: w.seq, commit: time, apply: Math.max(prev, time + lag) })
        }
      } else w.failedWrites++
      emit?.({ id, time, kind: 'write', node: ids[m]!, ok })
      return
    }
    // Read: round-robin over the replicas (the nodes other than the master), without allocating.
    let target = w.master
    const count = N - 1
    if (count > 0) {
      if (p.readFailover === 'replicas') {
        let live = 0
        for (let i = 0; i < N; i++) if (i !== w.master && !knownDown(i, time)) live++
        if (live > 0) target = nthReplica(w.master, w.rr++ % live, (i) => !knownDown(i, time))
      } else {
        const i = nthReplica(w.master, w.rr++ % count, () => true)
        target = knownDown(i, time) ? w.master : i
      }
    }
    const ok = up(target, time)
    if (ok) w.reads[target]!++
    else w.failedReads++
    emit?.({ id, time, kind: 'read', node: ids[target]!, ok })
  }

  function advance(w: Work, to: number, emit?: (o: DbOperation) => void) {
    if (!(to > w.t)) return
    const ops = arrivals.requestsIn(w.t, to)
    let d = detections.findIndex((x) => x.time >= w.t)
    if (d < 0) d = detections.length
    for (let k = 0; k <= ops.length; k++) {
      const time = k < ops.length ? ops[k]!.time : to
      while (d < detections.length && detections[d]!.time < time) {
        const det = detections[d++]!
        replicate(w, det.time)
        if (det.node === w.master) promote(w, det.time)
      }
      replicate(w, time)
      if (k < ops.length) operate(w, ops[k]!, emit)
    }
    w.t = to
  }

  const copy = (w: Work): Work => ({
    ...w,
    applied: w.applied.slice(),
    pending: w.pending.map((q) => q.slice()),
    reads: w.reads.slice(),
  })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({
        t: 0,
        master: 0,
        seq: 0,
        applied: new Array<number>(N).fill(0),
        pending: Array.from({ length: N }, () => []),
        reads: new Array<number>(N).fill(0),
        rr: 0,
        writes: 0,
        failedReads: 0,
        failedWrites: 0,
        lostWrites: 0,
        promotions: [],
      }),
      advance,
      copy: copy,
    },
    p.checkpointEvery,
  )

  return {
    params: p,
    arrivals,
    stateAt(t) {
      const w = checkpoints.at(t)
      const time = w.t
      const nodes: DbNodeState[] = ids.map((id, i) => {
        const q = w.pending[i]!
        const behind = i === w.master ? 0 : Math.max(0, w.seq - w.applied[i]!)
        const firstPending = q.length ? q[0]!.commit : null
        return {
          id,
          name: names[i]!,
          role: i === w.master ? 'master' : 'replica',
          status: up(i, time) ? 'up' : knownDown(i, time) ? 'down-detected' : 'down',
          reads: w.reads[i]!,
          applied: w.applied[i]!,
          lagSeconds: behind > 0 && firstPending !== null ? time - firstPending : 0,
          writesBehind: behind,
        }
      })
      return {
        t: time,
        master: ids[w.master]!,
        nodes,
        reads: w.reads.reduce((a, b) => a + b, 0),
        writes: w.writes,
        failedReads: w.failedReads,
        failedWrites: w.failedWrites,
        lostWrites: w.lostWrites,
        promotions: w.promotions,
      }
    },
    operationsIn(t0, t1) {
      return checkpoints.eventsIn<DbOperation>(t0, t1, advance)
    },
  }
}
