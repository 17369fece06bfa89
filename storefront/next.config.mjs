import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")
const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

// npm workspaces hoist `next` to the repo root, next to the React 18 that the
// Medusa admin needs, while the storefront has its own React 19. App Router
// code uses Next's vendored React and is unaffected, but Pages Router
// internals (_error/_document, used for the /404 and /500 fallbacks) are
// rendered by Next's runtime with the React *it* resolves; their bundles
// must require that same copy or the build dies with React error #31.
const requireFromNext = createRequire(require.resolve("next/package.json"))
const reactSplit = requireFromNext.resolve("react") !== require.resolve("react")
const { WEBPACK_LAYERS } = require("next/dist/lib/constants")
const bundledLayers = new Set(WEBPACK_LAYERS.GROUP.bundled)
const reactRequest = /^(react|react-dom)($|\/)/

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  outputFileTracingRoot: path.join(here, ".."),
  // The dealer application posts a business licence of up to 5 MB through a
  // server action; the default 1 MB limit would refuse most scans.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  webpack(config, { isServer, nextRuntime }) {
    if (reactSplit && isServer && nextRuntime === "nodejs") {
      const pinPagesReact = ({ request, contextInfo }, callback) => {
        if (request && reactRequest.test(request) && !bundledLayers.has(contextInfo?.issuerLayer)) {
          return callback(undefined, `commonjs ${requireFromNext.resolve(request)}`)
        }
        callback()
      }
      const existing = Array.isArray(config.externals) ? config.externals : [config.externals].filter(Boolean)
      config.externals = [pinPagesReact, ...existing]
    }
    return config
  },
}

export default withNextIntl(nextConfig)
