// The console's build: static assets in dist/www, served by the API at /console/ (nothing is
// fetched from elsewhere at run time).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist/www', emptyOutDir: true, sourcemap: true },
});
