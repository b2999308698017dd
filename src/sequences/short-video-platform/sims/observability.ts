import { createMetrics, defaultMetricsParams, type SimParams } from '../../../sim'
import { observability as script } from '../script/observability'

const { beats } = script

/**
 * Failed requests: a tenth of a percent at night, up to half a percent at the evening peak.
 * Low, as a platform that promises 99.99 % must run, yet moving with the load so the chart has
 * something to show.
 */
const ERROR_BASE = 0.001
const ERROR_AT_PEAK = 0.004
/**
 * The dashboard has been collecting this long when its tiles appear, so their charts open full
 * (the model's windows start empty at its time 0).
 */
export const CHART_SECONDS = 20

/** The metrics model's time at a chapter-local second: its charts are full at the metrics beat. */
export const metricsTime = (local: number): number => local - beats.metrics + CHART_SECONDS

/** What the dashboard reads at a chapter-local second: never before its charts are full. */
export const dashboardTime = (local: number): number => Math.max(CHART_SECONDS, metricsTime(local))

/** The dashboard's data: a simulated day of web servers, database and failed requests. */
export const metrics = (sim: SimParams) =>
  createMetrics({
    seed: sim.seed,
    errorBase: ERROR_BASE,
    errorAtPeak: ERROR_AT_PEAK,
    arrivals: { ...defaultMetricsParams.arrivals, load: sim.load },
  })
