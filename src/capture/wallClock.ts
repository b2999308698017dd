/**
 * The real `performance.now`, taken when this module loads. During capture CCapture's TimeWarp
 * replaces the page's clocks with frame time, so timings of the capture itself (the export's
 * statistics, the benchmark) must read this one instead.
 */
export const wallNow: () => number = performance.now.bind(performance)
