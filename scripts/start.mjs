#!/usr/bin/env node
/**
 * `npm start`: the player with the built-in film and the Theatre studio, on the dev server
 * (http://127.0.0.1:5173). Installs the npm dependencies first on a fresh clone.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureDeps } from './lib/ensureDeps.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
ensureDeps(root)
const result = spawnSync('npx', ['vite', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
