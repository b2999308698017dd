import { defineChapter } from '../../../script/types'

/** Chapter 1: one machine does everything, and a request's four steps from name to response. */
export const singleServer = defineChapter({
  id: 'single-server',
  title: 'Single server setup',
  duration: 120.5,
  beats: {
    'heading-in': 0.2,
    'server-in': 4.5,
    'users-in': 13.5,
    'dns-in': 20,
    'step-1': 24.5,
    'step-2': 38.5,
    'dns-note': 47,
    'step-3': 55.5,
    'step-4': 65,
    json: 75,
    inside: 92.5,
    'pull-back': 102.5,
    'traffic-grows': 109,
    question: 111.5,
    overload: 115,
  },
  stops: ['server-in', 'users-in', 'step-1', 'step-3', 'json', 'inside', 'traffic-grows'],
  narration: [
    { id: 'ch01-01', at: 1.2, text: 'Chapter one: a single server.' },
    {
      id: 'ch01-02',
      at: 4.5,
      text: 'Every big system starts small. Here, everything runs on one machine: the web app, the database and the cache.',
    },
    {
      id: 'ch01-03',
      at: 13.5,
      text: 'Our users reach it two ways: from a web browser, and from a mobile app.',
    },
    { id: 'ch01-04', at: 20.5, text: "Let's follow one request, step by step." },
    {
      id: 'ch01-05',
      at: 24.5,
      text: 'Step one. The user asks for www.mysite.com. Networks route by address, not by name, so the browser first asks the Domain Name System.',
      say: 'Step one. The user asks for w w w dot my site dot com. Networks route by address, not by name, so the browser first asks the Domain Name System.',
    },
    {
      id: 'ch01-06',
      at: 38.5,
      text: "Step two. DNS answers with the server's IP address: 15.125.23.214.",
      say: "Step two. D N S answers with the server's I P address: fifteen, one twenty-five, twenty-three, two fourteen.",
    },
    {
      id: 'ch01-07',
      at: 47,
      text: 'DNS is usually a paid service from a hosting provider, so it lives outside our server.',
      say: 'D N S is usually a paid service from a hosting provider, so it lives outside our server.',
    },
    {
      id: 'ch01-08',
      at: 55.5,
      text: 'Step three. With the address in hand, the browser sends an HTTP request straight to our web server.',
      say: 'Step three. With the address in hand, the browser sends an H T T P request straight to our web server.',
    },
    {
      id: 'ch01-09',
      at: 65,
      text: 'Step four. The server answers: an HTML page for the browser to draw, or JSON for the mobile app.',
      say: 'Step four. The server answers: an H T M L page for the browser to draw, or JSON for the mobile app.',
    },
    {
      id: 'ch01-10',
      at: 75,
      text: 'The mobile app talks to the same server through an API over HTTP. Ask for GET /users/12, and a small JSON document comes back, light to send and quick to read.',
      say: 'The mobile app talks to the same server through an A P I over H T T P. Ask for get, users, twelve, and a small JSON document comes back, light to send and quick to read.',
    },
    {
      id: 'ch01-11',
      at: 92.5,
      text: "Look inside the box. The web app, the database and the cache all share one machine's CPU, memory and disk.",
      say: "Look inside the box. The web app, the database and the cache all share one machine's C P U, memory and disk.",
    },
    {
      id: 'ch01-12',
      at: 102.5,
      text: 'That is simple to build and cheap to run, and for a handful of users it works well.',
    },
    {
      id: 'ch01-13',
      at: 110.5,
      text: 'Everything runs on one server: web app, database, cache. But what happens when traffic grows?',
    },
  ],
  poster: 70,
  notes:
    'Pause on step two: the IP address is what DNS is for. The JSON sample is what the mobile app receives; the browser gets HTML.',
})
