import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import cinematic from './scripts/lint/filmBoundaries.js'

/**
 * The project's one rule is that time is the only input: a frame is a function of film time,
 * so playback, scrubbing and export draw the same picture. Scene code therefore may not read
 * wall clocks or unseeded randomness. src/timeline owns the clock and the seeded generator;
 * src/capture drives the clock frame by frame and may time itself.
 */
const TIME_EXEMPT = ['src/timeline/**', 'src/capture/**']

const RANDOM_MEND = 'use createRandom(seed) or randomAt(seed, index) from src/timeline'
const TIME_MEND =
  'read time from the film clock (useChapterFrame / the FilmClock in src/timeline), never the wall clock'

/** Wall-clock and unseeded reads, for src outside the timeline and capture. */
const wallClockProperties = [
  {
    object: 'Math',
    property: 'random',
    message: `Math.random differs on every run, so frames cannot be reproduced: ${RANDOM_MEND}.`,
  },
  {
    object: 'Date',
    property: 'now',
    message: `Date.now is wall time, not film time: ${TIME_MEND}.`,
  },
  {
    object: 'performance',
    property: 'now',
    message: `performance.now is wall time, not film time: ${TIME_MEND}.`,
  },
]

/** r3f's clock runs on wall time even while the film is paused, scrubbed or exported. */
const threeClockSyntax = [
  {
    selector: "MemberExpression[object.name='state'][property.name='clock']",
    message: `state.clock is react-three-fiber's wall clock: ${TIME_MEND}.`,
  },
  {
    selector: 'CallExpression[callee.property.name=/^(getElapsedTime|getDelta)$/]',
    message: `THREE.Clock measures wall time: ${TIME_MEND}.`,
  },
  {
    // useFrame(({ clock }) => ...)
    selector:
      "CallExpression[callee.name='useFrame'] > :function > ObjectPattern > Property[key.name='clock']",
    message: `useFrame's clock is react-three-fiber's wall clock: ${TIME_MEND}.`,
  },
  {
    // const { clock } = useThree()
    selector:
      "VariableDeclarator[init.callee.name='useThree'] > ObjectPattern > Property[key.name='clock']",
    message: `useThree().clock is react-three-fiber's wall clock: ${TIME_MEND}.`,
  },
]

/** The same reads spelt so that no-restricted-properties does not see them. */
const wallClockSyntax = [
  {
    // window.performance.now(), globalThis.performance.now()
    selector: "MemberExpression[object.property.name='performance'][property.name='now']",
    message: `performance.now is wall time, not film time: ${TIME_MEND}.`,
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: `new Date() reads the wall clock: ${TIME_MEND}.`,
  },
  {
    selector: "CallExpression[callee.type='Identifier'][callee.name='Date']",
    message: `Date() reads the wall clock: ${TIME_MEND}.`,
  },
]

export default defineConfig([
  // Build output, renders, copied assets, saved state and scratch space: nothing written by hand.
  globalIgnores([
    'dist/',
    'node_modules/',
    'out/',
    '.render-work/',
    'public/',
    'test-results/',
    'state/',
    '.vite/',
    '.gl/',
    '.tmp/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      // `_`-prefixed names are deliberately unused (placeholders, rest-siblings that drop keys).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // The player: runs in the browser.
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // react-three-fiber's per-frame idiom is to mutate three.js objects (uniforms, positions,
      // materials) held in useMemo/useRef from inside useFrame, outside React's render; this
      // React Compiler rule reads every such write as a bug. The project does not use the
      // compiler, so the rule only costs false positives here.
      'react-hooks/immutability': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TIME_EXEMPT,
    rules: {
      'no-restricted-properties': ['error', ...wallClockProperties],
      'no-restricted-syntax': ['error', ...wallClockSyntax, ...threeClockSyntax],
    },
  },
  {
    // Capture may time itself, but what it draws still comes from the film clock.
    files: ['src/capture/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...threeClockSyntax],
    },
  },

  // The engine knows no film; a film never imports another (tests may look into any film).
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs,js}'],
    plugins: { cinematic },
    rules: { 'cinematic/film-boundaries': 'error' },
  },

  // Tooling, tests and config files: run in Node.
  {
    files: ['scripts/**', 'test/**', '*.config.{js,ts,mjs}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
])
