import { defineConfig } from 'vite'
import { webConfig } from './build/web-config.js'

export default defineConfig(webConfig())
