/**
 * The one written form of a state file, so that a change made in the studio is as small in a
 * diff as it was in the studio: two-space JSON, whose objects keep the key order of the file on
 * disk (new keys follow, in the order Theatre gives them), whose numbers keep their spelling on
 * disk when their value did not change (`12.0` stays `12.0`), and whose revision history is the
 * file's own (Theatre mints new revision ids on every save; they say nothing a reviewer needs).
 * Node-safe: the dev server writes with it.
 */

/** A number as spelled in the file it was read from. */
class Spelled {
  constructor(readonly raw: string) {}
  get value(): number {
    return Number(this.raw)
  }
}

type Tree = Spelled | string | boolean | null | Tree[] | { [key: string]: Tree }

/** Parses JSON keeping each number's spelling. Throws a SyntaxError on malformed text. */
export function parseSpelled(text: string): Tree {
  let i = 0
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const fail = (): never => {
    throw new SyntaxError(`Unexpected character at position ${i}`)
  }
  const value = (): Tree => {
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      const out: { [key: string]: Tree } = {}
      ws()
      if (text[i] === '}') return (i++, out)
      for (;;) {
        ws()
        const key = string()
        ws()
        if (text[i++] !== ':') fail()
        out[key] = value()
        ws()
        if (text[i] === ',') i++
        else if (text[i] === '}') return (i++, out)
        else fail()
      }
    }
    if (c === '[') {
      i++
      const out: Tree[] = []
      ws()
      if (text[i] === ']') return (i++, out)
      for (;;) {
        out.push(value())
        ws()
        if (text[i] === ',') i++
        else if (text[i] === ']') return (i++, out)
        else fail()
      }
    }
    if (c === '"') return string()
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 40))
    if (m) return ((i += m[0].length), new Spelled(m[0]))
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) return ((i += word.length), v)
    }
    return fail()
  }
  const string = (): string => {
    if (text[i] !== '"') fail()
    const start = i++
    while (text[i] !== '"') {
      if (i >= text.length) fail()
      i += text[i] === '\\' ? 2 : 1
    }
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const out = value()
  ws()
  if (i !== text.length) fail()
  return out
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Spelled)
}

/** Keyframes (and anything else with an id) are matched to the file's by id, not by index. */
function idOf(v: unknown): string | undefined {
  return isRecord(v) && typeof v.id === 'string' ? v.id : undefined
}

function write(next: unknown, prev: unknown, indent: string): string {
  if (typeof next === 'number') {
    if (prev instanceof Spelled && prev.value === next) return prev.raw
    return JSON.stringify(next)
  }
  const inner = `${indent}  `
  if (Array.isArray(next)) {
    if (next.length === 0) return '[]'
    const before = Array.isArray(prev) ? prev : []
    const byId = new Map(before.map((p) => [idOf(p), p] as const).filter(([id]) => id))
    const items = next.map((item, k) => {
      const id = idOf(item)
      return `${inner}${write(item, id !== undefined ? byId.get(id) : before[k], inner)}`
    })
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  if (isRecord(next)) {
    const before = isRecord(prev) ? prev : {}
    const keys = [
      ...Object.keys(before).filter((k) => Object.hasOwn(next, k)),
      ...Object.keys(next).filter((k) => !Object.hasOwn(before, k)),
    ].filter((k) => next[k] !== undefined)
    if (keys.length === 0) return '{}'
    const fields = keys.map(
      (k) => `${inner}${JSON.stringify(k)}: ${write(next[k], before[k], inner)}`,
    )
    return `{\n${fields.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(next) ?? 'null'
}

/**
 * The text to write for a state `next`, given the file's text now (`previous`, if any): the
 * canonical form described above, ending in a newline. A broken `previous` is ignored.
 */
export function formatState(next: unknown, previous?: string): string {
  let prev: Tree | undefined
  try {
    prev = previous === undefined ? undefined : parseSpelled(previous)
  } catch {
    prev = undefined
  }
  let value = next
  if (isRecord(next) && isRecord(prev) && Array.isArray(prev.revisionHistory)) {
    value = { ...next, revisionHistory: prev.revisionHistory.map((r) => r) }
  }
  return `${write(value, prev, '')}\n`
}
