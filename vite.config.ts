import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { stateSavePlugin } from './scripts/dev/stateSavePlugin.ts'

export default defineConfig({
  // Relative asset URLs, so dist/ plays from any path (a sub-folder, a file share, a CDN prefix).
  base: './',
  plugins: [react(), stateSavePlugin()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    watch: {
      // The studio saves into state/ through the dev server; a reload on that write would throw
      // away the playhead and the studio's selection mid-edit.
      ignored: ['**/state/**'],
    },
  },
  build: {
    // Two pages: the player, and embed.html (one chapter for an iframe). Films are chunks of
    // their own either way.
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  preview: {
    host: '127.0.0.1',
  },
})
