import path from "path"
import { randomBytes } from "crypto"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { redisModules } from "./src/config/redis-modules"
import { paymentProviders } from "./src/config/payment-providers"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const isProduction = process.env.NODE_ENV === "production"

const processSecret = randomBytes(32).toString("hex")

function secret(name: string): string {
  const value = process.env[name]
  if (value) return value
  // In production a well-known fallback would let anyone forge sessions; a random
  // per-process secret is safe but logs everyone out on restart, so say so.
  if (isProduction) {
    console.warn(`${name} is not set: using a random secret for this process only`)
    return processSecret
  }
  return "dealermall-dev-only-secret"
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions:
      process.env.DATABASE_SSL === "true"
        ? { connection: { ssl: { rejectUnauthorized: false } } }
        : undefined,
    redisUrl: process.env.REDIS_URL || undefined,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    // Medusa marks the session cookie Secure in production, and browsers then never
    // send it back over plain http (a local `npm start`): staff could not stay signed in.
    cookieOptions: backendUrl.startsWith("http://") ? { secure: false, sameSite: "lax" } : undefined,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${backendUrl},${storefrontUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
      authMethodsPerActor: { user: ["emailpass"], customer: ["emailpass", "phone-otp"] },
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    // Unset: the dashboard calls the origin it is served from, whatever the port.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL,
    storefrontUrl,
  },
  modules: [
    { resolve: "./src/modules/dealer" },
    { resolve: "./src/modules/wholesale" },
    { resolve: "./src/modules/order-review" },
    { resolve: "./src/modules/credit" },
    { resolve: "./src/modules/logistics" },
    { resolve: "./src/modules/after-sales" },
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          { resolve: "./src/modules/phone-auth", id: "phone-otp" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              // Public catalog media: Medusa serves <cwd>/static under /static.
              upload_dir: "static",
              backend_url: `${backendUrl}/static`,
              // The provider's default puts private files in static/ too, which
              // would publish business licences and remittance slips.
              private_upload_dir:
                process.env.PRIVATE_UPLOAD_DIR || path.join(process.cwd(), "private-uploads"),
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email", "sms"] },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders() },
    },
    ...redisModules(process.env.REDIS_URL),
  ],
})
