/**
 * With REDIS_URL set, the infrastructure modules move to Redis so that several
 * server and worker processes share events, workflow state, locks and cache.
 * Without it, Medusa's in-memory defaults serve a single process.
 */
export function redisModules(redisUrl: string | undefined) {
  if (!redisUrl) return []
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl },
    },
  ]
}
