/**
 * The studio's "Simulation" pane: the `?sim.*` parameters as a form, so an animator can try
 * another seed, load, cache size, eviction policy, GeoDNS split or balancing policy and see the
 * chapter redraw at once. A change is validated before it is applied (an invalid value shows the
 * same message as the URL would, and nothing changes); an applied change is written back into
 * the page's URL, so reloading or sharing the link keeps it. Dev server only, like the studio.
 */
import { simSearchParams, type SimParams, type SimParamsInput } from '../sim'
import type { SimParamsStore } from '../sim/paramsStore'

export const SIM_PANE_CLASS = 'Simulation'

export const SIM_ICON =
  '<svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5"><path d="M2 13l3-5 3 3 3-6 3 4"/><path d="M2 2v12h12"/></svg>'

interface Field {
  key: keyof SimParams
  label: string
  /** Number fields take a step; choice fields their options. */
  step?: number
  options?: readonly string[]
}

const FIELDS: readonly Field[] = [
  { key: 'seed', label: 'Seed', step: 1 },
  { key: 'load', label: 'Load (x)', step: 0.1 },
  { key: 'cache', label: 'Cache size (entries)', step: 10 },
  { key: 'eviction', label: 'Eviction', options: ['lru', 'lfu', 'fifo'] },
  { key: 'split', label: 'GeoDNS split to DC1 (%)', step: 5 },
  { key: 'lb', label: 'Balancing', options: ['round-robin', 'least-connections'] },
]

/** Rewrites the page's `sim.*` URL parameters to match `params`, keeping every other one. */
function writeUrl(params: SimParams): void {
  const url = new URL(window.location.href)
  for (const name of [...url.searchParams.keys()]) {
    if (name.startsWith('sim.')) url.searchParams.delete(name)
  }
  for (const [name, value] of simSearchParams(params)) url.searchParams.set(name, value)
  window.history.replaceState(window.history.state, '', url)
}

/** Builds the form into `node`; returns what unmounts it. */
export function mountSimPane(node: HTMLElement, store: SimParamsStore): () => void {
  const form = document.createElement('form')
  form.style.cssText =
    'display:grid;grid-template-columns:auto 1fr;gap:6px 10px;padding:10px;font:12px system-ui;color:#e5e7eb'
  const message = document.createElement('p')
  message.setAttribute('role', 'alert')
  message.style.cssText = 'grid-column:1 / 3;margin:4px 0 0;color:#fca5a5;min-height:1.2em'
  const inputs = new Map<keyof SimParams, HTMLInputElement | HTMLSelectElement>()

  for (const field of FIELDS) {
    const label = document.createElement('label')
    label.textContent = field.label
    label.htmlFor = `sim-${field.key}`
    let input: HTMLInputElement | HTMLSelectElement
    if (field.options) {
      const select = document.createElement('select')
      for (const option of field.options) select.add(new Option(option, option))
      input = select
    } else {
      const number = document.createElement('input')
      number.type = 'number'
      number.step = String(field.step)
      input = number
    }
    input.id = `sim-${field.key}`
    input.name = field.key
    input.style.cssText =
      'background:#1e293b;color:#f1f5f9;border:1px solid #475569;padding:2px 4px'
    input.addEventListener('change', () => {
      const raw = input.value.trim()
      // A choice is checked against its options, a number against its range, by the store.
      const value = field.options ? raw : raw === '' ? NaN : Number(raw)
      try {
        writeUrl(store.set({ [field.key]: value } as Partial<SimParamsInput>))
        message.textContent = ''
      } catch (e) {
        message.textContent = e instanceof Error ? e.message : String(e)
      }
    })
    inputs.set(field.key, input)
    form.append(label, input)
  }
  form.append(message)
  form.addEventListener('submit', (e) => e.preventDefault())

  const show = (): void => {
    const params = store.get()
    for (const [key, input] of inputs) input.value = String(params[key])
  }
  show()
  const unsubscribe = store.subscribe(show)
  node.append(form)
  return () => {
    unsubscribe()
    form.remove()
  }
}
