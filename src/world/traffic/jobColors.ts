import type { JobType } from '../../sim'

/**
 * Each photo job's colour, light enough to read as text on the dark background and to stand
 * out inside the purple queue: crop pink, sharpen amber, blur cyan.
 */
export const JOB_COLORS: Record<JobType, string> = {
  crop: '#f9a8d4',
  sharpen: '#fcd34d',
  blur: '#a5f3fc',
}
