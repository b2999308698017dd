import { defineChapter } from '../../../script/types'

/** Chapter 9: two data centres, GeoDNS between them, failover, and what makes it hard. */
export const multiDc = defineChapter({
  id: 'multi-dc',
  title: 'Multiple data centres',
  duration: 65.5,
  beats: {
    'heading-in': 0.2,
    'dcs-in': 4.5,
    'geo-routing': 13,
    failover: 21,
    redirect: 34,
    sync: 43,
    testing: 52.5,
  },
  stops: ['geo-routing', 'failover', 'redirect', 'sync'],
  narration: [
    {
      id: 'ch09-01',
      at: 0.5,
      text: 'Chapter nine: multiple data centres, for reach and resilience.',
    },
    {
      id: 'ch09-02',
      at: 5.2,
      text: 'To reach users across a continent and survive outages, run the site from several data centres.',
    },
    {
      id: 'ch09-03',
      at: 13,
      text: 'GeoDNS sends each user to the nearest data centre, so every trip stays short.',
      say: 'geo D N S sends each user to the nearest data centre, so every trip stays short.',
    },
    {
      id: 'ch09-04',
      at: 21,
      text: 'Now US-West goes down. Health checks notice, GeoDNS stops answering with it, and once cached answers expire, all traffic flows to US-East.',
      say: 'Now U S West goes down. Health checks notice, geo D N S stops answering with it, and once cached answers expire, all traffic flows to U S East.',
    },
    {
      id: 'ch09-05',
      at: 34,
      text: 'Running several data centres brings three challenges. First, traffic redirection: GeoDNS must steer users to the right place.',
      say: 'Running several data centres brings three challenges. First, traffic redirection: geo D N S must steer users to the right place.',
    },
    {
      id: 'ch09-06',
      at: 43,
      text: 'Second, data synchronization: each data centre keeps its own database, so data is replicated between them; Netflix does this asynchronously.',
    },
    {
      id: 'ch09-07',
      at: 52.9,
      text: 'Third, testing and deployment: test the site from every location, and let automated deployment keep services consistent in every data centre.',
    },
  ],
  poster: 18,
  notes:
    'Traffic shares, the failover and the recovery come from the simulated GeoDNS (src/sim/geodns.ts): ?sim.split sets the share of users in the east; US-West fails at the failover beat and returns at the first challenge.',
})
