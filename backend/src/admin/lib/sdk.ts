import Medusa from "@medusajs/js-sdk"

/** Base URL of the Medusa server; "/" when the admin is served by the same origin. */
export const BACKEND_URL: string = import.meta.env.VITE_BACKEND_URL || "/"

// Session auth: the dashboard already holds the staff session cookie, so no token handling here.
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  debug: false,
  auth: { type: "session" },
})

/** Joins the backend base URL and an API path without doubling or dropping the slash. */
export function backendUrl(path: string): string {
  return `${BACKEND_URL.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`
}
