/**
 * ESLint rule `cinematic/film-boundaries`: the engine knows no film, and no film knows another.
 *
 * A film is the folder src/sequences/<film>/. An import that resolves into a film's folder is
 * allowed only from inside that same folder, or from the film registry (src/sequences/index.ts),
 * which is how the player, the export and the voice reach films at all. Relative imports are
 * resolved against the importing file, so `../../other-film/parts/X` is caught as well as
 * `src/sequences/other-film/...`.
 */
import path from 'node:path'

const SEQUENCES = path.join('src', 'sequences')
const REGISTRY = path.join(SEQUENCES, 'index.ts')

/**
 * The film a project-relative path lies in, or null: `src/sequences/<film>` and everything under
 * it → `<film>`; the registry (`src/sequences/index`) is no film.
 */
export function filmOf(relative) {
  const parts = relative.split(path.sep)
  if (parts[0] !== 'src' || parts[1] !== 'sequences' || parts.length < 3) return null
  return /^index(\.tsx?)?$/.test(parts[2]) ? null : parts[2]
}

/** @type {import('eslint').Rule.RuleModule} */
export const filmBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'The engine never imports a film, and no film imports another.' },
    schema: [],
    messages: {
      engine:
        "'{{source}}' is part of film '{{target}}': the engine never imports a film. Move what both need into the engine (src/models, src/world), or reach films through the registry (src/sequences/index.ts).",
      film: "'{{source}}' is part of film '{{target}}': film '{{film}}' may not import another film. Move what both need into the engine (src/models, src/world).",
    },
  },
  create(context) {
    const root = context.cwd
    const file = path.relative(root, context.filename)
    if (file.startsWith('..')) return {}
    const own = filmOf(file)
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source))
      const targetFilm = filmOf(target)
      if (targetFilm === null || targetFilm === own) return
      if (file === REGISTRY) return
      context.report({
        node,
        messageId: own === null ? 'engine' : 'film',
        data: { source, target: targetFilm, film: own ?? '' },
      })
    }
    const fromSource = (node) => check(node.source, node.source?.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node.source, node.source.value),
    }
  },
}

export default { rules: { 'film-boundaries': filmBoundaries } }
