import { defineChapter } from '../types'

/** Chapter 1: one machine does everything, and a request's four steps from name to response. */
export const singleServer = defineChapter({
  id: 'single-server',
  title: 'Single server setup',
  duration: 120,
  beats: {
    'heading-in': 0.5,
    'server-in': 4.5,
    'users-in': 14,
    'dns-in': 20,
    'step-1': 25,
    'step-2': 35,
    'dns-note': 45,
    'step-3': 53.5,
    'step-4': 62,
    json: 71,
    inside: 87,
    'pull-back': 97,
    'traffic-grows': 104,
    question: 106,
    overload: 110,
  },
  narration: [
    { id: 'ch01-01', at: 1.2, text: 'Chapter one: a single server.' },
    {
      id: 'ch01-02',
      at: 4.5,
      text: 'Every big system starts small. Here, everything runs on one machine: the web app, the database and the cache.',
    },
    {
      id: 'ch01-03',
      at: 14,
      text: 'Our users reach it two ways: from a web browser, and from a mobile app.',
    },
    { id: 'ch01-04', at: 20.5, text: "Let's follow one request, step by step." },
    {
      id: 'ch01-05',
      at: 25,
      text: 'Step one. The user asks for www.mysite.com. Networks route by address, not by name, so the name goes to the Domain Name System first.',
      say: 'Step one. The user asks for w w w dot my site dot com. Networks route by address, not by name, so the name goes to the Domain Name System first.',
    },
    {
      id: 'ch01-06',
      at: 35,
      text: "Step two. DNS answers with the server's IP address: 15.125.23.214.",
      say: "Step two. D N S answers with the server's I P address: fifteen, one twenty-five, twenty-three, two fourteen.",
    },
    {
      id: 'ch01-07',
      at: 45,
      text: 'DNS is usually a paid service from a hosting provider, so it lives outside our server.',
      say: 'D N S is usually a paid service from a hosting provider, so it lives outside our server.',
    },
    {
      id: 'ch01-08',
      at: 53.5,
      text: 'Step three. With the address in hand, the browser sends an HTTP request straight to our web server.',
      say: 'Step three. With the address in hand, the browser sends an H T T P request straight to our web server.',
    },
    {
      id: 'ch01-09',
      at: 62,
      text: 'Step four. The server answers: an HTML page for the browser to draw, or JSON for the mobile app.',
      say: 'Step four. The server answers: an H T M L page for the browser to draw, or JSON for the mobile app.',
    },
    {
      id: 'ch01-10',
      at: 71,
      text: 'The mobile app talks to the same server through an API over HTTP. Ask for GET /users/12, and a small JSON document comes back: plain fields that are light to send and quick to read.',
      say: 'The mobile app talks to the same server through an A P I over H T T P. Ask for get, users, twelve, and a small JSON document comes back: plain fields that are light to send and quick to read.',
    },
    {
      id: 'ch01-11',
      at: 87,
      text: "Look inside the box. The web app, the database and the cache all share one machine's CPU, memory and disk.",
      say: "Look inside the box. The web app, the database and the cache all share one machine's C P U, memory and disk.",
    },
    {
      id: 'ch01-12',
      at: 96.5,
      text: 'That is simple to build and cheap to run, and for a handful of users it works well.',
    },
    {
      id: 'ch01-13',
      at: 104,
      text: 'Everything runs on one server: web app, database, cache. But what happens when traffic grows?',
    },
  ],
  notes:
    'Pause on step two: the IP address is what DNS is for. The JSON sample is what the mobile app receives; the browser gets HTML.',
})
