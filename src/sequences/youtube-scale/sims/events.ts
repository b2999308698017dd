import { createKafka, defaultKafkaParams, type SimParams } from '../../../sim'

/**
 * The likes pipeline: the document's million likes a second (times the viewer's `sim.load`),
 * summed in memory and flushed by the consumer.
 */
export const likes = (sim: SimParams) =>
  createKafka({ seed: sim.seed, eventsPerSecond: defaultKafkaParams.eventsPerSecond * sim.load })
