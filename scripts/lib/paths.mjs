import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const BACKEND = path.join(ROOT, "backend")
export const BACKEND_BUILD = path.join(BACKEND, ".medusa", "server")
export const STOREFRONT = path.join(ROOT, "storefront")
export const DATA = path.join(ROOT, ".data")
export const BIN = path.join(ROOT, "node_modules", ".bin")
